import { useEffect } from 'react';
import type { ProjectedRoom } from '../../shared/presenter.ts';
import { useT } from '../i18n/i18n.ts';
import { RoomQr } from '../room/RoomQr.tsx';
import type { RoomViewProps } from './roomViewProps.ts';

/**
 * How the room joins, on the projector: the QR code as large as the window's
 * height allows, the short address and the six-digit code in type readable
 * from the back of the room. The address with the token is only drawn as the
 * QR code; nothing else of the room is shown.
 */
export function RoomJoin({ room, lane, onLayout }: RoomViewProps & { room: ProjectedRoom | null }) {
  const { t } = useT();
  useEffect(() => onLayout?.(1, lane), [onLayout, lane]);
  if (!room) return <p className="room-view__empty">{t('phones.join.noRoom')}</p>;
  return (
    <section className="room-view room-join" aria-labelledby="room-join-title" data-testid="room-join">
      <h2 id="room-join-title" className="room-join__title">
        {t('phones.join.title')}
      </h2>
      <div className="room-join__body">
        <RoomQr url={room.url} label={t('phones.qrLabel')} className="room-join__qr" />
        <div className="room-join__ways">
          <p className="room-join__step">{t('phones.join.scan')}</p>
          <p className="room-join__step">{t('phones.join.orType')}</p>
          <p className="room-join__address" data-testid="room-join-address">
            {room.shortUrl}
          </p>
          <p className="room-join__step">{t('phones.join.code')}</p>
          <p className="room-join__code" data-testid="room-join-code">
            {room.code}
          </p>
          <p className="room-join__hint">{t('phones.join.network')}</p>
        </div>
      </div>
    </section>
  );
}
