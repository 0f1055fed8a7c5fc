/**
 * One person's answer at the kiosk, as typed, and what is stored of it: the
 * hours per task checked as the survey's import checks a cell (decimal comma,
 * 0–168 h, or 0–100 % of the week), percent turned into hours with the
 * person's own contracted hours where the survey asks for them and they were
 * given, else the role's full-time week.
 */
import type { NewAnswer, SurveyQuestions } from '../survey/answers.ts';
import { HOURS_IN_WEEK, parseHours, type ValueProblem } from '../survey/values.ts';

/** What the person has typed so far. Values are the fields' text. */
export interface KioskDraft {
  /** The role's name, as the analysis names it (what the results group by). */
  role: string;
  /** The text typed per task id; a task not listed is blank (0 h). */
  values: Readonly<Record<string, string>>;
  contract: string;
  mission: string;
  comment: string;
}

export const EMPTY_DRAFT: KioskDraft = { role: '', values: {}, contract: '', mission: '', comment: '' };

/** Why the contracted hours cannot be used. */
export type ContractProblem = 'notNumber' | 'negative' | 'overWeek' | 'zero';

/** The contracted hours per week typed: null when blank, else the hours or why not. */
export function readContract(text: string): { ok: true; hours: number | null } | { ok: false; problem: ContractProblem } {
  if (text.trim() === '') return { ok: true, hours: null };
  const read = parseHours(text, 'hours', HOURS_IN_WEEK);
  if (!read.ok) return { ok: false, problem: read.problem === 'overHundredPercent' ? 'overWeek' : read.problem };
  return read.hours === 0 ? { ok: false, problem: 'zero' } : { ok: true, hours: read.hours };
}

/** What the answer is read with: the survey's questions and the role's full-time week. */
export interface AnswerContext {
  questions: SurveyQuestions;
  /** The tasks asked of the role, by id. */
  taskIds: readonly string[];
  fullTimeHours: number;
}

/** The week the percentages are of: the person's contracted hours where asked and given, else the full-time week. */
export function weekOf(draft: KioskDraft, context: AnswerContext): number {
  if (!context.questions.contract) return context.fullTimeHours;
  const contract = readContract(draft.contract);
  return contract.ok && contract.hours !== null ? contract.hours : context.fullTimeHours;
}

/** Each task field's problem, by task id (only those with one). */
export function valueProblems(draft: KioskDraft, context: AnswerContext): Map<string, ValueProblem> {
  const problems = new Map<string, ValueProblem>();
  for (const taskId of context.taskIds) {
    const read = parseHours(draft.values[taskId] ?? '', context.questions.unit, context.fullTimeHours);
    if (!read.ok) problems.set(taskId, read.problem);
  }
  return problems;
}

/** The hours per task in hours per week (percent turned into hours on the week of `weekOf`); blanks and 0 left out. */
export function hoursOf(draft: KioskDraft, context: AnswerContext): { taskId: string; hours: number }[] {
  const week = weekOf(draft, context);
  const out: { taskId: string; hours: number }[] = [];
  for (const taskId of context.taskIds) {
    const read = parseHours(draft.values[taskId] ?? '', context.questions.unit, week);
    if (read.ok && read.hours > 0) out.push({ taskId, hours: read.hours });
  }
  return out;
}

/** The sum of the fields as typed (hours, or percent), for the running total; fields with a problem count 0. */
export function typedTotal(draft: KioskDraft, context: AnswerContext): number {
  let sum = 0;
  for (const taskId of context.taskIds) {
    // Read on a 100-hour week, a percent comes back as itself.
    const read = parseHours(draft.values[taskId] ?? '', context.questions.unit, 100);
    if (read.ok) sum += read.hours;
  }
  return sum;
}

/**
 * The answer to store, or null while something typed cannot be used. Only the
 * questions the survey asks are kept (a text left from an earlier step of
 * this answer, on a question not asked, is not). `key` is anonymous.
 */
export function toNewAnswer(draft: KioskDraft, context: AnswerContext, key: string): NewAnswer | null {
  if (draft.role.trim() === '' || valueProblems(draft, context).size > 0) return null;
  const contract = context.questions.contract ? readContract(draft.contract) : ({ ok: true, hours: null } as const);
  if (!contract.ok) return null;
  return {
    key,
    source: 'kiosk',
    role: draft.role,
    mission: context.questions.mission ? draft.mission.trim() : '',
    contractHours: contract.hours,
    comment: context.questions.comments ? draft.comment.trim() : '',
    hours: hoursOf(draft, context),
  };
}
