import { Field } from './Field.tsx';
import { useAutosave, type AutosaveOptions } from './useAutosave.ts';

interface AutosaveFieldProps extends AutosaveOptions {
  label: string;
  hint?: string;
  multiline?: boolean;
  maxLength?: number;
  inputMode?: 'text' | 'decimal' | 'numeric';
  className?: string;
  placeholder?: string;
  hideLabel?: boolean;
  /** Shown but not editable (a setting the organisation's policy manages; the hint says so). */
  disabled?: boolean;
}

/** A text field or text area that saves itself (see useAutosave). */
export function AutosaveField({ label, hint, multiline, maxLength, inputMode, className, placeholder, hideLabel, disabled, ...options }: AutosaveFieldProps) {
  const { draft, error, setDraft, onFocus, onBlur } = useAutosave(options);
  return (
    <Field label={label} hint={hint} error={error} className={className} hideLabel={hideLabel}>
      {({ inputId, describedBy, invalid }) => {
        const common = {
          id: inputId,
          value: draft,
          maxLength,
          placeholder,
          disabled,
          'aria-describedby': describedBy,
          'aria-invalid': invalid || undefined,
          onFocus,
          onBlur,
        };
        return multiline ? (
          <textarea {...common} rows={3} className="input input--multiline" onChange={(e) => setDraft(e.target.value)} />
        ) : (
          <input {...common} type="text" inputMode={inputMode} className="input" onChange={(e) => setDraft(e.target.value)} />
        );
      }}
    </Field>
  );
}
