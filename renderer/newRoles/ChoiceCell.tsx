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
  /** Shown under the list while the value is what the contract form means. */
  defaultNote: string;
  /** Shown under the list once the user has chosen otherwise. */
  changedNote: string;
  /** Whether the shown value is the default (nothing chosen), rather than the user's own choice. */
  isDefault: boolean;
  onChange: (value: V) => void;
}

/**
 * A choice in a table cell, a native list box (keyboard and screen readers
 * work as everywhere in the system), with a note under it that says whether
 * the value is what the contract form means or the user's own choice.
 */
export function ChoiceCell<V extends string>({ label, value, options, defaultNote, changedNote, isDefault, onChange }: ChoiceCellProps<V>) {
  const noteId = useId();
  return (
    <div className="staffing__choice">
      <select
        className="input staffing__select"
        aria-label={label}
        aria-describedby={noteId}
        value={value}
        onChange={(e) => {
          const chosen = options.find((o) => o.value === e.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <span id={noteId} className="staffing__note">
        {isDefault ? defaultNote : changedNote}
      </span>
    </div>
  );
}
