import type { Item } from './model.ts';

/** The stores an edit can touch. */
export type TableName =
  | 'analyses'
  | 'steps'
  | 'roles'
  | 'tasks'
  | 'placements'
  | 'questionNotes'
  | 'timers'
  | 'swotNotes'
  | 'swotStacks'
  | 'voting'
  | 'discussion'
  | 'actions'
  | 'newRoles'
  | 'roleParts'
  | 'staffing'
  | 'extraFlags'
  | 'agendas';

/**
 * One item's change: `before` null = created, `after` null = deleted.
 * A list of changes is what an edit writes and what undo reverses, so every
 * undoable edit is described the same way, whatever it did.
 */
export interface Change<T extends Item = Item> {
  table: TableName;
  before: T | null;
  after: T | null;
}

/** The changes that reverse `changes`, in reverse order. */
export function invertChanges(changes: readonly Change[]): Change[] {
  return [...changes].reverse().map((c) => ({ table: c.table, before: c.after, after: c.before }));
}

export function created<T extends Item>(table: TableName, item: T): Change<T> {
  return { table, before: null, after: item };
}

export function updated<T extends Item>(table: TableName, before: T, after: T): Change<T> {
  return { table, before, after };
}

export function deleted<T extends Item>(table: TableName, item: T): Change<T> {
  return { table, before: item, after: null };
}
