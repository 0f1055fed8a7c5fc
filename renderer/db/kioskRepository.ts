import { liveQuery } from 'dexie';
import type { KioskLock } from '../../shared/kiosk/lock.ts';
import type { AkrDb } from './db.ts';
import type { Live } from './live.ts';

const KEY = 'kiosk';

/**
 * The kiosk lock, a row of this machine's own table (never in a file, never
 * undone): not an item of an analysis, so it is written here rather than
 * through the write path of edits, as the machine's id is.
 */
export function kioskRepository(db: AkrDb) {
  /** Read at start-up with plain IndexedDB (earlyLock.ts): what the first render shows until Dexie answers. */
  let seeded: { value: KioskLock | null } | null = null;
  const read = async (): Promise<KioskLock | null> => {
    const row = await db.machine.get(KEY);
    return row?.key === KEY ? row : null;
  };
  return {
    /** The lock, following the database in every window; null when the kiosk is not on. */
    live(): Live<KioskLock | null> {
      const query = liveQuery(read);
      return {
        subscribe: (observer) => query.subscribe(observer),
        peek: () => seeded?.value,
      };
    },
    seed(value: KioskLock | null): void {
      seeded = { value };
    },
    get: read,
    async put(lock: KioskLock): Promise<void> {
      await db.machine.put(lock);
    },
    /** Replaces the lock only while it is still the one read (another window may have unlocked meanwhile). */
    async update(before: KioskLock, after: KioskLock | null): Promise<boolean> {
      return db.transaction('rw', db.machine, async () => {
        const now = await read();
        if (!now || now.startedAt !== before.startedAt || now.failures !== before.failures) return false;
        if (after) await db.machine.put(after);
        else await db.machine.delete(KEY);
        return true;
      });
    },
  };
}

export type KioskRepository = ReturnType<typeof kioskRepository>;
