import { pbkdf2Sync } from 'node:crypto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../renderer/db/db.ts';
import { readEarlyLock } from '../../../renderer/db/earlyLock.ts';
import { DB_NAME } from '../../../renderer/db/schema.ts';
import { webPbkdf2 } from '../../../renderer/store/kioskSlice.ts';
import type { KioskLock } from '../../../shared/kiosk/lock.ts';
import { testStore } from './testStore.ts';

describe('the kiosk lock in the store', () => {
  it('hashes with WebCrypto exactly as PBKDF2-HMAC-SHA256 is defined', async () => {
    const salt = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    const ours = await webPbkdf2('2468', salt, 1_000);
    expect(Buffer.from(ours).toString('hex')).toBe(pbkdf2Sync('2468', salt, 1_000, 32, 'sha256').toString('hex'));
  });

  it('is stored only when started, and a wrong PIN keeps it while the right one removes it', async () => {
    const { repos, state } = testStore();
    const made = await state().makeKioskLock('a1', '2468');
    expect(await repos.kiosk.get()).toBeNull();
    await state().startKiosk(made.lock);
    expect(await repos.kiosk.get()).toMatchObject({ analysisId: 'a1', failures: 0 });

    expect(await state().unlockKiosk('1111')).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await repos.kiosk.get()).toMatchObject({ failures: 1 });
    expect(await state().unlockKiosk('2468')).toEqual({ ok: true, lock: null });
    expect(await repos.kiosk.get()).toBeNull();
  });

  it('can always be ended with the recovery code shown when it started', async () => {
    const { repos, state } = testStore();
    const made = await state().makeKioskLock('a1', '2468');
    await state().startKiosk({ ...made.lock, failures: 12, waitUntil: new Date(Date.now() + 600_000).toISOString() });
    expect(await state().unlockKiosk('2468')).toMatchObject({ ok: false, reason: 'wait' });
    expect(await state().unlockKiosk(made.recovery)).toEqual({ ok: true, lock: null });
    expect(await repos.kiosk.get()).toBeNull();
  });

  it('is followed live, and leaves the machine id beside it alone', async () => {
    const { repos, state, db } = testStore();
    await db.machine.put({ key: 'id', machine: 'm1' });
    const seen: (KioskLock | null)[] = [];
    const sub = repos.kiosk.live().subscribe({ next: (v) => seen.push(v) });
    const made = await state().makeKioskLock('a1', '2468');
    await state().startKiosk(made.lock);
    await expect.poll(() => seen.at(-1)?.analysisId).toBe('a1');
    await state().unlockKiosk('2468');
    await expect.poll(() => seen.at(-1)).toBeNull();
    sub.unsubscribe();
    expect(await db.machine.get('id')).toEqual({ key: 'id', machine: 'm1' });
  });
});

describe('reading the lock at start-up', () => {
  it('finds no lock where there is no database, and never creates one', async () => {
    await Dexie.delete(DB_NAME);
    expect(await readEarlyLock()).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
  });

  it('finds the stored lock with one plain read', async () => {
    const db = openDb();
    await db.open();
    const { state } = testStore({ db });
    expect(await readEarlyLock()).toBeNull();
    const made = await state().makeKioskLock('a1', '2468');
    await state().startKiosk(made.lock);
    expect(await readEarlyLock()).toEqual(made.lock);
    db.close();
    await Dexie.delete(DB_NAME);
  });
});
