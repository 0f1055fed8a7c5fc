import { describe, expect, it } from 'vitest';
import { KINDS, KIND_NAMES } from '../../../../shared/records/registry.ts';
import { nextStores, SCHEMA_VERSIONS } from '../../../../renderer/db/schema.ts';
import { openDb } from '../../../../renderer/db/db.ts';

describe('the record registry and the database', () => {
  it('declares exactly the tables the schema versions make, with the same indexes (else: what the next version must declare)', () => {
    expect(nextStores(SCHEMA_VERSIONS, KINDS)).toEqual({});
  });

  it('says what a next schema version must declare for a kind added, re-indexed or dropped', () => {
    const { agendas: _dropped, ...rest } = KINDS;
    const declared = { ...rest, roles: { indexes: 'id, analysisId, name' }, laterKind: { indexes: 'id,analysisId' } };
    expect(nextStores(SCHEMA_VERSIONS, declared)).toEqual({ roles: 'id, analysisId, name', laterKind: 'id, analysisId', agendas: null });
  });

  it('names each kind’s primary key first in its indexes', () => {
    for (const name of KIND_NAMES) expect(KINDS[name].indexes.split(',')[0]?.trim(), name).toBe(KINDS[name].key);
  });

  it('opens a database with a table for every declared kind and no other', async () => {
    const db = openDb({ name: `akr-registry-${crypto.randomUUID()}` });
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual([...KIND_NAMES].sort());
    db.close();
  });

  it('indexes analysisId for every kind with many items per analysis (erasing and reading go through it)', () => {
    for (const name of KIND_NAMES) if (KINDS[name].owner === 'many') expect(KINDS[name].indexes, name).toMatch(/\banalysisId\b/);
  });

  it('declares references only to kinds that exist', () => {
    for (const name of KIND_NAMES) {
      for (const ref of KINDS[name].refs) {
        const targets = typeof ref.to === 'string' ? [ref.to] : Object.values(ref.to.kinds ?? {});
        for (const target of targets) expect(KIND_NAMES, `${name}.${ref.path}`).toContain(target);
      }
    }
  });
});
