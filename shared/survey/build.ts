import type { Mapping } from './mapping.ts';
import type { RawTable } from './table.ts';
import { parseHours, type ValueProblem } from './values.ts';

/** One respondent's answers: hours per week by task title (only tasks with more than 0 h). */
export interface Respondent {
  /** The file's respondent id, or "row N" when the file has none. */
  key: string;
  role: string;
  mission: string;
  hours: Record<string, number>;
  /** The file row(s) the answers came from. */
  lines: number[];
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
  role: string;
  total: number;
  limit: number;
}

export interface SurveyBuild {
  respondents: Respondent[];
  /** Task titles in the order they first appear. */
  tasks: string[];
  /** Role names in the order they first appear. */
  roles: string[];
  issues: CellIssue[];
  overFull: OverFullWeek[];
}

export const OVER_FULL_FACTOR = 1.25;

/** Task titles are the same task when they match apart from case and spacing. */
export function taskKey(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
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
  const taskCols = mapping.columns.flatMap((c, i) => (c.kind === 'task' ? [{ i, title: (c.title ?? table.header[i] ?? '').trim() }] : []));

  const byKey = new Map<string, Respondent>();
  const titles = new Map<string, string>();
  const roles = new Map<string, string>();
  const issues: CellIssue[] = [];
  const cell = (row: readonly string[], i: number) => (i < 0 ? '' : (row[i] ?? '').trim());
  const titleOf = (title: string) => {
    const key = taskKey(title);
    if (!titles.has(key)) titles.set(key, title.trim().replace(/\s+/g, ' '));
    return titles.get(key) ?? title;
  };

  table.rows.forEach((row, r) => {
    const line = table.lines[r] ?? r + 2;
    const roleText = cell(row, roleCol).replace(/\s+/g, ' ');
    if (roleText === '') {
      issues.push({ line, column: table.header[roleCol] ?? '', value: '', problem: 'noRole' });
      return;
    }
    const roleKey = roleText.toLocaleLowerCase('sv');
    if (!roles.has(roleKey)) roles.set(roleKey, roleText);
    const role = roles.get(roleKey) ?? roleText;
    const key = cell(row, respondentCol) || `#${line}`;
    let respondent = byKey.get(key);
    if (!respondent) {
      respondent = { key, role, mission: '', hours: {}, lines: [] };
      byKey.set(key, respondent);
    }
    respondent.lines.push(line);
    const mission = cell(row, missionCol);
    if (mission !== '' && respondent.mission === '') respondent.mission = mission;

    const add = (title: string, raw: string, column: number) => {
      const parsed = parseHours(raw, mapping.unit, fullTimeHours(role));
      if (!parsed.ok) {
        issues.push({ line, column: table.header[column] ?? '', value: raw, problem: parsed.problem });
        return;
      }
      if (parsed.hours === 0 || title === '') return;
      const t = titleOf(title);
      respondent.hours[t] = (respondent.hours[t] ?? 0) + parsed.hours;
    };
    if (mapping.shape === 'long') add(cell(row, taskNameCol), row[timeCol] ?? '', timeCol);
    else for (const { i, title } of taskCols) add(title, row[i] ?? '', i);
  });

  // A wide file lists every task in its header, also those nobody reported time on.
  if (mapping.shape === 'wide') for (const { title } of taskCols) if (title !== '') titleOf(title);

  const respondents = [...byKey.values()];
  const overFull = respondents.flatMap((r) => {
    const total = Object.values(r.hours).reduce((a, b) => a + b, 0);
    const limit = OVER_FULL_FACTOR * fullTimeHours(r.role);
    return total > limit ? [{ key: r.key, role: r.role, total, limit }] : [];
  });
  return { respondents, tasks: [...titles.values()], roles: [...roles.values()], issues, overFull };
}
