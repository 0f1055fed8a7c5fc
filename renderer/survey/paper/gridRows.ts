import { repeatedForms, type PaperRow } from '../../../shared/survey/paper.ts';
import type { GridColumn } from './columns.ts';

/** How far a row is from being stored. */
export type RowStatus = 'saved' | 'saving' | 'notSaved' | 'none';

/**
 * The rows of the entry grid as typed, outside React: each drawn row listens
 * to its own row only, so a keystroke re-renders the row typed in and nothing
 * else (the grid itself re-renders only when rows come or go). Not stored:
 * the grid saves a row through the store's write path once it is complete.
 */
export interface GridRows {
  /** The rows' ids in order; a new array only when rows come or go. */
  ids: () => readonly string[];
  row: (id: string) => PaperRow | undefined;
  /** Every row in order, as typed now. */
  all: () => PaperRow[];
  status: (id: string) => RowStatus;
  /** How many rows are stored as typed. */
  savedCount: () => number;
  /** The form number when an earlier row has it too. */
  repeated: (id: string) => number | undefined;
  /** The rows a role's grid opens with, and their statuses. */
  reset: (rows: readonly PaperRow[], status: ReadonlyMap<string, RowStatus>) => void;
  /** A box typed in. Typing in the last row opens a blank one below it. */
  setCell: (id: string, column: GridColumn, value: string) => void;
  setStatus: (id: string, status: RowStatus) => void;
  /** Takes a row out; the grid always ends with a blank row to type the next form in. */
  remove: (id: string) => void;
  /** Called when the row (its boxes or its status) changes. */
  subscribeRow: (id: string, listener: () => void) => () => void;
  /** Called when rows come or go. */
  subscribeIds: (listener: () => void) => () => void;
  /** Called when a status changes (the count of stored rows). */
  subscribeStatus: (listener: () => void) => () => void;
  /** Called when a form number changes or rows come or go (which numbers repeat). */
  subscribeRepeats: (listener: () => void) => () => void;
}

export const blankRow = (): PaperRow => ({ id: crypto.randomUUID(), form: '', values: {}, contract: '', mission: '', comment: '' });

export const isBlankRow = (r: PaperRow) =>
  r.form.trim() === '' &&
  r.contract.trim() === '' &&
  r.mission.trim() === '' &&
  r.comment.trim() === '' &&
  Object.values(r.values).every((v) => v.trim() === '');

function withValue(r: PaperRow, column: GridColumn, value: string): PaperRow {
  switch (column.kind) {
    case 'form':
      return { ...r, form: value };
    case 'task':
      return { ...r, values: { ...r.values, [column.taskId]: value } };
    case 'contract':
      return { ...r, contract: value };
    case 'mission':
      return { ...r, mission: value };
    case 'comment':
      return { ...r, comment: value };
  }
}

export function createGridRows(): GridRows {
  let ids: readonly string[] = [];
  const rows = new Map<string, PaperRow>();
  const statuses = new Map<string, RowStatus>();
  let repeats: Map<string, number> | null = null;
  const rowListeners = new Map<string, Set<() => void>>();
  const idListeners = new Set<() => void>();
  const statusListeners = new Set<() => void>();
  const repeatListeners = new Set<() => void>();

  const all = () => ids.flatMap((id) => rows.get(id) ?? []);
  const call = (listeners: Iterable<() => void> | undefined) => {
    for (const l of [...(listeners ?? [])]) l();
  };
  const listen = (set: Set<() => void>, listener: () => void) => {
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  };
  const formsChanged = () => {
    repeats = null;
    call(repeatListeners);
  };
  const setIds = (next: readonly string[]) => {
    ids = next;
    call(idListeners);
  };

  return {
    ids: () => ids,
    row: (id) => rows.get(id),
    all,
    status: (id) => statuses.get(id) ?? 'none',
    savedCount: () => {
      let n = 0;
      for (const id of ids) if (statuses.get(id) === 'saved') n++;
      return n;
    },
    repeated: (id) => {
      repeats ??= repeatedForms(all());
      return repeats.get(id);
    },
    reset: (next, status) => {
      rows.clear();
      statuses.clear();
      for (const r of next) rows.set(r.id, r);
      for (const [id, s] of status) statuses.set(id, s);
      setIds(next.map((r) => r.id));
      formsChanged();
      call(statusListeners);
      for (const listeners of rowListeners.values()) call(listeners);
    },
    setCell: (id, column, value) => {
      const before = rows.get(id);
      if (!before) return;
      rows.set(id, withValue(before, column, value));
      if (ids[ids.length - 1] === id && value !== '') {
        const blank = blankRow();
        rows.set(blank.id, blank);
        setIds([...ids, blank.id]);
      }
      call(rowListeners.get(id));
      if (column.kind === 'form') formsChanged();
    },
    setStatus: (id, status) => {
      if (!rows.has(id) || statuses.get(id) === status) return;
      statuses.set(id, status);
      call(rowListeners.get(id));
      call(statusListeners);
    },
    remove: (id) => {
      if (!rows.has(id)) return;
      rows.delete(id);
      statuses.delete(id);
      const rest = ids.filter((x) => x !== id);
      const last = rows.get(rest[rest.length - 1] ?? '');
      if (last && isBlankRow(last)) setIds(rest);
      else {
        const blank = blankRow();
        rows.set(blank.id, blank);
        setIds([...rest, blank.id]);
      }
      formsChanged();
      call(statusListeners);
    },
    subscribeRow: (id, listener) => {
      let set = rowListeners.get(id);
      if (!set) rowListeners.set(id, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) rowListeners.delete(id);
      };
    },
    subscribeIds: (listener) => listen(idListeners, listener),
    subscribeStatus: (listener) => listen(statusListeners, listener),
    subscribeRepeats: (listener) => listen(repeatListeners, listener),
  };
}
