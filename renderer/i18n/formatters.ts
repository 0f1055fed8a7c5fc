/**
 * Intl objects, made on first use and shared by everything that formats for
 * the locale. Making the first one loads the locale's data (about 10 ms here),
 * so early.ts makes the ones the board needs while the page waits for its
 * bundle, instead of in the middle of the board's first render.
 */
import type { Language } from '../../shared/ipc.ts';

export const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

type Formatter = Intl.PluralRules | Intl.DateTimeFormat | Intl.NumberFormat;
const made = new Map<string, Formatter>();

function formatter<T extends Formatter>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (!value) {
    value = make();
    made.set(key, value);
  }
  return value;
}

export const pluralRules = (locale: string) => formatter(`${locale} plural`, () => new Intl.PluralRules(locale));
export const dateFormat = (locale: string) =>
  formatter(`${locale} date`, () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }));
export const timeFormat = (locale: string) => formatter(`${locale} time`, () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }));
export const numberFormat = (locale: string, maxDecimals: number) =>
  formatter(`${locale} number ${maxDecimals}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals }));

/** Makes what the first screen formats with: numbers of hours (two decimals) and plurals. */
export function prepareFormatters(language: Language): void {
  const locale = LOCALES[language];
  numberFormat(locale, 2);
  pluralRules(locale);
}
