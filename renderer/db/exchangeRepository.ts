import type { Table } from 'dexie';
import type { Item } from '../../shared/model.ts';
import type { AkrFile, AnalysisRecord } from '../../shared/exchange/format.ts';
import { planMerge, RECORD_TABLES, type MergePlan } from '../../shared/exchange/merge.ts';
import type { AkrDb } from './db.ts';
import { readWorkshop2 } from './swotRepository.ts';

/** Analysis files: what an analysis holds, as a record for the file, and importing records back. */
export function exchangeRepository(db: AkrDb) {
  const tables = () => RECORD_TABLES.map((name) => db.table(name) as Table<Item, string>);

  async function record(id: string): Promise<AnalysisRecord | null> {
    const analysis = await db.analyses.get(id);
    if (!analysis) return null;
    const by = <T>(table: Table<T, string>) => table.where('analysisId').equals(id).toArray();
    const [steps, roles, tasks, placements, questionNotes, timer, state, imports, responses, workshop2] = await Promise.all([
      by(db.steps),
      by(db.roles),
      by(db.tasks),
      by(db.placements),
      by(db.questionNotes),
      db.timers.get(id),
      db.surveys.get(id),
      by(db.surveyImports),
      by(db.surveyResponses),
      readWorkshop2(db, id),
    ]);
    return { analysis, steps, roles, tasks, placements, questionNotes, timer: timer ?? null, survey: { state: state ?? null, imports, responses }, workshop2 };
  }

  return {
    /** Records of these analyses, or of every analysis not deleted. */
    async records(ids?: readonly string[]): Promise<AnalysisRecord[]> {
      return db.transaction('r', tables(), async () => {
        const wanted = ids ?? (await db.analyses.toArray()).filter((a) => a.deletedAt === null).map((a) => a.id);
        const found = await Promise.all(wanted.map(record));
        return found.filter((r): r is AnalysisRecord => r !== null);
      });
    },
    /** What importing the file would do, per analysis; nothing is written. */
    async preview(file: AkrFile): Promise<MergePlan[]> {
      return db.transaction('r', tables(), () => Promise.all(file.analyses.map(async (incoming) => planMerge(await record(incoming.analysis.id), incoming))));
    },
    /**
     * Imports the file in one transaction: the plans are made again inside it
     * (another window may have written since the preview), then written.
     */
    async apply(file: AkrFile): Promise<MergePlan[]> {
      return db.transaction('rw', tables(), async () => {
        const plans: MergePlan[] = [];
        for (const incoming of file.analyses) {
          const plan = planMerge(await record(incoming.analysis.id), incoming);
          for (const { table, item } of plan.writes) await (db.table(table) as Table<Item, string>).put(item);
          plans.push(plan);
        }
        return plans;
      });
    },
  };
}

export type ExchangeRepository = ReturnType<typeof exchangeRepository>;
