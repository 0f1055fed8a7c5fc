/**
 * Paper survey forms typed in: what a cell of the entry grid may hold, a
 * grid row as the answer it stores, and a stored answer as a grid row again.
 * Pure: the grid (renderer/survey/paper/) checks each keystroke with these,
 * and the store saves the answers they make.
 *
 * A paper form is numbered per role ("Blankett 3 av 12"), so its answer is
 * stored under the role's id and the form number: two roles' form 3 are two
 * answers, and a role renamed keeps its forms.
 */
import { deleted, type Change } from '../changes.ts';
import type { Role } from '../model.ts';
import type { NewAnswer, SurveyQuestions } from './answers.ts';
import type { SurveyResponse } from './model.ts';

/** What one box of a paper form may hold: hours per week for one task, percent of the week, contracted hours. */
export const PAPER_LIMITS = {
  /** Hours per week for one task. */
  hours: 60,
  /** Percent of the week for one task. */
  percent: 100,
  /** Contracted hours per week. */
  contract: 60,
  /** A weekly total above this is shown as a question ("70 h – stämmer det?"). */
  weekHours: 60,
  /** The same for a survey in percent. */
  weekPercent: 100,
  /** The highest form number. */
  form: 9_999,
} as const;

/** Why a typed value is not used. */
export type CellProblem = 'notNumber' | 'negative' | 'tooLarge';

/** A typed value checked: a number (null for a blank box) or why not, with the largest allowed. */
export type CellCheck = { ok: true; value: number | null } | { ok: false; problem: CellProblem; max: number };

/** "2,5", "2.5", " 3 ", ",5": digits with at most one decimal comma or point. */
const DECIMAL = /^(\d{1,6}([.,]\d{0,6})?|[.,]\d{1,6})$/;

/** Checks one typed number: blank is no answer; decimal comma and point both read; 0 … `max`. */
export function checkValue(raw: string, max: number): CellCheck {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  if (/^-\s*[\d.,]/.test(text)) return { ok: false, problem: 'negative', max };
  if (!DECIMAL.test(text)) return { ok: false, problem: 'notNumber', max };
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, problem: 'notNumber', max };
  return value > max ? { ok: false, problem: 'tooLarge', max } : { ok: true, value };
}

/** A form number as typed: a whole number from 1, or null. */
export function parseFormNumber(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d{1,4}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= PAPER_LIMITS.form ? n : null;
}

/** The key a role's paper form is stored under (NewAnswer.key, with source 'paper'). */
export function paperKey(roleId: string, form: number): string {
  return `${roleId}#${form}`;
}

/** The form number of a stored paper answer of this role, or null when it is another role's or not paper. */
export function formOfResponse(response: Pick<SurveyResponse, 'key' | 'source'>, roleId: string): number | null {
  if (response.source !== 'paper') return null;
  // The stored key is "paper:<key>", after "<round>/" in a later round.
  const at = response.key.lastIndexOf(`paper:${roleId}#`);
  if (at < 0 || (at > 0 && response.key[at - 1] !== '/')) return null;
  return parseFormNumber(response.key.slice(at + `paper:${roleId}#`.length));
}

/** One row of the entry grid: one paper form, as typed. */
export interface PaperRow {
  /** The row's own id in the grid (not stored). */
  id: string;
  form: string;
  /** What is typed per task id. */
  values: Readonly<Record<string, string>>;
  contract: string;
  mission: string;
  comment: string;
}

/** What the grid shows about one row. */
export interface RowCheck {
  form: number | null;
  /** The form number box is filled but not a form number, or blank on a row with answers. */
  formProblem: 'missing' | 'notNumber' | null;
  /** Per task id, only the boxes that are not blank or are wrong. */
  cells: ReadonlyMap<string, CellCheck>;
  contract: CellCheck;
  /** The week's total in the survey's unit (hours, or percent). */
  total: number;
  /** The total is above what a week usually holds: shown as a question, never refused. */
  totalHigh: boolean;
  /** Nothing typed at all (the grid's empty last row). */
  empty: boolean;
  /** Every box can be used and the form has a number. */
  valid: boolean;
}

/** The limit of one task's box. */
export function taskLimit(questions: Pick<SurveyQuestions, 'unit'>): number {
  return questions.unit === 'percent' ? PAPER_LIMITS.percent : PAPER_LIMITS.hours;
}

/** Checks every box of a row against the survey's questions; `taskIds` are the role's tasks. */
export function checkRow(row: PaperRow, taskIds: readonly string[], questions: SurveyQuestions): RowCheck {
  const limit = taskLimit(questions);
  const cells = new Map<string, CellCheck>();
  let total = 0;
  let valid = true;
  let typed = false;
  for (const id of taskIds) {
    const raw = row.values[id] ?? '';
    if (raw.trim() === '') continue;
    typed = true;
    const check = checkValue(raw, limit);
    cells.set(id, check);
    if (check.ok) total += check.value ?? 0;
    else valid = false;
  }
  const contract = questions.contract ? checkValue(row.contract, PAPER_LIMITS.contract) : ({ ok: true, value: null } satisfies CellCheck);
  if (!contract.ok) valid = false;
  const texts =
    (questions.contract && row.contract.trim() !== '') || (questions.mission && row.mission.trim() !== '') || (questions.comments && row.comment.trim() !== '');
  const empty = !typed && !texts && row.form.trim() === '';
  const form = parseFormNumber(row.form);
  const formProblem = form !== null ? null : row.form.trim() !== '' ? 'notNumber' : empty ? null : 'missing';
  if (form === null) valid = false;
  const high = questions.unit === 'percent' ? PAPER_LIMITS.weekPercent : PAPER_LIMITS.weekHours;
  return { form, formProblem, cells, contract, total, totalHigh: total > high, empty, valid };
}

/** The form numbers typed on more than one row, each with the rows after its first that repeat it. */
export function repeatedForms(rows: readonly Pick<PaperRow, 'id' | 'form'>[]): Map<string, number> {
  const first = new Map<number, string>();
  const repeats = new Map<string, number>();
  for (const row of rows) {
    const form = parseFormNumber(row.form);
    if (form === null) continue;
    if (first.has(form)) repeats.set(row.id, form);
    else first.set(form, row.id);
  }
  return repeats;
}

/**
 * The answer a row stores, or null while it cannot be stored (a box is
 * wrong, the form has no number, or nothing is typed). Percent of the week is
 * turned into hours with the person's contracted hours when given, else the
 * role's full-time week. A blank box and 0 are left out.
 */
export function rowToAnswer(
  row: PaperRow,
  role: Pick<Role, 'id' | 'name' | 'fullTimeHours'>,
  taskIds: readonly string[],
  questions: SurveyQuestions,
): NewAnswer | null {
  const check = checkRow(row, taskIds, questions);
  if (!check.valid || check.empty || check.form === null) return null;
  const contractHours = check.contract.ok ? check.contract.value : null;
  const week = contractHours !== null && contractHours > 0 ? contractHours : role.fullTimeHours;
  const hours: { taskId: string; hours: number }[] = [];
  for (const id of taskIds) {
    const c = check.cells.get(id);
    if (!c?.ok || c.value === null || c.value === 0) continue;
    hours.push({ taskId: id, hours: questions.unit === 'percent' ? (c.value / 100) * week : c.value });
  }
  return {
    key: paperKey(role.id, check.form),
    source: 'paper',
    role: role.name,
    mission: questions.mission ? row.mission.trim() : '',
    contractHours,
    comment: questions.comments ? row.comment.trim() : '',
    hours,
  };
}

/**
 * A stored paper answer as a grid row again, its numbers written with `format`
 * (the UI's decimal comma); percent is reckoned back from the hours stored.
 */
export function responseToRow(
  response: SurveyResponse,
  form: number,
  role: Pick<Role, 'fullTimeHours'>,
  questions: SurveyQuestions,
  format: (n: number) => string,
): Omit<PaperRow, 'id'> {
  const week = response.contractHours !== null && response.contractHours > 0 ? response.contractHours : role.fullTimeHours;
  const values: Record<string, string> = {};
  for (const h of response.hours) {
    const value = questions.unit === 'percent' && week > 0 ? (h.hours / week) * 100 : h.hours;
    values[h.taskId] = format(Math.round(value * 100) / 100);
  }
  return {
    form: String(form),
    values,
    contract: response.contractHours === null ? '' : format(response.contractHours),
    mission: response.mission,
    comment: response.comment,
  };
}

/** Deletes stored answers (a paper form's row taken out of the grid). */
export function removeAnswers(responses: readonly SurveyResponse[]): Change[] {
  return responses.map((r) => deleted('surveyResponses', r));
}
