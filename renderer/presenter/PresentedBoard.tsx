import { useState } from 'react';
import { Announcer } from '../board/Announcer.tsx';
import { createDragStore } from '../board/dragStore.ts';
import { useBoardActions } from '../board/useBoardActions.ts';
import { useBoardData } from '../board/useBoardData.ts';
import { useApp, useServices } from '../store/context.ts';
import { TimerAndPresent } from '../workshop/WorkshopButtons.tsx';
import { RoomBoard } from './RoomBoard.tsx';
import { useRoomKeys } from './roomKeys.ts';
import type { Projection } from './useProjection.ts';

/**
 * The board in presentation mode (F5): what the projector window shows, in
 * this window – one role, paged – with the room's keys (Page Down / Page Up,
 * ← →, ↑ ↓) turning the same page and role as the projector's. A card
 * takes the focus (Tab) and 1–4 or 0 sorts it, as on the board; dragging,
 * the card menu and the other tools are in the board's own view (Esc or F5).
 */
export function PresentedBoard({ analysisId, projection }: { analysisId: string; projection: Projection }) {
  const { store } = useServices();
  const { turn } = projection;
  const lane = useApp((s) => s.boardLanes[analysisId] ?? null);
  const page = useApp((s) => s.projector.page);
  const model = useBoardData(analysisId, false);
  const [dragStore] = useState(createDragStore);
  const actions = useBoardActions(analysisId, model, dragStore, false);
  useRoomKeys(turn);
  return (
    <div className="presented-board">
      <Announcer dragStore={dragStore} />
      <div className="presented-board__bar">
        <TimerAndPresent analysisId={analysisId} />
      </div>
      <RoomBoard
        analysisId={analysisId}
        lane={lane}
        page={page}
        onColourKey={(placementId, colour) => actions.moveToColour(placementId, colour)}
        onLayout={(pages, shownLane) => {
          const s = store.getState();
          if (shownLane === (s.boardLanes[analysisId] ?? null) && s.projector.pages !== pages) s.setProjector({ pages });
        }}
      />
    </div>
  );
}
