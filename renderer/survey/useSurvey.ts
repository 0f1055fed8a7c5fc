import { useMemo } from 'react';
import type { Role, Settings, Task } from '../../shared/model.ts';
import { matchKey as key } from '../../shared/text.ts';
import { currentRound } from '../../shared/survey/answers.ts';
import type { SurveyImport, SurveyResponse, SurveyState } from '../../shared/survey/model.ts';
import { surveyResults, type Answers, type SurveyResults } from '../../shared/survey/results.ts';
import { storedPercentBasis, type PercentBasis } from '../../shared/survey/percentBasis.ts';
import { useRoles, useSettings } from '../store/queries.ts';
import { useServices } from '../store/context.ts';
import { useLive } from '../store/useLive.ts';

/** The analysis role of a survey role name (case and spacing aside). */
export function roleNamed(roles: readonly Role[], name: string): Role | undefined {
  return roles.find((r) => key(r.name) === key(name));
}

export interface SurveyModel {
  state: SurveyState | null;
  imports: SurveyImport[];
  /** The current round's answers, each task by its id (a merged task's answers under the task it went into). */
  respondents: (Answers & { key: string })[];
  /** The round shown and collected into. */
  round: string;
  roles: Role[];
  settings: Settings;
  /** What the results view shows: privacy applied (or frozen results, once the answers are deleted). */
  results: SurveyResults;
  /** Each survey role on its own, for seeding the board (null once the answers are deleted). */
  perRole: SurveyResults | null;
  /** Role names in the order they first appeared. */
  roleOrder: string[];
  /** How the round's percent-of-week answers became hours (null when none are in percent). */
  percentBasis: PercentBasis | null;
}

/** What the survey's stored data amounts to: respondents, and results with the privacy rule applied. Pure. */
export function surveyModelOf(
  data: { state: SurveyState | null; imports: SurveyImport[]; responses: SurveyResponse[]; tasks: Task[] },
  roles: Role[],
  settings: Settings,
  otherName: string,
): SurveyModel {
  const round = currentRound(data.state);
  // A task merged into another answers for it; an answer to a task deleted since counts for nothing.
  const into = new Map<string, string>();
  for (const t of data.tasks) for (const m of t.merged ?? []) into.set(m, t.id);
  const respondents = data.responses
    .filter((r) => r.round === round)
    .map((r) => ({ key: r.key, role: r.role, mission: r.mission, hours: r.hours.map((h) => ({ taskId: into.get(h.taskId) ?? h.taskId, hours: h.hours })) }));
  const roleOrder = [...new Set(respondents.map((r) => r.role))];
  // Survey roles follow the order of the analysis's roles where they match one, then as they came.
  const rank = (name: string) => {
    const i = roles.findIndex((r) => key(r.name) === key(name));
    return i < 0 ? roles.length : i;
  };
  roleOrder.sort((a, b) => rank(a) - rank(b));
  // The analysis's tasks in the order they were added, as the survey lists them.
  const tasks = [...data.tasks]
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.title.localeCompare(b.title, 'sv')))
    .map((t) => ({ taskId: t.id, title: t.title }));
  const headcount = (name: string) => {
    const count = roleNamed(roles, name)?.headcount ?? 0;
    return count > 0 ? count : null;
  };
  const frozen = data.state?.frozen ?? null;
  const results = frozen
    ? frozen.results
    : surveyResults(respondents, roleOrder, tasks, { threshold: settings.privacyThreshold, small: data.state?.smallRoles ?? 'merge', otherName, headcount });
  const perRole = frozen ? null : surveyResults(respondents, roleOrder, tasks, { threshold: 1, small: 'hide', otherName, headcount });
  const fullTime = (role: string) => roleNamed(roles, role)?.fullTimeHours ?? settings.defaultFullTimeHours;
  const percentBasis = frozen ? null : storedPercentBasis(data.responses, data.imports, round, fullTime);
  return { state: data.state, imports: data.imports, respondents, round, roles, settings, results, perRole, roleOrder, percentBasis };
}

/** The survey of an analysis with its results, following the database. */
export function useSurvey(analysisId: string, otherName: string): SurveyModel | undefined {
  const { repos } = useServices();
  const data = useLive(() => repos.survey.live(analysisId), [repos, analysisId]);
  const roles = useRoles(analysisId);
  const settings = useSettings();
  return useMemo(() => (data && roles ? surveyModelOf(data, roles, settings, otherName) : undefined), [data, roles, settings, otherName]);
}
