import type { Step } from '../../shared/model.ts';
import { STEP_KEYS } from '../../shared/model.ts';
import { useT } from '../i18n/i18n.ts';
import { routeToHash, type AnalysisView } from '../store/route.ts';
import { StepStatusIcon } from '../steps/StepStatusIcon.tsx';
import { NO_WORK, statusesShown } from '../../shared/stepStatus.ts';
import { useWork } from '../store/queries.ts';
import { VIEW_LINKS } from './analysisViews.ts';

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
        {VIEW_LINKS.map(({ view: v, icon: Icon, label }) => (
          <li key={v}>
            <a data-route-link href={link(v)} aria-current={view === v ? 'page' : undefined} className="rail__link">
              <Icon aria-hidden size={20} />
              {t(label)}
            </a>
          </li>
        ))}
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
