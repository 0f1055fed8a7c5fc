/**
 * The room's views read what phones sent through these hooks, live from the
 * database (so every window on the analysis shows the same), and act on the
 * note queue through the functions they return.
 */
import { useMemo } from 'react';
import { useT } from '../i18n/i18n.ts';
import { useServices } from '../store/context.ts';
import { useLive } from '../store/useLive.ts';
import type { PollCounts, QueuedNote, RoomInbox, RoomReceived } from './inboxTypes.ts';
import { roomInboxActions } from './inbox.ts';

const NOTHING: RoomReceived = { answers: 0, notes: 0, dots: 0, pollVotes: 0 };
const NONE: readonly QueuedNote[] = [];

export function useRoomInbox(analysisId: string): RoomInbox {
  const { repos, store } = useServices();
  const { t, plural } = useT();
  const data = useLive(() => repos.room.liveInbox(analysisId), [repos, analysisId]);
  const pending = useMemo(
    () => data?.pending.map((q): QueuedNote => ({ id: q.id, quadrant: q.quadrant, text: q.text, receivedAt: Date.parse(q.receivedAt) })) ?? NONE,
    [data],
  );
  const actions = useMemo(
    () =>
      roomInboxActions(
        {
          repos,
          commit: (changes, options) => store.getState().commit(changes, options),
          now: () => new Date().toISOString(),
          label: (count, text) => (count === 1 ? t('swot.history.add', { text }) : plural('swot.history.letThrough', count)),
        },
        analysisId,
      ),
    [repos, store, analysisId, t, plural],
  );
  return { pending, autoLetThrough: data?.autoLetThrough ?? false, received: data?.received ?? NOTHING, ...actions };
}

/** The spread of the latest colour poll of a task for a role (by the role's name, as the poll names it); null when none was held. */
export function usePollCounts(analysisId: string, taskId: string, role: string): PollCounts | null {
  const { repos } = useServices();
  return useLive(() => repos.room.livePollCounts(analysisId, taskId, role), [repos, analysisId, taskId, role]) ?? null;
}
