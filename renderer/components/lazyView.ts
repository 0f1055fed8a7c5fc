import { lazy, type ComponentType } from 'react';

/** A screen whose code is its own chunk, and can be fetched before React first renders it. */
export interface LazyView<P> {
  Component: ComponentType<P>;
  /** Fetches the screen's code; resolves once it can render without suspending. */
  preload(): Promise<void>;
}

/**
 * Like `React.lazy`, but once the chunk is loaded (by `preload` or an earlier
 * render) React gets it synchronously: the screen renders in the same pass as
 * its parent instead of showing its fallback, waiting for a retry, and – as
 * React holds back a retry for up to 300 ms after a fallback was shown –
 * appearing later than its code arrived.
 */
export function lazyView<M, P>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): LazyView<P> {
  let loaded: { component: ComponentType<P> } | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const fetch = () =>
    (loading ??= load().then(
      (module) => {
        loaded = { component: pick(module) };
        return loaded.component;
      },
      (error: unknown) => {
        loading = null; // a later render may try again
        throw error;
      },
    ));
  const Component = lazy(() => {
    const ready = loaded;
    // A thenable that answers at once: React.lazy then renders without suspending.
    if (ready) return { then: (resolve: (value: { default: ComponentType<P> }) => void) => resolve({ default: ready.component }) } as unknown as Promise<{ default: ComponentType<P> }>;
    return fetch().then((component) => ({ default: component }));
  });
  return {
    Component,
    preload: () => fetch().then(() => undefined),
  };
}
