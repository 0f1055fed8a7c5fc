import type { Item } from './model.ts';
import type { EditableKind } from './records/registry.ts';

/** The kinds of record an edit can change (see shared/records/registry.ts). */
export type TableName = EditableKind;

/**
 * One item's change: `before` null = created, `after` null = deleted.
 * A list of changes is what an edit writes and what undo reverses, so every
 * edit is described the same way, whatever it did. The writer stores only
 * the fields that differ between `before` and `after`, over the item as it is
 * stored then: another window's edit of other fields is kept.
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
