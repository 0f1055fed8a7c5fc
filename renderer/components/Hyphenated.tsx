import { useMemo } from 'react';
import { hyphenateText } from '../../shared/hyphenate.ts';
import { useT } from '../i18n/i18n.ts';
import { useHyphenator } from './useHyphenator.ts';

/**
 * Text that may wrap inside a word: drawn with soft hyphens at the UI
 * language's hyphenation points, so a long compound in a narrow box breaks as
 * "förbruknings-/material". Only the drawing changes; `text` is what is stored.
 * Put it in an element styled with `hyphens: manual` (the `.hyphenated` class).
 */
export function Hyphenated({ text }: { text: string }) {
  const { language } = useT();
  const hyphenator = useHyphenator(language);
  const shown = useMemo(() => (hyphenator ? hyphenateText(text, hyphenator) : text), [text, hyphenator]);
  return shown;
}
