import { useSyncExternalStore } from 'react';

/**
 * The width at or below which the top bar's links and the analysis's rail
 * fold into the menu (half a laptop screen). Must match the `max-width` of
 * the media query in styles/components.css that shows `.nav-menu__button`.
 */
export const NARROW_WINDOW = '(max-width: 760px)';

const query = () => window.matchMedia(NARROW_WINDOW);

function subscribe(onChange: () => void): () => void {
  const list = query();
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** Whether the window is narrow enough for the navigation menu; follows the window as it is resized. */
export function useNarrowWindow(): boolean {
  return useSyncExternalStore(subscribe, () => query().matches);
}
