/**
 * The shape of every stored record, as zod/mini schemas. The TypeScript
 * types of the records are derived from these (see registry.ts), and a file
 * from anywhere is checked against them before anything of it is stored.
 */
import * as z from 'zod/mini';
import {
  ACTION_LINK_KINDS,
  ACTION_OUTCOMES,
  ACTION_STATUSES,
  ANCHOR_KEYS,
  COLOURS,
  CONTRACT_FORMS,
  DECIMAL_MARKS,
  DELIMITERS,
  DISCUSSION_LISTS,
  GENDERS,
  IGNORED_REASONS,
  INFO_SLIDE_KEYS,
  KEPT_FROM,
  LANGUAGES,
  LOGO_TYPES,
  MEETINGS,
  PAYERS,
  QUADRANTS,
  QUESTION_KEYS,
  REVIEW_OUTCOMES,
  ROUND_KINDS,
  SMALL_ROLES,
  STEP_KEYS,
  STEP_STATUSES,
  SURVEY_ENCODINGS,
  SURVEY_FILE_KINDS,
  SURVEY_SHAPES,
  SURVEY_SOURCES,
  TIME_UNITS,
  WORKSHOPS,
} from '../vocabulary.ts';
import { child, count, date, decimal, hours, id, item, money, revision, text, timestamp } from './fields.ts';

/** One analysis: one unit (a preschool, a care team …) going through the six steps. */
export const analysis = z.object({
  ...item,
  unitName: text(200),
  organisation: text(200),
  facilitator: text(200),
  createdAt: timestamp,
  /** Set when the user deletes it; it can be restored until it is purged. */
  deletedAt: z.nullable(timestamp),
  /**
   * An example to explore, made by the app: marked as such, never written to the sync folder and
   * left out of the key figures. Absent on analyses stored or exported before examples existed
   * (read as false), so files of every version stay readable both ways.
   */
  example: z.optional(z.boolean()),
  /**
   * The administration (förvaltning) the unit belongs to, for HR's overview across units; prefilled
   * from the organisation's policy where set. Absent on analyses stored before it existed (read as "").
   */
  administration: z.optional(text(200)),
});

/**
 * A step of one analysis. The date of `report` is the follow-up meeting. `status` counts only while
 * `manual` is true (the facilitator set it); otherwise the status follows the work (shared/stepStatus.ts).
 * `manual` is absent on steps stored before the status followed the work: see `isManual`.
 */
export const step = z.object({
  ...child,
  key: z.enum(STEP_KEYS),
  status: z.enum(STEP_STATUSES),
  manual: z.optional(z.boolean()),
  date: z.nullable(date),
  notes: text(10_000),
});

/** A professional role at the unit (yrkesroll). */
export const role = z.object({
  ...child,
  name: text(200),
  /** Number of people in the role. */
  headcount: count(10_000),
  /** Hours in a full-time week for this role (40 by default). */
  fullTimeHours: decimal(1, 80),
  /** Fractional index: roles sort by this string. */
  order: text(200),
});

/**
 * A work task (arbetsuppgift). Its colour and hours live per role in placements. The survey asks
 * about the same tasks, and its answers name them by id; `merged` lists the ids of tasks merged
 * into this one (and those merged into them), whose answers now count for it. Absent on tasks
 * that never took another in. `order` and `group` shape the survey's task list.
 */
export const task = z.object({
  ...child,
  title: text(200),
  notes: text(10_000),
  createdAt: timestamp,
  merged: z.optional(z.array(id)),
  /** Place in the survey's task list (set once the facilitator orders it); absent tasks follow, oldest first. */
  order: z.optional(count(1_000_000)),
  /** The survey's group for the task (omsorg, administration …); absent or empty = no group. */
  group: z.optional(text(200)),
});

/** A task's survey figures for one role, kept on its card when the survey seeds the board. */
export const surveyFigures = z.object({
  /** The team's hours the card was given: mean × headcount, or the sum of answers. */
  team: decimal(0, Number.MAX_VALUE),
  /** Mean hours per person over the role's respondents. */
  mean: decimal(0, Number.MAX_VALUE),
  /** Respondents who reported time on the task. */
  doing: count(1_000_000),
  /** All respondents of the role. */
  respondents: count(1_000_000),
});

/** The spread of a colour poll: how many phones chose each colour (never who). */
export const pollCounts = z.object({ green: count(100_000), yellow: count(100_000), red: count(100_000), black: count(100_000) });

/** Where a task sits for one role: colour, position and hours per week. */
export const placement = z.object({
  ...child,
  taskId: id,
  roleId: id,
  colour: z.enum(COLOURS),
  /** Fractional index within (role, colour). */
  order: text(200),
  /** Hours per week for this role; null when not yet known. */
  hours: z.nullable(hours),
  /** What the staff survey said, when the hours came from it (absent on cards typed in). */
  survey: z.optional(z.nullable(surveyFigures)),
  /** The spread of the last colour poll the phones in the room gave this task for this role (absent when none was held). */
  poll: z.optional(pollCounts),
});

/** The room's notes on one of the three questions, for one analysis. */
export const questionNote = z.object({ ...child, question: z.enum(QUESTION_KEYS), notes: text(10_000) });

/**
 * The countdown for the current timebox, one per analysis (id = analysis id).
 * Running: `endsAt` is set. Paused: `remainingMs` is set. Reset: neither.
 */
export const timer = z.object({
  ...child,
  durationMs: count(24 * 3600 * 1000),
  endsAt: z.nullable(timestamp),
  remainingMs: z.nullable(count(24 * 3600 * 1000)),
});

const taskResult = z.object({
  /** The task asked about (absent in results kept before answers named tasks by id). */
  taskId: z.optional(id),
  task: text(500),
  doing: count(1_000_000),
  mean: decimal(0, Number.MAX_VALUE),
  median: decimal(0, Number.MAX_VALUE),
  team: decimal(0, Number.MAX_VALUE),
});
const roleResult = z.object({
  name: text(200),
  roles: z.array(text(200)),
  respondents: count(1_000_000),
  headcount: z.nullable(count(10_000)),
  team: decimal(0, Number.MAX_VALUE),
  perPerson: z.object({ min: z.number(), median: z.number(), max: z.number() }),
  tasks: z.array(taskResult),
  missions: z.array(text(10_000)),
});

/** A survey round: answers are collected per round, the first one and later follow-ups. */
export const surveyRound = z.object({
  /** Unique within the analysis ("r1", "r2" …). */
  id: text(40),
  kind: z.enum(ROUND_KINDS),
  /** As the facilitator named it, e.g. "Uppföljning hösten 2027"; empty for the first round's default name. */
  name: text(200),
  startedAt: timestamp,
});

/** What the staff survey asks besides the hours per task. */
export const surveyQuestions = z.object({
  /** Hours per week per task, or percent of the week. */
  unit: z.enum(TIME_UNITS),
  /** The person's contracted hours or sysselsättningsgrad. */
  contract: z.boolean(),
  /** The core mission (grunduppdrag) as free text. */
  mission: z.boolean(),
  /** Free-text comments. */
  comments: z.boolean(),
});

/**
 * The survey of one analysis (id = the analysis id). Its tasks are the analysis's tasks (the
 * board's); see shared/survey/tasks.ts.
 */
export const surveyState = z.object({
  ...child,
  /** The rounds, oldest first; there is always at least the first. */
  rounds: z.array(surveyRound),
  /** The round new answers go to. */
  round: text(40),
  questions: surveyQuestions,
  /** The SWOT survey's prompt per quadrant, as edited; a quadrant not listed uses the app's default text. */
  swotPrompts: z.array(z.object({ quadrant: z.enum(QUADRANTS), text: text(1_000) })),
  /** How roles under the privacy threshold are shown. */
  smallRoles: z.enum(SMALL_ROLES),
  /** The results as they were when the respondents' answers were deleted; null while the answers are kept. */
  frozen: z.nullable(z.object({ results: z.object({ roles: z.array(roleResult), hidden: z.array(text(200)) }), threshold: count(100), at: timestamp })),
});

/** What an import found in its file, kept with it and shown in the import report. */
export const importReport = z.object({
  kind: z.enum(SURVEY_FILE_KINDS),
  encoding: z.nullable(z.enum(SURVEY_ENCODINGS)),
  delimiter: z.nullable(z.enum(DELIMITERS)),
  decimalMark: z.enum(DECIMAL_MARKS),
  shape: z.enum(SURVEY_SHAPES),
  unit: z.enum(TIME_UNITS),
  ignored: z.array(z.object({ column: text(500), because: z.enum(IGNORED_REASONS) })),
  /** Cells left out as not sensible, and rows without a role. */
  skippedCells: count(100_000_000),
});

/** One imported survey file. */
export const surveyImport = z.object({
  ...child,
  fileName: text(500),
  importedAt: timestamp,
  /** Respondents in the file; `replaced` of them were already stored from an earlier file and were replaced. */
  respondents: count(10_000_000),
  replaced: count(10_000_000),
  report: importReport,
});

/**
 * One respondent's answers in one round. Kept only until the user deletes them
 * (the aggregates stay). `key` is anonymous (a file's respondent id, a paper
 * form's number, a kiosk answer's count), never a name or an e-mail address.
 * `hours` lists the tasks answered with more than 0 h, by task id, so renaming
 * a task keeps its answers (and merging: see `task.merged`); an id is a value,
 * never a key.
 */
export const surveyResponse = z.object({
  ...child,
  /** The survey round (surveyRound.id). */
  round: text(40),
  source: z.enum(SURVEY_SOURCES),
  /** The imported file the answers came from; null for paper, kiosk and phone answers. */
  importId: z.nullable(id),
  key: text(200),
  role: text(200),
  mission: text(10_000),
  /** The person's contracted hours per week, when the survey asked (percent answers are reckoned on them). */
  contractHours: z.nullable(decimal(0, 168)),
  comment: text(10_000),
  hours: z.array(z.object({ taskId: id, hours })),
});

/** One note on the SWOT canvas. */
export const swotNote = z.object({
  ...child,
  quadrant: z.enum(QUADRANTS),
  text: text(500),
  /** Fractional index within its quadrant. */
  order: text(200),
  /** How many identical survey answers this note stands for (1 for a note typed in). */
  count: count(1_000_000),
  /** Dots the room gave it, as the facilitator typed them. */
  votes: count(100_000),
  /**
   * Dots phones gave it in the room, kept apart so the facilitator's typed count stays theirs;
   * shown and totalled as typed + phone (see dotsOf in shared/swot.ts). Absent on notes no phone voted on.
   */
  phoneDots: z.optional(count(100_000)),
  /** The stack it is grouped into, if any (a stack lives in one quadrant). */
  stackId: z.nullable(id),
  createdAt: timestamp,
});

/** A named group of similar notes. */
export const swotStack = z.object({ ...child, quadrant: z.enum(QUADRANTS), name: text(200), order: text(200) });

/** Dot voting of one analysis (id = the analysis id). */
export const voting = z.object({ ...child, dotsPerPerson: count(50), participants: count(500) });

/** What the room says about the change: one entry in Effekter, Konsekvenser or Framgångsfaktorer. */
export const discussionEntry = z.object({
  ...child,
  list: z.enum(DISCUSSION_LISTS),
  text: text(500),
  order: text(200),
  /** SWOT notes it refers to. */
  noteIds: z.array(id),
});

/** An action (åtgärd) the meeting agreed, with someone who owns it. */
export const action = z.object({
  ...child,
  text: text(500),
  owner: text(200),
  due: z.nullable(date),
  status: z.enum(ACTION_STATUSES),
  /** What it follows from: a SWOT note or a task on the board. */
  link: z.nullable(z.object({ kind: z.enum(ACTION_LINK_KINDS), id })),
  order: text(200),
  createdAt: timestamp,
});

/** A new role (ny tjänst) and its requirements (kravställning). */
export const newRole = z.object({
  ...child,
  name: text(200),
  purpose: text(10_000),
  /** Hours in this role's full-time week. */
  fullTimeHours: decimal(1, 80),
  contract: z.nullable(z.enum(CONTRACT_FORMS)),
  /** Monthly cost of one full-time post, for the staffing estimate; null until entered. */
  monthlyCost: z.nullable(money),
  /**
   * Who pays the posts, for the staffing estimate; absent or null = what the contract form means
   * (BEA: the labour-market unit at first; AB: the unit). See shared/newRoles.ts `payerOf`.
   */
  payer: z.optional(z.nullable(z.enum(PAYERS))),
  /** Whether the existing posts are lowered by the hours moved; absent or null = what the contract form means. */
  lowersPosts: z.optional(z.nullable(z.boolean())),
  /** What the hours freed in the existing roles are used for, in the facilitator's words (the economic estimate); absent = not said. */
  freedUse: z.optional(text(2_000)),
  skills: text(10_000),
  training: text(10_000),
  adaptations: text(10_000),
  supervision: text(10_000),
  order: text(200),
  createdAt: timestamp,
});

/** Hours of one placement (a task for one existing role) given to a new role. */
export const rolePart = z.object({
  ...child,
  newRoleId: id,
  placementId: id,
  /** Hours per week taken; null = whatever of the placement's hours the other parts leave. */
  hours: z.nullable(decimal(0, 168)),
  order: text(200),
});

/** The staffing estimate's inputs per analysis (id = the analysis id). */
export const staffing = z.object({
  ...child,
  /** Per existing role id: full-time posts now (defaults to the headcount) and the monthly cost of one post. */
  roles: z.record(id, z.object({ posts: z.nullable(decimal(0, 100_000)), monthlyCost: z.nullable(money) })),
});

/** Task ids the facilitator has flagged as nice-to-have extras (guldkant), per analysis (id = the analysis id). */
export const extraFlags = z.object({ ...child, taskIds: z.array(id).check(z.maxLength(100_000)) });

export const agendaItem = z.object({
  id,
  title: text(200),
  minutes: z.int().check(z.minimum(1), z.maximum(180)),
  /** What the facilitator says or does, in plain words; shown only on the facilitator's side. */
  notes: text(10_000),
});

/**
 * One slide of the information meeting. A default slide (`key` one of INFO_SLIDE_KEYS) shows its
 * default text while `title`/`body`/`notes` are null; the facilitator's own slides have key
 * `custom`. The body is the small Markdown subset of the report's texts (shared/markdown.ts).
 */
export const infoSlide = z.object({
  id,
  key: z.enum([...INFO_SLIDE_KEYS, 'custom']),
  hidden: z.boolean(),
  title: z.nullable(text(200)),
  body: z.nullable(text(5_000)),
  /** What the facilitator says: shown only on the facilitator's side. */
  notes: z.nullable(text(10_000)),
});

/**
 * One analysis's information meeting (step 1), id = the analysis id: its slides in order, and who
 * to contact. Absent until the facilitator changes something: the default slides are shown.
 */
export const infoMeeting = z.object({
  ...child,
  slides: z.array(infoSlide).check(z.maxLength(60)),
  contact: text(1_000),
});

/** One item of the decision trail: done or not, when, by whom, and a note. */
export const anchorEntry = z.object({
  done: z.boolean(),
  date: z.nullable(date),
  by: text(200),
  note: text(2_000),
});

/** How many staff of a role came to a meeting (never who). */
export const attendance = z.object({
  id,
  meeting: z.enum(MEETINGS),
  roleId: id,
  count: count(10_000),
});

/**
 * How an analysis was anchored, id = the analysis id: the decision trail the report names (the
 * manager's and HR's support, the unions, the safety representative, the risk and consequence
 * assessment), and attendance per meeting and role.
 */
export const anchoring = z.object({
  ...child,
  entries: z.partialRecord(z.enum(ANCHOR_KEYS), anchorEntry),
  attendance: z.array(attendance).check(z.maxLength(1_000)),
});

/**
 * The facilitator's own text of the final report, id = the analysis id: a small Markdown subset
 * (shared/markdown.ts), never HTML. `coreMissions` is the core-mission summary per existing role id.
 */
export const reportTexts = z.object({
  ...child,
  summary: text(50_000),
  conclusions: text(50_000),
  recommendations: text(50_000),
  coreMissions: z.record(id, text(20_000)),
});

/**
 * The organisation's logo for this analysis's report and handouts, id = the analysis id: stored
 * with the analysis so that it travels in its file. PNG or JPEG, at most 1 MB (base64 here).
 */
export const logo = z.object({
  ...child,
  type: z.enum(LOGO_TYPES),
  /** The picture, base64 (1 MB of picture is about 1.4 million characters). */
  data: z.string().check(z.minLength(1), z.maxLength(1_400_000)),
  width: count(20_000),
  height: count(20_000),
});

/**
 * The board as it stood when the report was made, id = the analysis id: "then" for the follow-up.
 * Taken when the report is made, and again when the facilitator re-takes it. Names are kept, so the
 * comparison reads even when a task or role was deleted since; tasks are matched across rounds by id.
 */
export const boardSnapshot = z.object({
  ...child,
  takenAt: timestamp,
  /** The survey round whose answers the board's hours came from (surveyRound.id), or null. */
  round: z.nullable(text(40)),
  roles: z.array(z.object({ id, name: text(200), headcount: count(10_000) })).check(z.maxLength(1_000)),
  tasks: z.array(z.object({ id, title: text(200) })).check(z.maxLength(100_000)),
  /** Each card: the task's colour and hours per week for one role. */
  cells: z.array(z.object({ taskId: id, roleId: id, colour: z.enum(COLOURS), hours: z.nullable(hours) })).check(z.maxLength(200_000)),
  /** Each agreed action's status at the time. */
  actions: z.array(z.object({ id, text: text(500), status: z.enum(ACTION_STATUSES) })).check(z.maxLength(10_000)),
});

/** How one action turned out at the follow-up: done, still going, or dropped, and what was done or why not. */
export const actionReview = z.object({
  outcome: z.nullable(z.enum(ACTION_OUTCOMES)),
  note: text(2_000),
});

/**
 * The follow-up (step 6) months later, id = the analysis id: which survey round is "now", how each
 * action turned out, and the meeting's own notes (Markdown subset).
 */
export const followUp = z.object({
  ...child,
  /** The follow-up survey round compared with the snapshot (surveyRound.id); null = the newest follow-up round. */
  round: z.nullable(text(40)),
  actions: z.record(id, actionReview),
  notes: text(20_000),
});

/** A planned review of a person in a new role: held on, with what outcome, and a note. */
export const hireReview = z.object({
  /** The day it was held; null while it has not been. */
  heldOn: z.nullable(date),
  outcome: z.nullable(z.enum(REVIEW_OUTCOMES)),
  note: text(2_000),
});

/**
 * One person's economic estimate inputs, for years 1, 2 and 3 of the employment: every input blank
 * (null) until entered; nothing is assumed. Amounts are kronor per month.
 */
export const hireEstimate = z.object({
  /** Monthly salary of the post, before on-costs. */
  monthlySalary: z.nullable(money),
  /** Employer's on-costs (personalomkostnader) as percent of the salary. */
  onCostPercent: z.nullable(decimal(0, 200)),
  /** Who pays the salary in years 1, 2 and 3. */
  payers: z.array(z.nullable(z.enum(PAYERS))).check(z.length(3)),
  /** The wage subsidy's share of the salary cost in years 1, 2 and 3, in percent. */
  subsidyPercent: z.array(z.nullable(decimal(0, 100))).check(z.length(3)),
  /** Income support (försörjningsstöd) per month no longer paid for the person. */
  incomeSupport: z.nullable(money),
  /** Daily activity (daglig verksamhet) per month no longer paid for the person. */
  dailyActivity: z.nullable(money),
});

/**
 * A person hired into a new role. No name, ever: these are per-person records (the priority target
 * group often means a disability), left out of files unless the user ticks it and never in the
 * sync folder; files carry only key figures with the privacy threshold applied.
 */
export const hire = z.object({
  ...child,
  newRoleId: id,
  startDate: z.nullable(date),
  /** The contract form at the start (a move to AB is a review's outcome). */
  contract: z.nullable(z.enum(CONTRACT_FORMS)),
  wageSubsidy: z.nullable(z.boolean()),
  /** From the priority target group (prioriterad målgrupp). */
  priorityGroup: z.nullable(z.boolean()),
  gender: z.enum(GENDERS),
  /** Who employs the person: the unit, or the labour-market unit. */
  employer: z.nullable(z.enum(PAYERS)),
  review6: hireReview,
  review12: hireReview,
  /** The economic estimate's inputs for this person; absent until any is entered. */
  estimate: z.optional(hireEstimate),
  order: text(200),
  createdAt: timestamp,
});

/** One analysis's workshop agenda (id = the analysis id). */
export const agenda = z.object({
  ...child,
  workshop1: z.array(agendaItem).check(z.maxLength(100)),
  workshop2: z.array(agendaItem).check(z.maxLength(100)),
  /** The follow-up meeting's items; absent (an agenda made before there was one) = the template's. */
  followUp: z.optional(z.array(agendaItem).check(z.maxLength(100))),
  /** The item under way, or null. */
  current: z.nullable(z.object({ workshop: z.enum(WORKSHOPS), itemId: id })),
});

/**
 * A deleted item, so that importing an older file does not bring it back,
 * and a file can carry the deletion to another machine. Its id is
 * `<kind>:<item id>`; its revision is one above the item's last one.
 */
export const tombstone = <const K extends readonly [string, ...string[]]>(kinds: K) => z.object({ ...child, table: z.enum(kinds), itemId: id });

/**
 * A version that lost a conflict, kept so it can be looked at and restored
 * from the analysis's History. `version` null means that side had deleted it.
 */
export const keptVersion = <const K extends readonly [string, ...string[]]>(kinds: K) =>
  z.object({
    ...child,
    table: z.enum(kinds),
    itemId: id,
    // Checked against its own kind's schema by restore, once the kind is known.
    version: z.nullable(z.looseObject({ id, rev: revision, updatedAt: timestamp })),
    /** Where the kept version was: on this machine, or in the imported file. */
    from: z.enum(KEPT_FROM),
    /** The file it came with, or was replaced by. */
    fileName: text(500),
    keptAt: timestamp,
    restoredAt: z.nullable(timestamp),
  });

/**
 * The revisions of every item (and tombstone) of one analysis as they were
 * in the last file exchanged with one machine. Its id is `<analysis id>|<machine id>`.
 */
export const exchangeBase = z.object({ id, analysisId: id, machine: id, revs: z.record(text(300), revision), at: timestamp });

/** A file in the sync folder as this machine last wrote or saw it: never exported. */
export const syncFile = z.object({
  name: text(300),
  analysisId: id,
  sha256: text(64),
  /** The analysis's change signature when this machine last wrote the file (0 when it only saw it). */
  rev: z.number(),
});

/**
 * That a phone's submission (by the id the phone made) is in the analysis: written in the same
 * transaction as what it brought, so a redelivery from the room's journal is only acknowledged,
 * never counted twice. Its id is `<analysis id>|<submission id>`; `dots` is how many dots it gave,
 * for the room's counts (never who).
 */
export const roomReceipt = z.object({
  ...child,
  submission: text(64),
  kind: z.enum(['survey', 'note', 'dots', 'poll']),
  dots: count(1_000),
  at: timestamp,
});

/** A SWOT note a phone sent, waiting for the facilitator to let it onto the canvas (or discard it). */
export const roomQueuedNote = z.object({ ...child, quadrant: z.enum(QUADRANTS), text: text(500), receivedAt: timestamp });

/** The room's switches for an analysis (id = the analysis id). */
export const roomSettings = z.object({ ...child, autoLetThrough: z.boolean() });

/**
 * The tally of one colour poll (one opening of the room's poll activity): the task and role it
 * asked about, as the room said when its first vote came (null when the room no longer said),
 * and the counts. Its id is `<analysis id>|<activity id>`.
 */
export const roomPoll = z.object({
  ...child,
  activityId: text(200),
  taskId: z.nullable(id),
  role: z.nullable(text(200)),
  counts: pollCounts,
  createdAt: timestamp,
});

/** A secret's PBKDF2 hash with its salt, both hex; never the secret itself. */
const secretHash = z.object({ salt: text(64), hash: text(128) });

/**
 * The kiosk lock of this machine (see shared/kiosk/lock.ts): while it is
 * stored, every window shows only the kiosk of its analysis. Holds hashes of
 * the PIN and of the recovery code, and the failed attempts since the last
 * good one with the time before which no PIN is tried.
 */
export const kioskLock = z.object({
  key: z.literal('kiosk'),
  analysisId: id,
  iterations: count(10_000_000),
  pin: secretHash,
  recovery: secretHash,
  failures: count(1_000_000),
  waitUntil: z.nullable(timestamp),
  startedAt: timestamp,
});

/** This machine's random id (the browser profile's), made on first use; or the kiosk lock. */
export const machineRow = z.union([z.object({ key: z.literal('id'), machine: id }), kioskLock]);

/** App-wide preferences, one record (id "app"). */
export const preferences = z.object({
  ...item,
  id: z.literal('app'),
  language: z.enum(LANGUAGES),
  defaultFullTimeHours: decimal(1, 80),
  /** Survey results per role are shown only with at least this many respondents. */
  privacyThreshold: count(100),
  /** The keys that blank and freeze the projector (while its controls have focus): single letters. */
  projectorKeys: z.object({ blank: text(4), freeze: text(4) }),
});
