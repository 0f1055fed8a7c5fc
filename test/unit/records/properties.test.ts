import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testStore } from '../renderer/testStore.ts';
import { analysisRecord } from './generate.ts';
import { serialize, type AkrFile, type AnalysisRecord } from '../../../shared/exchange/format.ts';
import { buildExport } from '../../../shared/exchange/export.ts';
import { restoreFile } from '../../../shared/exchange/restore.ts';
import { copyAnalysis } from '../../../shared/records/copy.ts';
import { CONTENT_KIND_NAMES } from '../../../shared/records/registry.ts';

const NOW = '2026-12-04T12:00:00.000Z';
/** The generated analysis's id: nothing else in it (an order key, a text) can be the same string. */
const A = 'analys-7f3c';
const RUNS = { seed: 20261204, numRuns: 25 };

/** A file of these records, as another machine would write it, read back through the strict reader. */
function fileOf(records: AnalysisRecord[], machine = 'm-gen'): AkrFile {
  const restored = restoreFile(serialize(buildExport(records, { exportedAt: NOW, appVersion: 'test', machine, includePersonal: true })));
  if (!restored.ok) throw new Error(`generated file refused: ${JSON.stringify(restored.error)}`);
  return restored.file;
}

const counter = (prefix: string) => {
  let n = 0;
  return () => `${prefix}-${++n}`;
};

/** Every string that is a key of `ids` (as a value or an object key), replaced by its value. */
function substitute(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => substitute(v, ids));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [ids.get(k) ?? k, substitute(v, ids)]));
  return value;
}

/** The analysis's content (what a copy holds), without what a copy or a write sets anew: revisions, times and the unit's name. */
function content(r: AnalysisRecord): Record<string, unknown> {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (['rev', 'updatedAt', 'createdAt', 'unitName'].includes(k) ? [] : [[k, strip(v)]])));
    }
    return value;
  };
  return Object.fromEntries(CONTENT_KIND_NAMES.map((k) => [k, strip(k === 'analyses' ? r.analysis : r[k])]));
}

/** A record with every list in id order (a database reads in key order, a generator makes them in any). */
function canonical(r: AnalysisRecord | undefined): Record<string, unknown> {
  if (!r) return {};
  return Object.fromEntries(
    Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? [...(v as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id)) : v]),
  );
}

describe('every kind of record, through the registry', () => {
  it('generated analyses hold links, Swedish text and empty fields, and are valid files', () => {
    const samples = fc.sample(analysisRecord(A), { seed: 7, numRuns: 30 });
    expect(samples.some((r) => r.placements.length > 3 && r.roleParts.length > 0 && r.actions.some((a) => a.link) && r.staffing.length > 0)).toBe(true);
    for (const r of samples) expect(fileOf([r]).analyses).toHaveLength(1);
  });

  it('a copy holds the same as the original, apart from ids, names and times', () => {
    fc.assert(
      fc.property(analysisRecord(A), (source) => {
        const { record, ids } = copyAnalysis(source, { unitName: 'Kopia', now: NOW, newId: counter('c') });
        const flat = new Map([...ids.values()].flatMap((m) => [...m]));
        expect(content(record)).toEqual(content(substitute(source, flat) as AnalysisRecord));
        // Nothing of the copy points into the original.
        const text = JSON.stringify(CONTENT_KIND_NAMES.map((k) => (k === 'analyses' ? record.analysis : record[k])));
        for (const old of flat.keys()) if (old !== flat.get(old)) expect(text).not.toContain(`"${old}"`);
      }),
      RUNS,
    );
  });

  it('duplicating an analysis stores that copy: export both, and they are equal apart from ids, names and times', async () => {
    await fc.assert(
      fc.asyncProperty(analysisRecord(A), async (source) => {
        const { repos, state } = testStore({ clock: () => NOW, ids: counter('dup') });
        await state().importFile(fileOf([source]), 'gen.akr.json', {});
        const copyId = await state().duplicateAnalysis(A, 'Kopia');
        const [original, copy] = await repos.exchange.records([A, copyId]);
        if (!original || !copy) throw new Error('missing');
        // The same ids, drawn in the same order, as the store's copy drew them.
        const { ids } = copyAnalysis(original, { unitName: 'Kopia', now: NOW, newId: counter('dup') });
        const flat = new Map([...ids.values()].flatMap((m) => [...m]));
        expect(copy.analysis.id).toBe(copyId);
        expect(content(copy)).toEqual(content(substitute(original, flat) as AnalysisRecord));
        expect(copy.analysis.unitName).toBe('Kopia');
        // A copy has never been exchanged.
        expect([copy.tombstones, copy.keptVersions, copy.exchanges]).toEqual([[], [], []]);
      }),
      { ...RUNS, numRuns: 12 },
    );
  }, 60_000);

  it('export, erase, import: the same analysis again', async () => {
    await fc.assert(
      fc.asyncProperty(analysisRecord(A), async (source) => {
        const { repos, state } = testStore({ clock: () => NOW });
        await state().importFile(fileOf([source]), 'gen.akr.json', {});
        const exported = restoreFile(serialize(await repos.exchange.exportFile(undefined, { appVersion: 'test', includePersonal: true })));
        if (!exported.ok) throw new Error(JSON.stringify(exported.error));
        const [first] = exported.file.analyses;
        // What the file brought is what the machine had (the ledger of exchanges is each machine's own).
        expect(canonical({ ...first, exchanges: [] } as AnalysisRecord)).toEqual(canonical({ ...source, exchanges: [] }));
        await state().eraseAnalysis(A);
        expect(await repos.exchange.records()).toEqual([]);
        await state().importFile(exported.file, 'back.akr.json', {});
        const [again] = await repos.exchange.records([A]);
        expect(canonical({ ...again, exchanges: [] } as AnalysisRecord)).toEqual(canonical({ ...first, exchanges: [] } as AnalysisRecord));
      }),
      { ...RUNS, numRuns: 12 },
    );
  }, 60_000);
});
