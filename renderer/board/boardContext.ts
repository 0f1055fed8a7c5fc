import { createContext, useContext } from 'react';
import type { DragStore } from './dragStore.ts';

/** Pre-built texts for cards, so a thousand cards do not each format strings from scratch. */
export interface CardTexts {
  noHours: string;
  /** A card's hours as people read them: "2,5 h", "< 0,5 h". */
  hours(value: number): string;
  cardRole: string;
  hasNotes: string;
  menuFor(title: string): string;
}

export interface BoardContextValue {
  analysisId: string;
  dragStore: DragStore;
  texts: CardTexts;
}

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoardContext(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoardContext outside the board');
  return value;
}
