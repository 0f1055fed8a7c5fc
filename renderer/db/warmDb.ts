/**
 * Evaluated first, by early.ts, before React and Dexie. It opens the app's
 * IndexedDB database at once and, when the app
 * opens on a board, reads that board with plain IndexedDB: the browser
 * reads while the rest of the app's code is evaluated, and the board can be
 * drawn from this read before Dexie's own live query has answered (which
 * then takes over). It never creates the database or changes its version: on
 * a first start the upgrade is cancelled and Dexie creates it as usual; the
 * connection is closed as soon as it has been used, so it never holds up an
 * upgrade. It imports nothing that has to be evaluated first.
 */
import type { Placement, Role, Task } from '../../shared/model.ts';
import { byOrder } from '../../shared/items.ts';
import { DB_NAME, DB_VERSION } from './dbVersion.ts';

export interface EarlyBoard {
  analysisId: string;
  roles: Role[];
  tasks: Task[];
  placements: Placement[];
}

const BOARD_STORES = ['roles', 'tasks', 'placements'] as const;
/** The IndexedDB version of the current schema (Dexie stores version × 10): records of an older one may not have their final shape yet. */
const CURRENT_IDB_VERSION = DB_VERSION * 10;

/** Reads the board of `analysisId` (null: none to read) with plain IndexedDB; null when it cannot be read yet. */
export function readEarlyBoard(analysisId: string | null): Promise<EarlyBoard | null> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(DB_NAME);
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onerror = (event) => {
        event.preventDefault();
        resolve(null);
      };
      request.onsuccess = () => {
        const db = request.result;
        if (!analysisId || db.version !== CURRENT_IDB_VERSION || !BOARD_STORES.every((s) => db.objectStoreNames.contains(s))) {
          db.close();
          resolve(null);
          return;
        }
        try {
          const tx = db.transaction([...BOARD_STORES], 'readonly');
          const read = <T>(store: (typeof BOARD_STORES)[number]) => tx.objectStore(store).index('analysisId').getAll(analysisId) as IDBRequest<T[]>;
          const roles = read<Role>('roles');
          const tasks = read<Task>('tasks');
          const placements = read<Placement>('placements');
          tx.oncomplete = () => {
            db.close();
            resolve({ analysisId, roles: roles.result.sort(byOrder), tasks: tasks.result, placements: placements.result });
          };
          tx.onabort = tx.onerror = () => {
            db.close();
            resolve(null);
          };
        } catch {
          db.close();
          resolve(null);
        }
      };
    } catch {
      // No IndexedDB: the app reports it itself when it opens the database.
      resolve(null);
    }
  });
}
