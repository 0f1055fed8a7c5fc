import { liveQuery } from 'dexie';
import type { InfoMeeting } from '../../shared/infoMeeting.ts';
import type { AkrDb } from './db.ts';
import type { Live } from './live.ts';

/** The information meeting (step 1) of an analysis, as its views read it. */
export function infoRepository(db: AkrDb) {
  return {
    /** The stored slides and contact, or null while the analysis uses the default slides. */
    liveMeeting(analysisId: string): Live<InfoMeeting | null> {
      return liveQuery(async () => (await db.infoMeetings.get(analysisId)) ?? null);
    },
  };
}

export type InfoRepository = ReturnType<typeof infoRepository>;
