import { RadioGroup, Label } from 'react-aria-components';
import { SegmentedOption } from '../components/SegmentedOption.tsx';
import type { Step, StepStatus } from '../../shared/model.ts';
import { STEP_KEYS, STEP_STATUSES } from '../../shared/model.ts';
import { AutosaveField } from '../components/AutosaveField.tsx';
import { DateInput } from '../components/DateInput.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { StepStatusIcon } from './StepStatusIcon.tsx';

/** One of the six steps: status, date and notes, each saved at once. */
export function StepCard({ step }: { step: Step }) {
  const { t } = useT();
  const updateStep = useApp((s) => s.updateStep);
  const n = STEP_KEYS.indexOf(step.key) + 1;
  const headingId = `step-${step.key}-title`;
  const isReport = step.key === 'report';
  return (
    <section id={`step-${step.key}`} className={`step-card step-card--${step.status}`} aria-labelledby={headingId} tabIndex={-1}>
      <header className="step-card__head">
        <StepStatusIcon status={step.status} size={28} />
        <div>
          <p className="step-card__number">{t('step.number', { n })}</p>
          <h2 id={headingId} className="step-card__title">
            {t(`step.${step.key}`)}
          </h2>
        </div>
      </header>
      <p className="muted">{t(`step.${step.key}.help`)}</p>
      <div className="step-card__fields">
        <RadioGroup
          className="segmented"
          orientation="horizontal"
          value={step.status}
          onChange={(value) => void updateStep(step.id, { status: value as StepStatus })} // values are the STEP_STATUSES below
        >
          <Label className="field__label">{t('step.status')}</Label>
          <div className="segmented__options">
            {STEP_STATUSES.map((status) => (
              <SegmentedOption key={status} value={status}>
                <StepStatusIcon status={status} size={18} />
                {t(`step.status.${status}`)}
              </SegmentedOption>
            ))}
          </div>
        </RadioGroup>
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
