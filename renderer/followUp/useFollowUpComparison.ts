import { useMemo } from 'react';
import { useT } from '../i18n/i18n.ts';
import { useServices } from '../store/context.ts';
import { useRoles, useSettings } from '../store/queries.ts';
import { useLive } from '../store/useLive.ts';
import { followUpComparisonOf, type ComparedFollowUp } from './comparisonOf.ts';

/** The follow-up's comparison of an analysis, following the database; undefined while it loads. */
export function useFollowUpComparison(analysisId: string): ComparedFollowUp | undefined {
  const { t } = useT();
  const { repos } = useServices();
  const survey = useLive(() => repos.survey.live(analysisId), [repos, analysisId]);
  const snapshot = useLive(() => repos.items.liveGet('boardSnapshots', analysisId), [repos, analysisId]);
  const followUp = useLive(() => repos.items.liveGet('followUps', analysisId), [repos, analysisId]);
  const roles = useRoles(analysisId);
  const settings = useSettings();
  const otherName = t('survey.others');
  return useMemo(
    () =>
      survey && roles && snapshot !== undefined && followUp !== undefined
        ? followUpComparisonOf({ snapshot, followUp, survey, roles, settings, otherName })
        : undefined,
    [survey, roles, snapshot, followUp, settings, otherName],
  );
}
