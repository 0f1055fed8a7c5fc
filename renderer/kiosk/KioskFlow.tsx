import { useState, type ReactNode } from 'react';
import { EMPTY_DRAFT, readContract, toNewAnswer, type AnswerContext, type KioskDraft } from '../../shared/kiosk/answer.ts';
import type { SurveyQuestions } from '../../shared/survey/answers.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { HoursStep } from './HoursStep.tsx';
import { IdleWarning } from './IdleWarning.tsx';
import { ReviewStep } from './ReviewStep.tsx';
import { useIdle } from './useIdle.ts';
import { StepHeading } from './StepHeading.tsx';
import type { KioskRole } from './kioskRole.ts';

type Step = 'welcome' | 'role' | 'hours' | 'contract' | 'mission' | 'comment' | 'review';

interface FlowProps {
  analysisId: string;
  roles: readonly KioskRole[];
  questions: SurveyQuestions;
  /** The answer before this one was just saved: say so on the welcome. */
  thanks: boolean;
  onDone: () => void;
  /** Left alone too long: the answer is dropped. */
  onCleared: () => void;
}

/**
 * One person's answer, from the welcome to Skicka. The steps are this
 * component's state only: no history entries, nothing stored before Skicka,
 * and the page mounts a new flow for the next person.
 */
export function KioskFlow({ analysisId, roles, questions, thanks, onDone, onCleared }: FlowProps) {
  const { t } = useT();
  const save = useApp((s) => s.saveSurveyAnswers);
  const [step, setStep] = useState<Step>('welcome');
  const [draft, setDraft] = useState<KioskDraft>(EMPTY_DRAFT);
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState(false);
  const { warning, secondsLeft, stay } = useIdle(step !== 'welcome', onCleared);

  const steps: Step[] = [
    'role',
    'hours',
    ...(questions.contract ? ['contract' as const] : []),
    ...(questions.mission ? ['mission' as const] : []),
    ...(questions.comments ? ['comment' as const] : []),
    'review',
  ];
  const role = roles.find((r) => r.name === draft.role);
  const context: AnswerContext | null = role ? { questions, taskIds: role.tasks.map((x) => x.taskId), fullTimeHours: role.fullTimeHours } : null;
  const go = (by: 1 | -1) => setStep(steps[steps.indexOf(step) + by] ?? 'welcome');
  const edit = (patch: Partial<KioskDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const send = async () => {
    if (!context || sending) return;
    const answer = toNewAnswer(draft, context, crypto.randomUUID());
    if (!answer) return;
    setSending(true);
    setFailed(false);
    try {
      await save(analysisId, [answer]);
      onDone();
    } catch (error) {
      console.error('kiosk answer', error);
      setFailed(true);
      setSending(false);
    }
  };

  const nav = (next: ReactNode) => (
    <div className="kiosk__nav">
      <button type="button" className="button kiosk__button" onClick={() => go(-1)}>
        {t('kiosk.back')}
      </button>
      {next}
    </div>
  );
  const nextButton = (disabled = false) => (
    <button type="submit" className="button button--primary kiosk__button" disabled={disabled}>
      {t('kiosk.next')}
    </button>
  );
  const progress =
    step === 'welcome' ? null : (
      <p className="kiosk__progress">{t('kiosk.progress', { step: String(steps.indexOf(step) + 1), steps: String(steps.length) })}</p>
    );

  let body: ReactNode;
  if (step === 'welcome') {
    body = (
      <section className="kiosk__step kiosk__welcome">
        {thanks && (
          <p className="kiosk__thanks" role="status">
            {t('kiosk.welcome.thanks')}
          </p>
        )}
        <StepHeading>{t('kiosk.welcome.title')}</StepHeading>
        <p>{t('kiosk.welcome.body')}</p>
        <button type="button" className="button button--primary kiosk__button kiosk__button--big" onClick={() => setStep('role')}>
          {t('kiosk.welcome.start')}
        </button>
      </section>
    );
  } else if (step === 'role' || !context || !role) {
    body = (
      <section className="kiosk__step">
        {progress}
        <StepHeading>{t('kiosk.role.title')}</StepHeading>
        {roles.length === 0 ? (
          <p>{t('kiosk.role.none')}</p>
        ) : (
          <ul className="kiosk__choices">
            {roles.map((r) => (
              <li key={r.name}>
                <button
                  type="button"
                  className={`button kiosk__choice${r.name === draft.role ? ' kiosk__choice--chosen' : ''}`}
                  aria-pressed={r.name === draft.role}
                  onClick={() => {
                    // Another role asks other tasks: what was typed for the first one goes.
                    if (r.name !== draft.role) edit({ role: r.name, values: {} });
                    setStep('hours');
                  }}
                >
                  {r.name}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="kiosk__nav">
          <button type="button" className="button kiosk__button" onClick={onCleared}>
            {t('kiosk.restart')}
          </button>
        </div>
      </section>
    );
  } else if (step === 'hours') {
    body = (
      <HoursStep
        role={role}
        draft={draft}
        context={context}
        progress={progress}
        onChange={(values) => edit({ values })}
        onBack={() => go(-1)}
        onNext={() => go(1)}
      />
    );
  } else if (step === 'contract') {
    const read = readContract(draft.contract);
    body = (
      <form
        className="kiosk__step"
        onSubmit={(e) => {
          e.preventDefault();
          if (read.ok) go(1);
        }}
        noValidate
      >
        {progress}
        <StepHeading>{t('kiosk.contract.title')}</StepHeading>
        <label className="kiosk__label" htmlFor="kiosk-contract">
          {t('kiosk.contract.label')}
        </label>
        <p id="kiosk-contract-hint" className="muted">
          {t('kiosk.contract.hint')}
        </p>
        <input
          id="kiosk-contract"
          className="kiosk__input kiosk__input--number"
          inputMode="decimal"
          autoComplete="off"
          value={draft.contract}
          aria-invalid={!read.ok}
          aria-describedby={read.ok ? 'kiosk-contract-hint' : 'kiosk-contract-hint kiosk-contract-error'}
          onChange={(e) => edit({ contract: e.target.value })}
        />
        {!read.ok && (
          <p id="kiosk-contract-error" className="field__error" role="alert">
            {t(`kiosk.value.${read.problem}`)}
          </p>
        )}
        {nav(nextButton(!read.ok))}
      </form>
    );
  } else if (step === 'mission' || step === 'comment') {
    const field = step === 'mission' ? 'mission' : 'comment';
    body = (
      <form
        className="kiosk__step"
        onSubmit={(e) => {
          e.preventDefault();
          go(1);
        }}
      >
        {progress}
        <StepHeading>{t(step === 'mission' ? 'kiosk.mission.title' : 'kiosk.comment.title')}</StepHeading>
        <label className="kiosk__label" htmlFor={`kiosk-${field}`}>
          {t(step === 'mission' ? 'kiosk.mission.label' : 'kiosk.comment.label')}
        </label>
        <textarea
          id={`kiosk-${field}`}
          className="kiosk__input kiosk__textarea"
          rows={5}
          maxLength={2_000}
          value={draft[field]}
          onChange={(e) => edit({ [field]: e.target.value })}
        />
        {nav(nextButton())}
      </form>
    );
  } else {
    body = (
      <ReviewStep role={role} draft={draft} context={context} progress={progress}>
        {failed && (
          <p className="field__error" role="alert">
            {t('kiosk.sendFailed')}
          </p>
        )}
        {nav(
          <button type="button" className="button button--primary kiosk__button" disabled={sending} onClick={() => void send()}>
            {sending ? t('kiosk.sending') : t('kiosk.send')}
          </button>,
        )}
      </ReviewStep>
    );
  }

  return (
    <>
      {body}
      {warning && <IdleWarning secondsLeft={secondsLeft} onStay={stay} />}
    </>
  );
}
