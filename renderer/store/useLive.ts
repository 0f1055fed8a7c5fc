import { useEffect, useMemo, useState } from 'react';
import type { Live } from '../db/live.ts';

/**
 * Follows a live query: re-renders whenever the data it read changes in the
 * database, whichever window or tab changed it. `undefined` until the first
 * result – unless the query already holds one (a shared query another view
 * reads, or a board read at start-up), which the first render then shows.
 * `deps` name what the query depends on.
 */
export function useLive<T>(makeQuery: () => Live<T>, deps: readonly unknown[]): T | undefined {
  // The query is rebuilt exactly when its declared dependencies change (the caller's list is
  // passed on, so it is not a literal). Were React to drop the memo, a new query would only
  // mean a new subscription.
  // eslint-disable-next-line react-hooks/exhaustive-deps, react-hooks/use-memo
  const query = useMemo(makeQuery, deps);
  const [state, setState] = useState<{ query: Live<T>; value: T | undefined }>(() => ({ query, value: query.peek?.() }));
  useEffect(() => {
    const sub = query.subscribe({
      next: (value) => setState({ query, value }),
      error: (error) => console.error(error),
    });
    return () => sub.unsubscribe();
  }, [query]);
  // A result of an older query (e.g. the previous analysis) is never shown for a new one.
  return state.query === query ? state.value : query.peek?.();
}
