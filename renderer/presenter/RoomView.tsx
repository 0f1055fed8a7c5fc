import { lazy, Suspense } from 'react';
import type { PresenterView } from '../../shared/presenter.ts';
import { RoomBoard } from './RoomBoard.tsx';
import type { RoomViewProps } from './roomViewProps.ts';

const RoomSurvey = lazy(() => import('./RoomSurvey.tsx').then((m) => ({ default: m.RoomSurvey })));
const RoomSwot = lazy(() => import('./RoomSwot.tsx').then((m) => ({ default: m.RoomSwot })));
const RoomNewRoles = lazy(() => import('./RoomNewRoles.tsx').then((m) => ({ default: m.RoomNewRoles })));

/**
 * What the room sees of each projected view, in the projector window and in
 * presentation mode alike: the one place a projected view is tied to its
 * room component.
 */

export function RoomView({ view, ...props }: RoomViewProps & { view: PresenterView }) {
  return (
    <Suspense fallback={null}>
      {view === 'board' ? (
        <RoomBoard {...props} />
      ) : view === 'survey' ? (
        <RoomSurvey {...props} />
      ) : view === 'swot' ? (
        <RoomSwot {...props} />
      ) : (
        <RoomNewRoles {...props} />
      )}
    </Suspense>
  );
}
