import { liveQuery } from 'dexie';
import type { BoardSnapshot, FollowUp } from '../../shared/followUp.ts';
import { byOrder } from '../../shared/items.ts';
import type { RecordOf } from '../../shared/records/registry.ts';
import type { AkrDb } from './db.ts';
import type { Live } from './live.ts';

/** What the follow-up view reads besides the survey: the board then, the follow-up's record and the actions now. */
export interface FollowUpData {
  snapshot: BoardSnapshot | null;
  followUp: FollowUp | null;
  /** The analysis's actions in their order. */
  actions: RecordOf<'actions'>[];
}

/** The follow-up's records; its edits are computed in shared/followUp.ts and committed by the store. */
export function followUpRepository(db: AkrDb) {
  return {
    live(analysisId: string): Live<FollowUpData> {
      return liveQuery(async () => {
        const [snapshot, followUp, actions] = await Promise.all([
          db.boardSnapshots.get(analysisId),
          db.followUps.get(analysisId),
          db.actions.where('analysisId').equals(analysisId).toArray(),
        ]);
        return { snapshot: snapshot ?? null, followUp: followUp ?? null, actions: actions.sort(byOrder) };
      });
    },
  };
}

export type FollowUpRepository = ReturnType<typeof followUpRepository>;
