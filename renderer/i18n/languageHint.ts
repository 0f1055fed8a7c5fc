import { isLanguage, type Language } from '../../shared/ipc.ts';

/** The language of the last session, remembered so the first paint needs no database read. */
const LANGUAGE_HINT = 'akr-language';

export function languageHint(): Language | null {
  try {
    const value = localStorage.getItem(LANGUAGE_HINT);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_HINT, language);
  } catch {
    // Storage may be unavailable; the hint is only an optimisation.
  }
}
