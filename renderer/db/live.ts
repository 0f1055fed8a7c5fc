/** A subscription to a query that re-runs whenever the data it read changes. */
export interface Live<T> {
  subscribe(observer: { next: (value: T) => void; error?: (error: unknown) => void }): { unsubscribe(): void };
  /** The value a new subscriber would get at once, where the query already has one (see sharedLive). */
  peek?(): T | undefined;
}

/**
 * A live query that starts once `first` has settled, its values mapped with
 * what `first` gave: for a query whose results depend on something read once
 * (the organisation's policy), without a non-Dexie await inside the query.
 */
export function liveAfter<A, T, U>(first: Promise<A>, query: () => Live<T>, map: (value: T, first: A) => U): Live<U> {
  return {
    subscribe(observer) {
      let closed = false;
      let inner: { unsubscribe(): void } | null = null;
      void first.then(
        (a) => {
          if (closed) return;
          inner = query().subscribe({ next: (value) => observer.next(map(value, a)), error: observer.error });
        },
        (error: unknown) => observer.error?.(error),
      );
      return {
        unsubscribe() {
          closed = true;
          inner?.unsubscribe();
        },
      };
    },
  };
}
