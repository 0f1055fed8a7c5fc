import type { Change, TableName } from '../../shared/changes.ts';
import { invertChanges } from '../../shared/changes.ts';
import type { Item } from '../../shared/model.ts';
import type { Slice, StoreDeps } from './appStore.ts';

/** One undoable edit: what it changed, and a short description for announcements. */
export interface HistoryEntry {
  label: string;
  changes: Change[];
}

interface History {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

/** An item as it will be once a write in flight lands; `item` null = deleted. */
export interface Pending {
  table: TableName;
  id: string;
  rev: number;
  item: Item | null;
}

const MAX_HISTORY = 200;

/**
 * Undo and redo, one history per analysis shared by all its views. Edits are
 * shown at once (optimistically) and written in the background; views drop
 * a pending item as soon as the database has caught up with it.
 */
export interface HistorySlice {
  histories: Record<string, History>;
  pending: Record<string, Pending>;
  /** True while a card is being dragged or carried by keyboard: undo waits. */
  gestureActive: boolean;
  setGestureActive(active: boolean): void;
  /** Writes an edit and records it for undo. Resolves once it is on disk. */
  commit(analysisId: string, label: string, changes: Change[]): Promise<void>;
  /** Returns the undone entry's label, or null when refused or empty. */
  undo(analysisId: string): Promise<string | null>;
  redo(analysisId: string): Promise<string | null>;
  /**
   * Drops an analysis's undo and redo steps: after an import (an undo would
   * write back a version from before it) and when the analysis is erased.
   */
  forgetHistory(analysisId: string): void;
}

const key = (table: TableName, id: string) => `${table}:${id}`;

export function createHistorySlice({ repos }: StoreDeps): Slice<HistorySlice> {
  return (set, get) => {
    const write = async (changes: Change[]) => {
      const marks: Record<string, Pending> = {};
      for (const c of changes) {
        const id = (c.after ?? c.before)?.id;
        if (id === undefined) continue;
        // The revision the database will give it (see changesRepository.apply), so an undo shows at once too.
        const rev = Math.max(c.after?.rev ?? 0, (c.before?.rev ?? 0) + 1);
        marks[key(c.table, id)] = { table: c.table, id, rev, item: c.after ? { ...c.after, rev } : null };
      }
      set((s) => ({ pending: { ...s.pending, ...marks } }));
      try {
        await get().track(repos.changes.apply(changes));
      } finally {
        // The live query has usually re-read by now; drop the marks a little later to be sure.
        setTimeout(() => {
          set((s) => ({
            pending: Object.fromEntries(Object.entries(s.pending).filter(([k, v]) => marks[k] !== v)),
          }));
        }, 1000);
      }
    };
    const historyOf = (analysisId: string): History => get().histories[analysisId] ?? { undo: [], redo: [] };
    const setHistory = (analysisId: string, history: History) =>
      set((s) => ({ histories: { ...s.histories, [analysisId]: history } }));

    return {
      histories: {},
      pending: {},
      gestureActive: false,
      setGestureActive(gestureActive) {
        set({ gestureActive });
      },
      async commit(analysisId, label, changes) {
        if (changes.length === 0) return;
        const h = historyOf(analysisId);
        setHistory(analysisId, { undo: [...h.undo, { label, changes }].slice(-MAX_HISTORY), redo: [] });
        await write(changes);
      },
      async undo(analysisId) {
        const h = historyOf(analysisId);
        const entry = h.undo.at(-1);
        if (!entry || get().gestureActive) return null;
        setHistory(analysisId, { undo: h.undo.slice(0, -1), redo: [...h.redo, entry] });
        await write(invertChanges(entry.changes));
        return entry.label;
      },
      forgetHistory(analysisId) {
        set((s) => {
          const { [analysisId]: _gone, ...rest } = s.histories;
          return { histories: rest };
        });
      },
      async redo(analysisId) {
        const h = historyOf(analysisId);
        const entry = h.redo.at(-1);
        if (!entry || get().gestureActive) return null;
        setHistory(analysisId, { undo: [...h.undo, entry], redo: h.redo.slice(0, -1) });
        await write(entry.changes);
        return entry.label;
      },
    };
  };
}
