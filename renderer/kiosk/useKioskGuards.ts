import { useEffect } from 'react';

const inText = (target: EventTarget | null) => target instanceof HTMLElement && target.matches('input, textarea');

/**
 * Keeps the next person from leaving the kiosk through the browser: the
 * address stays on the kiosk (Back and a typed address land here again, and
 * the gate draws only the kiosk anyway), undo and redo keys and the browser's
 * back and forward keys do nothing outside a text field, and the page's own
 * context menu (with Back in it) does not open.
 */
export function useKioskGuards(hash: string): void {
  useEffect(() => {
    history.replaceState(null, '', hash);
    // An entry of our own to go back to, so Back stays on this page.
    history.pushState(null, '', hash);
    const stay = () => {
      if (location.hash !== hash) history.replaceState(null, '', hash);
    };
    const onPop = () => {
      stay();
      history.pushState(null, '', hash);
    };
    const onKey = (e: KeyboardEvent) => {
      const key = e.key.toLowerCase();
      const undo = (e.ctrlKey || e.metaKey) && (key === 'z' || key === 'y');
      const travel = (e.altKey && (key === 'arrowleft' || key === 'arrowright')) || key === 'browserback' || key === 'browserforward';
      if ((undo && !inText(e.target)) || travel || (key === 'backspace' && !inText(e.target))) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    const onMenu = (e: MouseEvent) => {
      if (!inText(e.target)) e.preventDefault();
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('hashchange', stay);
    window.addEventListener('keydown', onKey, { capture: true });
    window.addEventListener('contextmenu', onMenu, { capture: true });
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('hashchange', stay);
      window.removeEventListener('keydown', onKey, { capture: true });
      window.removeEventListener('contextmenu', onMenu, { capture: true });
    };
  }, [hash]);
}
