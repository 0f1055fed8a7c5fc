/**
 * The room's protocol: what the facilitator opens to the phones (an
 * activity) and what a phone may send back (a submission), as zod schemas
 * with the types derived from them. Pure and small, shared by the room
 * server (electron/room/), the phone page and the facilitator's window.
 *
 * Everything a phone sends is text and numbers, length-capped here; text is
 * kept verbatim and only ever shown as text. Every submission carries an id
 * the phone made, so a retry or a redelivery never counts twice.
 */
import * as z from 'zod/mini';
import { TASK_TITLE_MAX } from '../board.ts';
import { LIMITS } from '../limits.ts';
// fields.ts also switches zod to jitless checks, which the app's CSP (no eval) needs.
import { id, text } from '../records/fields.ts';
import { DOTS_MAX, NOTE_TEXT_MAX } from '../swot.ts';
import type { SurveyQuestions } from '../survey/answers.ts';
import { HOURS_IN_WEEK } from '../survey/values.ts';
import { QUADRANTS, TIME_UNITS } from '../vocabulary.ts';

/** Bounds on what goes over the room's wire (smaller than what is stored, to keep bodies small). */
export const ROOM_LIMITS = {
  /** A free-text answer (core mission, comment). */
  answerText: 2_000,
  roles: 50,
  tasksPerRole: 300,
  /** Notes shown for a dot vote. */
  notes: 500,
  /** The short code exchanged for the room's token: this many digits. */
  codeDigits: 6,
} as const;

/** An id a phone makes for a submission or for itself: 8–64 URL-safe characters (a random UUID fits). */
export const clientId = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/));

/** The four colours a task can be given in a colour poll. */
export const POLL_COLOURS = ['green', 'yellow', 'red', 'black'] as const;
export type PollColour = (typeof POLL_COLOURS)[number];

/** Text from outside: no control characters but tab and line breaks. */
const plain = (max: number) =>
  text(max).check(
    z.refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), 'control characters'), // eslint-disable-line no-control-regex -- refusing them is the point
  );
/** Text that must say something. */
const filled = (max: number) => plain(max).check(z.refine((s) => s.trim() !== '', 'blank'));

const questions = z.strictObject({
  unit: z.enum(TIME_UNITS),
  contract: z.boolean(),
  mission: z.boolean(),
  comments: z.boolean(),
}) satisfies z.ZodMiniType<SurveyQuestions>;

const surveyRole = z.strictObject({
  name: filled(LIMITS.roleName),
  /** The role's full-time week, for percent answers typed on the phone. */
  fullTimeHours: z.number().check(z.minimum(LIMITS.fullTimeHoursMin), z.maximum(LIMITS.fullTimeHoursMax)),
  tasks: z.array(z.strictObject({ id, title: filled(TASK_TITLE_MAX) })).check(z.maxLength(ROOM_LIMITS.tasksPerRole)),
});

/** What the facilitator has opened to the phones. `id` names this opening: a submission for another one is refused. */
export const activitySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({
    kind: z.literal('survey'),
    id,
    round: id,
    questions,
    roles: z.array(surveyRole).check(z.minLength(1), z.maxLength(ROOM_LIMITS.roles)),
  }),
  z.strictObject({ kind: z.literal('swot'), id, quadrants: z.array(z.enum(QUADRANTS)).check(z.minLength(1), z.maxLength(QUADRANTS.length)) }),
  z.strictObject({
    kind: z.literal('dots'),
    id,
    /** Dots per phone. */
    budget: z.int().check(z.minimum(1), z.maximum(DOTS_MAX)),
    notes: z.array(z.strictObject({ id, quadrant: z.enum(QUADRANTS), text: plain(NOTE_TEXT_MAX) })).check(z.minLength(1), z.maxLength(ROOM_LIMITS.notes)),
  }),
  z.strictObject({ kind: z.literal('poll'), id, role: filled(LIMITS.roleName), taskId: id, title: filled(TASK_TITLE_MAX) }),
]);
export type Activity = z.infer<typeof activitySchema>;

const base = { id: clientId, activityId: id };

/** One person's survey answer: hours per week per task id (0 h left out), and the other questions as the survey asks them. */
const surveyAnswer = z.strictObject({
  ...base,
  kind: z.literal('survey'),
  role: filled(LIMITS.roleName),
  hours: z.array(z.strictObject({ taskId: id, hours: z.number().check(z.gt(0), z.maximum(HOURS_IN_WEEK)) })).check(z.maxLength(ROOM_LIMITS.tasksPerRole)),
  contractHours: z.nullable(z.number().check(z.gt(0), z.maximum(HOURS_IN_WEEK))),
  mission: plain(ROOM_LIMITS.answerText),
  comment: plain(ROOM_LIMITS.answerText),
});

const note = z.strictObject({ ...base, kind: z.literal('note'), quadrant: z.enum(QUADRANTS), text: filled(NOTE_TEXT_MAX) });

/**
 * Dots on notes (a note may take several). `voter` is the phone's random id
 * for this room, so its dots stay within the budget; it lives in the
 * server's memory only and is never written down.
 */
const dots = z.strictObject({
  ...base,
  kind: z.literal('dots'),
  voter: clientId,
  noteIds: z.array(id).check(z.minLength(1), z.maxLength(DOTS_MAX)),
});

/** A colour for the task of a colour poll; one per phone (`voter`, as for dots). */
const pollVote = z.strictObject({ ...base, kind: z.literal('poll'), voter: clientId, colour: z.enum(POLL_COLOURS) });

export const submissionSchema = z.discriminatedUnion('kind', [surveyAnswer, note, dots, pollVote]);
export type Submission = z.infer<typeof submissionSchema>;
export type SurveySubmission = z.infer<typeof surveyAnswer>;

/** What the journal keeps and the facilitator's side receives: the submission without the phone's voter id. */
export type Delivered =
  Exclude<Submission, { kind: 'dots' | 'poll' }> | Omit<Extract<Submission, { kind: 'dots' }>, 'voter'> | Omit<Extract<Submission, { kind: 'poll' }>, 'voter'>;

export const deliveredSchema = z.discriminatedUnion('kind', [surveyAnswer, note, z.omit(dots, { voter: true }), z.omit(pollVote, { voter: true })]);

/** Exchanging the short code for the token. */
export const joinSchema = z.strictObject({ code: z.string().check(z.regex(/^\d{6}$/)) });

/** Why the room refuses a request; the phone page words each one. */
export const REFUSALS = [
  'notFound',
  'method',
  'token',
  'wrongCode',
  'locked',
  'closed',
  'tooLarge',
  'mediaType',
  'malformed',
  'invalid',
  'notOpen',
  'notAsked',
  'overBudget',
  'alreadyVoted',
  'rate',
  'busy',
] as const;
export type Refusal = (typeof REFUSALS)[number];
