import { ArrowLeft } from 'lucide-react';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/i18n.ts';
import { useAnalysis, useSteps } from '../store/queries.ts';
import { routeToHash, type AnalysisView as View } from '../store/route.ts';
import { RolesView } from '../roles/RolesView.tsx';
import { BoardView } from '../board/BoardView.tsx';
import { useApp } from '../store/context.ts';
import { useAnalysisShortcuts } from './useAnalysisShortcuts.ts';
import { AnalysisRail } from './AnalysisRail.tsx';
import { OverviewView } from './OverviewView.tsx';

const VIEW_TITLES = { overview: 'analysis.overview', roles: 'analysis.roles', board: 'analysis.board' } as const;

/** One analysis: the rail with its steps and views on the left, the chosen view on the right. */
export function AnalysisView({ id, view }: { id: string; view: View }) {
  const { t } = useT();
  const analysis = useAnalysis(id);
  const steps = useSteps(id);
  const presenting = useApp((s) => s.presenting);
  useAnalysisShortcuts(id);
  if (analysis === undefined || steps === undefined) return <p className="page muted">{t('common.loading')}</p>;
  if (analysis === null || analysis.deletedAt !== null) {
    return (
      <div className="page">
        <p role="alert">{t('common.notFound')}</p>
        <a data-route-link href={routeToHash({ name: 'analyses' })}>
          {t('common.backToAnalyses')}
        </a>
      </div>
    );
  }
  return (
    <div className={`analysis-layout${presenting ? ' analysis-layout--presenting' : ''}`}>
      {!presenting && <AnalysisRail analysisId={id} view={view} steps={steps} />}
      <div className="analysis-layout__content page">
        {!presenting && (
          <a className="back-link" data-route-link href={routeToHash({ name: 'analyses' })}>
            <ArrowLeft aria-hidden size={18} />
            {t('common.backToAnalyses')}
          </a>
        )}
        <PageHeading focusKey={`${id}/${view}`}>
          {analysis.unitName}
          <span className="page__subtitle"> – {t(VIEW_TITLES[view])}</span>
        </PageHeading>
        {analysis.organisation && !presenting && <p className="muted">{analysis.organisation}</p>}
        {view === 'roles' ? (
          <RolesView analysisId={id} />
        ) : view === 'board' ? (
          <BoardView analysisId={id} />
        ) : (
          <OverviewView analysis={analysis} steps={steps} />
        )}
      </div>
    </div>
  );
}
