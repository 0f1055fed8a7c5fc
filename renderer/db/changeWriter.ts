import type { Change } from '../../shared/changes.ts';
import type { ChangesRepository } from './writer.ts';

/** A message to the change writer worker. */
export interface WriteRequest {
  id: number;
  changes: readonly Change[];
}

/** Its answer; `committedAt` is `performance.timeOrigin + performance.now()` in the worker when the data was on disk. */
export type WriteReply = { id: number; ok: true; committedAt: number } | { id: number; ok: false; message: string };

/** The part of a Worker the client uses (so tests can pass a fake). */
export interface WorkerLike {
  postMessage(message: WriteRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WriteReply>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

interface InFlight {
  changes: readonly Change[];
  start: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Edits written by a worker, so the disk flush of a move never waits
 * behind the frames that draw it on this thread (the write of a move must be
 * on disk within 20 ms). The worker has its own connection to the same
 * database; live queries here hear of its writes as of any other window's.
 *
 * If the worker cannot start or fails, the writes still in flight and every
 * later one are made on this thread instead (writes are idempotent: each
 * carries its own revision), so a failed worker never loses an edit.
 */
export function workerChangesRepository(spawn: () => WorkerLike, local: ChangesRepository): ChangesRepository & { prepare(): void } {
  let worker: WorkerLike | null = null;
  let failed = false;
  let nextId = 1;
  const inFlight = new Map<number, InFlight>();

  const fallBack = (reason: unknown) => {
    if (failed) return;
    failed = true;
    console.warn('The change writer stopped; writing on the main thread', reason);
    worker?.terminate();
    worker = null;
    const left = [...inFlight.values()];
    inFlight.clear();
    for (const w of left) local.apply(w.changes).then(w.resolve, w.reject);
  };

  const start = (): WorkerLike | null => {
    if (worker || failed) return worker;
    try {
      const w = spawn();
      w.addEventListener('message', (event) => {
        const reply = event.data;
        const waiting = inFlight.get(reply.id);
        if (!waiting) return;
        inFlight.delete(reply.id);
        if (reply.ok) {
          // Read by `npm run bench`: from the edit to the moment the worker saw it on disk.
          const duration = Math.max(0, reply.committedAt - performance.timeOrigin - waiting.start);
          performance.measure('akr:persist', { start: waiting.start, duration });
          // …and to the moment this thread heard of it (when the top bar can say "Sparat").
          performance.measure('akr:saved', { start: waiting.start, end: performance.now() });
          waiting.resolve();
        } else waiting.reject(new Error(reply.message));
      });
      w.addEventListener('error', (event) => fallBack(event));
      worker = w;
    } catch (error) {
      fallBack(error);
    }
    return worker;
  };

  return {
    /** Starts the worker ahead of the first edit (it loads its code and opens the database). */
    prepare() {
      start();
    },
    apply(changes) {
      if (changes.length === 0) return Promise.resolve();
      const w = start();
      if (!w) return local.apply(changes);
      return new Promise<void>((resolve, reject) => {
        const id = nextId++;
        inFlight.set(id, { changes, start: performance.now(), resolve, reject });
        w.postMessage({ id, changes });
      });
    },
  };
}
