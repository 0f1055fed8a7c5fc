import { liveQuery } from 'dexie';
import type { Placement, Role } from '../../shared/model.ts';
import {
  answerIdOf,
  pollCountsOf,
  pollId,
  receiptId,
  receivedCounts,
  type PollTally,
  type RoomPoll,
  type RoomQueuedNote,
  type RoomReceipt,
} from '../../shared/room/deliver.ts';
import type { Delivered } from '../../shared/room/protocol.ts';
import type { SurveyResponse, SurveyState } from '../../shared/survey/model.ts';
import type { SwotNote } from '../../shared/swot.ts';
import type { AkrDb } from './db.ts';
import type { Live } from './live.ts';

/** What the room's views read of an analysis's phones. */
export interface RoomInboxData {
  /** Notes waiting, oldest first. */
  pending: RoomQueuedNote[];
  autoLetThrough: boolean;
  received: ReturnType<typeof receivedCounts>;
}

/** What delivering one batch of an analysis's submissions reads first. */
export interface DeliveryRead {
  /** The receipts already stored for the batch's submissions, in its order. */
  receipts: (RoomReceipt | undefined)[];
  survey: SurveyState | null;
  answers: Map<string, SurveyResponse>;
  notes: SwotNote[];
  autoLetThrough: boolean;
  polls: Map<string, RoomPoll>;
  roles: Role[];
  placements: Placement[];
}

/**
 * Reads for the room's delivery and its views. Writes go through the store's
 * one write path (shared/room/deliver.ts makes the changes).
 */
export function roomRepository(db: AkrDb) {
  return {
    /**
     * Everything a batch of `entries` (of one analysis) is delivered from, in
     * one read transaction; only what the batch's kinds need.
     */
    async forDelivery(analysisId: string, entries: readonly Delivered[]): Promise<DeliveryRead> {
      const has = (kind: Delivered['kind']) => entries.some((e) => e.kind === kind);
      const polls = entries.filter((e) => e.kind === 'poll');
      return db.transaction(
        'r',
        [db.roomReceipts, db.surveys, db.surveyResponses, db.swotNotes, db.roomSettings, db.roomPolls, db.roles, db.placements],
        async () => {
          const [receipts, survey, notes, settings, pollRows, roles, placements] = await Promise.all([
            db.roomReceipts.bulkGet(entries.map((e) => receiptId(analysisId, e.id))),
            has('survey') ? db.surveys.get(analysisId) : Promise.resolve(undefined),
            has('note') || has('dots') ? db.swotNotes.where('analysisId').equals(analysisId).toArray() : Promise.resolve([]),
            has('note') ? db.roomSettings.get(analysisId) : Promise.resolve(undefined),
            db.roomPolls.bulkGet(polls.map((p) => pollId(analysisId, p.activityId))),
            polls.length > 0 ? db.roles.where('analysisId').equals(analysisId).toArray() : Promise.resolve([]),
            polls.length > 0 ? db.placements.where('analysisId').equals(analysisId).toArray() : Promise.resolve([]),
          ]);
          const state = survey ?? null;
          const surveys = entries.filter((e) => e.kind === 'survey');
          const answerIds = surveys.map((s) => answerIdOf(analysisId, state, s));
          const stored = answerIds.length > 0 ? await db.surveyResponses.bulkGet(answerIds) : [];
          return {
            receipts,
            survey: state,
            answers: new Map(stored.flatMap((r) => (r ? [[r.id, r] as const] : []))),
            notes,
            autoLetThrough: settings?.autoLetThrough ?? false,
            polls: new Map(pollRows.flatMap((p) => (p ? [[p.activityId, p] as const] : []))),
            roles,
            placements,
          };
        },
      );
    },
    /** The queued notes of an analysis (all, or these ids), oldest first. */
    async queued(analysisId: string, ids: readonly string[] | 'all'): Promise<RoomQueuedNote[]> {
      const rows = ids === 'all' ? await db.roomQueue.where('analysisId').equals(analysisId).toArray() : await db.roomQueue.bulkGet([...ids]);
      return rows.filter((q): q is RoomQueuedNote => q !== undefined && q.analysisId === analysisId).sort(oldestFirst);
    },
    liveInbox(analysisId: string): Live<RoomInboxData> {
      return liveQuery(async () => {
        const [queue, settings, receipts] = await Promise.all([
          db.roomQueue.where('analysisId').equals(analysisId).toArray(),
          db.roomSettings.get(analysisId),
          db.roomReceipts.where('analysisId').equals(analysisId).toArray(),
        ]);
        return { pending: queue.sort(oldestFirst), autoLetThrough: settings?.autoLetThrough ?? false, received: receivedCounts(receipts) };
      });
    },
    /** The spread of the latest colour poll of a task for a role (by name), or null when none was held. */
    livePollCounts(analysisId: string, taskId: string, role: string): Live<PollTally | null> {
      return liveQuery(async () => {
        const [polls, roles, cards] = await Promise.all([
          db.roomPolls.where('analysisId').equals(analysisId).toArray(),
          db.roles.where('analysisId').equals(analysisId).toArray(),
          db.placements.where('analysisId').equals(analysisId).toArray(),
        ]);
        const roleId = roles.find((r) => r.name === role)?.id;
        return pollCountsOf(
          polls,
          cards.find((c) => c.taskId === taskId && c.roleId === roleId),
          taskId,
          role,
        );
      });
    },
  };
}

const oldestFirst = (x: RoomQueuedNote, y: RoomQueuedNote) => x.receivedAt.localeCompare(y.receivedAt) || x.id.localeCompare(y.id);

export type RoomRepository = ReturnType<typeof roomRepository>;
