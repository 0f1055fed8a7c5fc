import { useState, type ReactNode } from 'react';
import { typedTotal, valueProblems, type AnswerContext, type KioskDraft } from '../../shared/kiosk/answer.ts';
import { useT } from '../i18n/i18n.ts';
import { StepHeading } from './StepHeading.tsx';
import type { KioskRole } from './kioskRole.ts';

interface HoursProps {
  role: KioskRole;
  draft: KioskDraft;
  context: AnswerContext;
  progress: ReactNode;
  onChange: (values: Record<string, string>) => void;
  onBack: () => void;
  onNext: () => void;
}

/** Hours (or percent of the week) for each task of the person's role, each field checked as it is typed. */
export function HoursStep({ role, draft, context, progress, onChange, onBack, onNext }: HoursProps) {
  const { t, plural, number } = useT();
  const percent = context.questions.unit === 'percent';
  const problems = valueProblems(draft, context);
  const [tried, setTried] = useState(false);
  const total = typedTotal(draft, context);

  return (
    <form
      className="kiosk__step"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (problems.size === 0) {
          onNext();
          return;
        }
        setTried(true);
        const first = role.tasks.find((task) => problems.has(task.taskId));
        if (first) document.getElementById(`kiosk-task-${first.taskId}`)?.focus();
      }}
    >
      {progress}
      <StepHeading>{t(percent ? 'kiosk.hours.titlePercent' : 'kiosk.hours.title')}</StepHeading>
      <p>{t(percent ? 'kiosk.hours.introPercent' : 'kiosk.hours.intro')}</p>
      <ol className="kiosk__tasks">
        {role.tasks.map((task) => {
          const problem = problems.get(task.taskId);
          const id = `kiosk-task-${task.taskId}`;
          return (
            <li key={task.taskId} className={`kiosk__task${problem ? ' kiosk__task--invalid' : ''}`}>
              <label htmlFor={id} className="kiosk__task-title">
                {task.title}
              </label>
              <span className="kiosk__task-value">
                <input
                  id={id}
                  className="kiosk__input kiosk__input--number"
                  inputMode="decimal"
                  autoComplete="off"
                  value={draft.values[task.taskId] ?? ''}
                  aria-invalid={Boolean(problem)}
                  aria-describedby={`${id}-unit${problem ? ` ${id}-error` : ''}`}
                  onChange={(e) => onChange({ ...draft.values, [task.taskId]: e.target.value })}
                />
                <span id={`${id}-unit`} className="kiosk__unit-text">
                  {t(percent ? 'kiosk.hours.unitPercent' : 'kiosk.hours.unit')}
                </span>
              </span>
              {problem && (
                <p id={`${id}-error`} className="field__error kiosk__task-error">
                  {t(`kiosk.value.${problem}`)}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <p className="kiosk__total" aria-live="polite">
        {t(percent ? 'kiosk.hours.totalPercent' : 'kiosk.hours.total', { total: number(total, 1) })}
      </p>
      {tried && problems.size > 0 && (
        <p className="field__error" role="alert">
          {plural('kiosk.hours.fix', problems.size)}
        </p>
      )}
      <div className="kiosk__nav">
        <button type="button" className="button kiosk__button" onClick={onBack}>
          {t('kiosk.back')}
        </button>
        <button type="submit" className="button button--primary kiosk__button">
          {t('kiosk.next')}
        </button>
      </div>
    </form>
  );
}
