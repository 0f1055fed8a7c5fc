import { useEffect } from 'react';
import type { ProjectedRoom } from '../../shared/presenter.ts';
import { useT } from '../i18n/i18n.ts';
import { PollSpread } from '../room/PollSpread.tsx';
import type { RoomViewProps } from './roomViewProps.ts';

/** The colour poll on the projector: the task, its role, and the spread of the four colours with their labels. Never who voted. */
export function RoomPoll({ room, lane, onLayout }: RoomViewProps & { room: ProjectedRoom | null }) {
  const { t } = useT();
  useEffect(() => onLayout?.(1, lane), [onLayout, lane]);
  const poll = room?.poll ?? null;
  if (!poll) return <p className="room-view__empty">{t('phones.pollView.none')}</p>;
  return (
    <section className="room-view room-poll" aria-labelledby="room-poll-title" data-testid="room-poll">
      <h2 id="room-poll-title" className="room-poll__title">
        {poll.title}
      </h2>
      <p className="room-poll__question">{t('phones.pollView.question', { role: poll.role })}</p>
      <PollSpread counts={poll.counts} className="room-poll__spread" />
    </section>
  );
}
