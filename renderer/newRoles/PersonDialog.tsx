import { useState, type SubmitEvent } from 'react';
import { CONTRACT_FORMS, PAYERS } from '../../shared/vocabulary.ts';
import { checkHire, GENDERS, REVIEW_MONTHS, REVIEW_OUTCOMES, reviewDueOn, reviewOf, type HireFields, type ReviewMonth } from '../../shared/people.ts';
import { DateInput } from '../components/DateInput.tsx';
import { Dialog } from '../components/Dialog.tsx';
import { Field } from '../components/Field.tsx';
import { FormFooter } from '../components/FormFooter.tsx';
import { useT } from '../i18n/i18n.ts';

interface PersonDialogProps {
  title: string;
  submitLabel: string;
  initial: HireFields;
  onClose: () => void;
  onSubmit: (fields: HireFields) => Promise<void>;
}

type Choice = { value: string; label: string };

/** A yes/no/not-stated answer as a select's value. */
const fromBool = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');
const toBool = (value: string) => (value === '' ? null : value === 'yes');

/**
 * The form of one person in a new role: start, contract form, wage subsidy,
 * target group, gender, employer, and the reviews at 6 and 12 months. No
 * name field: these are per-person records. Saved as one step to undo.
 */
export function PersonDialog({ title, submitLabel, initial, onClose, onSubmit }: PersonDialogProps) {
  const { t, date } = useT();
  const [fields, setFields] = useState<HireFields>(initial);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const problems = checkHire(fields);
  const shownProblems = tried ? problems : {};
  const hasProblems = Object.keys(problems).length > 0;

  const set = (patch: Partial<HireFields>) => setFields((f) => ({ ...f, ...patch }));
  const setReview = (month: ReviewMonth, patch: Partial<HireFields['review6']>) =>
    setFields((f) => (month === 6 ? { ...f, review6: { ...f.review6, ...patch } } : { ...f, review12: { ...f.review12, ...patch } }));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setTried(true);
    if (hasProblems) return;
    setBusy(true);
    try {
      await onSubmit(fields);
      onClose();
    } finally {
      setBusy(false);
    }
  };

  const select = (id: string, label: string, value: string, choices: Choice[], onChange: (value: string) => void, hint?: string) => (
    <Field id={id} label={label} hint={hint}>
      {({ inputId, describedBy }) => (
        <select id={inputId} className="input" value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const notStated: Choice = { value: '', label: t('people.notStated') };
  const yesNo: Choice[] = [notStated, { value: 'yes', label: t('people.yes') }, { value: 'no', label: t('people.no') }];

  const reviewFields = (month: ReviewMonth) => {
    const review = reviewOf(fields, month);
    const due = reviewDueOn(fields, month);
    const problem = shownProblems[month === 6 ? 'review6' : 'review12'];
    return (
      <fieldset key={month} className="person-form__review" data-review={month}>
        <legend>{t('people.review.title', { months: String(month) })}</legend>
        <p className="muted">{due === null ? t('people.review.noStart') : t('people.review.dueOn', { date: date(due) })}</p>
        <DateInput label={t('people.review.heldOn')} value={review.heldOn} onChange={(heldOn) => setReview(month, { heldOn })} />
        {select(
          `person-outcome-${month}`,
          t('people.review.outcome'),
          review.outcome ?? '',
          [notStated, ...REVIEW_OUTCOMES.map((o) => ({ value: o, label: t(`people.outcome.${o}`) }))],
          (v) => setReview(month, { outcome: v === '' ? null : (REVIEW_OUTCOMES.find((o) => o === v) ?? null) }),
        )}
        {problem && (
          <p className="field__error" role="alert">
            {t(`people.review.error.${problem}`)}
          </p>
        )}
        <Field id={`person-note-${month}`} label={t('people.review.note')} hint={t('people.review.noteHint')}>
          {({ inputId, describedBy }) => (
            <textarea
              id={inputId}
              className="input"
              rows={2}
              maxLength={2000}
              value={review.note}
              aria-describedby={describedBy}
              onChange={(e) => setReview(month, { note: e.target.value })}
            />
          )}
        </Field>
      </fieldset>
    );
  };

  return (
    <Dialog title={title} isOpen onClose={onClose} wide>
      <form className="form person-form" onSubmit={(e) => void submit(e)} noValidate data-testid="person-form">
        <p className="muted">{t('people.form.intro')}</p>
        <div className="person-form__grid">
          <DateInput label={t('people.form.start')} value={fields.startDate} onChange={(startDate) => set({ startDate })} />
          {select(
            'person-contract',
            t('people.form.contract'),
            fields.contract ?? '',
            [notStated, ...CONTRACT_FORMS.map((c) => ({ value: c, label: t(`people.contract.${c}`) }))],
            (v) => set({ contract: CONTRACT_FORMS.find((c) => c === v) ?? null }),
            t('people.form.contractHint'),
          )}
          {select('person-subsidy', t('people.form.subsidy'), fromBool(fields.wageSubsidy), yesNo, (v) => set({ wageSubsidy: toBool(v) }))}
          {select('person-priority', t('people.form.priority'), fromBool(fields.priorityGroup), yesNo, (v) => set({ priorityGroup: toBool(v) }))}
          {select(
            'person-gender',
            t('people.form.gender'),
            fields.gender,
            GENDERS.map((g) => ({ value: g, label: t(`people.gender.${g}`) })),
            (v) => set({ gender: GENDERS.find((g) => g === v) ?? 'notStated' }),
          )}
          {select(
            'person-employer',
            t('people.form.employer'),
            fields.employer ?? '',
            [notStated, ...PAYERS.map((p) => ({ value: p, label: t(`people.employer.${p}`) }))],
            (v) => set({ employer: PAYERS.find((p) => p === v) ?? null }),
          )}
        </div>
        <div className="person-form__reviews">{REVIEW_MONTHS.map(reviewFields)}</div>
        <FormFooter error={tried && hasProblems ? t('people.form.fix') : null} submitLabel={submitLabel} onCancel={onClose} isDisabled={busy} />
      </form>
    </Dialog>
  );
}
