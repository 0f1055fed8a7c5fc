/**
 * The follow-up's comparison as the projector and the follow-up documents show it: the board
 * frozen at the report against the follow-up round's results, with the privacy threshold applied as
 * the survey's results view applies it (a role under the threshold is not compared on its own).
 */
import { comparedRound, compareFollowUp, hoursFromResults, type BoardSnapshot, type FollowUp, type FollowUpComparison } from '../../shared/followUp.ts';
import type { Role, Settings } from '../../shared/model.ts';
import type { SurveyData } from '../db/surveyRepository.ts';
import { surveyModelOf } from '../survey/useSurvey.ts';

export interface ComparedFollowUp {
  /** Null until there is both a snapshot and a follow-up round. */
  comparison: FollowUpComparison | null;
  snapshot: BoardSnapshot | null;
  /** The follow-up round compared, or null when there is none. */
  round: { id: string; name: string; startedAt: string } | null;
}

export function followUpComparisonOf(input: {
  snapshot: BoardSnapshot | null;
  followUp: FollowUp | null;
  survey: SurveyData;
  roles: Role[];
  settings: Settings;
  otherName: string;
}): ComparedFollowUp {
  const { snapshot, survey } = input;
  const rounds = survey.state?.rounds ?? [];
  const roundId = comparedRound(input.followUp, rounds);
  const round = rounds.find((r) => r.id === roundId) ?? null;
  if (!snapshot || !round || !survey.state) return { comparison: null, snapshot, round };
  // The follow-up round's own answers; results frozen when answers were deleted belong to the round that was open then.
  const state = { ...survey.state, round: round.id, frozen: null };
  const results = surveyModelOf({ ...survey, state }, input.roles, input.settings, input.otherName).results;
  const hoursByTaskRole = hoursFromResults(results.roles, input.roles);
  const comparison = compareFollowUp(snapshot, { roles: input.roles, tasks: survey.tasks, hoursByTaskRole });
  return { comparison, snapshot, round };
}
