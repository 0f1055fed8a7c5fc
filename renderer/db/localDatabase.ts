import type { Policy } from '../../shared/policy.ts';
import { openDb } from './db.ts';
import { createRepositories, type Repositories } from './repositories.ts';

/**
 * The app's database and the repositories over it: loaded apart from the
 * first screen's code (see deferredRepositories.ts), and opened at once.
 */
export function openLocalDatabase(policy: Promise<Policy | null>): Repositories {
  const db = openDb();
  void db
    .open()
    .then(() => performance.mark('akr:db-open'))
    .catch((error: unknown) => console.error('Could not open the database', error));
  return createRepositories(db, undefined, policy);
}
