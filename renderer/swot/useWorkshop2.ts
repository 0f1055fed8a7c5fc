import { useMemo } from 'react';
import type { Workshop2 } from '../../shared/swot.ts';
import { useApp, useServices } from '../store/context.ts';
import { overlayPending } from '../store/pending.ts';
import { useLive } from '../store/useLive.ts';

/** Workshop 2 of an analysis, with edits in flight shown at once. */
export function useWorkshop2(analysisId: string): Workshop2 | undefined {
  const { repos } = useServices();
  const live = useLive(() => repos.swot.live(analysisId), [repos, analysisId]);
  const pending = useApp((s) => s.pending);
  return useMemo(() => {
    if (!live) return undefined;
    const list = Object.values(pending);
    const of = (table: string) => list.filter((p) => p.table === table);
    const voting =
      overlayPending(
        live.voting ? [live.voting] : [],
        of('voting').filter((p) => p.id === analysisId),
      )[0] ?? null;
    return {
      notes: overlayPending(live.notes, of('swotNotes')),
      stacks: overlayPending(live.stacks, of('swotStacks')),
      voting,
      discussion: overlayPending(live.discussion, of('discussion')),
      actions: overlayPending(live.actions, of('actions')),
    };
  }, [live, pending, analysisId]);
}
