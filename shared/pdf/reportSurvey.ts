/**
 * The survey results as the report and the handouts may show them: counts and
 * aggregates per role or merged group, with the privacy threshold applied. A
 * module of its own, so that the core-mission summary (shared/coreMissions.ts)
 * applies the same rule without importing the report's content.
 */
import type { SurveyResults } from '../survey/results.ts';

/** One role, or the group small roles were merged into, as the survey results show it. */
export interface SurveyGroup {
  /** The role's name, or the merged group's ("Övriga"). */
  name: string;
  /** The roles in it: the role itself, or those merged into the group. */
  roles: string[];
  respondents: number;
  /** People in the role(s), when set on the analysis. */
  headcount: number | null;
  /** Per task: respondents who reported time on it, mean hours per person, the team's hours per week. */
  tasks: { task: string; doing: number; mean: number; team: number }[];
}

/** The survey as the report may show it: counts and aggregates per group, nothing per person. */
export interface ReportSurvey {
  /** The privacy threshold: groups with fewer respondents are not shown on their own. */
  threshold: number;
  groups: SurveyGroup[];
  /** Roles not shown at all because they were under the threshold (names only). */
  hidden: string[];
}

/**
 * The survey results the report may show, from what the results view shows
 * (`surveyResults` with the privacy threshold and the small-roles choice, or
 * the frozen results): only counts and aggregates are kept (no core missions,
 * no per-person spread), and a group under `threshold` is moved to `hidden`.
 */
export function reportSurvey(results: SurveyResults, threshold: number): ReportSurvey {
  const shown = results.roles.filter((r) => r.respondents >= threshold);
  const under = results.roles.filter((r) => r.respondents < threshold).flatMap((r) => r.roles);
  return {
    threshold,
    groups: shown.map((r) => ({
      name: r.name,
      roles: [...r.roles],
      respondents: r.respondents,
      headcount: r.headcount,
      tasks: r.tasks.map((t) => ({ task: t.task, doing: t.doing, mean: t.mean, team: t.team })),
    })),
    hidden: [...results.hidden, ...under],
  };
}

/** Groups the report may show on their own: at or above the threshold, whatever the caller passed. */
export function shownGroups(survey: ReportSurvey): { groups: SurveyGroup[]; hidden: string[] } {
  const groups = survey.groups.filter((g) => g.respondents >= survey.threshold && g.respondents > 0);
  const dropped = survey.groups.filter((g) => !groups.includes(g)).flatMap((g) => g.roles);
  return { groups, hidden: [...new Set([...survey.hidden, ...dropped])] };
}
