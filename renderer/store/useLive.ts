import { useEffect, useState } from 'react';
import type { Live } from '../db/repositories.ts';

/**
 * Follows a live query: re-renders whenever the data it read changes in the
 * database, whichever window or tab changed it. `undefined` until the first
 * result. `deps` name what the query depends on.
 */
export function useLive<T>(makeQuery: () => Live<T>, deps: readonly unknown[]): T | undefined {
  const [state, setState] = useState<{ deps: readonly unknown[]; value: T | undefined }>({ deps, value: undefined });
  useEffect(() => {
    const sub = makeQuery().subscribe({
      next: (value) => setState({ deps, value }),
      error: (error) => console.error(error),
    });
    return () => sub.unsubscribe();
    // The query is rebuilt exactly when its declared dependencies change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  // A result for older deps (e.g. the previous analysis) is never shown for new ones.
  const same = state.deps.length === deps.length && state.deps.every((d, i) => Object.is(d, deps[i]));
  return same ? state.value : undefined;
}
