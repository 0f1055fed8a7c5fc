import { describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { openDb } from '../../../../renderer/db/db.ts';
import { DB_NAME, SCHEMA_VERSIONS } from '../../../../renderer/db/schema.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

async function warm() {
  vi.resetModules();
  await import('../../../../renderer/db/warmDb.ts');
  await settle();
}

describe('warming the database at start-up', () => {
  it('never creates the database on a first start', async () => {
    await Dexie.delete(DB_NAME);
    await warm();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    // The app's own open then creates it at the current schema.
    const db = openDb();
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    db.close();
  });

  it('leaves an existing database as it is and does not hold up an upgrade', async () => {
    const db = openDb();
    await db.open();
    await db.settings.put({ key: 'app', language: 'en', defaultFullTimeHours: 40, privacyThreshold: 3 });
    db.close();
    await warm();
    const latest = SCHEMA_VERSIONS.at(-1)?.version ?? 1;
    const upgraded = openDb({ versions: [...SCHEMA_VERSIONS, { version: latest + 1, stores: { extra: 'id' } }] });
    await upgraded.open();
    expect(upgraded.verno).toBe(latest + 1);
    expect(await upgraded.settings.get('app')).toMatchObject({ language: 'en' });
    upgraded.close();
    await Dexie.delete(DB_NAME);
  });
});
