import type { PresenterView } from '../../shared/presenter.ts';
import { useT } from '../i18n/i18n.ts';
import { useRoom } from '../room/roomContext.ts';
import { useApp, useServices } from '../store/context.ts';
import { TimerAndPresent } from '../workshop/WorkshopButtons.tsx';
import { useRoomKeys } from './roomKeys.ts';
import { RoomView } from './RoomView.tsx';
import type { Projection } from './useProjection.ts';

/** A room view shown in presentation mode: the room panel's or the board poll's button sent it to what the room sees. */
const isRoomView = (view: PresenterView): view is 'roomJoin' | 'poll' => view === 'roomJoin' || view === 'poll';

/**
 * Survey results, SWOT, new roles or one of the room's views (how to join,
 * a poll's spread) in presentation mode (F5): what the projector window
 * shows, in this window, with the room's keys turning the same page and
 * role. The view's own tools are in its own view (Esc or F5); over a room
 * view the bar also has the button that sent it, pressed, to give the
 * screen back to what was shown before.
 */
export function PresentedRoom({
  analysisId,
  view,
  projection,
}: {
  analysisId: string;
  view: Exclude<PresenterView, 'board'> | 'roomJoin' | 'poll';
  projection: Projection;
}) {
  const { store } = useServices();
  const { t } = useT();
  const { session } = useRoom();
  const lane = useApp((s) => s.boardLanes[analysisId] ?? null);
  const page = useApp((s) => s.projector.page);
  useRoomKeys(projection.turn);
  return (
    <div className="presented-board presented-room">
      <div className="presented-board__bar">
        {isRoomView(view) && (
          <button type="button" className="button button--small" aria-pressed onClick={() => session.project(null)}>
            {t(view === 'roomJoin' ? 'phones.projector.join' : 'phones.projector.poll')}
          </button>
        )}
        <TimerAndPresent analysisId={analysisId} />
      </div>
      <RoomView
        view={view}
        analysisId={analysisId}
        lane={lane}
        page={page}
        room={projection.state.room}
        onLayout={(pages, shownLane) => {
          const s = store.getState();
          if (shownLane === (s.boardLanes[analysisId] ?? null) && s.projector.pages !== pages) s.setProjector({ pages });
        }}
      />
    </div>
  );
}
