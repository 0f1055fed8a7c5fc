import { liveQuery } from 'dexie';
import { taskKey, type Respondent } from '../../shared/survey/build.ts';
import { responseId, type SurveyImport, type SurveyResponse, type SurveyState } from '../../shared/survey/model.ts';
import type { SmallRoles, SurveyResults } from '../../shared/survey/results.ts';
import type { AkrDb } from './db.ts';
import { tombstoneOf } from '../../shared/exchange/versions.ts';
import type { Live } from './repositories.ts';

/** Everything stored about the survey of one analysis. */
export interface SurveyData {
  state: SurveyState | null;
  imports: SurveyImport[];
  responses: SurveyResponse[];
}

type Clock = () => string;

/** A new import as the importer hands it over. */
export interface NewImport {
  id: string;
  analysisId: string;
  fileName: string;
  report: SurveyImport['report'];
  respondents: readonly Respondent[];
  /** The file's tasks, in its order. */
  tasks: readonly string[];
}

/** A file without a respondent column gets keys per row; they are made unique per import so two such files add up. */
const storedKey = (importId: string, key: string) => (key.startsWith('#') ? `${importId}${key}` : key);

export function surveyRepository(db: AkrDb, now: Clock = () => new Date().toISOString()) {
  const emptyState = (analysisId: string): SurveyState => ({
    id: analysisId,
    analysisId,
    tasks: [],
    smallRoles: 'merge',
    frozen: null,
    rev: 0,
    updatedAt: now(),
  });

  return {
    live(analysisId: string): Live<SurveyData> {
      return liveQuery(async () => {
        const [state, imports, responses] = await Promise.all([
          db.surveys.get(analysisId),
          db.surveyImports.where('analysisId').equals(analysisId).toArray(),
          db.surveyResponses.where('analysisId').equals(analysisId).toArray(),
        ]);
        imports.sort((a, b) => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0));
        return { state: state ?? null, imports, responses };
      });
    },

    /** How many of these respondents are already stored (and would be replaced). */
    async alreadyStored(analysisId: string, importId: string, keys: readonly string[]): Promise<number> {
      // One read of the stored ids (not one request per key: a file may hold 50,000 respondents).
      const stored = new Set(await db.surveyResponses.where('analysisId').equals(analysisId).primaryKeys());
      if (stored.size === 0) return 0;
      return keys.filter((k) => stored.has(responseId(analysisId, storedKey(importId, k)))).length;
    },

    /**
     * Stores a file's respondents in one transaction: a respondent id already
     * stored is replaced, new ones are added, the file's new tasks are added
     * to the survey's list. Results frozen by deleting the answers earlier
     * give way to the new answers.
     */
    async importFile(input: NewImport): Promise<SurveyImport> {
      const at = now();
      return db.transaction('rw', [db.surveys, db.surveyImports, db.surveyResponses], async () => {
        const ids = input.respondents.map((r) => responseId(input.analysisId, storedKey(input.id, r.key)));
        const existing = await db.surveyResponses.bulkGet(ids);
        const responses: SurveyResponse[] = input.respondents.map((r, i) => ({
          id: ids[i] ?? '',
          analysisId: input.analysisId,
          importId: input.id,
          key: storedKey(input.id, r.key),
          role: r.role,
          mission: r.mission,
          hours: r.hours,
          rev: (existing[i]?.rev ?? 0) + 1,
          updatedAt: at,
        }));
        await db.surveyResponses.bulkPut(responses);

        const state = (await db.surveys.get(input.analysisId)) ?? emptyState(input.analysisId);
        const known = new Set(state.tasks.map(taskKey));
        const tasks = [...state.tasks, ...input.tasks.filter((t) => !known.has(taskKey(t)))];
        await db.surveys.put({ ...state, tasks, frozen: null, rev: state.rev + 1, updatedAt: at });

        const record: SurveyImport = {
          id: input.id,
          analysisId: input.analysisId,
          fileName: input.fileName,
          importedAt: at,
          respondents: input.respondents.length,
          replaced: existing.filter(Boolean).length,
          report: input.report,
          rev: 1,
          updatedAt: at,
        };
        await db.surveyImports.add(record);
        return record;
      });
    },

    /** Deletes the respondents' answers and keeps the results as they are now. */
    async deleteResponses(analysisId: string, results: SurveyResults, threshold: number): Promise<void> {
      const at = now();
      await db.transaction('rw', [db.surveys, db.surveyResponses, db.tombstones], async () => {
        const state = (await db.surveys.get(analysisId)) ?? emptyState(analysisId);
        await db.surveys.put({ ...state, frozen: { results, threshold, at }, rev: state.rev + 1, updatedAt: at });
        const gone = await db.surveyResponses.where('analysisId').equals(analysisId).toArray();
        await db.surveyResponses.bulkDelete(gone.map((r) => r.id));
        // So that a file with the answers in it cannot bring them back.
        await db.tombstones.bulkPut(gone.map((r) => tombstoneOf('surveyResponses', r, at)));
      });
    },

    async setSmallRoles(analysisId: string, smallRoles: SmallRoles): Promise<void> {
      await db.transaction('rw', db.surveys, async () => {
        const state = (await db.surveys.get(analysisId)) ?? emptyState(analysisId);
        await db.surveys.put({ ...state, smallRoles, rev: state.rev + 1, updatedAt: now() });
      });
    },
  };
}

export type SurveyRepository = ReturnType<typeof surveyRepository>;
