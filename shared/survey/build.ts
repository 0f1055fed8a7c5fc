import { matchKey, tidy } from '../text.ts';
import type { Mapping } from './mapping.ts';
import type { RawTable } from './table.ts';
import { HOURS_IN_WEEK, parseHours, type ValueProblem } from './values.ts';

/** A cell that is a plain number of up to three digits, e.g. "2", "2,5" or "12.25" (no spaces, signs or units). */
const PLAIN_HOURS = /^\d{1,3}([.,]\d{1,6})?$/;
/** Distinct cell texts whose values are remembered while a file is read (a hostile file may hold a million). */
const PLAIN_VALUES_KEPT = 10_000;

/** Hours per week on one task. */
export interface TaskHours {
  task: string;
  hours: number;
}

/**
 * One respondent's answers: hours per week on each task answered with more
 * than 0 h. A title may be any text, "constructor" or "__proto__" too, so it
 * is a value in the list, never a key of an object.
 */
export interface Respondent {
  /** The file's respondent id, or "row N" when the file has none. */
  key: string;
  role: string;
  mission: string;
  hours: TaskHours[];
  /** The person's contracted hours per week, when the file has them. */
  contractHours?: number | null;
  /** The person's free-text comments, when the file has them. */
  comment?: string;
  /** The file row(s) the answers came from. */
  lines: number[];
}

/** A respondent's hours by task title (a title listed twice counts with both its hours). */
export function hoursByTask(hours: readonly TaskHours[]): Map<string, number> {
  const byTask = new Map<string, number>();
  for (const { task, hours: h } of hours) byTask.set(task, (byTask.get(task) ?? 0) + h);
  return byTask;
}

/** A respondent's hours over all tasks. */
export function totalHours(hours: readonly TaskHours[]): number {
  let total = 0;
  for (const h of hours) total += h.hours;
  return total;
}

/** A cell that was not imported, and why. */
export interface CellIssue {
  line: number;
  column: string;
  value: string;
  problem: ValueProblem | 'noRole';
}

/** A respondent whose week adds up to more than 1.25 × the role's full time: imported, but worth a check. */
export interface OverFullWeek {
  key: string;
  /** The respondent's first row in the file. */
  line: number;
  role: string;
  total: number;
  limit: number;
}

/**
 * How percent-of-week answers were turned into hours: on the person's own
 * contracted hours (`own` respondents), else on the role's full-time week
 * (`fullTime` respondents, whose roles' full-time weeks are `fullTimeHours`).
 */
export interface PercentBasis {
  own: number;
  fullTime: number;
  /** The distinct full-time weeks used, smallest first. */
  fullTimeHours: number[];
}

export interface SurveyBuild {
  respondents: Respondent[];
  /** Null when the answers are in hours. */
  percentBasis: PercentBasis | null;
  /** Task titles in the order they first appear. */
  tasks: string[];
  /** Role names in the order they first appear. */
  roles: string[];
  issues: CellIssue[];
  overFull: OverFullWeek[];
}

export const OVER_FULL_FACTOR = 1.25;

/** Task titles are the same task when they match apart from case and spacing. */
export const taskKey = matchKey;

/** A percent contract column's values at or under this are a share written as a fraction ("0,75" for 75 %). */
const FRACTION_MAX = 1;

/**
 * A contract cell as hours per week: hours as they are, a sysselsättningsgrad
 * (percent, or a fraction such as 0,75) on the role's full-time week.
 */
export function contractHoursOf(
  raw: string,
  unit: 'hours' | 'percent',
  fullTime: number,
): { ok: true; hours: number | null } | { ok: false; problem: ValueProblem } {
  if (raw.trim() === '') return { ok: true, hours: null };
  if (unit === 'hours') {
    const parsed = parseHours(raw, 'hours', fullTime);
    return parsed.ok ? { ok: true, hours: parsed.hours > 0 ? parsed.hours : null } : parsed;
  }
  const parsed = parseHours(raw, 'percent', 100);
  if (!parsed.ok) return parsed;
  const share = parsed.hours <= FRACTION_MAX && !raw.includes('%') ? parsed.hours : parsed.hours / 100;
  return { ok: true, hours: share > 0 ? share * fullTime : null };
}

/**
 * Reads the respondents out of a mapped table. Every cell that is not a
 * sensible time is listed (and left out); a row without a role is listed
 * and left out. `fullTimeHours` gives the full-time week of a role by name
 * (for percent and for the over-full check).
 */
export function buildSurvey(table: RawTable, mapping: Mapping, fullTimeHours: (role: string) => number): SurveyBuild {
  const col = (kind: Mapping['columns'][number]['kind']) => mapping.columns.findIndex((c) => c.kind === kind);
  const respondentCol = col('respondent');
  const roleCol = col('role');
  const missionCol = col('mission');
  const taskNameCol = col('taskName');
  const timeCol = col('time');
  const commentCol = col('comment');
  const contractHoursCol = col('contractHours');
  const contractCol = contractHoursCol >= 0 ? contractHoursCol : col('contractPercent');
  const contractUnit = contractHoursCol >= 0 ? 'hours' : 'percent';
  const unit = mapping.unit;
  // Percent answers are summed as percent and turned into hours at the end, on the person's own
  // contracted hours when the file has them (also when they come on a later row of a long file).
  const scale = unit === 'percent' ? 100 : 0;

  const byKey = new Map<string, Respondent>();
  // Hours are summed per task index into plain arrays, and turned into records at the end:
  // growing 50,000 objects key by key is far slower.
  const sums = new Map<Respondent, number[]>();
  const taskIndex = new Map<string, number>();
  const indexOf = (title: string) => {
    let i = taskIndex.get(title);
    if (i === undefined) {
      i = taskIndex.size;
      taskIndex.set(title, i);
    }
    return i;
  };
  const titles = new Map<string, string>();
  const roles = new Map<string, string>();
  const roleSpelling = new Map<string, string>();
  const fullTimeOf = new Map<string, number>();
  const issues: CellIssue[] = [];
  // A survey's answers repeat a few dozen texts ("2,5", "1", "0,5" …): each is read once, not once
  // per cell (a copy with a point, then a number parse, for every one of a million cells).
  const plainValues = new Map<string, number>();
  /** A plain number cell's value; NaN for any other text (read by parseHours). */
  const plainValue = (raw: string): number => {
    let value = plainValues.get(raw);
    if (value === undefined) {
      value = PLAIN_HOURS.test(raw) ? Number(raw.replace(',', '.')) : NaN;
      if (plainValues.size < PLAIN_VALUES_KEPT) plainValues.set(raw, value);
    }
    return value;
  };
  const cell = (row: readonly string[], i: number) => (i < 0 ? '' : (row[i] ?? '').trim());
  // The title a task is stored under: the first spelling seen of titles that match (see taskKey).
  const spelling = new Map<string, string>();
  const titleOf = (title: string) => {
    let known = spelling.get(title);
    if (known === undefined) {
      const key = taskKey(title);
      if (!titles.has(key)) titles.set(key, tidy(title));
      known = titles.get(key) ?? title;
      spelling.set(title, known);
    }
    return known;
  };

  // A wide file's task columns, each with its stored title (a file lists every task in its header,
  // also those nobody reported time on).
  const taskCols = mapping.columns.flatMap((c, i) => {
    if (c.kind !== 'task') return [];
    const title = (c.title ?? table.header[i] ?? '').trim();
    return [{ i, task: title === '' ? -1 : indexOf(titleOf(title)) }];
  });

  table.rows.forEach((row, r) => {
    const line = table.lines[r] ?? r + 2;
    const roleRaw = cell(row, roleCol);
    if (roleRaw === '') {
      issues.push({ line, column: table.header[roleCol] ?? '', value: '', problem: 'noRole' });
      return;
    }
    let role = roleSpelling.get(roleRaw);
    if (role === undefined) {
      const roleText = tidy(roleRaw);
      const roleKey = matchKey(roleText);
      if (!roles.has(roleKey)) roles.set(roleKey, roleText);
      role = roles.get(roleKey) ?? roleText;
      roleSpelling.set(roleRaw, role);
    }
    let fullTime = fullTimeOf.get(role);
    if (fullTime === undefined) {
      fullTime = fullTimeHours(role);
      fullTimeOf.set(role, fullTime);
    }
    const key = cell(row, respondentCol) || `#${line}`;
    let respondent = byKey.get(key);
    if (!respondent) {
      respondent = { key, role, mission: '', hours: [], lines: [], contractHours: null, comment: '' };
      byKey.set(key, respondent);
    }
    respondent.lines.push(line);
    const mission = cell(row, missionCol);
    if (mission !== '' && respondent.mission === '') respondent.mission = mission;
    const comment = cell(row, commentCol);
    if (comment !== '' && respondent.comment === '') respondent.comment = comment;
    const contractRaw = cell(row, contractCol);
    if (contractRaw !== '' && respondent.contractHours == null) {
      const contract = contractHoursOf(contractRaw, contractUnit, fullTime);
      if (!contract.ok) issues.push({ line, column: table.header[contractCol] ?? '', value: contractRaw, problem: contract.problem });
      else respondent.contractHours = contract.hours;
    }

    let hours = sums.get(respondent);
    if (!hours) {
      hours = [];
      sums.set(respondent, hours);
    }
    const into = hours;
    const add = (task: number, raw: string, column: number) => {
      // The common case first: a blank, or a plain number such as "2,5" read before.
      if (raw === '') return;
      let value = plainValue(raw);
      if (unit === 'percent') value = value > 100 ? NaN : value;
      else if (value > HOURS_IN_WEEK) value = NaN;
      if (Number.isNaN(value)) {
        const parsed = parseHours(raw, unit, scale);
        if (!parsed.ok) {
          issues.push({ line, column: table.header[column] ?? '', value: raw, problem: parsed.problem });
          return;
        }
        value = parsed.hours;
      }
      if (value === 0 || task < 0) return;
      into[task] = (into[task] ?? 0) + value;
    };
    if (mapping.shape === 'long') {
      const name = cell(row, taskNameCol);
      add(name === '' ? -1 : indexOf(titleOf(name)), row[timeCol] ?? '', timeCol);
    } else for (const { i, task } of taskCols) add(task, row[i] ?? '', i);
  });

  const byIndex = [...taskIndex.keys()];
  let own = 0;
  const fullTimeUsed = new Set<number>();
  for (const [respondent, list] of sums) {
    const answered: TaskHours[] = [];
    let basis = 0;
    if (unit === 'percent') {
      const contract = respondent.contractHours ?? 0;
      if (contract > 0) {
        basis = contract;
        own++;
      } else {
        basis = fullTimeOf.get(respondent.role) ?? fullTimeHours(respondent.role);
        fullTimeUsed.add(basis);
      }
    }
    list.forEach((h, i) => {
      const task = byIndex[i];
      const hours = unit === 'percent' ? (h / 100) * basis : h;
      if (hours > 0 && task !== undefined) answered.push({ task, hours });
    });
    respondent.hours = answered;
  }
  const percentBasis: PercentBasis | null =
    unit === 'percent' ? { own, fullTime: sums.size - own, fullTimeHours: [...fullTimeUsed].sort((a, b) => a - b) } : null;

  const respondents = [...byKey.values()];
  const overFull = respondents.flatMap((r) => {
    const total = totalHours(r.hours);
    const limit = OVER_FULL_FACTOR * (fullTimeOf.get(r.role) ?? fullTimeHours(r.role));
    return total > limit ? [{ key: r.key, line: r.lines[0] ?? 0, role: r.role, total, limit }] : [];
  });
  return { respondents, percentBasis, tasks: [...titles.values()], roles: [...roles.values()], issues, overFull };
}
