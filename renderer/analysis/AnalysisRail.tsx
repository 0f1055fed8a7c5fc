import { BriefcaseBusiness, ClipboardList, Grid2x2, History, LayoutGrid, LayoutList, ListChecks, Users } from 'lucide-react';
import type { Step } from '../../shared/model.ts';
import { STEP_KEYS } from '../../shared/model.ts';
import { useT } from '../i18n/i18n.ts';
import { routeToHash, type AnalysisView } from '../store/route.ts';
import { StepStatusIcon } from '../steps/StepStatusIcon.tsx';
import { NO_WORK, statusesShown } from '../../shared/stepStatus.ts';
import { useWork } from '../store/queries.ts';

interface AnalysisRailProps {
  analysisId: string;
  view: AnalysisView;
  steps: readonly Step[];
}

/** Left rail: the six steps with their status, and the views of the analysis. */
export function AnalysisRail({ analysisId, view, steps }: AnalysisRailProps) {
  const { t } = useT();
  // Read here rather than by the analysis view, so a card moved on the board re-renders only the rail.
  const statuses = statusesShown(steps, useWork(analysisId) ?? NO_WORK);
  const link = (v: AnalysisView) => routeToHash({ name: 'analysis', id: analysisId, view: v });
  return (
    <nav className="rail" aria-label={t('analysis.nav')}>
      <h2 className="rail__heading">{t('analysis.viewsHeading')}</h2>
      <ul className="rail__list">
        <li>
          <a data-route-link href={link('overview')} aria-current={view === 'overview' ? 'page' : undefined} className="rail__link">
            <LayoutList aria-hidden size={20} />
            {t('analysis.overview')}
          </a>
        </li>
        <li>
          <a data-route-link href={link('roles')} aria-current={view === 'roles' ? 'page' : undefined} className="rail__link">
            <Users aria-hidden size={20} />
            {t('analysis.roles')}
          </a>
        </li>
        <li>
          <a data-route-link href={link('survey')} aria-current={view === 'survey' ? 'page' : undefined} className="rail__link">
            <ClipboardList aria-hidden size={20} />
            {t('analysis.survey')}
          </a>
        </li>
        <li>
          <a data-route-link href={link('board')} aria-current={view === 'board' ? 'page' : undefined} className="rail__link">
            <LayoutGrid aria-hidden size={20} />
            {t('analysis.board')}
          </a>
        </li>
        <li>
          <a data-route-link href={link('swot')} aria-current={view === 'swot' ? 'page' : undefined} className="rail__link">
            <Grid2x2 aria-hidden size={20} />
            {t('analysis.swot')}
          </a>
        </li>
        <li>
          <a data-route-link href={link('actions')} aria-current={view === 'actions' ? 'page' : undefined} className="rail__link">
            <ListChecks aria-hidden size={20} />
            {t('analysis.actions')}
          </a>
        </li>
        <li>
          <a data-route-link href={link('newRoles')} aria-current={view === 'newRoles' ? 'page' : undefined} className="rail__link">
            <BriefcaseBusiness aria-hidden size={20} />
            {t('analysis.newRoles')}
          </a>
        </li>
        <li>
          <a data-route-link href={link('history')} aria-current={view === 'history' ? 'page' : undefined} className="rail__link">
            <History aria-hidden size={20} />
            {t('analysis.history')}
          </a>
        </li>
      </ul>
      <h2 className="rail__heading">{t('analysis.stepsHeading')}</h2>
      <ol className="rail__list rail__steps">
        {STEP_KEYS.map((key, i) => {
          const status = statuses[key];
          return (
            <li key={key}>
              <a
                className="rail__link"
                href={link('overview')}
                onClick={(e) => {
                  e.preventDefault();
                  // Steps live on the overview; go there, then bring the step into view.
                  if (view !== 'overview') location.hash = link('overview');
                  requestAnimationFrame(() => {
                    const el = document.getElementById(`step-${key}`);
                    el?.scrollIntoView({ block: 'start' });
                    el?.focus({ preventScroll: true });
                  });
                }}
              >
                <StepStatusIcon status={status} size={20} />
                <span>
                  {i + 1}. {t(`step.${key}`)}
                  <span className="visually-hidden"> – {t(`step.status.${status}`)}</span>
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
