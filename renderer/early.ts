/**
 * What the page can do for its first screen while it waits for the app's
 * bundle. Built as an entry of its own and loaded by a script tag ahead of the
 * bundle (build/scripts/opening.ts), so it runs as soon as the page is parsed
 * – the page's thread is idle until the bundle has arrived and compiled – and
 * main.tsx imports it first, so it runs once either way (and in development).
 *
 * - starts reading the opening board from IndexedDB (warmDb.ts);
 * - reads whether the kiosk is on (earlyLock.ts), so the first render shows only the kiosk;
 * - reads the remembered UI language and makes the number and plural formats
 *   the board uses, which loads the locale's data.
 * It imports nothing heavy: neither React nor Dexie.
 */
import { prepareFormatters } from './i18n/formatters.ts';
import { languageHint } from './i18n/languageHint.ts';
import { readEarlyBoard, type EarlyBoard } from './db/warmDb.ts';
import { readEarlyLock } from './db/earlyLock.ts';
import { hashToRoute } from './store/route.ts';

const opening = hashToRoute(typeof location === 'undefined' ? '' : location.hash);

/** The opening board as read at start-up, or null (not a board, no database yet, or a failed read). */
export const earlyBoard: Promise<EarlyBoard | null> = readEarlyBoard(opening.name === 'analysis' && opening.view === 'board' ? opening.id : null);

/** The kiosk lock as read at start-up: null when the kiosk is off, undefined when the read failed. */
export const earlyLock = readEarlyLock();

try {
  prepareFormatters(languageHint() ?? 'sv');
} catch (error) {
  // Only a head start: the translator makes them itself when they are needed.
  console.warn('Could not prepare the number formats', error);
}
