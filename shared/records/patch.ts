/**
 * Field-level patches: what an edit changed in an item, so that it can be
 * applied over the item as stored now. Two windows editing different fields
 * of the same item (or different keys of one object field, such as two roles'
 * posts in the staffing estimate) then keep both edits. Plain objects are
 * compared key by key; arrays and other values are replaced whole.
 */
import type { Change } from '../changes.ts';
import type { Item } from '../model.ts';
import type { EditableKind } from './registry.ts';

/** One changed value at a path of keys; `undefined` removes the key. */
export interface FieldChange {
  path: readonly string[];
  value: unknown;
}
export type Patch = readonly FieldChange[];

/** The fields a revision and a time of writing are: set by the writer, never patched. */
const WRITER_FIELDS = new Set(['rev', 'updatedAt']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Deep equality of JSON-like values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * The fields of a form that the user changed from what it showed when it
 * opened. A form sends only these, so that a field it merely showed does not
 * undo another window's edit of that field made meanwhile.
 */
export function changedFields<T extends object>(opened: T, edited: T): Partial<T> {
  return Object.fromEntries(Object.entries(edited).filter(([k, v]) => !sameValue((opened as Record<string, unknown>)[k], v))) as Partial<T>; // keys of T
}

/** What turns `before` into `after`, field by field (the writer's own fields left out). */
export function diff(before: object, after: object): FieldChange[] {
  const out: FieldChange[] = [];
  const walk = (a: Record<string, unknown>, b: Record<string, unknown>, path: string[]) => {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (path.length === 0 && WRITER_FIELDS.has(key)) continue;
      const x = a[key];
      const y = b[key];
      if (sameValue(x, y)) continue;
      if (isPlainObject(x) && isPlainObject(y)) walk(x, y, [...path, key]);
      else out.push({ path: [...path, key], value: y });
    }
  };
  walk(before as Record<string, unknown>, after as Record<string, unknown>, []);
  return out;
}

/** `item` with the patch applied; objects on the way are copied, never changed in place. */
export function applyPatch<T extends object>(item: T, patch: Patch): T {
  const root = { ...item } as Record<string, unknown>; // a copy to set the patch's values in
  for (const { path, value } of patch) {
    let at = root;
    for (const key of path.slice(0, -1)) {
      const next = at[key];
      const copy = isPlainObject(next) ? { ...next } : {};
      at[key] = copy;
      at = copy;
    }
    const last = path.at(-1);
    if (last === undefined) continue;
    if (value === undefined) Reflect.deleteProperty(at, last);
    else at[last] = value;
  }
  return root as T; // the patch came from a diff between two items of this type
}

/** What one commit does to one item, all its changes taken together. */
export type NetChange =
  | { op: 'create'; kind: EditableKind; id: string; item: Item }
  | { op: 'patch'; kind: EditableKind; id: string; base: Item; item: Item; patch: Patch }
  | { op: 'delete'; kind: EditableKind; id: string; base: Item };

/**
 * The changes of one commit, one per item: an item created and then edited
 * is created as it ends up; one edited and then deleted is deleted; one
 * created and deleted again is left out.
 */
export function netChanges(changes: readonly Change[]): NetChange[] {
  const byItem = new Map<string, { kind: EditableKind; id: string; base: Item | null; final: Item | null }>();
  for (const c of changes) {
    const id = (c.after ?? c.before)?.id;
    if (id === undefined) continue;
    const key = `${c.table}:${id}`;
    const seen = byItem.get(key);
    if (seen) seen.final = c.after;
    else byItem.set(key, { kind: c.table, id, base: c.before, final: c.after });
  }
  const out: NetChange[] = [];
  for (const { kind, id, base, final } of byItem.values()) {
    if (base === null && final === null) continue;
    if (base === null && final !== null) out.push({ op: 'create', kind, id, item: final });
    else if (base !== null && final === null) out.push({ op: 'delete', kind, id, base });
    else if (base !== null && final !== null) {
      const patch = diff(base, final);
      if (patch.length > 0) out.push({ op: 'patch', kind, id, base, item: final, patch });
    }
  }
  return out;
}
