import type { Change } from '../../shared/changes.ts';
import type { Item } from '../../shared/model.ts';
import { itemKey } from '../../shared/records/ids.ts';
import { applyPatch, netChanges, type NetChange } from '../../shared/records/patch.ts';
import { CONTENT_KINDS, type ContentKind, type EditableKind } from '../../shared/records/registry.ts';
import { tombstoneOf, type Tombstone } from '../../shared/exchange/versions.ts';
import type { AkrDb } from './db.ts';

type Clock = () => string;

/** Deletions of an analysis's content leave tombstones; this machine's preferences and room records do not (they never travel). */
const leavesTombstone = (kind: EditableKind): kind is ContentKind => kind in CONTENT_KINDS;

/**
 * The one way edits reach the database: every view's edits, their undo and
 * redo, and the app's preferences. In one transaction, for each item the
 * changes touch:
 *
 * - an edit is applied as a field-level patch over the item as it is stored
 *   now, so another window's edit of other fields of the same item is kept;
 * - the item gets exactly one new revision, one above the stored one (and
 *   above its tombstone, when a deleted item comes back);
 * - a deletion of an analysis's item leaves a tombstone, and creating an item
 *   lifts its tombstone.
 *
 * Resolves once it is on disk (strict durability). Speed: a move must be on
 * disk within 20 ms, so every read is issued at once, then every write, and
 * the transaction is told to commit straight away rather than when this
 * thread next has time.
 */
export async function writeChanges(db: AkrDb, changes: readonly Change[], now: Clock = () => new Date().toISOString()): Promise<void> {
  const ops = netChanges(changes);
  if (ops.length === 0) return;
  const at = now();
  const tableOf = (kind: EditableKind) => db.table<Item, string>(kind);
  const kinds = [...new Set(ops.map((o) => o.kind))];
  const withTombstones = kinds.some(leavesTombstone);
  const scope = [...kinds.map(tableOf), ...(withTombstones ? [db.tombstones] : [])];
  await db.transaction('rw', scope, async (tx) => {
    const [stored, tombstones] = await Promise.all([
      Promise.all(ops.map((o) => tableOf(o.kind).get(o.id))),
      Promise.all(ops.map((o) => (leavesTombstone(o.kind) ? db.tombstones.get(itemKey(o.kind, o.id)) : Promise.resolve(undefined)))),
    ]);
    const writes = ops.flatMap((op, i) => write(op, stored[i], tombstones[i], at));
    const done = writes.map((w) => {
      if (w.put) return tableOf(w.kind).put(w.put);
      if (w.remove) return tableOf(w.kind).delete(w.remove);
      if (w.tombstone) return db.tombstones.put(w.tombstone);
      return w.lift ? db.tombstones.delete(w.lift) : Promise.resolve();
    });
    tx.idbtrans.commit();
    await Promise.all(done);
  });
}

interface Write {
  kind: EditableKind;
  put?: Item;
  remove?: string;
  tombstone?: Tombstone;
  lift?: string;
}

/** What one item's net change writes, given what is stored now. */
function write(op: NetChange, stored: Item | undefined, tombstone: Tombstone | undefined, at: string): Write[] {
  const { kind } = op;
  const lift = tombstone ? [{ kind, lift: tombstone.id }] : [];
  if (op.op === 'delete') {
    if (!stored) return [];
    const gone = { kind, remove: op.id };
    return leavesTombstone(kind) ? [gone, { kind, tombstone: { ...tombstoneOf(kind, stored, at), rev: Math.max(stored.rev, op.base.rev) + 1 } }] : [gone];
  }
  if (op.op === 'patch' && stored) return [{ kind, put: { ...applyPatch(stored, op.patch), rev: stored.rev + 1, updatedAt: at } }];
  // Created, or edited here while another window deleted it: it is here again, newer than its deletion.
  const rev = Math.max(stored?.rev ?? 0, tombstone?.rev ?? 0, op.op === 'patch' ? op.base.rev : op.item.rev - 1) + 1;
  return [{ kind, put: { ...op.item, rev, updatedAt: at } }, ...lift];
}

/** Where edits are written: on this thread, or by a worker (changeWriter.ts). */
export interface ChangesRepository {
  /** Resolves once the changes are on disk. */
  apply(changes: readonly Change[]): Promise<void>;
}

/** Writes on this thread. */
export function changesRepository(db: AkrDb, now: Clock = () => new Date().toISOString()): ChangesRepository {
  return {
    async apply(changes) {
      const start = performance.now();
      await writeChanges(db, changes, now);
      // Read by `npm run bench`: how long a committed edit takes to reach the disk.
      const end = performance.now();
      performance.measure('akr:persist', { start, end });
      performance.measure('akr:saved', { start, end });
    },
  };
}
