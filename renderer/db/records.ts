/**
 * Reading, erasing and listing an analysis's records for every kind the
 * registry declares, so that no code here lists the kinds by hand.
 */
import type { Table } from 'dexie';
import type { Item } from '../../shared/model.ts';
import { emptyRecord, type AnalysisRecord } from '../../shared/exchange/format.ts';
import { ANALYSIS_KIND_NAMES, FILE_KIND_NAMES, KINDS, type KindName } from '../../shared/records/registry.ts';
import type { AkrDb } from './db.ts';

type Row = Record<string, unknown>;

/** The tables of these kinds (for a transaction's scope). */
export function tablesOf(db: AkrDb, kinds: readonly KindName[]): Table[] {
  return kinds.map((k) => db.table(k));
}

/** An analysis's items of one kind, by its owner rule. */
export async function itemsOfAnalysis(db: AkrDb, kind: KindName, analysisId: string): Promise<Row[]> {
  const table = db.table<Row, string>(kind);
  const owner = KINDS[kind].owner;
  if (owner === 'many') return table.where('analysisId').equals(analysisId).toArray();
  const one = await table.get(analysisId);
  return one ? [one] : [];
}

/** Everything an analysis holds that goes into its file, or null when it is not here. Call inside a transaction over the file's kinds. */
export async function readRecord(db: AkrDb, analysisId: string): Promise<AnalysisRecord | null> {
  const analysis = await db.analyses.get(analysisId);
  if (!analysis) return null;
  const lists = await Promise.all(FILE_KIND_NAMES.filter((k) => k !== 'analyses').map(async (k) => [k, await itemsOfAnalysis(db, k, analysisId)] as const));
  return { ...emptyRecord(analysis), ...Object.fromEntries(lists) }; // each kind's items, read from its table
}

/** The tables a file's records are in (for a transaction that reads or writes them). */
export function fileTables(db: AkrDb): Table<Item, string>[] {
  return FILE_KIND_NAMES.map((k) => db.table<Item, string>(k));
}

/** Every table of an analysis's kinds, this machine's notes about it included (for erasing). */
export function analysisTables(db: AkrDb): Table[] {
  return tablesOf(db, ANALYSIS_KIND_NAMES);
}

/** Deletes the analyses and everything they hold or left behind, inside the caller's transaction over `analysisTables`. */
export async function eraseInside(db: AkrDb, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await Promise.all(
      ANALYSIS_KIND_NAMES.map((kind) => {
        const table = db.table<Row, string>(kind);
        return KINDS[kind].owner === 'many' ? table.where('analysisId').equals(id).delete() : table.delete(id);
      }),
    );
  }
}
