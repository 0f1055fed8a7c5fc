import type { Live } from './live.ts';
import type { Repositories } from './repositories.ts';

/**
 * The repositories, usable before their code has loaded.
 *
 * Dexie and the repositories over it are a fifth of what the app would
 * otherwise compile before its first screen, and a board's first render needs
 * nothing from them: it is drawn from the board read at start-up (warmDb.ts).
 * So they load on their own, once something first asks them for data, and this
 * stands in for them until then. Every repository method keeps its type; what
 * it does before the load depends on its kind, which its name and type tell
 * (the check below holds every repository to it):
 *
 * - `live…` returns a live query at once; its subscribers are answered once
 *   the repositories have loaded and the query has read. Its `peek` gives what
 *   a `seed` said, until then.
 * - `seed(...key, value)` gives `live(...key)` of the same repository its first
 *   value: what the start-up reads found (the board, the kiosk lock). Kept and
 *   handed on; it does not start the load.
 * - `prefetch(...)` (nothing returned) is queued and starts the load.
 * - every other method returns a promise: it starts the load and is run once
 *   loaded, in the order called.
 *
 * Once loaded, every call goes straight to the repositories.
 */

/** The repositories, by name: `satisfies` below checks that it names every one, and nothing else. */
const NAMES = {
  items: true,
  analyses: true,
  roles: true,
  settings: true,
  changes: true,
  board: true,
  survey: true,
  swot: true,
  exchange: true,
  newRoles: true,
  syncFiles: true,
  kiosk: true,
  room: true,
  info: true,
  report: true,
  followUp: true,
  economics: true,
} as const satisfies Record<keyof Repositories, true>;

/** The kind of a repository method, from its name and type; `false` where the two disagree. */
type KindOf<M, F> = F extends (...args: never[]) => infer R
  ? M extends `live${string}`
    ? R extends Live<unknown>
      ? 'live'
      : false
    : M extends 'seed' | 'prefetch'
      ? // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- the kind is "returns nothing"
        [R] extends [void]
        ? 'sync'
        : false
      : R extends Promise<unknown>
        ? 'promise'
        : false
  : false;
/** "repository.method" of every method that fits none of the kinds above. */
type Misfits = {
  [R in keyof Repositories]: {
    [M in keyof Repositories[R]]: KindOf<M, Repositories[R][M]> extends false ? `${R}.${M & string}` : never;
  }[keyof Repositories[R]];
}[keyof Repositories];
type None<T extends never> = T;
/**
 * A compile error here names a method that follows none of the kinds above: rename it, or make it
 * return a promise, so that it can be called before the repositories have loaded.
 */
export type EveryMethodFits = None<Misfits>;

type AnyMethod = (...args: unknown[]) => unknown;
type Loaded = Record<string, Record<string, AnyMethod>>;

/** Calls a loaded repository's method, on the repository. */
function call(loaded: Loaded, name: string, key: string, args: unknown[]): unknown {
  const repo = loaded[name];
  const fn = repo?.[key];
  if (typeof fn !== 'function') throw new Error(`No method ${name}.${key}`);
  return Reflect.apply(fn, repo, args);
}

export interface DeferredRepositories {
  /** Stands in for the repositories until they have loaded, and calls them after. */
  repos: Repositories;
  /** Starts loading them (once); resolves when they are ready. */
  load(): Promise<Repositories>;
  /** Whether they have loaded. */
  readonly loaded: boolean;
}

/**
 * `open` loads the repositories (a dynamic import). A failed load is reported
 * to whatever waits on it, and tried again on the next call.
 */
export function deferredRepositories(open: () => Promise<Repositories>): DeferredRepositories {
  let real: Loaded | null = null;
  let loading: Promise<Loaded> | null = null;
  /** `seed` values per repository and key (JSON of the key's arguments), until the load hands them on. */
  const seeds = new Map<string, Map<string, unknown>>();
  /** Queued `seed` and `prefetch` calls, in order. */
  const queued: { name: string; method: string; args: unknown[] }[] = [];

  const load = (): Promise<Loaded> => {
    if (real) return Promise.resolve(real);
    loading ??= open().then(
      (repos) => {
        const loaded = repos as unknown as Loaded;
        for (const q of queued.splice(0)) {
          // One queued call's failure must not fail the load for everything else.
          try {
            call(loaded, q.name, q.method, q.args);
          } catch (error) {
            console.error(`${q.name}.${q.method} failed`, error);
          }
        }
        seeds.clear();
        real = loaded;
        return loaded;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };

  const method = (name: string, key: string): AnyMethod => {
    if (key.startsWith('live')) {
      return (...args) => {
        if (real) return call(real, name, key, args);
        return deferredLive(name, key, args);
      };
    }
    if (key === 'seed' || key === 'prefetch') {
      return (...args) => {
        if (real) return call(real, name, key, args);
        queued.push({ name, method: key, args });
        if (key === 'seed') {
          const byKey = seeds.get(name) ?? new Map<string, unknown>();
          byKey.set(JSON.stringify(args.slice(0, -1)), args.at(-1));
          seeds.set(name, byKey);
        } else void load().catch(() => undefined); // its failure is reported to whoever reads
        return undefined;
      };
    }
    return async (...args) => {
      return call(real ?? (await load()), name, key, args);
    };
  };

  /** A live query asked for before the load: subscribing starts the load, and the real query follows it. */
  const deferredLive = (name: string, key: string, args: unknown[]): Live<unknown> => {
    let inner: Live<unknown> | null = null;
    const made = (loaded: Loaded) => (inner ??= call(loaded, name, key, args) as Live<unknown>);
    const seedKey = JSON.stringify(args);
    return {
      subscribe(observer) {
        if (real) return made(real).subscribe(observer);
        let closed = false;
        let subscription: { unsubscribe(): void } | null = null;
        load().then(
          (loaded) => {
            if (!closed) subscription = made(loaded).subscribe(observer);
          },
          (error: unknown) => {
            if (!closed) observer.error?.(error);
          },
        );
        return {
          unsubscribe() {
            closed = true;
            subscription?.unsubscribe();
          },
        };
      },
      peek() {
        if (real) return made(real).peek?.();
        return key === 'live' ? seeds.get(name)?.get(seedKey) : undefined;
      },
    };
  };

  const repos: Record<string, Record<string, AnyMethod>> = {};
  for (const name of Object.keys(NAMES)) {
    const methods = new Map<string, AnyMethod>();
    repos[name] = new Proxy<Record<string, AnyMethod>>(
      {},
      {
        get(_, key) {
          if (typeof key !== 'string' || key === 'then') return undefined;
          let fn = methods.get(key);
          if (!fn) {
            fn = method(name, key);
            methods.set(key, fn);
          }
          return fn;
        },
      },
    );
  }

  return {
    repos: repos as unknown as Repositories,
    load: () => load() as unknown as Promise<Repositories>,
    get loaded() {
      return real !== null;
    },
  };
}
