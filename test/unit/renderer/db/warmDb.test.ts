import { describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { openDb } from '../../../../renderer/db/db.ts';
import { DB_NAME, SCHEMA_VERSIONS } from '../../../../renderer/db/schema.ts';
import { DB_VERSION } from '../../../../renderer/db/dbVersion.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

async function warm(hash = '') {
  vi.resetModules();
  vi.stubGlobal('location', { hash });
  const module = await import('../../../../renderer/early.ts');
  await settle();
  vi.unstubAllGlobals();
  return module.earlyBoard;
}

describe('warming the database at start-up', () => {
  it('knows the current schema version without loading the schema', () => {
    // warmDb reads a board only from a database at this version; a version added to schema.ts raises it.
    expect(DB_VERSION).toBe(SCHEMA_VERSIONS.at(-1)?.version);
  });

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
    await db.preferences.put({
      id: 'app',
      rev: 1,
      updatedAt: 't',
      language: 'en',
      defaultFullTimeHours: 40,
      privacyThreshold: 3,
      projectorKeys: { blank: 'b', freeze: 'f' },
    });
    db.close();
    await warm();
    const latest = SCHEMA_VERSIONS.at(-1)?.version ?? 1;
    const upgraded = openDb({ versions: [...SCHEMA_VERSIONS, { version: latest + 1, stores: { extra: 'id' } }] });
    await upgraded.open();
    expect(upgraded.verno).toBe(latest + 1);
    expect(await upgraded.preferences.get('app')).toMatchObject({ language: 'en' });
    upgraded.close();
    await Dexie.delete(DB_NAME);
  });

  it('reads the opening board with plain IndexedDB, roles in order', async () => {
    await Dexie.delete(DB_NAME);
    const db = openDb();
    await db.open();
    const role = (id: string, order: string) => ({ id, rev: 1, updatedAt: 't', analysisId: 'a1', name: id, headcount: 1, fullTimeHours: 40, order });
    await db.roles.bulkPut([role('r2', 'a2'), role('r1', 'a1'), { ...role('other', 'a0'), analysisId: 'a2' }]);
    await db.tasks.put({ id: 't1', rev: 1, updatedAt: 't', analysisId: 'a1', title: 'Diska', notes: '', createdAt: 't' });
    await db.placements.put({ id: 'p1', rev: 1, updatedAt: 't', analysisId: 'a1', taskId: 't1', roleId: 'r1', colour: 'red', order: 'a0', hours: 2 });
    db.close();
    const board = await warm('#/analyses/a1/board');
    expect(board?.analysisId).toBe('a1');
    expect(board?.roles.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(board?.tasks.map((t) => t.title)).toEqual(['Diska']);
    expect(board?.placements.map((p) => p.colour)).toEqual(['red']);
    expect(await warm('#/analyses/a1/roles')).toBeNull();
    await Dexie.delete(DB_NAME);
  });

  it('leaves a database at an older schema version to Dexie (its upgrade may reshape the records)', async () => {
    await Dexie.delete(DB_NAME);
    const older = openDb({ versions: SCHEMA_VERSIONS.slice(0, -1) });
    await older.open();
    await older.roles.put({ id: 'r1', rev: 1, updatedAt: 't', analysisId: 'a1', name: 'Kock', headcount: 1, fullTimeHours: 40, order: 'a0' });
    older.close();
    expect(await warm('#/analyses/a1/board')).toBeNull();
    await Dexie.delete(DB_NAME);
  });
});
