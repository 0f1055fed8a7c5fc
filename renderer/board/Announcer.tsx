import { useStore } from 'zustand';
import type { DragStore } from './dragStore.ts';
import { LiveRegion } from '../components/LiveRegion.tsx';

/** Reads board moves out to screen readers, in the UI language, with titles and positions. */
export function Announcer({ dragStore }: { dragStore: DragStore }) {
  const text = useStore(dragStore, (s) => s.announcement);
  return <LiveRegion testId="board-announcer">{text}</LiveRegion>;
}
