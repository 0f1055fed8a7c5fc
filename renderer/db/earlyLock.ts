/**
 * Whether the kiosk is on, read with plain IndexedDB as soon as the page runs
 * (early.ts), so the first render already knows whether to show only the
 * kiosk: one read of one row, never creating or upgrading the database.
 */
import type { KioskLock } from '../../shared/kiosk/lock.ts';
import { DB_NAME } from './dbVersion.ts';

/** The lock, null when there is none; undefined when it could not be read here (Dexie's read then decides). */
export function readEarlyLock(): Promise<KioskLock | null | undefined> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(DB_NAME);
      // No database yet: nothing can be locked. The upgrade is cancelled, and Dexie creates it as usual.
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onerror = (event) => {
        event.preventDefault();
        resolve(request.error?.name === 'AbortError' ? null : undefined);
      };
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('machine')) {
          db.close();
          resolve(null);
          return;
        }
        try {
          const get = db.transaction('machine', 'readonly').objectStore('machine').get('kiosk') as IDBRequest<KioskLock | undefined>;
          get.onsuccess = () => {
            db.close();
            resolve(get.result?.key === 'kiosk' ? get.result : null);
          };
          get.onerror = () => {
            db.close();
            resolve(undefined);
          };
        } catch {
          db.close();
          resolve(undefined);
        }
      };
    } catch {
      resolve(undefined);
    }
  });
}
