import { Field } from '../components/Field.tsx';
import { useT } from '../i18n/i18n.ts';
import { inputNumber } from './staffingText.ts';
import { useNumberDraft } from './useNumberDraft.ts';

interface EstimateNumberProps {
  label: string;
  value: number | null;
  kind: 'amount' | 'percent';
  max: number;
  /** Keeps the label for screen readers only (a table's header names the column). */
  hideLabel?: boolean;
  onCommit: (value: number | null) => void;
}

/**
 * One input of the economic estimate: written on blur or Enter when it is a
 * valid number that changes something; empty = not given (never 0). A bad value
 * stays in the field with an error and is never written; Esc puts back what is stored.
 */
export function EstimateNumber({ label, value, kind, max, hideLabel, onCommit }: EstimateNumberProps) {
  const { t, language } = useT();
  const { draft, edit, error, finish, onKeyDown } = useNumberDraft(
    max,
    (problem) =>
      problem === 'tooLarge'
        ? t('econ.error.tooLarge', { max: inputNumber(max, language) })
        : problem === 'negative'
          ? t('econ.error.negative')
          : t(kind === 'amount' ? 'econ.error.amount' : 'econ.error.percent'),
    (parsed) => {
      if (parsed !== value) onCommit(parsed);
    },
    (text) => (kind === 'percent' ? text.replace(/\s*%$/, '') : text),
  );
  return (
    <Field label={label} error={error} hideLabel={hideLabel} className="estimate__field">
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          className="input estimate__input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          value={draft ?? (value === null ? '' : inputNumber(value, language))}
          onChange={(e) => edit(e.target.value)}
          onBlur={finish}
          onKeyDown={onKeyDown}
        />
      )}
    </Field>
  );
}
