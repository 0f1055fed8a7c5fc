/**
 * What an analysis remembers so that files can go back and forth between
 * machines without losing anything: deletions (tombstones), what was last
 * exchanged with each machine's files, and the versions a conflict set aside.
 */
import type { Item, Timestamp } from '../model.ts';
import type { ItemTable } from './tables.ts';

/**
 * A deleted item, so that importing an older file does not bring it back,
 * and a file can carry the deletion to another machine. Its id is
 * `<table>:<item id>`; its revision is one above the item's last one.
 */
export interface Tombstone extends Item {
  analysisId: string;
  table: ItemTable;
  itemId: string;
}

/** The key of an item or its tombstone across all tables of an analysis. */
export function itemKey(table: ItemTable, itemId: string): string {
  return `${table}:${itemId}`;
}

/** Items that belong to one analysis either name it or (timers, voting, survey state, the analysis itself) share its id. */
export function analysisIdOf(item: Item): string {
  const owner = (item as Partial<{ analysisId: unknown }>).analysisId;
  return typeof owner === 'string' ? owner : item.id;
}

/** The tombstone for deleting `item` (at its current revision) from `table`. */
export function tombstoneOf(table: ItemTable, item: Item, at: Timestamp): Tombstone {
  return { id: itemKey(table, item.id), rev: item.rev + 1, updatedAt: at, analysisId: analysisIdOf(item), table, itemId: item.id };
}

/**
 * The revisions of every item (and tombstone) of one analysis as they were
 * in the last file exchanged with one machine: written by it and imported
 * here, or (for this machine's own id) exported from here. An item whose
 * revision is above it has changed since on that side.
 */
export interface ExchangeBase {
  /** `<analysis id>|<machine id>` */
  id: string;
  analysisId: string;
  machine: string;
  revs: Record<string, number>;
  at: Timestamp;
}

export function exchangeBaseId(analysisId: string, machine: string): string {
  return `${analysisId}|${machine}`;
}

/**
 * A version that lost a conflict, kept so it can be looked at and restored
 * from the analysis's History. `version` null means that side had deleted it.
 */
export interface KeptVersion extends Item {
  analysisId: string;
  table: ItemTable;
  itemId: string;
  version: Item | null;
  /** Where the kept version was: on this machine, or in the imported file. */
  from: 'here' | 'file';
  /** The file it came with, or was replaced by. */
  fileName: string;
  keptAt: Timestamp;
  restoredAt: Timestamp | null;
}
