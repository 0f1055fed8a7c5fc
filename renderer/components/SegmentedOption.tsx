import type { ReactNode } from 'react';
import { RadioButton, RadioField } from 'react-aria-components';

/** One option of a segmented radio group (class `segmented`): the whole option is the label one clicks. */
export function SegmentedOption({ value, lang, children }: { value: string; lang?: string; children: ReactNode }) {
  return (
    <RadioField value={value} className="segmented__field">
      <RadioButton className="segmented__option" lang={lang}>
        {children}
      </RadioButton>
    </RadioField>
  );
}
