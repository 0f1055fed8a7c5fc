import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testStore } from '../renderer/testStore.ts';
import { analysisRecord } from './generate.ts';
import { itemsOf, serialize, type AnalysisRecord } from '../../../shared/exchange/format.ts';
import { buildExport } from '../../../shared/exchange/export.ts';
import { restoreFile } from '../../../shared/exchange/restore.ts';
import { ANALYSIS_KIND_NAMES, CONTENT_KIND_NAMES, FILE_KIND_NAMES, KINDS, ROOM_KINDS, type RoomKind } from '../../../shared/records/registry.ts';
import { itemsOfAnalysis } from '../../../renderer/db/records.ts';

const A = 'analys-3d2a';
const ROOM_KIND_NAMES = Object.keys(ROOM_KINDS) as RoomKind[];
const NOW = '2026-12-04T12:00:00.000Z';

/** Generated analyses taken together, so that every kind has items (one of each kind an analysis has one of). */
function full(): AnalysisRecord {
  const samples = fc.sample(analysisRecord(A), { seed: 42, numRuns: 60 });
  const first = samples[0];
  if (!first) throw new Error('no sample');
  const merged: Record<string, unknown> = { ...first };
  for (const kind of FILE_KIND_NAMES) {
    if (kind === 'analyses') continue;
    const byId = new Map<string, unknown>();
    for (const s of samples) for (const item of itemsOf(s, kind)) if (!byId.has(item.id)) byId.set(item.id, item);
    merged[kind] = [...byId.values()];
  }
  return merged as AnalysisRecord; // the generated records' lists, each kind's own
}

describe('every declared kind of record', () => {
  it('is exported, duplicated, erased and checked on import', async () => {
    const record = full();
    const { db, repos, state } = testStore({ clock: () => NOW });
    const file = restoreFile(serialize(buildExport([record], { exportedAt: NOW, appVersion: 'test', machine: 'm-gen', includePersonal: true })));
    if (!file.ok) throw new Error(JSON.stringify(file.error));
    await state().importFile(file.file, 'full.akr.json', {});
    // What only this machine writes: what it exchanged with another, and its notes of the sync folder.
    await db.exchanges.put({ id: `${A}|m-other`, analysisId: A, machine: 'm-other', revs: { [`analyses:${A}`]: 1 }, at: NOW });
    await repos.syncFiles.remember({ name: 'Enheten.akr.json', analysisId: A, sha256: 'x', rev: 1 });
    // What this machine keeps of the phones in its room: receipts, a waiting note, the switches, a poll's tally.
    const room = { analysisId: A, rev: 1, updatedAt: NOW };
    await db.roomReceipts.put({ ...room, id: `${A}|s1`, submission: 's1', kind: 'note', dots: 0, at: NOW });
    await db.roomQueue.put({ ...room, id: `${A}|s1`, quadrant: 'threats', text: 'För lite tid', receivedAt: NOW });
    await db.roomSettings.put({ ...room, id: A, autoLetThrough: true });
    const counts = { green: 1, yellow: 0, red: 2, black: 0 };
    await db.roomPolls.put({ ...room, id: `${A}|poll-1`, activityId: 'poll-1', taskId: null, role: null, counts, createdAt: NOW });

    // Exported: every kind that goes into the file has its items there.
    const exported = await repos.exchange.exportFile([A], { appVersion: 'test', includePersonal: true });
    const [out] = exported.analyses;
    if (!out) throw new Error('nothing exported');
    for (const kind of FILE_KIND_NAMES) expect(itemsOf(out, kind).length, `exported ${kind}`).toBeGreaterThan(0);
    // …and what the room left on this machine is not.
    for (const kind of ROOM_KIND_NAMES) expect(out, `not exported: ${kind}`).not.toHaveProperty(kind);

    // Checked: a broken item of any kind is refused, with a path into that kind.
    const text = serialize(exported);
    for (const kind of FILE_KIND_NAMES) {
      const json = JSON.parse(text) as { analyses: Record<string, unknown>[] };
      const target = kind === 'analyses' ? json.analyses[0]?.analysis : (json.analyses[0]?.[kind] as unknown[] | undefined)?.[0];
      (target as Record<string, unknown>).id = 42;
      const refused = restoreFile(JSON.stringify(json));
      expect(refused.ok, `checked ${kind}`).toBe(false);
      if (!refused.ok)
        expect(refused.error, kind).toMatchObject({
          code: 'invalid',
          path: expect.stringMatching(new RegExp(`^analyses\\.0\\.${kind === 'analyses' ? 'analysis' : `${kind}\\.0`}\\.id$`)),
        });
    }

    // Duplicated: every kind an analysis holds is in the copy.
    const copyId = await state().duplicateAnalysis(A, 'Kopia');
    for (const kind of CONTENT_KIND_NAMES) expect((await itemsOfAnalysis(db, kind, copyId)).length, `copied ${kind}`).toBeGreaterThan(0);
    for (const kind of ROOM_KIND_NAMES) expect(await itemsOfAnalysis(db, kind, copyId), `not copied: ${kind}`).toEqual([]);

    // Erased: nothing of the analysis is left in any table, the copy is untouched.
    const before = Object.fromEntries(await Promise.all(ANALYSIS_KIND_NAMES.map(async (k) => [k, (await itemsOfAnalysis(db, k, A)).length] as const)));
    for (const kind of ANALYSIS_KIND_NAMES) expect(before[kind], `stored ${kind}`).toBeGreaterThan(0);
    await state().eraseAnalysis(A);
    for (const kind of ANALYSIS_KIND_NAMES) expect(await itemsOfAnalysis(db, kind, A), `erased ${kind}`).toEqual([]);
    expect((await itemsOfAnalysis(db, 'tasks', copyId)).length).toBeGreaterThan(0);
    // This machine's own kinds are not an analysis's.
    expect(Object.values(KINDS).filter((k) => k.scope === 'machine').length).toBeGreaterThan(0);
  });
});
