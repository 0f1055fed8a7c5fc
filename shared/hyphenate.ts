/**
 * Hyphenation for drawing text, never for storing it: long Swedish compounds
 * ("förbrukningsmaterial") get soft hyphens (U+00AD) at the points the TeX
 * hyphenation patterns allow, so a narrow box breaks them as "förbruknings-/
 * material" instead of anywhere. What is stored, searched and exported is the
 * text as typed; only the views (and the PDF layout) hyphenate it on the way out.
 *
 * The patterns (the `hyphen` package, ~90 kB for Swedish) are loaded on first
 * use, so the start-up bundle carries none of them.
 */
import type { Language } from './ipc.ts';

export const SOFT_HYPHEN = '\u00AD';

/**
 * A language's patterns: the text with U+00AD at the hyphenation points of its
 * words. Applied through `hyphenateText`, which adds the last-resort points.
 */
export type WordHyphenator = (text: string) => string;

/** Words with fewer letters are never hyphenated: they wrap whole at spaces. */
export const MIN_WORD_LENGTH = 8;
/**
 * A run of more letters than this with no hyphenation point (a word the
 * patterns do not know, a run of capitals) gets points every `FALLBACK_SPACING`
 * letters, so that it too breaks with a hyphen. Soft hyphens cannot rank
 * breaks, so this is only done where the patterns left nothing: Swedish
 * pattern runs are rarely longer than seven letters.
 */
export const LONGEST_RUN = 8;
export const FALLBACK_SPACING = 5;
/** Letters a fallback point keeps after it, so no line starts with a lone letter or two. */
const FALLBACK_TAIL = 3;

const SOFT_HYPHENS = /\u00AD/g;
const LETTER_RUN = new RegExp(`[\\p{L}\\p{M}]{${LONGEST_RUN + 1},}`, 'gu');

/**
 * The text with soft hyphens at the hyphenation points of every word of at
 * least `MIN_WORD_LENGTH` letters, from `patterns` (null: a language without
 * patterns) and, as a last resort, in long runs the patterns left whole.
 * Shorter words and white space are left as they are.
 */
export function hyphenateText(text: string, patterns: WordHyphenator | null): string {
  if (!hasLongWord(text)) return text;
  // The patterns take a soft hyphen already there for a letter: theirs replace it.
  const marked = patterns ? patterns(stripSoftHyphens(text)) : text;
  return marked.replace(LETTER_RUN, fallbackPoints);
}

/** The text without soft hyphens: what the user typed, for the clipboard. */
export function stripSoftHyphens(text: string): string {
  return text.includes(SOFT_HYPHEN) ? text.replace(SOFT_HYPHENS, '') : text;
}

function hasLongWord(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (/[\p{L}\p{M}]/u.test(ch)) {
      if (++letters >= MIN_WORD_LENGTH) return true;
    } else letters = 0;
  }
  return false;
}

function fallbackPoints(run: string): string {
  const letters = Array.from(run);
  let out = '';
  letters.forEach((ch, i) => {
    if (i > 0 && i % FALLBACK_SPACING === 0 && letters.length - i >= FALLBACK_TAIL) out += SOFT_HYPHEN;
    out += ch;
  });
  return out;
}

const loaded = new Map<Language, Promise<WordHyphenator>>();

/**
 * The patterns of a UI language, loaded once: Swedish, and British English
 * for the English interface (the app's English spells the British way).
 */
export function loadHyphenator(language: Language): Promise<WordHyphenator> {
  let loading = loaded.get(language);
  if (!loading) {
    loading = (language === 'sv' ? import('hyphen/sv') : import('hyphen/en-gb')).then((module) => {
      const language = module.default;
      const options = { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LENGTH };
      return (text: string) => language.hyphenateSync(text, options);
    });
    // A failed load may be retried; the text is drawn unhyphenated meanwhile.
    loading.catch(() => loaded.delete(language));
    loaded.set(language, loading);
  }
  return loading;
}
