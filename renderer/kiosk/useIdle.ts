import { useEffect, useState } from 'react';

/** How long an answer may stand untouched before it is cleared, and how long before that the kiosk asks. */
export const IDLE_MS = 3 * 60_000;
export const WARN_MS = 30_000;

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * Watches for a person at the screen while `active`: after IDLE_MS − WARN_MS
 * with no touch, click or key it warns (the seconds left, counting down), and
 * after IDLE_MS it calls `onIdle`. Any activity starts the wait over.
 */
export function useIdle(active: boolean, onIdle: () => void): { warning: boolean; secondsLeft: number } {
  const [warnedAt, setWarnedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const [activity, setActivity] = useState(0);

  useEffect(() => {
    if (!active) return;
    const bump = () => {
      setWarnedAt(null);
      setActivity((n) => n + 1);
    };
    for (const type of ACTIVITY) document.addEventListener(type, bump, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY) document.removeEventListener(type, bump, { capture: true });
    };
  }, [active]);

  useEffect(() => {
    if (!active) return;
    const warn = setTimeout(() => {
      setWarnedAt(Date.now());
      setNow(Date.now());
    }, IDLE_MS - WARN_MS);
    const idle = setTimeout(onIdle, IDLE_MS);
    return () => {
      clearTimeout(warn);
      clearTimeout(idle);
    };
  }, [active, activity, onIdle]);

  useEffect(() => {
    if (warnedAt === null) return;
    const tick = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(tick);
  }, [warnedAt]);

  const warning = active && warnedAt !== null;
  const secondsLeft = warning ? Math.max(0, Math.ceil((warnedAt + WARN_MS - now) / 1_000)) : 0;
  return { warning, secondsLeft };
}
