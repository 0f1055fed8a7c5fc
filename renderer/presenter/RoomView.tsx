import { lazy, Suspense } from 'react';
import type { PresenterView } from '../../shared/presenter.ts';
import { RoomBoard } from './RoomBoard.tsx';

const RoomSurvey = lazy(() => import('./RoomSurvey.tsx').then((m) => ({ default: m.RoomSurvey })));
const RoomSwot = lazy(() => import('./RoomSwot.tsx').then((m) => ({ default: m.RoomSwot })));
const RoomNewRoles = lazy(() => import('./RoomNewRoles.tsx').then((m) => ({ default: m.RoomNewRoles })));

export interface RoomViewProps {
  analysisId: string;
  lane: string | null;
  page: number;
  /** How many pages this window needs for what it shows (after every measurement that changes it). */
  onLayout?: (pages: number, lane: string | null) => void;
}

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
