import { useEffect, useMemo } from 'react';
import { PRESENTER_VIEWS, type PresenterView, type ProjectionState } from '../../shared/presenter.ts';
import { currentItem } from '../../shared/agenda.ts';
import { useApp, useServices } from '../store/context.ts';
import { useLive } from '../store/useLive.ts';
import type { AnalysisView } from '../store/route.ts';
import { facilitatorLink } from './facilitatorLink.ts';

const projectable = (view: AnalysisView): view is PresenterView => (PRESENTER_VIEWS as readonly string[]).includes(view);
/** The view the projector keeps showing while the facilitator is on one it cannot show (the overview, roles …). */
let lastProjected: PresenterView = 'board';

/** Sends what the projector should show whenever it changes: the view, the board's lane, blank and freeze. */
export function useProjection(analysisId: string, view: AnalysisView): ProjectionState {
  const lane = useApp((s) => s.boardLanes[analysisId] ?? null);
  const { blank, frozen } = useApp((s) => s.projector);
  const { repos } = useServices();
  // The agenda item under way names the countdown on the projection (its time comes from the shared timer).
  const agenda = useLive(() => repos.board.liveAgenda(analysisId), [repos, analysisId]);
  const label = currentItem(agenda ?? null)?.item.title ?? null;
  const shown = projectable(view) ? view : lastProjected;
  const state = useMemo<ProjectionState>(
    () => ({ analysisId, view: shown, lane, blank, frozen, timer: label === null ? null : { label, endsAt: null, remainingMs: null } }),
    [analysisId, shown, lane, blank, frozen, label],
  );
  useEffect(() => {
    lastProjected = state.view;
    facilitatorLink().send(state);
  }, [state]);
  return state;
}
