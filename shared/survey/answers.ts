/**
 * The survey's edits as lists of changes, for the one write path: storing
 * answers (an imported file's respondents, a paper form typed in, a kiosk or
 * phone answer), deleting the answers per person, how small roles are shown,
 * and the survey's questions. Pure: the store reads what they start from and
 * commits.
 *
 * Answers name the analysis's tasks by id. An imported file names tasks by
 * title: a title is the task whose title matches it apart from case and
 * spacing, and a title on no task becomes a new task (on no card yet; "Fyll
 * AKR-tavlan" puts it on the board).
 */
import { TASK_TITLE_MAX } from '../board.ts';
import { created, deleted, updated, type Change } from '../changes.ts';
import type { Task, Timestamp } from '../model.ts';
import { matchKey } from '../text.ts';
import type { SmallRoles, SurveySource } from '../vocabulary.ts';
import type { Respondent } from './build.ts';
import { responseId, storedKey, type SurveyImport, type SurveyResponse, type SurveyState } from './model.ts';
import type { SurveyResults } from './results.ts';

/** The first round's id: every survey has it; follow-ups get "r2", "r3" … */
export const FIRST_ROUND = 'r1';

/** What the staff survey asks besides the hours per task. */
export type SurveyQuestions = SurveyState['questions'];

/** Hours per week, the core mission asked; contracted hours and comments not. */
export const DEFAULT_QUESTIONS: SurveyQuestions = { unit: 'hours', contract: false, mission: true, comments: false };

/** The survey state of an analysis that has none stored yet. */
export function emptySurveyState(analysisId: string, now: Timestamp): SurveyState {
  return {
    id: analysisId,
    analysisId,
    rounds: [{ id: FIRST_ROUND, kind: 'first', name: '', startedAt: now }],
    round: FIRST_ROUND,
    questions: DEFAULT_QUESTIONS,
    swotPrompts: [],
    smallRoles: 'merge',
    frozen: null,
    rev: 1,
    updatedAt: now,
  };
}

/** The round new answers go to. */
export function currentRound(state: SurveyState | null): string {
  return state?.round ?? FIRST_ROUND;
}

/**
 * The key a respondent's answers are stored under in a round: a later round's
 * keys carry the round, so the same respondent id in a follow-up is a new
 * answer rather than a replacement of the first round's.
 */
export function roundKey(round: string, key: string): string {
  return round === FIRST_ROUND ? key : `${round}/${key}`;
}

/** One respondent's answers as a collection path hands them over (paper, kiosk, phone). */
export interface NewAnswer {
  /** Anonymous and unique within the source and round: a form number, a count; never a name. */
  key: string;
  source: SurveySource;
  role: string;
  mission: string;
  contractHours: number | null;
  comment: string;
  /** Hours per week by task id; 0 h and blanks left out. */
  hours: readonly { taskId: string; hours: number }[];
}

/** The id answers of `key` from `source` are stored under in `round`. */
export function answerId(analysisId: string, round: string, source: SurveySource, key: string): string {
  return responseId(analysisId, roundKey(round, source === 'file' ? key : `${source}:${key}`));
}

function record(
  analysisId: string,
  round: string,
  importId: string | null,
  id: string,
  answer: NewAnswer,
  before: SurveyResponse | undefined,
  now: Timestamp,
): SurveyResponse {
  // The stored key is what the id is made from (see the registry's idOf), without the analysis.
  const key = id.slice(analysisId.length + 1);
  return {
    id,
    analysisId,
    round,
    source: answer.source,
    importId,
    key,
    role: answer.role,
    mission: answer.mission,
    contractHours: answer.contractHours,
    comment: answer.comment,
    hours: [...answer.hours],
    rev: (before?.rev ?? 0) + 1,
    updatedAt: now,
  };
}

/** Takes the answers out of the results frozen when the answers per person were deleted: new answers count again. */
function thawed(analysisId: string, state: SurveyState | null, now: Timestamp): Change[] {
  if (state === null) return [created('surveys', emptySurveyState(analysisId, now))];
  return state.frozen === null ? [] : [updated('surveys', state, { ...state, frozen: null })];
}

/**
 * Stores answers from paper, the kiosk or a phone in the current round: an
 * answer already stored under the same key is replaced. `existing[i]` is
 * what is stored under the id of `answers[i]` (answerId).
 */
export function saveAnswers(
  analysisId: string,
  state: SurveyState | null,
  answers: readonly NewAnswer[],
  existing: readonly (SurveyResponse | undefined)[],
  now: Timestamp,
): Change[] {
  const round = currentRound(state);
  const responses = answers.map((a, i): Change => {
    const before = existing[i];
    const after = record(analysisId, round, null, answerId(analysisId, round, a.source, a.key), a, before, now);
    return before ? updated('surveyResponses', before, after) : created('surveyResponses', after);
  });
  return [...thawed(analysisId, state, now), ...responses];
}

/** A new import as the importer hands it over. */
export interface NewImport {
  id: string;
  analysisId: string;
  fileName: string;
  report: SurveyImport['report'];
  /** The file's respondents, answering by task title. */
  respondents: readonly Respondent[];
  /** The file's tasks, in its order. */
  tasks: readonly string[];
  /** The round the answers go to: the survey's current round. */
  round: string;
}

/** The ids the respondents of an import are stored under. */
export function responseIds(input: Pick<NewImport, 'id' | 'analysisId' | 'respondents' | 'round'>): string[] {
  return input.respondents.map((r) => answerId(input.analysisId, input.round, 'file', storedKey(input.id, r.key)));
}

/**
 * The analysis's task for each title, making a task for each title on no
 * task (titles longer than a task's are shortened with "…").
 */
export function tasksForTitles(
  analysisId: string,
  titles: readonly string[],
  tasks: readonly Task[],
  newId: () => string,
  now: Timestamp,
): { idOf: ReadonlyMap<string, string>; made: Task[] } {
  const byKey = new Map<string, string>();
  for (const t of tasks) if (t.analysisId === analysisId && !byKey.has(matchKey(t.title))) byKey.set(matchKey(t.title), t.id);
  const idOf = new Map<string, string>();
  const made: Task[] = [];
  for (const title of titles) {
    const key = matchKey(title);
    let id = byKey.get(key);
    if (id === undefined) {
      const tidy = title.trim().replace(/\s+/g, ' ');
      const shown = tidy.length > TASK_TITLE_MAX ? `${tidy.slice(0, TASK_TITLE_MAX - 1)}…` : tidy;
      id = newId();
      // A millisecond apart, in the file's order: the survey lists tasks by when they were made.
      const at = Date.parse(now) + made.length;
      const createdAt = made.length === 0 || !Number.isFinite(at) ? now : new Date(at).toISOString();
      made.push({ id, rev: 1, updatedAt: now, analysisId, title: shown, notes: '', createdAt });
      byKey.set(key, id);
    }
    idOf.set(title, id);
  }
  return { idOf, made };
}

/**
 * Stores a file's respondents in the import's round: a respondent id already
 * stored there is replaced, new ones are added, the file's titles on no task
 * become tasks. Results frozen by deleting the answers earlier give way to
 * the new answers. `existing[i]` is what is stored under `responseIds(input)[i]`;
 * `tasks` are the analysis's tasks.
 */
export function importAnswers(
  input: NewImport,
  state: SurveyState | null,
  existing: readonly (SurveyResponse | undefined)[],
  tasks: readonly Task[],
  newId: () => string,
  now: Timestamp,
): Change[] {
  const ids = responseIds(input);
  const titles = new Set(input.tasks);
  for (const r of input.respondents) for (const h of r.hours) titles.add(h.task);
  const { idOf, made } = tasksForTitles(input.analysisId, [...titles], tasks, newId, now);
  const responses = input.respondents.map((r, i): Change => {
    const before = existing[i];
    // Two titles of one task (case or spacing apart) are one answer with both their hours.
    const byTask = new Map<string, number>();
    for (const h of r.hours) {
      const taskId = idOf.get(h.task) ?? '';
      byTask.set(taskId, (byTask.get(taskId) ?? 0) + h.hours);
    }
    const answer: NewAnswer = {
      key: storedKey(input.id, r.key),
      source: 'file',
      role: r.role,
      mission: r.mission,
      contractHours: r.contractHours ?? null,
      comment: r.comment ?? '',
      hours: [...byTask].map(([taskId, hours]) => ({ taskId, hours })),
    };
    const after = record(input.analysisId, input.round, input.id, ids[i] ?? '', answer, before, now);
    return before ? updated('surveyResponses', before, after) : created('surveyResponses', after);
  });
  const importRecord: SurveyImport = {
    id: input.id,
    analysisId: input.analysisId,
    fileName: input.fileName,
    importedAt: now,
    respondents: input.respondents.length,
    replaced: existing.filter(Boolean).length,
    report: input.report,
    rev: 1,
    updatedAt: now,
  };
  // Tasks before the answers that name them, so that undoing or replaying in order never leaves a dangling answer.
  return [...made.map((t) => created('tasks', t)), ...thawed(input.analysisId, state, now), ...responses, created('surveyImports', importRecord)];
}

/** Deletes the respondents' answers and keeps the results as they are now (their tombstones keep a file from bringing them back). */
export function deleteAnswers(
  analysisId: string,
  state: SurveyState | null,
  responses: readonly SurveyResponse[],
  frozen: { results: SurveyResults; threshold: number },
  now: Timestamp,
): Change[] {
  const next: SurveyState = { ...(state ?? emptySurveyState(analysisId, now)), frozen: { ...frozen, at: now } };
  return [state ? updated('surveys', state, next) : created('surveys', next), ...responses.map((r) => deleted('surveyResponses', r))];
}

/** How roles under the privacy threshold are shown. */
export function setSmallRoles(analysisId: string, state: SurveyState | null, smallRoles: SmallRoles, now: Timestamp): Change[] {
  if (state?.smallRoles === smallRoles) return [];
  const next: SurveyState = { ...(state ?? emptySurveyState(analysisId, now)), smallRoles };
  return [state ? updated('surveys', state, next) : created('surveys', next)];
}

/** What the survey asks besides the hours per task. */
export function setQuestions(analysisId: string, state: SurveyState | null, questions: SurveyQuestions, now: Timestamp): Change[] {
  const before = state?.questions;
  if (
    before &&
    before.unit === questions.unit &&
    before.contract === questions.contract &&
    before.mission === questions.mission &&
    before.comments === questions.comments
  )
    return [];
  const next: SurveyState = { ...(state ?? emptySurveyState(analysisId, now)), questions: { ...questions } };
  return [state ? updated('surveys', state, next) : created('surveys', next)];
}
