/**
 * The first module the app evaluates (main.tsx imports it before React and
 * Dexie): it asks the browser to open the app's IndexedDB database and closes
 * that connection as soon as it is open. The browser then has the database's
 * files open while the rest of the app's code is still being evaluated, and
 * the app's own connection (db.ts) opens quickly. It never creates the
 * database or changes its version: on a first start the upgrade is cancelled
 * and Dexie creates it as usual. It imports nothing that has to be evaluated first.
 */
import { DB_NAME } from './schema.ts';

try {
  const request = indexedDB.open(DB_NAME);
  request.onupgradeneeded = () => request.transaction?.abort();
  // Closed at once, so it never holds up a schema upgrade by the app's own connection.
  request.onsuccess = () => request.result.close();
  request.onerror = (event) => event.preventDefault();
} catch {
  // No IndexedDB: the app reports it itself when it opens the database.
}
