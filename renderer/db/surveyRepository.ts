import { liveQuery } from 'dexie';
import type { Task } from '../../shared/model.ts';
import { answerId } from '../../shared/survey/answers.ts';
import { storedKey, type SurveyImport, type SurveyResponse, type SurveyState } from '../../shared/survey/model.ts';
import type { AkrDb } from './db.ts';
import type { Live } from './live.ts';

/** Everything stored about the survey of one analysis. */
export interface SurveyData {
  state: SurveyState | null;
  imports: SurveyImport[];
  responses: SurveyResponse[];
  /** The analysis's tasks: the survey's (see shared/survey/tasks.ts). */
  tasks: Task[];
}

/** The survey's records; its edits are computed in shared/survey/answers.ts and committed by the store. */
export function surveyRepository(db: AkrDb) {
  return {
    live(analysisId: string): Live<SurveyData> {
      return liveQuery(async () => {
        const [state, imports, responses, tasks] = await Promise.all([
          db.surveys.get(analysisId),
          db.surveyImports.where('analysisId').equals(analysisId).toArray(),
          db.surveyResponses.where('analysisId').equals(analysisId).toArray(),
          db.tasks.where('analysisId').equals(analysisId).toArray(),
        ]);
        imports.sort((a, b) => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0));
        return { state: state ?? null, imports, responses, tasks };
      });
    },

    /** How many of these respondents are already stored in the round (and would be replaced). */
    async alreadyStored(analysisId: string, round: string, importId: string, keys: readonly string[]): Promise<number> {
      // One read of the stored ids (not one request per key: a file may hold 50,000 respondents).
      const stored = new Set(await db.surveyResponses.where('analysisId').equals(analysisId).primaryKeys());
      if (stored.size === 0) return 0;
      return keys.filter((k) => stored.has(answerId(analysisId, round, 'file', storedKey(importId, k)))).length;
    },
  };
}

export type SurveyRepository = ReturnType<typeof surveyRepository>;
