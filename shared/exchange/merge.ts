/**
 * Importing an analysis from a file into what this machine holds: a
 * three-way merge per item, against the revisions last exchanged with the
 * machine that wrote the file (the base).
 *
 * - An item only the file has is added; a tombstone only the file has is kept.
 * - An item both have with the same content is left alone.
 * - Changed only in the file since the base: the file's version is taken
 *   (an edit, a deletion, or an item brought back).
 * - Changed only here: this machine's version stays.
 * - Changed on both sides (or no base is known and they differ): a conflict.
 *   The newer edit wins unless the user chose otherwise; the other version
 *   is kept as a KeptVersion, so it can be restored from History.
 *
 * Nothing here touches a database: the plan lists the writes, and the
 * repository applies them in one transaction.
 */
import type { Item, Timestamp } from '../model.ts';
import type { ContentKind, FileKind } from '../records/registry.ts';
import { CONTENT_KIND_NAMES, specOf } from '../records/registry.ts';
import { linksOf } from '../records/refs.ts';
import { sameValue } from '../records/patch.ts';
import { itemsOf, type AnalysisRecord } from './format.ts';
import { exchangeBaseId, itemKey, tombstoneOf, type ExchangeBase, type KeptVersion, type Tombstone } from './versions.ts';

/** Every item of a record with the kind it is (the ledger of tombstones, kept versions and exchanges left out). */
export function recordItems(r: AnalysisRecord): { table: ContentKind; item: Item }[] {
  return CONTENT_KIND_NAMES.flatMap((table) => itemsOf(r, table).map((item) => ({ table, item })));
}

/** One side's state of an item: the item, or its tombstone. */
interface Side {
  table: ContentKind;
  itemId: string;
  item: Item | null;
  tombstone: Tombstone | null;
  rev: number;
  updatedAt: Timestamp;
}

/** Items and tombstones of a record by key; where both exist (should not happen), the higher revision counts. */
function sidesOf(r: AnalysisRecord | null): Map<string, Side> {
  const sides = new Map<string, Side>();
  if (!r) return sides;
  const add = (side: Side) => {
    const key = itemKey(side.table, side.itemId);
    const there = sides.get(key);
    if (!there || side.rev > there.rev) sides.set(key, side);
  };
  for (const { table, item } of recordItems(r)) add({ table, itemId: item.id, item, tombstone: null, rev: item.rev, updatedAt: item.updatedAt });
  for (const t of r.tombstones) add({ table: t.table, itemId: t.itemId, item: null, tombstone: t, rev: t.rev, updatedAt: t.updatedAt });
  return sides;
}

/** The same content, whatever the revision or time of the edit: both sides made the same change, or both deleted it. */
function sameContent(a: Side, b: Side): boolean {
  if (a.item === null || b.item === null) return a.item === b.item;
  const { rev: _ra, updatedAt: _ua, ...ca } = a.item;
  const { rev: _rb, updatedAt: _ub, ...cb } = b.item;
  return sameValue(ca, cb);
}

export type ChangeKind = 'added' | 'changed' | 'removed';

/** An item the import changes on this machine. */
export interface ItemChange {
  key: string;
  table: ContentKind;
  itemId: string;
  kind: ChangeKind;
  before: Item | null;
  after: Item | null;
}

/** An item changed on both sides since the last exchange. */
export interface Conflict {
  key: string;
  table: ContentKind;
  itemId: string;
  here: Item | null;
  file: Item | null;
  /** The side whose edit is newer: it wins unless the user chose otherwise. */
  newer: 'here' | 'file';
  winner: 'here' | 'file';
}

/** A write the repository makes; `put` and `remove` on any store an import touches. */
export type MergeWrite = { table: FileKind; put: Item } | { table: FileKind; remove: string };

export interface MergePlan {
  analysisId: string;
  unitName: string;
  /** The analysis is not on this machine yet. */
  isNew: boolean;
  /** What the file changes here without a conflict, item by item. */
  changes: ItemChange[];
  conflicts: Conflict[];
  added: number;
  changed: number;
  removed: number;
  /** Items this machine keeps as they are. */
  kept: number;
  /** Versions the file brings for History, not yet here. */
  keptVersions: number;
  writes: MergeWrite[];
  /** Names of tasks and roles on either side, by id: what a placement is called in the preview. */
  names: Record<string, string>;
  /** What to remember as last exchanged with the file's machine; null when the file does not say which machine wrote it. */
  base: ExchangeBase | null;
  /** The item of the file that belongs to another analysis on this machine: then nothing of the file is imported. */
  refused: Refusal | null;
}

/** An item of the file whose id another analysis on this machine holds, has deleted or keeps a version of. */
export interface Refusal {
  /** The list in the file it is in, and its id there. */
  table: FileKind;
  id: string;
  /** Where it is in the file, as restore names a fault: `analyses.0.tasks.3`. */
  path: string;
}

/**
 * The keys this machine's database may already hold for another analysis,
 * that importing an analysis's record from a file would write, delete or
 * stand for: per table, the keys to look up there, each with the number of
 * the file's item that claims it (`claimant` says which item and where it is).
 * Made as flat lists, not an object per key: a file of 10,000 items claims
 * 20,000 keys, and only a key found elsewhere needs its item named.
 */
export interface ForeignChecks {
  lookups: Map<FileKind, { ids: string[]; by: number[] }>;
  claimant: (n: number) => Refusal;
}

/**
 * Every key an analysis's record in a file would claim here: its items and
 * their tombstones' keys; its tombstones and what they delete; its kept
 * versions and the items they are versions of. Ids are keys across the whole
 * database, so a key held under another analysis would be written over
 * (`bulkPut` keys on the id alone); the repository looks each up and refuses
 * the file when one belongs elsewhere. The tables come in the order they are
 * first claimed, and a table's keys in the order of the file.
 */
export function foreignChecks(r: AnalysisRecord, index: number): ForeignChecks {
  const lookups = new Map<FileKind, { ids: string[]; by: number[] }>();
  // Per claimant number: its list in the file and its place there.
  const lists: FileKind[] = [];
  const places: number[] = [];
  const claimant = (list: FileKind, i: number) => {
    places.push(i);
    return lists.push(list) - 1;
  };
  const add = (table: FileKind, id: string, by: number) => {
    let keys = lookups.get(table);
    if (!keys) {
      keys = { ids: [], by: [] };
      lookups.set(table, keys);
    }
    keys.ids.push(id);
    keys.by.push(by);
  };
  for (const table of CONTENT_KIND_NAMES) {
    const items = itemsOf(r, table);
    for (let i = 0; i < items.length; i++) {
      const id = (items[i] as Item).id; // i < items.length
      const n = claimant(table, i);
      add(table, id, n);
      add('tombstones', itemKey(table, id), n);
    }
  }
  for (const [i, t] of r.tombstones.entries()) {
    const n = claimant('tombstones', i);
    add('tombstones', t.id, n);
    add(t.table, t.itemId, n);
  }
  for (const [i, k] of r.keptVersions.entries()) {
    const n = claimant('keptVersions', i);
    add('keptVersions', k.id, n);
    add(k.table, k.itemId, n);
    add('tombstones', itemKey(k.table, k.itemId), n);
  }
  return {
    lookups,
    claimant: (n) => {
      const list = lists[n] ?? 'analyses';
      const i = places[n] ?? 0;
      const id = itemsOf(r, list)[i]?.id ?? '';
      const path = list === 'analyses' ? `analyses.${index}.analysis` : `analyses.${index}.${list}.${i}`;
      return { table: list, id, path };
    },
  };
}

/** The plan for an analysis whose file is refused: nothing is written. */
export function refusedPlan(incoming: AnalysisRecord, isNew: boolean, refused: Refusal): MergePlan {
  return {
    analysisId: incoming.analysis.id,
    unitName: incoming.analysis.unitName,
    isNew,
    changes: [],
    conflicts: [],
    added: 0,
    changed: 0,
    removed: 0,
    kept: 0,
    keptVersions: 0,
    writes: [],
    names: {},
    base: null,
    refused,
  };
}

export interface MergeInput {
  /** What this machine holds for the analysis, or null. */
  here: AnalysisRecord | null;
  incoming: AnalysisRecord;
  /** The base for the machine that wrote the file, if any exchange with it is remembered. */
  base: ExchangeBase | null;
  /** The machine that wrote the file (null for files older than version 2). */
  machine: string | null;
  /** This machine's id: the file may say what its writer last imported from here. */
  self: string;
  fileName: string;
  at: Timestamp;
  /** The user's choice per conflict key, overriding "newer wins". */
  choices?: Readonly<Record<string, 'here' | 'file'>>;
  /** Ids for kept versions (injected so tests are deterministic). */
  newId: () => string;
}

/** What importing one analysis from a file does. Pure. */
export function planMerge({ here, incoming, base, machine, self, fileName, at, choices = {}, newId }: MergeInput): MergePlan {
  const mine = sidesOf(here);
  const theirs = sidesOf(incoming);
  // The version both sides have seen: the later of what was last imported here from the file's
  // machine, and what that machine last imported from here (the file says so). Revisions only
  // grow along a copy's history, so the higher one is the later common version.
  const fromHere = machine === self ? undefined : incoming.exchanges.find((e) => e.machine === self);
  const baseRev = (key: string): number | undefined => {
    const ours = base?.revs[key];
    const theirsBase = fromHere?.revs[key];
    return ours === undefined ? theirsBase : theirsBase === undefined ? ours : Math.max(ours, theirsBase);
  };
  const plan: MergePlan = {
    analysisId: incoming.analysis.id,
    unitName: incoming.analysis.unitName,
    isNew: here === null,
    changes: [],
    conflicts: [],
    added: 0,
    changed: 0,
    removed: 0,
    kept: 0,
    keptVersions: 0,
    writes: [],
    names: Object.fromEntries<string>(
      [here, incoming].flatMap((r) => [...(r?.tasks ?? []).map((t) => [t.id, t.title] as const), ...(r?.roles ?? []).map((x) => [x.id, x.name] as const)]),
    ),
    base: null,
    refused: null,
  };
  const put = (table: FileKind, item: Item) => plan.writes.push({ table, put: item });
  const remove = (table: FileKind, id: string) => plan.writes.push({ table, remove: id });
  const keep = (side: Side, from: 'here' | 'file') => {
    const kept: KeptVersion = {
      id: newId(),
      rev: 1,
      updatedAt: at,
      analysisId: incoming.analysis.id,
      table: side.table,
      itemId: side.itemId,
      version: side.item && { ...side.item },
      from,
      fileName,
      keptAt: at,
      restoredAt: null,
    };
    put('keptVersions', kept);
  };
  const note = (key: string, kind: ChangeKind, L: Side | undefined, F: Side) => {
    plan[kind]++;
    plan.changes.push({ key, table: F.table, itemId: F.itemId, kind, before: L?.item ?? null, after: F.item });
  };
  /** Makes the file's side the state here. */
  const take = (key: string, L: Side | undefined, F: Side) => {
    if (F.item) {
      put(F.table, F.item);
      if (L?.tombstone) remove('tombstones', L.tombstone.id);
      if (!L || L.item === null) note(key, 'added', L, F);
      else note(key, 'changed', L, F);
    } else if (F.tombstone) {
      put('tombstones', F.tombstone);
      if (L?.item) {
        remove(F.table, F.itemId);
        note(key, 'removed', L, F);
      }
    }
  };

  for (const [key, F] of theirs) {
    const L = mine.get(key);
    if (!L) {
      take(key, L, F);
      continue;
    }
    if (sameContent(L, F)) {
      plan.kept++;
      continue;
    }
    const B = baseRev(key);
    const fileChanged = B === undefined || F.rev > B;
    const hereChanged = B === undefined || L.rev > B;
    if (!fileChanged) {
      plan.kept++;
    } else if (!hereChanged) {
      take(key, L, F);
    } else {
      const newer = F.updatedAt > L.updatedAt ? 'file' : 'here';
      const winner = choices[key] ?? newer;
      plan.conflicts.push({ key, table: F.table, itemId: F.itemId, here: L.item, file: F.item, newer, winner });
      if (winner === 'file') {
        take(key, L, F);
        keep(L, 'here');
      } else {
        // This side's version stays, with a revision above both, so it wins on the next exchange too.
        const rev = Math.max(L.rev, F.rev) + 1;
        if (L.item) put(L.table, { ...L.item, rev });
        else if (L.tombstone) put('tombstones', { ...L.tombstone, rev });
        keep(F, 'file');
        plan.kept++;
      }
    }
  }

  // An analysis new here is the file's as it was read, whose links restore checked: nothing of this machine's meets it.
  if (here) keepLinksWhole(plan, mine, (side, from) => keep(side, from), at);

  const keptHere = new Map((here?.keptVersions ?? []).map((k) => [k.id, k]));
  for (const k of incoming.keptVersions) {
    const there = keptHere.get(k.id);
    if (!there) plan.keptVersions++;
    if (!there || k.rev > there.rev) put('keptVersions', k);
  }

  if (machine !== null) {
    plan.base = {
      id: exchangeBaseId(incoming.analysis.id, machine),
      analysisId: incoming.analysis.id,
      machine,
      revs: Object.fromEntries([...theirs].map(([key, side]) => [key, side.rev])),
      at,
    };
  }
  return plan;
}

const CONTENTS = new Set<string>(CONTENT_KIND_NAMES);
/** Per kind, the links it cannot do without (the registry's `required`). */
const REQUIRED = new Map(
  CONTENT_KIND_NAMES.flatMap((kind) => {
    const refs = specOf(kind).refs.filter((r) => r.required);
    return refs.length > 0 ? [[kind, refs] as const] : [];
  }),
);

/**
 * After the items are decided, a link the analysis cannot do without (the
 * registry's `required`) may point at nothing: one machine deleted a task
 * while the other moved one of its cards. The deletion stands: the item that
 * points at nothing is removed too (with a tombstone, so the other machine
 * removes it on the next exchange and both agree), and its version is kept in
 * History; a link that may be empty is emptied instead. So every analysis a
 * merge leaves behind is one a file can carry.
 */
function keepLinksWhole(plan: MergePlan, mine: ReadonlyMap<string, Side>, keep: (side: Side, from: 'here' | 'file') => void, at: Timestamp): void {
  // What is here once the plan is written: this machine's items, with the plan's puts and removals.
  const present = new Set<string>();
  for (const [key, L] of mine) if (L.item) present.add(key);
  // Only items of kinds with required links need a look.
  const checked = new Map<string, { table: ContentKind; item: Item }>();
  for (const [key, L] of mine) if (L.item && REQUIRED.has(L.table)) checked.set(key, { table: L.table, item: L.item });
  for (const w of plan.writes) {
    if (!CONTENTS.has(w.table)) continue;
    const table = w.table as ContentKind; // a content kind, checked above
    const key = itemKey(table, 'put' in w ? w.put.id : w.remove);
    if ('put' in w) {
      present.add(key);
      if (REQUIRED.has(table)) checked.set(key, { table, item: w.put });
    } else {
      present.delete(key);
      checked.delete(key);
    }
  }
  const withoutWritesOf = (table: FileKind, id: string) => {
    plan.writes = plan.writes.filter((w) => w.table !== table || ('put' in w ? w.put.id : w.remove) !== id);
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const [key, entry] of [...checked]) {
      for (const ref of REQUIRED.get(entry.table) ?? []) {
        const fields = entry.item as unknown as Record<string, unknown>; // an item of this kind
        if (linksOf(ref, fields).every((link) => present.has(itemKey(link.kind, link.id)))) continue;
        changed = true;
        if (ref.required === 'clear') {
          const next = { ...entry.item, [ref.path]: null, rev: entry.item.rev + 1, updatedAt: at }; // a nullable field of this kind
          withoutWritesOf(entry.table, entry.item.id);
          plan.writes.push({ table: entry.table, put: next });
          checked.set(key, { ...entry, item: next });
          continue;
        }
        // This machine's own version (a conflict it won, put back above both), or the file's.
        const here = mine.get(key);
        const from = here?.item && sameValue({ ...here.item, rev: 0 }, { ...entry.item, rev: 0 }) ? 'here' : 'file';
        const grave: Tombstone = { ...tombstoneOf(entry.table, entry.item, at), rev: Math.max(entry.item.rev, here?.rev ?? 0) + 1 };
        withoutWritesOf(entry.table, entry.item.id);
        withoutWritesOf('tombstones', grave.id);
        if (here?.item) plan.writes.push({ table: entry.table, remove: entry.item.id });
        plan.writes.push({ table: 'tombstones', put: grave });
        keep({ table: entry.table, itemId: entry.item.id, item: entry.item, tombstone: null, rev: entry.item.rev, updatedAt: entry.item.updatedAt }, from);
        const noted = plan.changes.find((c) => c.key === key);
        if (noted) {
          plan[noted.kind]--;
          plan.changes = plan.changes.filter((c) => c !== noted);
        }
        if (here?.item) {
          plan.removed++;
          plan.changes.push({ key, table: entry.table, itemId: entry.item.id, kind: 'removed', before: here.item, after: null });
        }
        present.delete(key);
        checked.delete(key);
        break;
      }
    }
  }
}

/** The revisions of a record as a base: what this machine exported, remembered under its own id. */
export function baseOf(record: AnalysisRecord, machine: string, at: Timestamp): ExchangeBase {
  return {
    id: exchangeBaseId(record.analysis.id, machine),
    analysisId: record.analysis.id,
    machine,
    revs: Object.fromEntries([...sidesOf(record)].map(([key, side]) => [key, side.rev])),
    at,
  };
}

/** True when the plan would change nothing here. */
export function isNoop(plan: MergePlan): boolean {
  return plan.writes.length === 0;
}
