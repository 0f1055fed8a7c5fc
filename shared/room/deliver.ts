/**
 * What phones' submissions write into an analysis, as changes for the one
 * write path: pure, so that the room's delivery (renderer/room/delivery.ts)
 * only reads what they start from, commits what they return and
 * acknowledges. Every submission comes with its receipt in the same list of
 * changes (one transaction): a redelivery finds the receipt and is only
 * acknowledged, so nothing counts twice.
 *
 * - a survey answer goes to the survey's current round, as a phone's answer
 *   keyed by the submission's id (phoneAnswer);
 * - a note waits in the room's queue, unless the room lets notes through as
 *   they come: then it is a SWOT note at once;
 * - dots add to the notes' phone dots, never to the dots the facilitator typed;
 * - a poll vote adds to the tally of its poll (the opening of the activity),
 *   and the tally is copied onto the card of the task for that role, when the
 *   room said which task and role the poll asked about and the card exists.
 */
import { created, deleted, updated, type Change } from '../changes.ts';
import { revise } from '../items.ts';
import type { Placement, Role, Timestamp } from '../model.ts';
import type { RecordOf } from '../records/registry.ts';
import { answerId, currentRound, saveAnswers } from '../survey/answers.ts';
import type { SurveyResponse, SurveyState } from '../survey/model.ts';
import { addNote, validateNoteText, type SwotNote } from '../swot.ts';
import { phoneAnswer } from './check.ts';
import type { Delivered, PollColour } from './protocol.ts';

export type RoomReceipt = RecordOf<'roomReceipts'>;
export type RoomQueuedNote = RecordOf<'roomQueue'>;
export type RoomSettings = RecordOf<'roomSettings'>;
export type RoomPoll = RecordOf<'roomPolls'>;
export type PollTally = Record<PollColour, number>;

/** The receipt of a submission, and the id of a queued note (one per submission and analysis). */
export function receiptId(analysisId: string, submissionId: string): string {
  return `${analysisId}|${submissionId}`;
}

/**
 * The id of the SWOT note a phone's note becomes: made from its queue id, so
 * letting the same note through twice (a retry) writes the same note again
 * rather than a second one.
 */
export function phoneNoteId(queueId: string): string {
  return `phone:${queueId}`;
}

/** The tally of one poll (one opening of the poll activity) in an analysis. */
export function pollId(analysisId: string, activityId: string): string {
  return `${analysisId}|${activityId}`;
}

/** The task and role a poll asked about, as the room said (role by name, as the phones saw it). */
export interface PollTarget {
  taskId: string;
  role: string;
}

export const NO_VOTES: PollTally = { green: 0, yellow: 0, red: 0, black: 0 };

/** What delivering a batch of one analysis's submissions starts from (read in one go before it). */
export interface DeliveryInput {
  analysisId: string;
  now: Timestamp;
  survey: SurveyState | null;
  /** What is stored under each survey submission's answer id (answerIdOf), by that id. */
  answers: ReadonlyMap<string, SurveyResponse>;
  /** The analysis's SWOT notes. */
  notes: readonly SwotNote[];
  autoLetThrough: boolean;
  /** Stored tallies, by activity id. */
  polls: ReadonlyMap<string, RoomPoll>;
  /** What each poll's activity asked about, where known (by activity id). */
  pollTargets: ReadonlyMap<string, PollTarget>;
  roles: readonly Role[];
  placements: readonly Placement[];
}

/** The id a survey submission's answer is stored under, given the survey's state. */
export function answerIdOf(analysisId: string, survey: SurveyState | null, submission: Extract<Delivered, { kind: 'survey' }>): string {
  const answer = phoneAnswer(submission);
  return answerId(analysisId, currentRound(survey), answer.source, answer.key);
}

function receipt(analysisId: string, entry: Delivered, now: Timestamp): RoomReceipt {
  return {
    id: receiptId(analysisId, entry.id),
    analysisId,
    rev: 1,
    updatedAt: now,
    submission: entry.id,
    kind: entry.kind,
    dots: entry.kind === 'dots' ? entry.noteIds.length : 0,
    at: now,
  };
}

/**
 * The changes that deliver `entries` (submissions of one analysis, none of
 * them delivered before, each id once), receipts included.
 */
export function deliveryChanges(entries: readonly Delivered[], input: DeliveryInput): Change[] {
  const { analysisId: a, now } = input;
  const changes: Change[] = [];

  const surveys = entries.filter((e): e is Extract<Delivered, { kind: 'survey' }> => e.kind === 'survey');
  if (surveys.length > 0) {
    const existing = surveys.map((s) => input.answers.get(answerIdOf(a, input.survey, s)));
    changes.push(...saveAnswers(a, input.survey, surveys.map(phoneAnswer), existing, now));
  }

  // Notes: onto the canvas as they come (each after the ones before it), or into the queue.
  let notes = input.notes;
  for (const e of entries) {
    if (e.kind !== 'note') continue;
    const id = receiptId(a, e.id);
    if (input.autoLetThrough && validateNoteText(e.text) === null) {
      const made = addNote(notes, a, e.quadrant, e.text, phoneNoteId(id), now);
      notes = [...notes, ...made.flatMap((c) => (c.after ? [c.after as SwotNote] : []))];
      changes.push(...made);
    } else {
      const queued: RoomQueuedNote = { id, analysisId: a, rev: 1, updatedAt: now, quadrant: e.quadrant, text: e.text, receivedAt: now };
      changes.push(created('roomQueue', queued));
    }
  }

  // Dots, added up per note; a note deleted since (or of another analysis) takes none.
  const dots = new Map<string, number>();
  for (const e of entries) if (e.kind === 'dots') for (const n of e.noteIds) dots.set(n, (dots.get(n) ?? 0) + 1);
  for (const note of input.notes) {
    const more = dots.get(note.id);
    if (more) changes.push(updated('swotNotes', note, revise(note, { phoneDots: (note.phoneDots ?? 0) + more }, now)));
  }

  changes.push(...pollChanges(entries, input));
  changes.push(...entries.map((e) => created('roomReceipts', receipt(a, e, now))));
  return changes;
}

function pollChanges(entries: readonly Delivered[], input: DeliveryInput): Change[] {
  const { analysisId: a, now } = input;
  const tallies = new Map<string, { before: RoomPoll | undefined; after: RoomPoll }>();
  for (const e of entries) {
    if (e.kind !== 'poll') continue;
    let t = tallies.get(e.activityId);
    if (!t) {
      const before = input.polls.get(e.activityId);
      const target = input.pollTargets.get(e.activityId) ?? null;
      const start: RoomPoll = before
        ? { ...before, counts: { ...before.counts } }
        : {
            id: pollId(a, e.activityId),
            analysisId: a,
            rev: 1,
            updatedAt: now,
            activityId: e.activityId,
            taskId: null,
            role: null,
            counts: { ...NO_VOTES },
            createdAt: now,
          };
      // The room may have said what the poll asks only now (the first votes came after a restart).
      const after = start.taskId === null && target ? { ...start, taskId: target.taskId, role: target.role } : start;
      t = { before, after };
      tallies.set(e.activityId, t);
    }
    t.after.counts[e.colour] += 1;
  }
  const changes: Change[] = [];
  for (const { before, after } of tallies.values()) {
    changes.push(
      before
        ? updated('roomPolls', before, revise(before, { counts: after.counts, taskId: after.taskId, role: after.role }, now))
        : created('roomPolls', after),
    );
    const card = cardOf(after, input.roles, input.placements);
    if (card) changes.push(updated('placements', card, revise(card, { poll: { ...after.counts } }, now)));
  }
  return changes;
}

/** The card a poll's tally is kept on: its task, in the role of that name. */
function cardOf(poll: Pick<RoomPoll, 'taskId' | 'role'>, roles: readonly Role[], placements: readonly Placement[]): Placement | undefined {
  const role = roles.find((r) => r.name === poll.role);
  return role ? placements.find((p) => p.taskId === poll.taskId && p.roleId === role.id) : undefined;
}

/**
 * The SWOT notes that letting `queued` through makes (in the order they came,
 * each last in its quadrant): one undo step, like notes typed in.
 */
export function letThroughNotes(queued: readonly RoomQueuedNote[], notes: readonly SwotNote[], now: Timestamp): Change[] {
  let all = notes;
  const changes: Change[] = [];
  for (const q of [...queued].sort((x, y) => x.receivedAt.localeCompare(y.receivedAt) || x.id.localeCompare(y.id))) {
    const made = addNote(all, q.analysisId, q.quadrant, q.text, phoneNoteId(q.id), now);
    all = [...all, ...made.flatMap((c) => (c.after ? [c.after as SwotNote] : []))];
    changes.push(...made);
  }
  return changes;
}

/** Takes notes out of the queue (let through or discarded). */
export function unqueue(queued: readonly RoomQueuedNote[]): Change[] {
  return queued.map((q) => deleted('roomQueue', q));
}

/** Turns the room's "let through as they come" switch. */
export function setAutoLetThrough(analysisId: string, settings: RoomSettings | null, on: boolean, now: Timestamp): Change[] {
  if (settings === null) return [created('roomSettings', { id: analysisId, analysisId, rev: 1, updatedAt: now, autoLetThrough: on })];
  return settings.autoLetThrough === on ? [] : [updated('roomSettings', settings, revise(settings, { autoLetThrough: on }, now))];
}

/** What has arrived from phones, counted from the receipts (never who). */
export function receivedCounts(receipts: readonly Pick<RoomReceipt, 'kind' | 'dots'>[]): { answers: number; notes: number; dots: number; pollVotes: number } {
  const out = { answers: 0, notes: 0, dots: 0, pollVotes: 0 };
  for (const r of receipts) {
    if (r.kind === 'survey') out.answers += 1;
    else if (r.kind === 'note') out.notes += 1;
    else if (r.kind === 'poll') out.pollVotes += 1;
    out.dots += r.dots;
  }
  return out;
}

/** The spread of the latest poll of a task for a role: the room's tally, else what the card keeps (a file from another machine). */
export function pollCountsOf(polls: readonly RoomPoll[], card: Placement | undefined, taskId: string, role: string): PollTally | null {
  const latest = polls
    .filter((p) => p.taskId === taskId && p.role === role)
    .sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id))
    .at(-1);
  if (latest) return { ...latest.counts };
  return card?.poll ? { ...card.poll } : null;
}
