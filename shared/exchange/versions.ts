/**
 * What an analysis remembers so that files can go back and forth between
 * machines without losing anything: deletions (tombstones), what was last
 * exchanged with each machine's files, and the versions a conflict set aside.
 * Their shapes are declared in the record registry (the ledger kinds).
 */
import type { Item, Timestamp } from '../model.ts';
import type { ContentKind, RecordOf } from '../records/registry.ts';
import { analysisOf } from '../records/registry.ts';
import { itemKey } from '../records/ids.ts';

export { itemKey } from '../records/ids.ts';

/**
 * A deleted item, so that importing an older file does not bring it back,
 * and a file can carry the deletion to another machine. Its id is
 * `<kind>:<item id>`; its revision is one above the item's last one.
 */
export type Tombstone = RecordOf<'tombstones'>;

/**
 * The revisions of every item (and tombstone) of one analysis as they were
 * in the last file exchanged with one machine: written by it and imported
 * here, or (for this machine's own id) exported from here. An item whose
 * revision is above it has changed since on that side.
 */
export type ExchangeBase = RecordOf<'exchanges'>;

/**
 * A version that lost a conflict, kept so it can be looked at and restored
 * from the analysis's History. `version` null means that side had deleted it.
 */
export type KeptVersion = RecordOf<'keptVersions'>;

/** The tombstone for deleting `item` (at its current revision) of a kind. */
export function tombstoneOf(kind: ContentKind, item: Item, at: Timestamp): Tombstone {
  return { id: itemKey(kind, item.id), rev: item.rev + 1, updatedAt: at, analysisId: analysisOf(kind, { ...item }) ?? item.id, table: kind, itemId: item.id };
}

export function exchangeBaseId(analysisId: string, machine: string): string {
  return `${analysisId}|${machine}`;
}
