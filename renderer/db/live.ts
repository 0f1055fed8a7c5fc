/** A subscription to a query that re-runs whenever the data it read changes. */
export interface Live<T> {
  subscribe(observer: { next: (value: T) => void; error?: (error: unknown) => void }): { unsubscribe(): void };
  /** The value a new subscriber would get at once, where the query already has one (see sharedLive). */
  peek?(): T | undefined;
}
