import { useState, type KeyboardEvent } from 'react';
import { Field } from '../components/Field.tsx';
import { useT } from '../i18n/i18n.ts';
import { inputNumber, parseNumberInput } from './staffingText.ts';

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
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const finish = () => {
    if (draft === null) return;
    const parsed = parseNumberInput(kind === 'percent' ? draft.replace(/\s*%$/, '') : draft, max);
    if (!parsed.ok) {
      setError(
        parsed.problem === 'tooLarge'
          ? t('econ.error.tooLarge', { max: inputNumber(max, language) })
          : parsed.problem === 'negative'
            ? t('econ.error.negative')
            : t(kind === 'amount' ? 'econ.error.amount' : 'econ.error.percent'),
      );
      return;
    }
    setError(null);
    setDraft(null);
    if (parsed.value !== value) onCommit(parsed.value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      finish();
    } else if (event.key === 'Escape' && (draft !== null || error !== null)) {
      event.preventDefault();
      setDraft(null);
      setError(null);
    }
  };
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
          onChange={(e) => {
            setDraft(e.target.value);
            if (error) setError(null);
          }}
          onBlur={finish}
          onKeyDown={onKeyDown}
        />
      )}
    </Field>
  );
}
