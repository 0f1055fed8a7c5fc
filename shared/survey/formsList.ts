/**
 * The staff survey as questions for the organisation's own survey tool
 * (Microsoft Forms), and as an answer template. Each question's title is the
 * column header the tool's export will carry, and each title has a form the
 * importer's column guess (mapping.ts) recognises, so a Forms export of these
 * questions imports with no column to change. Pure: the titles' words come in
 * as strings, in the UI language.
 */
import { byOrder } from '../items.ts';
import { HOURS_IN_WEEK } from './values.ts';
import type { SurveyQuestions } from './answers.ts';
import type { SurveyTask } from './tasks.ts';

/** The words the titles are made of (see renderer/i18n/forms.*.ts). */
export interface FormsTitles {
  /** The template's first column, an anonymous number per answer: "Svars-id". */
  respondent: string;
  /** "Yrkesroll". */
  role: string;
  /** "Beskriv ditt grunduppdrag". */
  mission: string;
  /** Before each task when asking hours: "Timmar per vecka" (then ": " and the task). */
  hoursPrefix: string;
  /** Before each task when asking percent: "% av veckan". */
  percentPrefix: string;
  /** "Avtalad tid (timmar per vecka)", asked with hours. */
  contractHours: string;
  /** "Sysselsättningsgrad (%)", asked with percent. */
  contractPercent: string;
  /** "Övriga kommentarer". */
  comment: string;
}

/** Highest answer a task's number question allows: a week's working hours, or the whole week in percent. */
export const FORMS_MAX = { hours: 60, percent: 100 } as const;

/** One question as it is to be made in the survey tool. */
export type FormsQuestion =
  | { kind: 'choice'; title: string; choices: string[]; required: true }
  | { kind: 'number'; title: string; min: number; max: number; required: boolean; task?: { taskId: string; roles: string[] } }
  | { kind: 'text'; title: string; long: boolean; required: false };

/**
 * The questions in order: the role (a choice of the analysis's roles, in their order), one
 * number question per task (those asked of no role too, as the board lists
 * them), then the contract, the core mission and comments as chosen.
 */
export function formsQuestions(
  tasks: readonly SurveyTask[],
  roles: readonly { id: string; name: string; order: string }[],
  questions: SurveyQuestions,
  s: FormsTitles,
): FormsQuestion[] {
  const nameOf = new Map(roles.map((r) => [r.id, r.name]));
  const prefix = questions.unit === 'percent' ? s.percentPrefix : s.hoursPrefix;
  const list: FormsQuestion[] = [{ kind: 'choice', title: s.role, choices: [...roles].sort(byOrder).map((r) => r.name), required: true }];
  const seen = new Set<string>();
  for (const task of tasks) {
    // Two tasks of one title would be one column twice: the importer adds them up, but Forms refuses neither, so ask once.
    const title = `${prefix}: ${task.title.trim().replace(/\s+/g, ' ')}`;
    if (seen.has(title.toLowerCase())) continue;
    seen.add(title.toLowerCase());
    list.push({
      kind: 'number',
      title,
      min: 0,
      max: FORMS_MAX[questions.unit],
      required: false,
      task: { taskId: task.taskId, roles: task.roleIds.flatMap((id) => nameOf.get(id) ?? []) },
    });
  }
  if (questions.contract) {
    list.push(
      questions.unit === 'percent'
        ? { kind: 'number', title: s.contractPercent, min: 0, max: 100, required: false }
        : { kind: 'number', title: s.contractHours, min: 0, max: HOURS_IN_WEEK, required: false },
    );
  }
  if (questions.mission) list.push({ kind: 'text', title: s.mission, long: true, required: false });
  if (questions.comments) list.push({ kind: 'text', title: s.comment, long: true, required: false });
  return list;
}

/** The answer template's header: an anonymous answer number, then every question's title. */
export function templateHeader(list: readonly FormsQuestion[], s: Pick<FormsTitles, 'respondent'>): string[] {
  return [s.respondent, ...list.map((q) => q.title)];
}
