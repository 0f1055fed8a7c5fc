import { useMemo } from 'react';
import { coreMissionsByRole, type RoleMissions } from '../../shared/coreMissions.ts';
import { byOrder } from '../../shared/items.ts';
import type { Role } from '../../shared/model.ts';
import type { Anchoring, ReportTexts } from '../../shared/reportEdits.ts';
import { useT } from '../i18n/i18n.ts';
import { useServices } from '../store/context.ts';
import { useRoles, useSettings } from '../store/queries.ts';
import { useLive } from '../store/useLive.ts';
import { firstRoundResults } from './firstRound.ts';

export interface ReportModel {
  texts: ReportTexts | null;
  anchoring: Anchoring | null;
  roles: Role[];
  missions: RoleMissions[];
  threshold: number;
}

/** What the report view shows, following the database; undefined until it is read. */
export function useReport(analysisId: string): ReportModel | undefined {
  const { repos } = useServices();
  const { t } = useT();
  const texts = useLive(() => repos.report.liveTexts(analysisId), [repos, analysisId]);
  const anchoring = useLive(() => repos.report.liveAnchoring(analysisId), [repos, analysisId]);
  const survey = useLive(() => repos.survey.live(analysisId), [repos, analysisId]);
  const roles = useRoles(analysisId);
  const settings = useSettings();
  const otherName = t('survey.others');
  return useMemo(() => {
    if (texts === undefined || anchoring === undefined || survey === undefined || roles === undefined) return undefined;
    const sorted = [...roles].sort(byOrder);
    const results = firstRoundResults(survey, sorted, settings, otherName);
    return { texts, anchoring, roles: sorted, missions: coreMissionsByRole(sorted, results, settings.privacyThreshold), threshold: settings.privacyThreshold };
  }, [texts, anchoring, survey, roles, settings, otherName]);
}
