import { useMemo } from 'react';
import { compareFollowUp, comparedRound, hoursFromResults, withoutSmallRoles, type FollowUpComparison } from '../../shared/followUp.ts';
import type { Role, Settings } from '../../shared/model.ts';
import { matchKey } from '../../shared/text.ts';
import type { SurveyRound } from '../../shared/survey/rounds.ts';
import type { FollowUpData } from '../db/followUpRepository.ts';
import type { SurveyData } from '../db/surveyRepository.ts';
import { useRoles, useSettings } from '../store/queries.ts';
import { useServices } from '../store/context.ts';
import { useLive } from '../store/useLive.ts';
import { surveyModelOf } from '../survey/useSurvey.ts';

/** The follow-up as its view shows it. */
export interface FollowUpModel extends FollowUpData {
  roles: Role[];
  /** The survey's follow-up rounds, oldest first. */
  rounds: SurveyRound[];
  /** The round compared with the snapshot, or null when there is no follow-up round. */
  round: SurveyRound | null;
  /** Respondents in the round compared. */
  respondents: number;
  /** The answers per person were deleted: "now" cannot be worked out. */
  frozen: boolean;
  /** Roles with fewer respondents in the round than the privacy threshold: left out of the comparison. */
  small: string[];
  /**
   * The analysis's roles nobody answered for in the round: left out of the comparison too, since
   * "now" would read as no hours where there is only no answer.
   */
  unanswered: string[];
  threshold: number;
  /** Null without a snapshot, a follow-up round with answers, or answers per person. */
  comparison: FollowUpComparison | null;
}

/** The follow-up from its stored parts. Pure. */
export function followUpModelOf(data: FollowUpData, survey: SurveyData, roles: Role[], settings: Settings, otherName: string): FollowUpModel {
  const all = survey.state?.rounds ?? [];
  const rounds = all.filter((r) => r.kind === 'followUp');
  const id = comparedRound(data.followUp, all);
  const round = rounds.find((r) => r.id === id) ?? null;
  const frozen = survey.state?.frozen != null;
  const base = { ...data, roles, rounds, round, frozen, threshold: settings.privacyThreshold };
  if (round === null || survey.state === null) return { ...base, respondents: 0, small: [], unanswered: [], comparison: null };
  // The round's answers, each role on its own, as the first round's give the board its hours.
  const model = surveyModelOf({ ...survey, state: { ...survey.state, round: round.id } }, roles, settings, otherName);
  const perRole = model.perRole?.roles ?? [];
  const small = perRole.filter((r) => r.respondents < settings.privacyThreshold).map((r) => r.name);
  const answered = new Set(perRole.filter((r) => r.respondents > 0).flatMap((r) => [r.name, ...r.roles].map(matchKey)));
  const unanswered = model.respondents.length > 0 ? roles.filter((r) => !answered.has(matchKey(r.name))).map((r) => r.name) : [];
  const shown = data.snapshot ? withoutSmallRoles(data.snapshot, roles, [...small, ...unanswered]) : null;
  const comparison =
    shown && model.respondents.length > 0 && !frozen
      ? compareFollowUp(shown.snapshot, {
          roles: shown.roles,
          tasks: survey.tasks,
          hoursByTaskRole: hoursFromResults(
            perRole.filter((r) => r.respondents >= settings.privacyThreshold),
            shown.roles,
          ),
        })
      : null;
  return { ...base, respondents: model.respondents.length, small, unanswered, comparison };
}

/** The follow-up of an analysis, following the database. */
export function useFollowUp(analysisId: string, otherName: string): FollowUpModel | undefined {
  const { repos } = useServices();
  const data = useLive(() => repos.followUp.live(analysisId), [repos, analysisId]);
  const survey = useLive(() => repos.survey.live(analysisId), [repos, analysisId]);
  const roles = useRoles(analysisId);
  const settings = useSettings();
  return useMemo(
    () => (data && survey && roles ? followUpModelOf(data, survey, roles, settings, otherName) : undefined),
    [data, survey, roles, settings, otherName],
  );
}
