import { liveQuery } from 'dexie';
import { responseId, storedKey, type SurveyImport, type SurveyResponse, type SurveyState } from '../../shared/survey/model.ts';
import type { AkrDb } from './db.ts';
import type { Live } from './live.ts';

/** Everything stored about the survey of one analysis. */
export interface SurveyData {
  state: SurveyState | null;
  imports: SurveyImport[];
  responses: SurveyResponse[];
}

/** The survey's records; its edits are computed in shared/survey/answers.ts and committed by the store. */
export function surveyRepository(db: AkrDb) {
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
  };
}

export type SurveyRepository = ReturnType<typeof surveyRepository>;
