import { useEffect } from 'react';

/**
 * The room's keys, the same in the projector window and in presentation mode:
 * Page Down, → and Space turn to the next page, Page Up and ← to the previous
 * one (what a presentation clicker sends), ↓ and ↑ change role. None with a
 * modifier, and none while a text field or a dialog has the focus.
 */
export function roomKey(event: KeyboardEvent): { what: 'page' | 'role'; step: 1 | -1 } | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target;
  if (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select, [role="dialog"], [role="menu"], [role="listbox"]'))
  )
    return null;
  switch (event.key) {
    case ' ':
      // Space on a button presses the button.
      return target instanceof HTMLElement && target.closest('button, a') ? null : { what: 'page', step: 1 };
    case 'PageDown':
    case 'ArrowRight':
      return { what: 'page', step: 1 };
    case 'PageUp':
    case 'ArrowLeft':
      return { what: 'page', step: -1 };
    case 'ArrowDown':
      return { what: 'role', step: 1 };
    case 'ArrowUp':
      return { what: 'role', step: -1 };
    default:
      return null;
  }
}

/** While mounted, the room's keys pressed in this window turn the projection (presentation mode). */
export function useRoomKeys(turn: (what: 'page' | 'role', step: 1 | -1) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const request = roomKey(event);
      if (!request) return;
      event.preventDefault();
      turn(request.what, request.step);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [turn]);
}
