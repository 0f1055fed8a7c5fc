import { useEffect } from 'react';
import { PRESENTER_VIEWS, type PresenterView } from '../../shared/presenter.ts';
import { useApp } from '../store/context.ts';
import type { AnalysisView } from '../store/route.ts';
import { facilitatorLink } from './facilitatorLink.ts';

const projectable = (view: AnalysisView): view is PresenterView => (PRESENTER_VIEWS as readonly string[]).includes(view);
/** The view the projector keeps showing while the facilitator is on one it cannot show (the overview, roles …). */
let lastProjected: PresenterView = 'board';

/** Sends what the projector should show whenever it changes: the view, the board's lane, blank and freeze. */
export function useProjection(analysisId: string, view: AnalysisView): PresenterView {
  const lane = useApp((s) => s.boardLanes[analysisId] ?? null);
  const { blank, frozen } = useApp((s) => s.projector);
  const shown = projectable(view) ? view : lastProjected;
  useEffect(() => {
    lastProjected = shown;
    facilitatorLink().send({ analysisId, view: shown, lane, blank, frozen, timer: null });
  }, [analysisId, shown, lane, blank, frozen]);
  return shown;
}
