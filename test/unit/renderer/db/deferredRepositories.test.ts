import { describe, expect, it, vi } from 'vitest';
import 'fake-indexeddb/auto';
import { deferredRepositories } from '../../../../renderer/db/deferredRepositories.ts';
import { openDb } from '../../../../renderer/db/db.ts';
import { createRepositories, type Repositories } from '../../../../renderer/db/repositories.ts';
import type { BoardData } from '../../../../renderer/db/boardRepository.ts';
import type { KioskLock } from '../../../../shared/kiosk/lock.ts';

/** Real repositories over a fresh database, and a loader that resolves only when told to. */
function gated() {
  const db = openDb({ name: `deferred-${crypto.randomUUID()}` });
  const real = createRepositories(db);
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const open = vi.fn(async (): Promise<Repositories> => {
    await gate;
    return real;
  });
  return { db, real, open, release };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

const board = (analysisId: string): BoardData => ({
  roles: [{ id: 'r1', rev: 1, updatedAt: 't', analysisId, name: 'Undersköterska', headcount: 3, order: 'a0' }] as BoardData['roles'],
  tasks: [],
  placements: [],
});

describe('the repositories before their code has loaded', () => {
  it('does not load until something asks for data, then loads once', async () => {
    const { open, release } = gated();
    const deferred = deferredRepositories(open);
    // Making a live query and seeding do not load.
    deferred.repos.board.live('a1');
    deferred.repos.board.seed('a1', board('a1'));
    await tick();
    expect(open).not.toHaveBeenCalled();
    const first = deferred.repos.analyses.liveSummaries().subscribe({ next: () => undefined });
    const read = deferred.repos.settings.get();
    await tick();
    expect(open).toHaveBeenCalledTimes(1);
    expect(deferred.loaded).toBe(false);
    release();
    await expect(read).resolves.toMatchObject({ privacyThreshold: expect.any(Number) });
    expect(deferred.loaded).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
    first.unsubscribe();
  });

  it('shows a seed at once, before the load, and hands it to the real query', async () => {
    const { open, release } = gated();
    const deferred = deferredRepositories(open);
    const seeded = board('a1');
    deferred.repos.board.seed('a1', seeded);
    const lock = null satisfies KioskLock | null;
    deferred.repos.kiosk.seed(lock);
    // The first render peeks: the seeded board and lock, and nothing for another board.
    expect(deferred.repos.board.live('a1').peek?.()).toBe(seeded);
    expect(deferred.repos.board.live('a2').peek?.()).toBeUndefined();
    expect(deferred.repos.kiosk.live().peek?.()).toBeNull();
    const live = deferred.repos.board.live('a1');
    const seen: BoardData[] = [];
    live.subscribe({ next: (value) => seen.push(value) });
    release();
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
    // The real board query was seeded before anyone subscribed to it: its first answer is the seed.
    expect(seen[0]).toBe(seeded);
    expect(live.peek?.()).toBeDefined();
  });

  it('runs calls made before the load in order, and calls straight through after it', async () => {
    const { open, release, real } = gated();
    const deferred = deferredRepositories(open);
    const order: string[] = [];
    const spy = vi.spyOn(real.board, 'prefetch').mockImplementation(() => void order.push('prefetch'));
    const settings = vi.spyOn(real.settings, 'get');
    deferred.repos.board.prefetch('a1', 10);
    const read = deferred.repos.settings.get().then(() => order.push('get'));
    release();
    await read;
    expect(order).toEqual(['prefetch', 'get']);
    expect(spy).toHaveBeenCalledWith('a1', 10);
    // Loaded: a call goes straight to the repository, on the repository.
    deferred.repos.board.prefetch('a2');
    expect(spy).toHaveBeenLastCalledWith('a2');
    await deferred.repos.settings.get();
    expect(settings).toHaveBeenCalledTimes(2);
  });

  it('loads for everything else when a queued call fails', async () => {
    const { open, release, real } = gated();
    const deferred = deferredRepositories(open);
    vi.spyOn(real.board, 'prefetch').mockImplementation(() => {
      throw new Error('prefetch broke');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    deferred.repos.board.prefetch('a1');
    release();
    await expect(deferred.repos.settings.get()).resolves.toBeDefined();
    expect(deferred.loaded).toBe(true);
    expect(logged).toHaveBeenCalledWith('board.prefetch failed', expect.any(Error));
    logged.mockRestore();
  });

  it('tells a subscriber that leaves before the load nothing, and stops its query', async () => {
    const { open, release, real } = gated();
    const deferred = deferredRepositories(open);
    const liveSummaries = vi.spyOn(real.analyses, 'liveSummaries');
    const next = vi.fn();
    const subscription = deferred.repos.analyses.liveSummaries().subscribe({ next });
    subscription.unsubscribe();
    release();
    await deferred.load();
    await tick();
    expect(liveSummaries).not.toHaveBeenCalled();
    expect(next).not.toHaveBeenCalled();
  });

  it('reports a failed load to what waits on it, and tries again on the next call', async () => {
    const { real } = gated();
    let fail = true;
    const open = vi.fn(async () => {
      if (fail) throw new Error('chunk missing');
      return real;
    });
    const deferred = deferredRepositories(open);
    const error = vi.fn();
    deferred.repos.analyses.liveSummaries().subscribe({ next: () => undefined, error });
    await expect(deferred.repos.settings.get()).rejects.toThrow('chunk missing');
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    fail = false;
    await expect(deferred.repos.settings.get()).resolves.toBeDefined();
    expect(open).toHaveBeenCalledTimes(2);
    expect(deferred.loaded).toBe(true);
  });

  it('is not mistaken for a promise, and names a method that is not there', async () => {
    const { open, release } = gated();
    const deferred = deferredRepositories(open);
    // `await repos.board` must not wait for a `then` the repository does not have.
    expect((deferred.repos.board as unknown as { then?: unknown }).then).toBeUndefined();
    release();
    const missing = (deferred.repos.board as unknown as Record<string, () => Promise<unknown>>).nothingLikeThis;
    await expect(missing?.()).rejects.toThrow('No method board.nothingLikeThis');
  });
});
