import { EllipsisVertical } from 'lucide-react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { isExample, stepProgress } from '../../shared/analysis.ts';
import { withStatusShown } from '../../shared/stepStatus.ts';
import type { AnalysisSummary } from '../db/repositories.ts';
import { useT } from '../i18n/i18n.ts';
import { routeToHash } from '../store/route.ts';
import { StepDots } from './StepDots.tsx';
import { ExampleBadge } from './ExampleBadge.tsx';

export type CardAction = 'rename' | 'duplicate' | 'delete';

interface AnalysisCardProps {
  summary: AnalysisSummary;
  onAction: (action: CardAction) => void;
}

/** One analysis in the list: unit, organisation, facilitator, dates and step progress. */
export function AnalysisCard({ summary, onAction }: AnalysisCardProps) {
  const { t, plural, date } = useT();
  const { analysis, roleCount } = summary;
  const steps = withStatusShown(summary.steps, summary.facts);
  const progress = stepProgress(steps);
  const headingId = `analysis-${analysis.id}-name`;
  return (
    <article className="analysis-card" aria-labelledby={headingId}>
      <div className="analysis-card__head">
        <h2 id={headingId} className="analysis-card__title">
          <a data-route-link href={routeToHash({ name: 'analysis', id: analysis.id, view: 'overview' })}>
            {analysis.unitName}
          </a>
          {isExample(analysis) && <ExampleBadge />}
        </h2>
        <MenuTrigger>
          <Button className="icon-button" aria-label={t('common.more', { name: analysis.unitName })}>
            <EllipsisVertical aria-hidden size={20} />
          </Button>
          <Popover className="popover" placement="bottom end">
            <Menu className="menu" onAction={(key) => onAction(key as CardAction)}>
              {/* keys are the CardAction ids below */}
              <MenuItem className="menu__item" id="rename">
                {t('analyses.rename')}
              </MenuItem>
              <MenuItem className="menu__item" id="duplicate">
                {t('analyses.duplicate')}
              </MenuItem>
              <MenuItem className="menu__item menu__item--danger" id="delete">
                {t('common.delete')}
              </MenuItem>
            </Menu>
          </Popover>
        </MenuTrigger>
      </div>
      {analysis.organisation && <p className="analysis-card__org">{analysis.organisation}</p>}
      {analysis.facilitator && <p className="muted">{t('analyses.facilitatorLabel', { name: analysis.facilitator })}</p>}
      <StepDots steps={steps} />
      <p className="analysis-card__progress">
        {t('analyses.progress', { done: progress.done, total: progress.total })}
        {' · '}
        {progress.current ? t('analyses.nextStep', { step: t(`step.${progress.current}`) }) : t('analyses.allDone')}
      </p>
      <p className="muted analysis-card__meta">
        {plural('analyses.roles', roleCount)} · {t('analyses.created', { date: date(analysis.createdAt) })} ·{' '}
        {t('analyses.updated', { date: date(analysis.updatedAt) })}
      </p>
    </article>
  );
}
