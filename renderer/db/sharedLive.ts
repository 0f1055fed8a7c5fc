import type { Live } from './live.ts';

/** A live query that several readers share, which can be started before the first of them. */
export interface SharedLive<T> extends Live<T> {
  /** Starts the query now and keeps it running for `ms` even with no reader (e.g. while a screen's code loads). */
  hold(ms: number): void;
  /** A first value read another way (e.g. at start-up), shown until the query's own first result. */
  seed(value: T): void;
}

/**
 * Runs one live query for all its subscribers. A subscriber that joins later
 * gets the latest result at once instead of waiting for a fresh read, and the
 * query keeps running for `graceMs` after the last one leaves, so switching
 * views back and forth does not read everything again.
 *
 * `same` tells whether the query's first result is what a seed already
 * showed; if so, the seed stays and no reader is told again (nothing to redraw).
 */
export function sharedLive<T>(make: () => Live<T>, graceMs: number, same?: (seeded: T, read: T) => boolean): SharedLive<T> {
  type Observer = Parameters<Live<T>['subscribe']>[0];
  const observers = new Set<Observer>();
  let source: { unsubscribe(): void } | null = null;
  let latest: { value: T } | null = null;
  /** The seed, until the query's first result has come. */
  let seeded: { value: T } | null = null;
  let holds = 0;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;

  const start = () => {
    clearTimeout(stopTimer);
    if (source) return;
    source = make().subscribe({
      next: (value) => {
        const seed = seeded;
        seeded = null;
        if (seed && latest === seed && same?.(seed.value, value)) return;
        latest = { value };
        for (const o of [...observers]) o.next(value);
      },
      error: (error) => {
        for (const o of [...observers]) o.error?.(error);
      },
    });
  };
  const stopWhenIdle = () => {
    if (observers.size > 0 || holds > 0) return;
    clearTimeout(stopTimer);
    stopTimer = setTimeout(() => {
      if (observers.size > 0 || holds > 0) return;
      source?.unsubscribe();
      source = null;
      latest = null;
      seeded = null;
    }, graceMs);
  };

  return {
    subscribe(observer) {
      observers.add(observer);
      start();
      if (latest) observer.next(latest.value);
      return {
        unsubscribe() {
          if (!observers.delete(observer)) return;
          stopWhenIdle();
        },
      };
    },
    peek() {
      return latest?.value;
    },
    seed(value) {
      if (latest) return;
      latest = seeded = { value };
      for (const o of [...observers]) o.next(value);
    },
    hold(ms) {
      holds += 1;
      start();
      setTimeout(() => {
        holds -= 1;
        stopWhenIdle();
      }, ms);
    },
  };
}
