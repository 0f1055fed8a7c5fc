import { useT } from '../i18n/i18n.ts';

/** A room view's heading: what it shows, a figure beside it, and where the room is ("2/3", only when paged). */
export function RoomHead({ title, figure, page, pageCount }: { title: string; figure?: string; page: number; pageCount: number }) {
  const { t } = useT();
  return (
    <header className="room-head">
      <h2 className="room-head__title">{title}</h2>
      {figure && <p className="room-head__figure">{figure}</p>}
      {pageCount > 1 && (
        <p className="room-head__page" data-testid="room-page" aria-label={t('room.pageOf', { page: page + 1, count: pageCount })}>
          {page + 1}/{pageCount}
        </p>
      )}
    </header>
  );
}
