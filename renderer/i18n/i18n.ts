import { createContext, useContext } from 'react';
import type { Language } from '../../shared/ipc.ts';
import { sv, type MessageKey } from './sv.ts';
import { dateFormat, LOCALES, numberFormat, pluralRules, timeFormat } from './formatters.ts';
import { peopleHours } from '../../shared/numbers.ts';

type Dictionary = Record<MessageKey, string>;
/**
 * Swedish is built in; English is its own chunk, fetched only when chosen, so
 * the start-up bundle carries one language.
 */
const DICTIONARIES: Partial<Record<Language, Dictionary>> = { sv };

/** Whether the language's texts are loaded. */
export function hasDictionary(language: Language): boolean {
  return DICTIONARIES[language] !== undefined;
}

/** Loads a language's texts (a no-op for Swedish and for one already loaded). */
export async function loadDictionary(language: Language): Promise<void> {
  if (DICTIONARIES[language]) return;
  if (language === 'en') DICTIONARIES.en = (await import('./en.ts')).en;
}

type Values = Record<string, string | number>;
/** Keys that have `_one`/`_other` forms, called without the suffix and with a `count`. */
type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

/** Translation and formatting for one language. */
export interface Translator {
  language: Language;
  t: (key: MessageKey, values?: Values) => string;
  plural: (key: PluralBase, count: number, values?: Values) => string;
  /** "24 aug 2021" / "24 Aug 2021". */
  date: (value: string | Date) => string;
  /** A moment: "2 dec 2026 10:14". */
  dateTime: (value: string | Date) => string;
  /** Decimal comma in Swedish: "2,5". */
  number: (value: number, maxDecimals?: number) => string;
  /** Hours with a space before the unit, as the house style writes them: "2,5 h". */
  hours: (value: number) => string;
  /** Hours as people read them, to the half hour: "2,5 h", "< 0,5 h" (see peopleHours). */
  roundHours: (value: number) => string;
}

function fill(template: string, values: Values | undefined, format: (n: number) => string): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? format(value) : value;
  });
}

/** Reads a "YYYY-MM-DD" calendar date as that local day, not as UTC midnight. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
}

/** The translator for a loaded language (see loadDictionary). */
export function createTranslator(language: Language): Translator {
  const dict = DICTIONARIES[language];
  if (!dict) throw new Error(`The ${language} texts are not loaded yet.`);
  const locale = LOCALES[language];
  const number = (value: number, maxDecimals = 2): string => {
    const format = numberFormat(locale, maxDecimals);
    // A plain hyphen-minus keeps numbers searchable and copyable.
    return format.format(value).replace('\u2212', '-');
  };
  const t = (key: MessageKey, values?: Values) => fill(dict[key], values, (n) => number(n));
  return {
    language,
    t,
    plural: (key, count, values) => {
      const form = pluralRules(locale).select(count) === 'one' ? 'one' : 'other';
      return t(`${key}_${form}` as MessageKey, { count, ...values }); // the suffixed key exists by the PluralBase type
    },
    // Swedish short months carry a period ("aug."); the house style writes "24 aug 2021".
    date: (value) =>
      dateFormat(locale)
        .format(toDate(value))
        .replace(/\.(?=\s|$)/g, ''),
    dateTime: (value) =>
      `${dateFormat(locale)
        .format(toDate(value))
        .replace(/\.(?=\s|$)/g, '')} ${timeFormat(locale).format(toDate(value))}`,
    number,
    hours: (value) => `${number(value, 2)} h`,
    roundHours: (value) => {
      const shown = peopleHours(value);
      return `${shown.less ? '< ' : ''}${number(shown.value, 1)} h`;
    },
  };
}

export const TranslatorContext = createContext<Translator>(createTranslator('sv'));

/** The translator for the current UI language. */
export function useT(): Translator {
  return useContext(TranslatorContext);
}
