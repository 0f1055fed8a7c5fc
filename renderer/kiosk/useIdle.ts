import { useCallback, useEffect, useRef, useState } from 'react';

/** How long an answer may stand untouched before it is cleared, and how long before that the kiosk asks. */
export const IDLE_MS = 3 * 60_000;
export const WARN_MS = 30_000;
const TICK_MS = 1_000;

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * Watches for a person at the screen while `active`: after IDLE_MS − WARN_MS
 * with no touch, click or key it warns (the seconds left, counting down), and
 * after IDLE_MS it calls `onIdle`. Any activity starts the wait over.
 *
 * Activity is only noted (in a ref), never set as state from the listeners:
 * they run before React's own, and a render in between would undo what a
 * field was just given before React saw it.
 */
export function useIdle(active: boolean, onIdle: () => void): { warning: boolean; secondsLeft: number; stay: () => void } {
  const last = useRef(0);
  const [left, setLeft] = useState<number | null>(null);

  useEffect(() => {
    if (!active) return;
    last.current = Date.now();
    const note = () => {
      last.current = Date.now();
    };
    for (const type of ACTIVITY) document.addEventListener(type, note, { capture: true, passive: true });
    const tick = setInterval(() => {
      const idle = Date.now() - last.current;
      if (idle >= IDLE_MS) onIdle();
      else setLeft(idle >= IDLE_MS - WARN_MS ? Math.ceil((IDLE_MS - idle) / 1_000) : null);
    }, TICK_MS);
    return () => {
      clearInterval(tick);
      for (const type of ACTIVITY) document.removeEventListener(type, note, { capture: true });
    };
  }, [active, onIdle]);

  const stay = useCallback(() => {
    last.current = Date.now();
    setLeft(null);
  }, []);
  return { warning: active && left !== null, secondsLeft: left ?? 0, stay };
}
