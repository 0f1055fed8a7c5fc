import type { CsvValue } from '../csvWrite.ts';
import type { SurveyResults } from './results.ts';

/** Column headings and the name of the per-role total row, in the user's language. */
export interface ResultsCsvLabels {
  role: string;
  task: string;
  respondents: string;
  doing: string;
  mean: string;
  median: string;
  team: string;
  total: string;
}

/**
 * The survey results as CSV rows: one per task and role (or merged group),
 * then the role's total. Only what the results view shows: roles under the
 * privacy threshold stay merged or hidden, and nothing a single respondent
 * wrote (core missions, answers) is included.
 */
export function resultsCsvRows(results: SurveyResults, labels: ResultsCsvLabels): CsvValue[][] {
  const rows: CsvValue[][] = [[labels.role, labels.task, labels.respondents, labels.doing, labels.mean, labels.median, labels.team]];
  for (const role of results.roles) {
    for (const t of role.tasks) {
      if (t.doing === 0) continue;
      rows.push([role.name, t.task, role.respondents, t.doing, t.mean, t.median, t.team]);
    }
    rows.push([
      role.name,
      labels.total,
      role.respondents,
      null,
      role.respondents > 0 ? role.team / (role.headcount ?? role.respondents) : 0,
      role.perPerson.median,
      role.team,
    ]);
  }
  return rows;
}
