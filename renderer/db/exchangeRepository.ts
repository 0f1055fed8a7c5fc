import { liveQuery } from 'dexie';
import { DEFAULT_SETTINGS, type Item } from '../../shared/model.ts';
import type { AkrFile, AnalysisRecord, ExportOptions } from '../../shared/exchange/format.ts';
import { baseOf, foreignChecks, planMerge, refusedPlan, type MergePlan, type Refusal } from '../../shared/exchange/merge.ts';
import { exchangeBaseId, itemKey, tombstoneOf, type KeptVersion } from '../../shared/exchange/versions.ts';
import { linksOf } from '../../shared/records/refs.ts';
import { KINDS, specOf } from '../../shared/records/registry.ts';
import { AppError } from '../../shared/errors.ts';
import type { AkrDb } from './db.ts';
import type { Live } from './live.ts';
import { fileTables, readRecord } from './records.ts';

type Clock = () => string;

/**
 * Analysis files: what an analysis holds, as a record for the file;
 * importing records back (a three-way merge, see shared/exchange/merge.ts);
 * and the History of versions a conflict set aside. These write the exchange's
 * own ledger with the revisions the merge decides, so they are not edits and
 * do not go through the write path of edits.
 */
/**
 * `threshold` is the privacy threshold the file's key figures apply (the user's, under the
 * organisation's policy); by default the app's default threshold.
 */
export function exchangeRepository(
  db: AkrDb,
  now: Clock = () => new Date().toISOString(),
  newId: () => string = () => crypto.randomUUID(),
  threshold: () => Promise<number> = async () => DEFAULT_SETTINGS.privacyThreshold,
) {
  const tables = () => fileTables(db);
  const record = (id: string) => readRecord(db, id);

  /** This machine's id (a random one, made on first use and kept). */
  async function machineId(): Promise<string> {
    const row = await db.machine.get('id');
    if (row?.key === 'id') return row.machine;
    return db.transaction('rw', db.machine, async () => {
      const again = await db.machine.get('id');
      if (again?.key === 'id') return again.machine;
      const machine = newId();
      await db.machine.put({ key: 'id', machine });
      return machine;
    });
  }

  /**
   * The first item of an analysis's record in a file whose key this database
   * holds for another analysis (see `foreignChecks`), or null. Reads keys, never
   * rows, in at most two requests per table: the keys the incoming analysis
   * itself holds (its index, or its own id for kinds keyed by it), and only if
   * the file claims any other key, every key of the table. A per-key lookup
   * would be one request per item of the file.
   */
  async function foreign(incoming: AnalysisRecord, index: number): Promise<Refusal | null> {
    const { lookups, claimant } = foreignChecks(incoming, index);
    const self = incoming.analysis.id;
    const found = await Promise.all(
      [...lookups].map(async ([table, { ids, by }]) => {
        const rows = db.table<Record<string, unknown>, string>(table);
        // 'self' and 'one' kinds are keyed by their analysis's id: only that key is the analysis's own.
        const own = KINDS[table].owner === 'many' ? new Set(await rows.where('analysisId').equals(self).primaryKeys()) : new Set([self]);
        if (ids.every((id) => own.has(id))) return null;
        const here = new Set(await rows.toCollection().primaryKeys());
        const at = ids.findIndex((id) => !own.has(id) && here.has(id));
        return at < 0 ? null : (by[at] ?? null);
      }),
    );
    const first = found.find((n) => n !== null);
    return first === undefined ? null : claimant(first);
  }

  /** The plans for a file, made inside a transaction that covers every store they read. */
  async function plans(file: AkrFile, fileName: string, choices: Readonly<Record<string, 'here' | 'file'>>, self: string): Promise<MergePlan[]> {
    const at = now();
    const out: MergePlan[] = [];
    for (const [index, incoming] of file.analyses.entries()) {
      const [here, base, refused] = await Promise.all([
        record(incoming.analysis.id),
        file.machine === null ? undefined : db.exchanges.get(exchangeBaseId(incoming.analysis.id, file.machine)),
        foreign(incoming, index),
      ]);
      out.push(
        refused
          ? refusedPlan(incoming, here === null, refused)
          : planMerge({ here, incoming, base: base ?? null, machine: file.machine, self, fileName, at, choices, newId }),
      );
    }
    return out;
  }

  return {
    machineId,
    /** Records of these analyses, or of every analysis not deleted. */
    async records(ids?: readonly string[]): Promise<AnalysisRecord[]> {
      return db.transaction('r', tables(), async () => {
        const wanted = ids ?? (await db.analyses.toArray()).filter((a) => a.deletedAt === null).map((a) => a.id);
        const found = await Promise.all(wanted.map(record));
        return found.filter((r): r is AnalysisRecord => r !== null);
      });
    },
    /**
     * The file for these analyses (or all not deleted). What it holds is
     * remembered as exchanged under this machine's own id, so importing the
     * same file back later changes nothing that was edited here since.
     */
    async exportFile(ids: readonly string[] | undefined, options: Omit<ExportOptions, 'machine' | 'exportedAt' | 'threshold'>): Promise<AkrFile> {
      // The writing code (with the key figures' code) is loaded when a file is first written, not at start.
      const [machine, least, { buildExport }] = await Promise.all([machineId(), threshold(), import('../../shared/exchange/export.ts')]);
      return db.transaction('rw', tables(), async () => {
        const wanted = ids ?? (await db.analyses.toArray()).filter((a) => a.deletedAt === null).map((a) => a.id);
        const records = (await Promise.all(wanted.map(record))).filter((r): r is AnalysisRecord => r !== null);
        const at = now();
        const file = buildExport(records, { ...options, exportedAt: at, machine, threshold: least });
        await db.exchanges.bulkPut(file.analyses.map((r) => baseOf(r, machine, at)));
        return file;
      });
    },
    /** What importing the file would do, per analysis; nothing is written. */
    async preview(file: AkrFile, fileName: string, choices: Readonly<Record<string, 'here' | 'file'>> = {}): Promise<MergePlan[]> {
      const self = await machineId();
      return db.transaction('r', tables(), () => plans(file, fileName, choices, self));
    },
    /**
     * Imports the file in one transaction: the plans are made again inside it
     * (another window may have written since the preview), then written.
     */
    async apply(file: AkrFile, fileName: string, choices: Readonly<Record<string, 'here' | 'file'>> = {}): Promise<MergePlan[]> {
      const self = await machineId();
      return db.transaction('rw', tables(), async () => {
        const made = await plans(file, fileName, choices, self);
        // A file with an item of another analysis here is refused whole, before anything is written.
        const refused = made.find((p) => p.refused)?.refused;
        if (refused) throw new AppError('foreignItem', { ...refused });
        // One bulk request per store: a plan never puts and removes the same key in one store.
        const puts = new Map<string, Item[]>();
        const removes = new Map<string, string[]>();
        for (const plan of made) {
          for (const w of plan.writes) {
            if ('put' in w) {
              const list = puts.get(w.table) ?? [];
              list.push(w.put);
              puts.set(w.table, list);
            } else {
              const list = removes.get(w.table) ?? [];
              list.push(w.remove);
              removes.set(w.table, list);
            }
          }
        }
        await Promise.all([
          ...[...removes].map(([table, ids]) => db.table<Item, string>(table).bulkDelete(ids)),
          ...[...puts].map(([table, items]) => db.table<Item, string>(table).bulkPut(items)),
          db.exchanges.bulkPut(made.flatMap((plan) => (plan.base ? [plan.base] : []))),
        ]);
        return made;
      });
    },
    /** The versions conflicts set aside for an analysis, newest first. */
    liveKept(analysisId: string): Live<KeptVersion[]> {
      return liveQuery(async () =>
        (await db.keptVersions.where('analysisId').equals(analysisId).toArray()).sort((a, b) => b.keptAt.localeCompare(a.keptAt) || a.id.localeCompare(b.id)),
      );
    },
    /**
     * Makes a kept version the current one again. The version it replaces is
     * kept in History in turn, so a restore can itself be reversed.
     */
    async restoreKept(keptId: string): Promise<KeptVersion> {
      return db.transaction('rw', tables(), async () => {
        const kept = await db.keptVersions.get(keptId);
        if (!kept) throw new AppError('keptGone', { id: keptId });
        const table = db.table<Item, string>(kept.table);
        const key = itemKey(kept.table, kept.itemId);
        const [current, tombstone] = await Promise.all([table.get(kept.itemId), db.tombstones.get(key)]);
        const at = now();
        const rev = Math.max(current?.rev ?? 0, tombstone?.rev ?? 0, kept.version?.rev ?? 0) + 1;
        if (kept.version) {
          let version: Record<string, unknown> = kept.version;
          // A link the analysis cannot do without must still point somewhere: else refused, or cleared where it may be empty.
          for (const ref of specOf(kept.table).refs.filter((r) => r.required)) {
            for (const link of linksOf(ref, version)) {
              if (await db.table<Item, string>(link.kind).get(link.id)) continue;
              if (ref.required === 'refuse') throw new AppError('keptMissingLink', { table: kept.table, id: link.id });
              version = { ...version, [ref.path]: null };
            }
          }
          await table.put({ ...(version as unknown as Item), rev, updatedAt: at }); // a valid item of its kind (checked when the file came in)
          if (tombstone) await db.tombstones.delete(key);
        } else if (current) {
          await table.delete(kept.itemId);
          await db.tombstones.put({ ...tombstoneOf(kept.table, current, at), rev });
        }
        if (current || tombstone) {
          const replaced: KeptVersion = {
            ...kept,
            id: newId(),
            rev: 1,
            updatedAt: at,
            version: current ? { ...current } : null,
            from: 'here',
            fileName: '',
            keptAt: at,
            restoredAt: null,
          };
          await db.keptVersions.put(replaced);
        }
        const done = { ...kept, restoredAt: at, rev: kept.rev + 1, updatedAt: at };
        await db.keptVersions.put(done);
        return done;
      });
    },
  };
}

export type ExchangeRepository = ReturnType<typeof exchangeRepository>;
