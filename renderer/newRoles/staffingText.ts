/**
 * Pure wording and number formats for the staffing estimate and the key
 * figures: money in whole kronor, posts with two decimals, the difference in
 * words, what is missing, the typed-in numbers, and the key-figure CSV rows.
 */
import type { CsvValue } from '../../shared/csvWrite.ts';
import type { Language } from '../../shared/ipc.ts';
import type { NewRoleSummary, StaffingEstimate } from '../../shared/newRoles.ts';
import { parseDecimal } from '../../shared/numbers.ts';
import type { Translator } from '../i18n/i18n.ts';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat>();
function format(language: Language, kind: 'money' | 'posts'): Intl.NumberFormat {
  const key = `${language}:${kind}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[language], kind === 'money' ? { maximumFractionDigits: 0 } : { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    formats.set(key, f);
  }
  return f;
}
// A plain hyphen-minus keeps numbers searchable and copyable (as the translator does); no "-0".
const plain = (text: string) => text.replace('\u2212', '-').replace(/^-(?=[0\s.,\u00a0\u202f]*$)/, '');

/** Whole kronor with the language's grouping: "330 000 kr" (sv-SE groups with a no-break space). */
export function money(value: number, language: Language): string {
  return `${plain(format(language, 'money').format(Math.round(value)))} kr`;
}

/** Full-time posts with two decimals: "9,60". */
export function posts(value: number, language: Language): string {
  return plain(format(language, 'posts').format(value));
}

/** A number as it goes back into an input: no grouping, decimal comma in Swedish, at most two decimals. */
export function inputNumber(value: number, language: Language): string {
  const rounded = Math.round(value * 100) / 100;
  const text = String(rounded);
  return language === 'sv' ? text.replace('.', ',') : text;
}

export type Direction = 'decrease' | 'increase' | 'none';

/** Whether a cost difference is a decrease, an increase or none (under half a krona counts as none). */
export function direction(difference: number): Direction {
  if (Math.abs(difference) < 0.5) return 'none';
  return difference < 0 ? 'decrease' : 'increase';
}

/** A difference in words, never only a minus sign: "Minskar med 4 117 kr" / "Ökar med …" / "Ingen skillnad". */
export function differenceText(difference: number, translator: Translator): string {
  const amount = money(Math.abs(difference), translator.language);
  switch (direction(difference)) {
    case 'none':
      return translator.t('staffing.difference.none');
    case 'decrease':
      return translator.t('staffing.difference.decrease', { amount });
    case 'increase':
      return translator.t('staffing.difference.increase', { amount });
  }
}

/**
 * Names of the roles, existing and new, that still have no monthly cost the unit's total needs,
 * in table order (a new post the labour-market unit pays does not need one).
 */
export function missingCosts(estimate: StaffingEstimate): string[] {
  return [...estimate.existing.filter((r) => r.monthlyCost === null), ...estimate.added.filter((r) => r.unitCost === null)].map((r) => r.name);
}

/** "A", "A och B", "A, B och C" in Swedish; "A and B", "A, B and C" in English. */
export function listNames(names: readonly string[], language: Language): string {
  return new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' }).format(names);
}

export type NumberProblem = 'notNumber' | 'negative' | 'tooLarge';
export type NumberInput = { ok: true; value: number | null } | { ok: false; problem: NumberProblem };

/**
 * A typed-in number: "2,5" and "2.5" alike, spaces as thousands ("33 000"),
 * an optional "kr" after an amount. Empty = null (the default). Never negative.
 */
export function parseNumberInput(text: string, max: number): NumberInput {
  const trimmed = text.trim().replace(/\s*kr\.?$/i, '');
  if (trimmed === '') return { ok: true, value: null };
  const value = parseDecimal(trimmed);
  if (value === null) return { ok: false, problem: 'notNumber' };
  if (value < 0) return { ok: false, problem: 'negative' };
  if (value > max) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value };
}

/** Largest full-time posts and monthly cost accepted: far above any unit, low enough to catch a slip of the keyboard. */
export const MAX_POSTS = 10_000;
export const MAX_MONTHLY_COST = 10_000_000;

export interface KeyFigureLabels {
  unit: string;
  newRole: string;
  hours: string;
  share: string;
  contract: string;
  relieves: string;
  noContract: string;
}

/**
 * The key-figure CSV: a header, then one row per new role with its unit,
 * hours per week, share of a full-time post, contract form and the roles it
 * relieves with their hours ("Undersköterska 16 h, Sjuksköterska 2,5 h").
 */
export function keyFigureCsvRows(
  analyses: readonly { unit: string; summaries: readonly NewRoleSummary[] }[],
  labels: KeyFigureLabels,
  hours: (value: number) => string,
): CsvValue[][] {
  const rows: CsvValue[][] = [[labels.unit, labels.newRole, labels.hours, labels.share, labels.contract, labels.relieves]];
  for (const a of analyses) {
    for (const s of a.summaries) {
      rows.push([
        a.unit,
        s.role.name,
        s.hours,
        Math.round(s.share * 100) / 100,
        s.role.contract ?? labels.noContract,
        s.relief.map((r) => `${r.name} ${hours(r.hours)}`).join(', '),
      ]);
    }
  }
  return rows;
}
