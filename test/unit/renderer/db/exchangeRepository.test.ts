import { describe, expect, it } from 'vitest';
import { testDb } from './helpers.ts';
import { createRepositories } from '../../../../renderer/db/repositories.ts';
import { createAnalysis } from '../../../../shared/analysis.ts';
import { addNote } from '../../../../shared/swot.ts';
import { buildExport, serialize } from '../../../../shared/exchange/format.ts';
import { restoreFile } from '../../../../shared/exchange/restore.ts';

const at = '2026-11-23T10:00:00.000Z';

async function machine() {
  const db = testDb();
  return { db, repos: createRepositories(db, () => at) };
}

describe('analysis files between machines', () => {
  it('exports an analysis with everything it holds, and imports it on another machine as it was, once', async () => {
    const a = await machine();
    await a.repos.analyses.create(createAnalysis({ unitName: 'Solrosen', organisation: 'Norrby', facilitator: 'Eva' }, 'a1', at));
    await a.repos.roles.add({ id: 'r1', rev: 1, updatedAt: at, analysisId: 'a1', name: 'Kock', headcount: 2, fullTimeHours: 40, order: 'a0' });
    await a.repos.changes.apply(addNote([], 'a1', 'threats', 'Budget', 'n1', at));
    const records = await a.repos.exchange.records();
    const text = serialize(buildExport(records, { exportedAt: at, appVersion: 'test', includeResponses: false }));
    const restored = restoreFile(text);
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));

    const b = await machine();
    const [preview] = await b.repos.exchange.preview(restored.file);
    expect(preview).toMatchObject({ isNew: true, unitName: 'Solrosen', added: 1 + 6 + 1 + 1 });
    await b.repos.exchange.apply(restored.file);
    expect(await b.repos.exchange.records()).toEqual(records);
    const [again] = await b.repos.exchange.apply(restored.file);
    expect(again).toMatchObject({ isNew: false, added: 0, changed: 0 });
  });

  it('takes newer edits from the file and keeps newer ones of its own', async () => {
    const a = await machine();
    await a.repos.analyses.create(createAnalysis({ unitName: 'Solrosen', organisation: '', facilitator: '' }, 'a1', at));
    const file = buildExport(await a.repos.exchange.records(), { exportedAt: at, appVersion: 'test', includeResponses: false });
    const b = await machine();
    await b.repos.exchange.apply(file);
    await a.repos.analyses.update('a1', { unitName: 'Solrosen (ny)' });
    await b.repos.analyses.update('a1', { facilitator: 'Karin' });
    await b.repos.analyses.update('a1', { organisation: 'Norrby' });
    const newer = buildExport(await a.repos.exchange.records(), { exportedAt: at, appVersion: 'test', includeResponses: false });
    const [plan] = await b.repos.exchange.apply(newer);
    // b's analysis is at rev 3, the file's at 2: b keeps its own.
    expect(plan).toMatchObject({ changed: 0 });
    expect((await b.db.analyses.get('a1'))?.facilitator).toBe('Karin');
  });
});
