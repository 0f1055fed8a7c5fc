import { useId, type ReactNode } from 'react';

export interface FieldIds {
  inputId: string;
  describedBy: string | undefined;
  invalid: boolean;
}

interface FieldProps {
  label: string;
  /** A stable id for the control (e.g. to focus it on an error); generated when absent. */
  id?: string;
  hint?: string;
  error?: string | null;
  className?: string;
  /** Keeps the label for screen readers only, e.g. in a table whose header names the column. */
  hideLabel?: boolean;
  /** Renders the control, wired to the label, hint and error. */
  children: (ids: FieldIds) => ReactNode;
}

/** A labelled form field with an optional hint and an error announced to screen readers. */
export function Field({ label, id: givenId, hint, error, className, hideLabel, children }: FieldProps) {
  const generated = useId();
  const id = givenId ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={givenId ?? `${id}-input`} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children({ inputId: givenId ?? `${id}-input`, describedBy, invalid: Boolean(error) })}
      <p id={errorId} className="field__error" role={error ? 'alert' : undefined} hidden={!error}>
        {error}
      </p>
    </div>
  );
}
