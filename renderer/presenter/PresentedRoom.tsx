import type { PresenterView } from '../../shared/presenter.ts';
import { useApp, useServices } from '../store/context.ts';
import { TimerAndPresent } from '../workshop/WorkshopButtons.tsx';
import { useRoomKeys } from './roomKeys.ts';
import { RoomView } from './RoomView.tsx';
import type { Projection } from './useProjection.ts';

/**
 * Survey results, SWOT or new roles in presentation mode (F5): what the
 * projector window shows, in this window, with the room's keys turning the
 * same page and role. The view's own tools are in its own view (Esc or F5).
 */
export function PresentedRoom({ analysisId, view, projection }: { analysisId: string; view: Exclude<PresenterView, 'board'>; projection: Projection }) {
  const { store } = useServices();
  const lane = useApp((s) => s.boardLanes[analysisId] ?? null);
  const page = useApp((s) => s.projector.page);
  useRoomKeys(projection.turn);
  return (
    <div className="presented-board presented-room">
      <div className="presented-board__bar">
        <TimerAndPresent analysisId={analysisId} />
      </div>
      <RoomView
        view={view}
        analysisId={analysisId}
        lane={lane}
        page={page}
        onLayout={(pages, shownLane) => {
          const s = store.getState();
          if (shownLane === (s.boardLanes[analysisId] ?? null) && s.projector.pages !== pages) s.setProjector({ pages });
        }}
      />
    </div>
  );
}
