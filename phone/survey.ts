/**
 * The survey on a phone: what a person types, and the answer sent. Hours per
 * task are read as the survey's import and the kiosk read a cell
 * (shared/survey/values.ts: decimal comma, 0–168 h, or 0–100 % of the week);
 * percent is turned into hours on the person's contracted hours when the
 * survey asks for them and they were given, else on the role's full-time
 * week (as shared/kiosk/answer.ts does). The contracted hours may be typed
 * as hours ("30") or as a sysselsättningsgrad ("75 %", "0,75"), which is a
 * share of the role's full-time week. Pure.
 */
import type { Activity, SurveySubmission } from '../shared/room/protocol.ts';
import { HOURS_IN_WEEK, parseHours, type ValueProblem } from '../shared/survey/values.ts';
import { PHONE_LIMITS } from './limits.ts';

export type SurveyActivity = Extract<Activity, { kind: 'survey' }>;
export type SurveyRole = SurveyActivity['roles'][number];

/** What the person has typed; values by task id, as typed. */
export interface SurveyDraft {
  role: string;
  values: Record<string, string>;
  contract: string;
  mission: string;
  comment: string;
}

export const emptySurveyDraft = (): SurveyDraft => ({ role: '', values: {}, contract: '', mission: '', comment: '' });

export type ContractProblem = ValueProblem | 'zero';

/** A contract of at most this, typed without "%", is a share written as a fraction ("0,75" for 75 %), as the survey's import reads it. */
const FRACTION_MAX = 1;

/**
 * The contracted hours typed: null when blank. Hours as typed ("30"); a
 * sysselsättningsgrad ("75 %", or a fraction such as "0,75") is that share of
 * the role's full-time week (shared/survey/build.ts reads a contract column so).
 */
export function readContract(typed: string, fullTimeHours: number): { ok: true; hours: number | null } | { ok: false; problem: ContractProblem } {
  const text = typed.trim();
  if (text === '') return { ok: true, hours: null };
  const read = text.endsWith('%') ? parseHours(text, 'percent', fullTimeHours) : parseHours(text, 'hours', HOURS_IN_WEEK);
  if (!read.ok) return read;
  if (read.hours === 0) return { ok: false, problem: 'zero' };
  return { ok: true, hours: !text.endsWith('%') && read.hours <= FRACTION_MAX ? read.hours * fullTimeHours : read.hours };
}

/** The week percentages are of: the contracted hours when asked and given, else the role's full-time week. */
export function weekOf(draft: SurveyDraft, activity: SurveyActivity, role: SurveyRole): number {
  if (!activity.questions.contract) return role.fullTimeHours;
  const contract = readContract(draft.contract, role.fullTimeHours);
  return contract.ok && contract.hours !== null ? contract.hours : role.fullTimeHours;
}

/** Each task field's problem, by task id (only those with one). */
export function valueProblems(draft: SurveyDraft, activity: SurveyActivity, role: SurveyRole): Map<string, ValueProblem> {
  const problems = new Map<string, ValueProblem>();
  for (const task of role.tasks) {
    const read = parseHours(draft.values[task.id] ?? '', activity.questions.unit, role.fullTimeHours);
    if (!read.ok) problems.set(task.id, read.problem);
  }
  return problems;
}

/** Hours per week per task (blanks and 0 left out), percent turned into hours on weekOf. */
export function hoursOf(draft: SurveyDraft, activity: SurveyActivity, role: SurveyRole): { taskId: string; hours: number }[] {
  const week = weekOf(draft, activity, role);
  const out: { taskId: string; hours: number }[] = [];
  for (const task of role.tasks) {
    const read = parseHours(draft.values[task.id] ?? '', activity.questions.unit, week);
    // A percent of a contract longer than the full-time week could pass 168 h only with absurd input; the room refuses it.
    if (read.ok && read.hours > 0) out.push({ taskId: task.id, hours: Math.min(read.hours, HOURS_IN_WEEK) });
  }
  return out;
}

/** The sum as typed (hours, or percent) for the running total; fields with a problem count 0. */
export function typedTotal(draft: SurveyDraft, activity: SurveyActivity, role: SurveyRole): number {
  let sum = 0;
  for (const task of role.tasks) {
    // Read on a 100-hour week, a percent comes back as itself.
    const read = parseHours(draft.values[task.id] ?? '', activity.questions.unit, 100);
    if (read.ok) sum += read.hours;
  }
  return sum;
}

export type SurveyProblem = { kind: 'role' } | { kind: 'values'; count: number } | { kind: 'contract'; problem: ContractProblem } | { kind: 'tooLong' };

/** The submission to send, or why not yet. Only the questions the survey asks are sent. */
export function surveySubmission(
  draft: SurveyDraft,
  activity: SurveyActivity,
  id: string,
): { ok: true; submission: SurveySubmission } | { ok: false; problem: SurveyProblem } {
  const role = activity.roles.find((r) => r.name === draft.role);
  if (role === undefined) return { ok: false, problem: { kind: 'role' } };
  const problems = valueProblems(draft, activity, role);
  if (problems.size > 0) return { ok: false, problem: { kind: 'values', count: problems.size } };
  const { questions } = activity;
  const contract = questions.contract ? readContract(draft.contract, role.fullTimeHours) : ({ ok: true, hours: null } as const);
  if (!contract.ok) return { ok: false, problem: { kind: 'contract', problem: contract.problem } };
  const mission = questions.mission ? draft.mission.trim() : '';
  const comment = questions.comments ? draft.comment.trim() : '';
  if (mission.length > PHONE_LIMITS.answerText || comment.length > PHONE_LIMITS.answerText) return { ok: false, problem: { kind: 'tooLong' } };
  return {
    ok: true,
    submission: {
      id,
      activityId: activity.id,
      kind: 'survey',
      role: role.name,
      hours: hoursOf(draft, activity, role),
      contractHours: contract.hours,
      mission,
      comment,
    },
  };
}
