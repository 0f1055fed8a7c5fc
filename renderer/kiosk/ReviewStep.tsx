import type { ReactNode } from 'react';
import { readContract, type AnswerContext, type KioskDraft } from '../../shared/kiosk/answer.ts';
import { parseHours } from '../../shared/survey/values.ts';
import { useT } from '../i18n/i18n.ts';
import { StepHeading } from './StepHeading.tsx';
import type { KioskRole } from './kioskRole.ts';

interface ReviewProps {
  role: KioskRole;
  draft: KioskDraft;
  context: AnswerContext;
  progress: ReactNode;
  children: ReactNode;
}

/** The whole answer once more, as the person typed it, before Skicka. */
export function ReviewStep({ role, draft, context, progress, children }: ReviewProps) {
  const { t, number } = useT();
  const percent = context.questions.unit === 'percent';
  const given = role.tasks.flatMap((task) => {
    // Read on a 100-hour week, a percent comes back as itself.
    const read = parseHours(draft.values[task.taskId] ?? '', context.questions.unit, 100);
    return read.ok && read.hours > 0 ? [{ ...task, value: read.hours }] : [];
  });
  const contract = readContract(draft.contract);
  const text = (value: string) => (value.trim() === '' ? t('kiosk.review.empty') : value.trim());
  return (
    <section className="kiosk__step">
      {progress}
      <StepHeading>{t('kiosk.review.title')}</StepHeading>
      <p>{t('kiosk.review.intro')}</p>
      <dl className="kiosk__review">
        <dt>{t('kiosk.review.role')}</dt>
        <dd>{role.name}</dd>
        <dt>{t('kiosk.review.tasks')}</dt>
        <dd>
          {given.length === 0 ? (
            t('kiosk.review.noTasks')
          ) : (
            <ul className="kiosk__review-tasks">
              {given.map((task) => (
                <li key={task.taskId}>
                  <span>{task.title}</span>
                  <span className="kiosk__review-value">
                    {percent ? t('kiosk.review.percent', { percent: number(task.value) }) : t('kiosk.review.hours', { hours: number(task.value) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        {context.questions.contract && (
          <>
            <dt>{t('kiosk.review.contract')}</dt>
            <dd>{contract.ok && contract.hours !== null ? number(contract.hours) : t('kiosk.review.empty')}</dd>
          </>
        )}
        {context.questions.mission && (
          <>
            <dt>{t('kiosk.review.mission')}</dt>
            <dd className="kiosk__review-text">{text(draft.mission)}</dd>
          </>
        )}
        {context.questions.comments && (
          <>
            <dt>{t('kiosk.review.comment')}</dt>
            <dd className="kiosk__review-text">{text(draft.comment)}</dd>
          </>
        )}
      </dl>
      {children}
    </section>
  );
}
