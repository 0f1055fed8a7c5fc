import { liveQuery } from 'dexie';
import type { Anchoring, ReportTexts } from '../../shared/reportEdits.ts';
import type { AkrDb } from './db.ts';
import type { Live } from './live.ts';

/** The final report's own records of an analysis (one each, id = the analysis id; null until the first edit). */
export function reportRepository(db: AkrDb) {
  return {
    liveTexts(analysisId: string): Live<ReportTexts | null> {
      return liveQuery(async () => (await db.reportTexts.get(analysisId)) ?? null);
    },
    liveAnchoring(analysisId: string): Live<Anchoring | null> {
      return liveQuery(async () => (await db.anchoring.get(analysisId)) ?? null);
    },
  };
}

export type ReportRepository = ReturnType<typeof reportRepository>;
