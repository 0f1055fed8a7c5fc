import { useDraggable } from '@dnd-kit/core';
import { useImperativeHandle, useLayoutEffect, useRef, useState, type Ref, type SyntheticEvent } from 'react';
import { flushSync } from 'react-dom';

/** Starts a pointer or touch drag of the card under a mousedown/touchstart. */
export interface DragSourceHandle {
  start(event: SyntheticEvent, placementId: string, element: HTMLElement): void;
}

const IDLE = '\u0000idle';

/**
 * The board's one draggable. Registering every card with dnd-kit made every
 * card re-render when a drag began; instead, a press on a card points this
 * single draggable at it (synchronously) and hands it the event, so dnd-kit's
 * sensors, measuring and overlay work unchanged while the cards stay still.
 */
export function DragSource({ ref }: { ref: Ref<DragSourceHandle> }) {
  const [armed, setArmed] = useState<{ id: string; element: HTMLElement } | null>(null);
  const { listeners, setNodeRef } = useDraggable({ id: armed?.id ?? IDLE, disabled: armed === null });
  const latest = useRef(listeners);

  useLayoutEffect(() => {
    setNodeRef(armed?.element ?? null);
  }, [armed, setNodeRef]);

  useImperativeHandle(
    ref,
    () => ({
      start(event, placementId, element) {
        if (armed?.id !== placementId || armed.element !== element) {
          flushSync(() => setArmed({ id: placementId, element }));
        }
        // After flushSync the listeners below belong to this card; re-read them through the handle.
        const handler = event.type === 'touchstart' ? latest.current?.onTouchStart : latest.current?.onMouseDown;
        handler?.(event);
      },
    }),
    [armed],
  );

  useLayoutEffect(() => {
    latest.current = listeners;
  });
  return null;
}
