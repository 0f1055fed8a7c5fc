import { useSyncExternalStore } from 'react';
import { loadHyphenator, SOFT_HYPHEN, stripSoftHyphens, type WordHyphenator } from '../../shared/hyphenate.ts';
import type { Language } from '../../shared/ipc.ts';

/**
 * The hyphenation patterns of the languages drawn so far. One store for the
 * whole window rather than state per component: a board has a thousand titles,
 * and the memoised cards must not re-render for the patterns' sake; each
 * title's own subscription does.
 */
const ready = new Map<Language, WordHyphenator>();
const listeners = new Set<() => void>();
const subscribers = new Map<Language, (listener: () => void) => () => void>();

function subscriberFor(language: Language): (listener: () => void) => () => void {
  let subscribe = subscribers.get(language);
  if (!subscribe) {
    subscribe = (listener) => {
      listeners.add(listener);
      keepCopiesClean();
      if (!ready.has(language)) {
        loadHyphenator(language).then(
          (hyphenator) => {
            if (ready.has(language)) return;
            ready.set(language, hyphenator);
            for (const l of listeners) l();
          },
          // Without the patterns the text is drawn as it is, which is what it was before them.
          () => undefined,
        );
      }
      return () => listeners.delete(listener);
    };
    subscribers.set(language, subscribe);
  }
  return subscribe;
}

/** The language's patterns once loaded (they load on first use), `null` until then. */
export function useHyphenator(language: Language): WordHyphenator | null {
  return useSyncExternalStore(subscriberFor(language), () => ready.get(language) ?? null);
}

let copyHandlerInstalled = false;

/**
 * Copied text is what the user typed: the soft hyphens drawn into it are
 * taken out of the clipboard's plain text (search and exports read the stored
 * text and never see them).
 */
function keepCopiesClean(): void {
  if (copyHandlerInstalled) return;
  copyHandlerInstalled = true;
  document.addEventListener('copy', (event) => {
    const selected = document.getSelection()?.toString() ?? '';
    if (!selected.includes(SOFT_HYPHEN) || !event.clipboardData) return;
    event.clipboardData.setData('text/plain', stripSoftHyphens(selected));
    event.preventDefault();
  });
}
