import { RadioGroup, Label, Button } from 'react-aria-components';
import { SegmentedOption } from '../components/SegmentedOption.tsx';
import type { Step, StepStatus } from '../../shared/model.ts';
import { STEP_KEYS, STEP_STATUSES } from '../../shared/model.ts';
import { followWork, setByFacilitator, type StepState } from '../../shared/stepStatus.ts';
import { AutosaveField } from '../components/AutosaveField.tsx';
import { DateInput } from '../components/DateInput.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { StepStatusIcon } from './StepStatusIcon.tsx';
import { routeToHash } from '../store/route.ts';

/**
 * One of the six steps: its status (following the work unless the facilitator
 * set it), what the step is for, date and notes, each saved at once.
 */
export function StepCard({ step, state }: { step: Step; state: StepState }) {
  const { t } = useT();
  const updateStep = useApp((s) => s.updateStep);
  const n = STEP_KEYS.indexOf(step.key) + 1;
  const headingId = `step-${step.key}-title`;
  const isReport = step.key === 'report';
  const status = state.status;
  return (
    <section id={`step-${step.key}`} className={`step-card step-card--${status}`} aria-labelledby={headingId} tabIndex={-1}>
      <header className="step-card__head">
        <StepStatusIcon status={status} size={28} />
        <div>
          <p className="step-card__number">{t('step.number', { n })}</p>
          <h2 id={headingId} className="step-card__title">
            {t(`step.${step.key}`)}
          </h2>
        </div>
      </header>
      <p className="muted">{t(`step.${step.key}.help`)}</p>
      {step.key === 'info' && (
        <p>
          <a data-route-link href={routeToHash({ name: 'analysis', id: step.analysisId, view: 'info' })}>
            {t('info.openSlides')}
          </a>
        </p>
      )}
      {isReport && (
        <p>
          <a data-route-link href={routeToHash({ name: 'analysis', id: step.analysisId, view: 'followUp' })}>
            {t('followUp.open')}
          </a>
        </p>
      )}
      <details className="step-card__about">
        <summary>{t('step.about')}</summary>
        <p>{t(`step.${step.key}.about`)}</p>
        <p>{t(`step.${step.key}.todo`)}</p>
      </details>
      <div className="step-card__fields">
        <div>
          <RadioGroup
            className="segmented"
            orientation="horizontal"
            value={status}
            onChange={(value) => void updateStep(step.id, setByFacilitator(value as StepStatus))} // values are the STEP_STATUSES below
          >
            <Label className="field__label">{t('step.status')}</Label>
            <div className="segmented__options">
              {STEP_STATUSES.map((s) => (
                <SegmentedOption key={s} value={s}>
                  <StepStatusIcon status={s} size={18} />
                  {t(`step.status.${s}`)}
                </SegmentedOption>
              ))}
            </div>
          </RadioGroup>
          <p className="step-card__source muted" data-source={state.source}>
            {state.source === 'facilitator'
              ? t('step.source.facilitator', { status: t(`step.status.${state.fromWork.status}`).toLocaleLowerCase() })
              : t(`step.source.${state.reason ?? 'none'}`)}
          </p>
          {state.source === 'facilitator' && (
            <Button className="button button--small" onPress={() => void updateStep(step.id, followWork())}>
              {t('step.followWork')}
            </Button>
          )}
        </div>
        <div className="field">
          <DateInput
            label={t(isReport ? 'step.date.report' : 'step.date')}
            className="input--date"
            value={step.date}
            min="2000-01-01"
            max="2100-12-31"
            onChange={(date) => void updateStep(step.id, { date })}
          />
        </div>
      </div>
      <AutosaveField label={t('step.notes')} multiline maxLength={10_000} stored={step.notes} save={(notes) => updateStep(step.id, { notes })} />
    </section>
  );
}
