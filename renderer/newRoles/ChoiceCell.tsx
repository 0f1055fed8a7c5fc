import { useId } from 'react';

export interface ChoiceOption<V extends string> {
  value: V;
  label: string;
}

interface ChoiceCellProps<V extends string> {
  /** The accessible name of the list (the column header names it for sighted users). */
  label: string;
  value: V;
  options: readonly ChoiceOption<V>[];
  /** The option the contract form means, marked in its label. */
  defaultValue: V;
  /** Added to the default option's label and shown under the list while the default applies. */
  defaultNote: string;
  /** Whether the shown value is the default (nothing chosen), rather than the user's own choice. */
  isDefault: boolean;
  onChange: (value: V) => void;
}

/**
 * A choice in a table cell, a native list box (keyboard and screen readers
 * work as everywhere in the system), with the option the contract form means
 * marked, and a note while nothing else is chosen.
 */
export function ChoiceCell<V extends string>({ label, value, options, defaultValue, defaultNote, isDefault, onChange }: ChoiceCellProps<V>) {
  const noteId = useId();
  return (
    <div className="staffing__choice">
      <select
        className="input staffing__select"
        aria-label={label}
        aria-describedby={isDefault ? noteId : undefined}
        value={value}
        onChange={(e) => {
          const chosen = options.find((o) => o.value === e.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.value === defaultValue ? `${o.label} (${defaultNote})` : o.label}
          </option>
        ))}
      </select>
      {isDefault && (
        <span id={noteId} className="staffing__note">
          {defaultNote}
        </span>
      )}
    </div>
  );
}
