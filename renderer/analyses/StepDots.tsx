import type { Step } from '../../shared/model.ts';
import { STEP_KEYS } from '../../shared/model.ts';
import { useT } from '../i18n/i18n.ts';
import { StepStatusIcon } from '../steps/StepStatusIcon.tsx';

/** The six steps as a row of status icons, with the step names for screen readers and tooltips. */
export function StepDots({ steps }: { steps: readonly Step[] }) {
  const { t } = useT();
  return (
    <ol className="step-dots">
      {STEP_KEYS.map((key, i) => {
        const status = steps.find((s) => s.key === key)?.status ?? 'notStarted';
        const label = `${t('step.number', { n: i + 1 })}: ${t(`step.${key}`)} – ${t(`step.status.${status}`)}`;
        return (
          <li key={key} className={`step-dots__item step-dots__item--${status}`} title={label}>
            <StepStatusIcon status={status} size={18} />
            <span className="visually-hidden">{label}</span>
          </li>
        );
      })}
    </ol>
  );
}
