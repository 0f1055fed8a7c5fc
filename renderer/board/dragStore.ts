import { createStore } from 'zustand/vanilla';
import type { CellKey } from './useBoardData.ts';

/** Where a card would land: a cell and an index among its other cards. */
export interface DropTarget {
  cell: CellKey;
  index: number;
  /** Offset of the insertion marker from the top of the cell's card list, in px. */
  y: number;
}

export interface DragState {
  /** The placement being moved by pointer or keyboard. */
  activeId: string | null;
  mode: 'pointer' | 'keyboard' | null;
  target: DropTarget | null;
  /** The latest screen-reader announcement. */
  announcement: string;
}

/**
 * Drag state lives in its own small store, outside the cards' render path:
 * moving the pointer updates the target here, and only the insertion marker
 * and the picked card listen.
 */
export const createDragStore = () => createStore<DragState>()(() => ({ activeId: null, mode: null, target: null, announcement: '' }));

export type DragStore = ReturnType<typeof createDragStore>;
