import { lazy, Suspense } from 'react';
import type { PresenterView, ProjectedRoom } from '../../shared/presenter.ts';
import { RoomBoard } from './RoomBoard.tsx';
import type { RoomViewProps } from './roomViewProps.ts';

const RoomSurvey = lazy(() => import('./RoomSurvey.tsx').then((m) => ({ default: m.RoomSurvey })));
const RoomSwot = lazy(() => import('./RoomSwot.tsx').then((m) => ({ default: m.RoomSwot })));
const RoomNewRoles = lazy(() => import('./RoomNewRoles.tsx').then((m) => ({ default: m.RoomNewRoles })));
const RoomJoin = lazy(() => import('./RoomJoin.tsx').then((m) => ({ default: m.RoomJoin })));
const RoomPoll = lazy(() => import('./RoomPoll.tsx').then((m) => ({ default: m.RoomPoll })));
const RoomInfo = lazy(() => import('./RoomInfo.tsx').then((m) => ({ default: m.RoomInfo })));
const RoomFollowUp = lazy(() => import('./RoomFollowUp.tsx').then((m) => ({ default: m.RoomFollowUp })));

/**
 * What the room sees of each projected view, in the projector window and in
 * presentation mode alike: the one place a projected view is tied to its
 * room component.
 */

export function RoomView({ view, room = null, ...props }: RoomViewProps & { view: PresenterView; room?: ProjectedRoom | null }) {
  return (
    <Suspense fallback={null}>
      {view === 'board' ? (
        <RoomBoard {...props} />
      ) : view === 'survey' ? (
        <RoomSurvey {...props} />
      ) : view === 'swot' ? (
        <RoomSwot {...props} />
      ) : view === 'roomJoin' ? (
        <RoomJoin {...props} room={room} />
      ) : view === 'poll' ? (
        <RoomPoll {...props} room={room} />
      ) : view === 'info' ? (
        <RoomInfo {...props} />
      ) : view === 'followUp' ? (
        <RoomFollowUp {...props} />
      ) : (
        <RoomNewRoles {...props} />
      )}
    </Suspense>
  );
}
