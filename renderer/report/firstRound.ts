import type { Role, Settings } from '../../shared/model.ts';
import { FIRST_ROUND } from '../../shared/survey/answers.ts';
import type { SurveyResults } from '../../shared/survey/results.ts';
import type { SurveyData } from '../db/surveyRepository.ts';
import { surveyModelOf } from '../survey/useSurvey.ts';

/**
 * The results of the survey's first round (the core missions the report shows are what staff
 * wrote before anything changed), with the privacy threshold and the small-roles choice applied as
 * the results view applies them; frozen results once the answers are deleted. Null: no survey.
 */
export function firstRoundResults(data: SurveyData, roles: Role[], settings: Settings, otherName: string): SurveyResults | null {
  if (data.state === null && data.responses.length === 0) return null;
  const state = data.state ? { ...data.state, round: data.state.rounds[0]?.id ?? FIRST_ROUND } : null;
  return surveyModelOf({ ...data, state }, roles, settings, otherName).results;
}
