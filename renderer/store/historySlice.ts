import type { Change } from '../../shared/changes.ts';
import { invertChanges } from '../../shared/changes.ts';
import { netChanges } from '../../shared/records/patch.ts';
import { analysisOf, KINDS } from '../../shared/records/registry.ts';
import type { History, HistorySlice, Pending, Slice, StoreDeps } from './types.ts';

const MAX_HISTORY = 200;

const key = (table: string, id: string) => `${table}:${id}`;

/** The analyses a list of changes touches (this machine's preferences belong to none). */
export function analysesOf(changes: readonly Change[]): string[] {
  const ids = new Set<string>();
  for (const c of changes) {
    const item = c.after ?? c.before;
    const id = item && analysisOf(c.table, { ...item });
    if (id) ids.add(id);
  }
  return [...ids];
}

/** Why an edit cannot be one undo step, or null when it can. A programming error, never the user's. */
function notUndoable(changes: readonly Change[]): string | null {
  const kinds = changes.map((c) => c.table).filter((k) => !KINDS[k].undoable);
  if (kinds.length > 0) return `${[...new Set(kinds)].join(', ')} cannot be undone`;
  if (analysesOf(changes).length !== 1) return 'an undo step belongs to exactly one analysis';
  return null;
}

/**
 * The one write path, and undo and redo: one history per analysis shared by
 * all its views. Every edit of the app comes here as a list of changes.
 */
export function createHistorySlice({ repos }: StoreDeps): Slice<HistorySlice> {
  return (set, get) => {
    let seq = 0;
    const write = async (changes: Change[]) => {
      const marks: Record<string, Pending> = {};
      for (const op of netChanges(changes)) {
        // The revision the database will give it (see writer.ts), so the edit (or its undo) shows at once.
        if (op.op === 'delete') marks[key(op.kind, op.id)] = { table: op.kind, id: op.id, rev: op.base.rev + 1, item: null };
        else if (op.op === 'create') marks[key(op.kind, op.id)] = { table: op.kind, id: op.id, rev: op.item.rev, item: op.item };
        else marks[key(op.kind, op.id)] = { table: op.kind, id: op.id, rev: op.base.rev + 1, item: { ...op.item, rev: op.base.rev + 1 }, patch: op.patch };
      }
      set((s) => ({ pending: { ...s.pending, ...marks } }));
      try {
        await get().track(repos.changes.apply(changes));
        get().announceChanged(analysesOf(changes));
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
    const setHistory = (analysisId: string, history: History) => set((s) => ({ histories: { ...s.histories, [analysisId]: history } }));

    return {
      histories: {},
      pending: {},
      changed: { seq: 0, analyses: [] },
      gestureActive: false,
      setGestureActive(gestureActive) {
        set({ gestureActive });
      },
      async commit(changes, { undoable, label = '' }) {
        if (changes.length === 0) return;
        if (undoable) {
          const problem = notUndoable(changes);
          if (problem) throw new Error(`Not an undo step: ${problem}`);
          const [analysisId] = analysesOf(changes);
          if (analysisId) {
            const h = historyOf(analysisId);
            setHistory(analysisId, { undo: [...h.undo, { label, changes }].slice(-MAX_HISTORY), redo: [] });
          }
        }
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
      async redo(analysisId) {
        const h = historyOf(analysisId);
        const entry = h.redo.at(-1);
        if (!entry || get().gestureActive) return null;
        setHistory(analysisId, { undo: [...h.undo, entry], redo: h.redo.slice(0, -1) });
        await write(entry.changes);
        return entry.label;
      },
      forgetHistory(analysisId) {
        set((s) => {
          const { [analysisId]: _gone, ...rest } = s.histories;
          return { histories: rest };
        });
      },
      announceChanged(analyses) {
        if (analyses.length > 0) set({ changed: { seq: ++seq, analyses } });
      },
    };
  };
}
