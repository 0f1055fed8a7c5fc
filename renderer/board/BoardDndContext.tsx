import {
  DndContext,
  DragOverlay,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { createPortal } from 'react-dom';
import { useApp } from '../store/context.ts';
import type { DragStore } from './dragStore.ts';
import { DragSource, type DragSourceHandle } from './DragSource.tsx';
import { indexAtPointer, markerOffset } from './targets.ts';
import type { BoardActions } from './useBoardActions.ts';
import type { BoardModel, CellKey } from './useBoardData.ts';

/**
 * Collision strategy: the cell under the pointer wins; when the pointer is
 * between cells (gaps, headers), the cell the dragged card overlaps most.
 * Cells are the only droppables – cards are not – so this stays cheap with
 * a thousand cards.
 */
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

function startPoint(event: Event | null): { x: number; y: number } {
  if (event && 'touches' in event) {
    const touch = (event as TouchEvent).touches[0];
    return { x: touch?.clientX ?? 0, y: touch?.clientY ?? 0 };
  }
  const mouse = event as MouseEvent | null;
  return { x: mouse?.clientX ?? 0, y: mouse?.clientY ?? 0 };
}

interface Props {
  model: BoardModel;
  dragStore: DragStore;
  actions: BoardActions;
  /** Receives the handle that starts a drag from a press on a card. */
  sourceRef: Ref<DragSourceHandle>;
  children: ReactNode;
}

/**
 * The one drag-and-drop controller of the board: mouse and touch sensors
 * (the keyboard path is the board's own, see useBoardKeys), the insertion
 * position computed from the pointer, a light overlay, and the drop
 * committed through the pure move function.
 */
export function BoardDndContext({ model, dragStore, actions, sourceRef, children }: Props) {
  const setGestureActive = useApp((s) => s.setGestureActive);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    // A short hold before a touch drag, so a finger can still scroll the board.
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 8 } }),
  );
  const origin = useRef({ x: 0, y: 0 });
  const [overlay, setOverlay] = useState<{ title: string; hours: string; colour: string } | null>(null);

  const onDragStart = (event: DragStartEvent) => {
    const id = String(event.active.id);
    const placement = model.placements.find((p) => p.id === id);
    if (!placement) return;
    origin.current = startPoint(event.activatorEvent);
    dragStore.setState({ activeId: id, mode: 'pointer', target: null });
    setGestureActive(true);
    setOverlay({
      title: actions.titleOf(placement),
      hours: placement.hours === null ? '' : actions.hoursText(placement.hours),
      colour: placement.colour,
    });
    actions.announce(actions.titleOf(placement));
  };

  const onDragMove = (event: DragMoveEvent) => {
    const over = event.over?.id;
    const activeId = String(event.active.id);
    if (over === undefined) {
      if (dragStore.getState().target !== null) dragStore.setState({ target: null });
      return;
    }
    const cell = String(over) as CellKey; // droppable ids are cell keys
    const index = indexAtPointer(cell, origin.current.y + event.delta.y, activeId);
    const current = dragStore.getState().target;
    if (current?.cell === cell && current.index === index) return;
    dragStore.setState({ target: { cell, index, y: markerOffset(cell, index, activeId) } });
  };

  const finish = () => {
    dragStore.setState({ activeId: null, mode: null, target: null });
    setGestureActive(false);
    setOverlay(null);
  };

  const onDragEnd = () => {
    const { activeId, target } = dragStore.getState();
    finish();
    if (activeId && target) actions.move(activeId, target);
  };

  const onDragCancel = () => {
    const { activeId } = dragStore.getState();
    finish();
    const placement = model.placements.find((p) => p.id === activeId);
    if (placement) actions.announceCancelled(placement);
  };

  // dnd-kit gets the same callbacks every render, so re-rendering the board does not make
  // its context (and every droppable cell) change; they call the latest handlers.
  const handlers = useRef({ onDragStart, onDragMove, onDragEnd, onDragCancel });
  useLayoutEffect(() => {
    handlers.current = { onDragStart, onDragMove, onDragEnd, onDragCancel };
  });
  const stable = {
    onDragStart: useCallback((e: DragStartEvent) => handlers.current.onDragStart(e), []),
    onDragMove: useCallback((e: DragMoveEvent) => handlers.current.onDragMove(e), []),
    onDragEnd: useCallback(() => handlers.current.onDragEnd(), []),
    onDragCancel: useCallback(() => handlers.current.onDragCancel(), []),
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={stable.onDragStart}
      onDragMove={stable.onDragMove}
      onDragEnd={stable.onDragEnd}
      onDragCancel={stable.onDragCancel}
      // Our own live region announces moves in Swedish with titles and positions.
      accessibility={ACCESSIBILITY}
    >
      <DragSource ref={sourceRef} />
      {children}
      {createPortal(
        <DragOverlay dropAnimation={null}>
          {overlay && (
            <div className={`card card--${overlay.colour} card--overlay`} data-drag-overlay>
              <span className="card__title">{overlay.title}</span>
              <span className="card__meta">{overlay.hours}</span>
            </div>
          )}
        </DragOverlay>,
        document.body,
      )}
    </DndContext>
  );
}

const ACCESSIBILITY = {
  announcements: {
    onDragStart: () => undefined,
    onDragMove: () => undefined,
    onDragOver: () => undefined,
    onDragEnd: () => undefined,
    onDragCancel: () => undefined,
  },
  screenReaderInstructions: { draggable: '' },
};
