import type { AkrDb } from '../../renderer/db/db.ts';

/** Every table of the database with its rows, in key order: equal snapshots mean nothing was written. */
export async function snapshot(db: AkrDb): Promise<Record<string, unknown[]>> {
  return db.transaction('r', db.tables, async () => Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const))));
}
