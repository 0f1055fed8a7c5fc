import { useMemo } from 'react';
import { coreMissionsByRole, type RoleMissions } from '../../shared/coreMissions.ts';
import { byOrder } from '../../shared/items.ts';
import type { Role } from '../../shared/model.ts';
import type { Anchoring, ReportTexts } from '../../shared/reportEdits.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { overlayPending } from '../store/pending.ts';
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

/** What the report view shows, following the database with edits in flight shown at once; undefined until it is read. */
export function useReport(analysisId: string): ReportModel | undefined {
  const { repos } = useServices();
  const { t } = useT();
  const texts = useLive(() => repos.report.liveTexts(analysisId), [repos, analysisId]);
  const anchoring = useLive(() => repos.report.liveAnchoring(analysisId), [repos, analysisId]);
  const survey = useLive(() => repos.survey.live(analysisId), [repos, analysisId]);
  const roles = useRoles(analysisId);
  const settings = useSettings();
  const pending = useApp((s) => s.pending);
  const otherName = t('survey.others');
  const results = useMemo(() => (survey && roles ? firstRoundResults(survey, roles, settings, otherName) : undefined), [survey, roles, settings, otherName]);
  return useMemo(() => {
    if (texts === undefined || anchoring === undefined || results === undefined || roles === undefined) return undefined;
    const mine = (table: string) => Object.values(pending).filter((p) => p.table === table && p.id === analysisId);
    const sorted = [...roles].sort(byOrder);
    return {
      texts: overlayPending(texts ? [texts] : [], mine('reportTexts'))[0] ?? null,
      anchoring: overlayPending(anchoring ? [anchoring] : [], mine('anchoring'))[0] ?? null,
      roles: sorted,
      missions: coreMissionsByRole(sorted, results, settings.privacyThreshold),
      threshold: settings.privacyThreshold,
    };
  }, [texts, anchoring, results, roles, settings, pending, analysisId]);
}
