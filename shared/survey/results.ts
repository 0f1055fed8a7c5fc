/**
 * One respondent's answers as results read them: hours per week by task id
 * (an import's titles are ids here before they are stored; see `byTitle`).
 */
export interface Answers {
  role: string;
  mission: string;
  hours: readonly { taskId: string; hours: number }[];
}

/** A task the results report on. */
export interface ResultTask {
  taskId: string;
  title: string;
}

/** Respondents of a file not yet stored, their titles standing for task ids. */
export function byTitle(
  respondents: readonly { role: string; mission: string; hours: readonly { task: string; hours: number }[] }[],
  titles: readonly string[],
) {
  return {
    answers: respondents.map((r): Answers => ({ role: r.role, mission: r.mission, hours: r.hours.map((h) => ({ taskId: h.task, hours: h.hours })) })),
    tasks: titles.map((t): ResultTask => ({ taskId: t, title: t })),
  };
}

function hoursByTask(hours: Answers['hours']): Map<string, number> {
  const byTask = new Map<string, number>();
  for (const { taskId, hours: h } of hours) byTask.set(taskId, (byTask.get(taskId) ?? 0) + h);
  return byTask;
}

function totalHours(hours: Answers['hours']): number {
  let total = 0;
  for (const h of hours) total += h.hours;
  return total;
}

/** How a role with fewer respondents than the privacy threshold is shown. */
export type { SmallRoles } from '../vocabulary.ts';
import type { SmallRoles } from '../vocabulary.ts';

export interface ResultOptions {
  /** Roles with fewer respondents than this are not shown on their own. */
  threshold: number;
  small: SmallRoles;
  /** The name of the group small roles merge into ("Övriga"). */
  otherName: string;
  /** People in a role (from the analysis), or null when not set. */
  headcount: (role: string) => number | null;
}

/** One task for one role (or group). Hours are per week. */
export interface TaskResult {
  /** The task's id (absent in results kept before answers named tasks by id). */
  taskId?: string;
  /** Its title. */
  task: string;
  /** Respondents who reported any time on it. */
  doing: number;
  /** Mean and median per person over all the role's respondents (a blank counts as 0). */
  mean: number;
  median: number;
  /** The team's hours: mean × headcount, or the sum of the answers when no headcount is set. */
  team: number;
}

export interface RoleResult {
  /** The role's name, or the group's ("Övriga"). */
  name: string;
  /** The roles in it: the role itself, or those merged into the group. */
  roles: string[];
  respondents: number;
  headcount: number | null;
  /** The team's hours over all tasks. */
  team: number;
  /** Spread of the respondents' own weekly totals. */
  perPerson: { min: number; median: number; max: number };
  tasks: TaskResult[];
  /** Core missions as written, blanks left out. */
  missions: string[];
}

export interface SurveyResults {
  roles: RoleResult[];
  /** Roles under the threshold that are not shown at all. */
  hidden: string[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function resultFor(name: string, roles: string[], people: readonly Answers[], tasks: readonly ResultTask[], headcount: number | null): RoleResult {
  const answers = people.map((p) => hoursByTask(p.hours));
  const taskResults = tasks.map(({ taskId, title }) => {
    const hours = answers.map((a) => a.get(taskId) ?? 0);
    const mean = people.length === 0 ? 0 : sum(hours) / people.length;
    return {
      taskId,
      task: title,
      doing: hours.filter((h) => h > 0).length,
      mean,
      median: median(hours),
      team: headcount !== null && headcount > 0 ? mean * headcount : sum(hours),
    };
  });
  const totals = people.map((p) => totalHours(p.hours));
  // Loops, not Math.min(...totals): spreading a quarter of a million respondents into a call overflows the stack.
  let min = totals[0] ?? 0;
  let max = totals[0] ?? 0;
  for (const total of totals) {
    if (total < min) min = total;
    if (total > max) max = total;
  }
  return {
    name,
    roles,
    respondents: people.length,
    headcount,
    team: sum(taskResults.map((t) => t.team)),
    perPerson: { min, median: median(totals), max },
    tasks: taskResults,
    missions: people.map((p) => p.mission.trim()).filter((m) => m !== ''),
  };
}

/**
 * Survey results per role, as workshop 1 shows them. A role with fewer
 * respondents than the threshold is merged into one "Övriga" group or
 * hidden; a group that is itself under the threshold is hidden too.
 */
export function surveyResults(
  respondents: readonly Answers[],
  roleOrder: readonly string[],
  tasks: readonly ResultTask[],
  options: ResultOptions,
): SurveyResults {
  const byRole = new Map<string, Answers[]>(roleOrder.map((r) => [r, []]));
  for (const r of respondents) {
    const list = byRole.get(r.role);
    if (list) list.push(r);
    else byRole.set(r.role, [r]);
  }
  const shown: RoleResult[] = [];
  const small: string[] = [];
  for (const [role, people] of byRole) {
    if (people.length === 0) continue;
    if (people.length < options.threshold) small.push(role);
    else shown.push(resultFor(role, [role], people, tasks, options.headcount(role)));
  }
  if (small.length === 0) return { roles: shown, hidden: [] };
  const people = small.flatMap((role) => byRole.get(role) ?? []);
  if (options.small === 'hide' || people.length < options.threshold) return { roles: shown, hidden: small };
  const counts = small.map((role) => options.headcount(role));
  const headcount = counts.every((c): c is number => c !== null && c > 0) ? sum(counts) : null;
  return { roles: [...shown, resultFor(options.otherName, small, people, tasks, headcount)], hidden: [] };
}
