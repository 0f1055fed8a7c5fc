import { ArrowLeft } from 'lucide-react';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/i18n.ts';
import { useAnalysis, useSteps } from '../store/queries.ts';
import { routeToHash, type AnalysisView as View } from '../store/route.ts';
import { RolesView } from '../roles/RolesView.tsx';
import { AnalysisRail } from './AnalysisRail.tsx';
import { OverviewView } from './OverviewView.tsx';

/** One analysis: the rail with its steps and views on the left, the chosen view on the right. */
export function AnalysisView({ id, view }: { id: string; view: View }) {
  const { t } = useT();
  const analysis = useAnalysis(id);
  const steps = useSteps(id);
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
    <div className="analysis-layout">
      <AnalysisRail analysisId={id} view={view} steps={steps} />
      <div className="analysis-layout__content page">
        <a className="back-link" data-route-link href={routeToHash({ name: 'analyses' })}>
          <ArrowLeft aria-hidden size={18} />
          {t('common.backToAnalyses')}
        </a>
        <PageHeading focusKey={`${id}/${view}`}>
          {analysis.unitName}
          <span className="page__subtitle"> – {t(view === 'roles' ? 'analysis.roles' : 'analysis.overview')}</span>
        </PageHeading>
        {analysis.organisation && <p className="muted">{analysis.organisation}</p>}
        {view === 'roles' ? <RolesView analysisId={id} /> : <OverviewView analysis={analysis} steps={steps} />}
      </div>
    </div>
  );
}
