import { useLayoutEffect, useMemo, useRef } from 'react';
import { COLOURS, type Colour } from '../../shared/model.ts';
import { clampPage, pageColumns } from '../../shared/paging.ts';
import { COLOUR_KEYS, ColourIcon } from '../board/colours.tsx';
import { cellKey, useBoardData, type BoardModel } from '../board/useBoardData.ts';
import { Hyphenated } from '../components/Hyphenated.tsx';
import { useT } from '../i18n/i18n.ts';
import { useMeasuredPages } from './useMeasuredPages.ts';

interface RoomCard {
  id: string;
  title: string;
  hours: number | null;
}

/**
 * The board as the room sees it: one role, its cards in the five colours,
 * each card its title and hours (to the half hour), and nothing to click.
 * Where the cards do not fit the height, the board is paged: every card is
 * on exactly one page, and "1/3" says where the room is. The pages are
 * measured in this window (its size and font), so a page is never cut off.
 */
export function RoomBoard({
  analysisId,
  lane,
  page,
  onLayout,
  onColourKey,
}: {
  analysisId: string;
  /** The role shown; null or a role that no longer exists: the first role. */
  lane: string | null;
  page: number;
  /** How many pages this window needs for the role shown (after every measurement that changes it). */
  onLayout?: (pages: number, lane: string | null) => void;
  /** In presentation mode: a card takes the focus, and 1–4 and 0 send it to that colour. */
  onColourKey?: (placementId: string, colour: Colour) => void;
}) {
  const { t, roundHours, plural } = useT();
  const model = useBoardData(analysisId, false);
  const role = model?.roles.find((r) => r.id === lane) ?? model?.roles[0];
  const columns = useMemo(() => (model && role ? roomColumns(model, role.id) : null), [model, role]);
  const { area, measure, paged } = useMeasuredPages(columns, lane, (heights, available, gap) => pageColumns(heights, available, gap), onLayout);
  // The card moved with a key keeps the focus where it lands, if that is on the page shown.
  const focusAfter = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = focusAfter.current;
    if (!id || !area.current) return;
    const card = [...area.current.querySelectorAll<HTMLElement>('.room-column [data-room-card]')].find((c) => c.dataset.roomCard === id);
    if (card) {
      card.focus();
      focusAfter.current = null;
    }
  });
  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    const card = (event.target as HTMLElement).closest<HTMLElement>('[data-room-card]');
    const colour = COLOUR_KEYS[event.key];
    if (!onColourKey || !card || !colour || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    event.preventDefault();
    focusAfter.current = card.dataset.roomCard ?? null;
    onColourKey(card.dataset.roomCard ?? '', colour);
  };

  if (!model) return null;
  if (!role || !columns) return <p className="room-board__empty">{t('board.noRoles')}</p>;
  const pageCount = paged?.pageCount ?? 1;
  const shown = clampPage(page, pageCount);
  const slices = paged?.pages[shown];
  return (
    <section className="room-board room-view" aria-label={t('room.boardOf', { role: role.name })} data-testid="room-board" onKeyDown={onKeyDown}>
      <header className="room-board__head">
        <h2 className="room-board__role">{role.name}</h2>
        {pageCount > 1 && (
          <p className="room-board__page" data-testid="room-page" aria-label={t('room.pageOf', { page: shown + 1, count: pageCount })}>
            {shown + 1}/{pageCount}
          </p>
        )}
      </header>
      <div className="room-board__columns" ref={area}>
        {COLOURS.map((colour, c) => {
          const cards = columns[c] ?? [];
          const slice = slices?.[c] ?? { start: 0, end: cards.length };
          const onPage = paged ? cards.slice(slice.start, slice.end) : [];
          const later = cards.length - slice.end;
          return (
            <div key={colour} className="room-column" data-colour={colour}>
              <h3 className={`room-column__head akr-${colour}`}>
                <ColourIcon colour={colour} size={24} />
                <span>{t(`colour.${colour}`)}</span>
                <span className="room-column__count">{cards.length}</span>
              </h3>
              <ol className="room-column__cards" data-room-list>
                {onPage.map((card) => (
                  <RoomCardView
                    key={card.id}
                    card={card}
                    colour={colour}
                    hours={card.hours === null ? '' : roundHours(card.hours)}
                    focusable={onColourKey !== undefined}
                  />
                ))}
              </ol>
              {paged && later > 0 && <p className="visually-hidden">{plural('room.more', later)}</p>}
            </div>
          );
        })}
        {/* Every card of the role, unseen, at the columns' width: the heights the pages are made from. */}
        <div className="room-board__measure" ref={measure} aria-hidden="true">
          {COLOURS.map((colour, c) => (
            <ol key={colour} className="room-column__cards" data-room-list>
              {(columns[c] ?? []).map((card) => (
                <RoomCardView key={card.id} card={card} colour={colour} hours={card.hours === null ? '' : roundHours(card.hours)} />
              ))}
            </ol>
          ))}
        </div>
      </div>
    </section>
  );
}

function RoomCardView({ card, colour, hours, focusable = false }: { card: RoomCard; colour: Colour; hours: string; focusable?: boolean }) {
  return (
    <li className={`room-card room-card--${colour}`} data-room-card={card.id} data-colour={colour} tabIndex={focusable ? 0 : undefined}>
      <span className="room-card__title">
        <Hyphenated text={card.title} />
      </span>
      {hours && <span className="room-card__hours">{hours}</span>}
    </li>
  );
}

function roomColumns(model: BoardModel, roleId: string): RoomCard[][] {
  return COLOURS.map((colour) =>
    (model.cells.get(cellKey(roleId, colour)) ?? []).flatMap((p) => {
      const task = model.tasksById.get(p.taskId);
      return task ? [{ id: p.id, title: task.title, hours: p.hours }] : [];
    }),
  );
}
