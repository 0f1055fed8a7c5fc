import { useMemo } from 'react';
import type { Role } from '../../shared/model.ts';
import { VIEW_RULES, type PresenterView } from '../../shared/presenter.ts';
import type { RoleResult } from '../../shared/survey/results.ts';
import { matchKey } from '../../shared/text.ts';
import type { Live } from '../db/live.ts';
import type { SurveyData } from '../db/surveyRepository.ts';
import { useT } from '../i18n/i18n.ts';
import { useServices } from '../store/context.ts';
import { useRoles, useSettings } from '../store/queries.ts';
import { useLive } from '../store/useLive.ts';
import { surveyModelOf } from '../survey/useSurvey.ts';

/** A survey result is a role's when it bears its name or merges it (small roles in "Övriga"). */
function resultOf(results: readonly RoleResult[], role: Role): RoleResult | undefined {
  const name = matchKey(role.name);
  return results.find((r) => matchKey(r.name) === name || r.roles.some((n) => matchKey(n) === name));
}

/**
 * The survey result the room sees for `lane`: the lane's role's, else (no
 * lane, or a role without answers) the first role's that has one, else the
 * first result. Undefined when there are no results.
 */
export function surveyResultFor(results: readonly RoleResult[], roles: readonly Role[], lane: string | null): RoleResult | undefined {
  const role = roles.find((r) => r.id === lane);
  const own = role ? resultOf(results, role) : undefined;
  if (own) return own;
  const first = surveyLanes(results, roles)[0];
  return (first ? resultOf(results, first) : undefined) ?? results[0];
}

/** The roles ↑ ↓ go through on the survey results: one per result that a role of the analysis leads to, in the roles' order. */
export function surveyLanes(results: readonly RoleResult[], roles: readonly Role[]): Role[] {
  const seen = new Set<RoleResult>();
  return roles.filter((role) => {
    const result = resultOf(results, role);
    if (!result || seen.has(result)) return false;
    seen.add(result);
    return true;
  });
}

const NOTHING: Live<null> = {
  subscribe(observer) {
    observer.next(null);
    return { unsubscribe() {} };
  },
  peek: () => null,
};

/**
 * The roles the projection of `view` goes through with ↑ ↓ and offers in the
 * projector bar: every role on the board, the roles with survey results on
 * the survey, none in a view not shown by role. The survey is read only
 * while it is the view projected.
 */
export function useRoomLanes(analysisId: string, view: PresenterView): Role[] {
  const { repos } = useServices();
  const { t } = useT();
  const roles = useRoles(analysisId);
  const settings = useSettings();
  const onSurvey = view === 'survey';
  const survey = useLive<SurveyData | null>(() => (onSurvey ? repos.survey.live(analysisId) : NOTHING), [repos, analysisId, onSurvey]);
  const otherName = t('survey.others');
  return useMemo(() => {
    if (!roles || !VIEW_RULES[view].byRole) return [];
    if (view !== 'survey') return roles;
    if (!survey) return [];
    return surveyLanes(surveyModelOf(survey, roles, settings, otherName).results.roles, roles);
  }, [roles, view, survey, settings, otherName]);
}
