import { liveQuery } from 'dexie';
import { inKeyFigures } from '../../shared/analysis.ts';
import type { Analysis } from '../../shared/model.ts';
import type { Action, Workshop2 } from '../../shared/swot.ts';
import type { AkrDb } from './db.ts';
import type { Live } from './live.ts';

/** Everything workshop 2 of one analysis holds. */
export async function readWorkshop2(db: AkrDb, analysisId: string): Promise<Workshop2> {
  const [notes, stacks, voting, discussion, actions] = await Promise.all([
    db.swotNotes.where('analysisId').equals(analysisId).toArray(),
    db.swotStacks.where('analysisId').equals(analysisId).toArray(),
    db.voting.get(analysisId),
    db.discussion.where('analysisId').equals(analysisId).toArray(),
    db.actions.where('analysisId').equals(analysisId).toArray(),
  ]);
  return { notes, stacks, voting: voting ?? null, discussion, actions };
}

/** An action with the analysis it belongs to, for the overview across analyses. */
export interface ActionInAnalysis {
  action: Action;
  analysis: Analysis;
}

/** Reads workshop 2 (its edits are committed by the store). */
export function swotRepository(db: AkrDb) {
  return {
    live(analysisId: string): Live<Workshop2> {
      return liveQuery(() => readWorkshop2(db, analysisId));
    },
    /** Every action of every analysis not deleted, with its analysis. */
    liveAllActions(): Live<ActionInAnalysis[]> {
      return liveQuery(async () => {
        const [actions, analyses] = await Promise.all([db.actions.toArray(), db.analyses.toArray()]);
        // An example's actions are not the facilitator's work: like the key figures, the list leaves them out.
        const byId = new Map(analyses.filter(inKeyFigures).map((a) => [a.id, a]));
        return actions.flatMap((action) => {
          const analysis = byId.get(action.analysisId);
          return analysis ? [{ action, analysis }] : [];
        });
      });
    },
  };
}

export type SwotRepository = ReturnType<typeof swotRepository>;
