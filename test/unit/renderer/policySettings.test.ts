/**
 * The settings as the app reads them, with the organisation's policy applied:
 * the real store and repositories over fake-indexeddb, the policy handed over
 * by the platform as the desktop app's would be.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AkrDb } from '../../../renderer/db/db.ts';
import { liveAfter, type Live } from '../../../renderer/db/live.ts';
import { createRepositories } from '../../../renderer/db/repositories.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/model.ts';
import type { Policy } from '../../../shared/policy.ts';
import { firstValueFrom } from './db/live.ts';
import { testStore } from './testStore.ts';

const openDbs: AkrDb[] = [];

function setup(policy: Policy | null) {
  const made = testStore({ policy });
  openDbs.push(made.db);
  return made;
}

afterEach(async () => {
  for (const db of openDbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** The values a live query emits, as they come. */
function collect<T>(live: Live<T>) {
  const values: T[] = [];
  const sub = live.subscribe({ next: (value) => values.push(value) });
  return { values, stop: () => sub.unsubscribe() };
}

describe('settings under a policy', () => {
  it('are the stored settings without a policy', async () => {
    const { repos, state } = setup(null);
    await expect(repos.settings.get()).resolves.toEqual(DEFAULT_SETTINGS);
    await state().updateSettings({ privacyThreshold: 2, language: 'en' });
    await expect(repos.settings.get()).resolves.toMatchObject({ privacyThreshold: 2, language: 'en' });
  });

  it('use a locked language whatever the user stored, and keep what the user stored', async () => {
    const { db, repos, state } = setup({ language: { value: 'en', locked: true } });
    await expect(repos.settings.get()).resolves.toMatchObject({ language: 'en' });
    await state().updateSettings({ language: 'sv' });
    await expect(repos.settings.get()).resolves.toMatchObject({ language: 'en' });
    expect(await db.preferences.get('app')).toMatchObject({ language: 'sv' });
    await expect(firstValueFrom(repos.settings.live())).resolves.toMatchObject({ language: 'en' });
  });

  it('start from an unlocked language, which holds when another setting is changed, until the user picks another', async () => {
    const { db, repos, state } = setup({ language: { value: 'en', locked: false } });
    await expect(firstValueFrom(repos.settings.live())).resolves.toMatchObject({ language: 'en' });
    await state().updateSettings({ defaultFullTimeHours: 38.25 });
    expect(await db.preferences.get('app')).toMatchObject({ language: 'en', defaultFullTimeHours: 38.25 });
    await state().updateSettings({ language: 'sv' });
    await expect(repos.settings.get()).resolves.toMatchObject({ language: 'sv' });
  });

  it('never give survey results a privacy threshold under the minimum, and follow a raised one', async () => {
    const { repos, state } = setup({ minPrivacyThreshold: { value: 5, locked: false } });
    const live = collect(repos.settings.live());
    await vi.waitFor(() => expect(live.values.at(-1)?.privacyThreshold).toBe(5));
    // Stored by an older version, or before the policy came: still never under the minimum.
    await state().updateSettings({ privacyThreshold: 2 });
    await expect(repos.settings.get()).resolves.toMatchObject({ privacyThreshold: 5 });
    await state().updateSettings({ privacyThreshold: 9 });
    await vi.waitFor(() => expect(live.values.at(-1)?.privacyThreshold).toBe(9));
    expect(live.values.every((s: Settings) => s.privacyThreshold >= 5)).toBe(true);
    live.stop();
  });

  it('fix the privacy threshold at a locked minimum', async () => {
    const { repos, state } = setup({ minPrivacyThreshold: { value: 6, locked: true } });
    await state().updateSettings({ privacyThreshold: 10 });
    await expect(repos.settings.get()).resolves.toMatchObject({ privacyThreshold: 6 });
  });
});

describe('a live query after a promise', () => {
  it('starts only once the promise has settled, and maps with its value', async () => {
    let resolve: (n: number) => void = () => undefined;
    const first = new Promise<number>((r) => (resolve = r));
    const query = vi.fn((): Live<number> => ({ subscribe: ({ next }) => (next(2), { unsubscribe: () => undefined }) }));
    const live = collect(liveAfter(first, query, (value, n) => value * n));
    await Promise.resolve();
    expect(query).not.toHaveBeenCalled();
    resolve(10);
    await vi.waitFor(() => expect(live.values).toEqual([20]));
  });

  it('never subscribes when unsubscribed before the promise settled', async () => {
    const query = vi.fn((): Live<number> => ({ subscribe: () => ({ unsubscribe: () => undefined }) }));
    const first = Promise.resolve(1);
    collect(liveAfter(first, query, (v) => v)).stop();
    await first;
    await Promise.resolve();
    expect(query).not.toHaveBeenCalled();
  });

  it('reports a rejected promise as the query’s error', async () => {
    const error = vi.fn();
    liveAfter(Promise.reject(new Error('no policy')), vi.fn(), (v) => v).subscribe({ next: vi.fn(), error });
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith(new Error('no policy')));
  });

  it('treats a policy the platform could not give as none', async () => {
    const made = testStore();
    openDbs.push(made.db);
    const repos = createRepositories(made.db, undefined, Promise.reject(new Error('main did not answer')));
    await expect(repos.settings.get()).resolves.toEqual(DEFAULT_SETTINGS);
    await expect(firstValueFrom(repos.settings.live())).resolves.toEqual(DEFAULT_SETTINGS);
  });
});
