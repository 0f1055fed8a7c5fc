import { liveQuery } from 'dexie';
import type { Hire } from '../../shared/economics.ts';
import type { AkrDb } from './db.ts';
import type { Live } from './live.ts';

/** The people in an analysis's new roles, as the economic estimate reads them (their edits are committed by the store). */
export function economicsRepository(db: AkrDb) {
  return {
    liveHires(analysisId: string): Live<Hire[]> {
      return liveQuery(() => db.hires.where('analysisId').equals(analysisId).toArray());
    },
  };
}

export type EconomicsRepository = ReturnType<typeof economicsRepository>;
