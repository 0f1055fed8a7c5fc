import { useStore } from 'zustand';
import type { DragStore } from './dragStore.ts';

/** Reads board moves out to screen readers, in the UI language, with titles and positions. */
export function Announcer({ dragStore }: { dragStore: DragStore }) {
  const text = useStore(dragStore, (s) => s.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="assertive" aria-atomic="true" data-testid="board-announcer">
      {text}
    </div>
  );
}
