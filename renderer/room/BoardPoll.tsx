import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { PollSpread } from './PollSpread.tsx';
import { useRoom } from './roomContext.ts';

/**
 * Asking the room about a card: its task for its role becomes the colour
 * poll open to the phones. `available` is false while no room is open for
 * this analysis (the card menu then has no such item).
 */
export function useAskRoom(analysisId: string): { available: boolean; ask: (task: { id: string; title: string }, role: { name: string }) => Promise<void> } {
  const { t } = useT();
  const { session, state } = useRoom();
  const pushToast = useApp((s) => s.pushToast);
  const available = state.info?.analysisId === analysisId;
  const ask = async (task: { id: string; title: string }, role: { name: string }) => {
    if (!available) return;
    // The builder checks with the protocol's zod schema: loaded on first use, so the board starts without zod.
    const { pollActivity } = await import('../../shared/room/activities.ts');
    const built = pollActivity({ id: crypto.randomUUID(), role, task });
    if (!built.ok) {
      pushToast({ message: t('phones.askFailed', { detail: t(`phones.activity.problem.${built.problem}`) }) });
      return;
    }
    if (await session.setActivity(built.activity)) pushToast({ message: t('phones.asked', { title: task.title, role: role.name }) });
    else pushToast({ message: t('phones.askFailed', { detail: session.get().failed?.detail ?? '' }) });
  };
  return { available, ask };
}

/**
 * The colour poll under way, on the board beside the cards: the task, and
 * the spread live, so the facilitator can place the card as usual; ending
 * it closes the poll to the phones.
 */
export function BoardPoll({ analysisId }: { analysisId: string }) {
  const { t } = useT();
  const { session, state, deps } = useRoom();
  const info = state.info?.analysisId === analysisId ? state.info : null;
  const poll = info?.activity.kind === 'poll' ? info.activity : null;
  const counts = deps.usePollCounts(analysisId, poll ? { activityId: poll.id, role: poll.role, taskId: poll.taskId } : null);
  if (!poll) return null;
  return (
    <section className="board-poll" aria-label={t('phones.boardPoll.label')} data-testid="board-poll">
      <h2 className="board-poll__heading">{t('phones.boardPoll.heading', { title: poll.title, role: poll.role })}</h2>
      <PollSpread counts={counts} className="board-poll__spread" />
      <div className="board-poll__actions">
        <button
          type="button"
          className="button button--small"
          aria-pressed={state.projected === 'poll'}
          onClick={() => session.project(state.projected === 'poll' ? null : 'poll')}
        >
          {t('phones.projector.poll')}
        </button>
        <button type="button" className="button button--small" disabled={state.busy !== null} onClick={() => void session.setActivity({ kind: 'none' })}>
          {t('phones.boardPoll.end')}
        </button>
      </div>
    </section>
  );
}
