/**
 * Ids are keys across the whole database, not per analysis: an imported file
 * must never write over, delete, or lay a tombstone or kept version on
 * another analysis's item on this machine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testStore } from '../renderer/testStore.ts';
import { analysisRecord } from './generate.ts';
import { snapshot } from '../../fuzz/dbSnapshot.ts';
import { AppError } from '../../../shared/errors.ts';
import { serialize, type AkrFile, type AnalysisRecord } from '../../../shared/exchange/format.ts';
import { buildExport } from '../../../shared/exchange/export.ts';
import { restoreFile } from '../../../shared/exchange/restore.ts';
import { itemKey } from '../../../shared/records/ids.ts';
import { FILE_KIND_NAMES, KINDS, type FileKind } from '../../../shared/records/registry.ts';

const NOW = '2026-12-04T12:00:00.000Z';
const A = 'analys-a';
const B = 'analys-b';

/** The first of a list that a test made non-empty. */
function one<T>(list: readonly T[]): T {
  const [first] = list;
  if (first === undefined) throw new Error('empty list');
  return first;
}

const sample = (id: string, seed: number): AnalysisRecord => {
  const [r] = fc.sample(
    analysisRecord(id).filter((x) => x.tasks.length > 0 && x.keptVersions.length > 0),
    { seed, numRuns: 1 },
  );
  if (!r) throw new Error('no sample');
  return r;
};

const fileText = (records: AnalysisRecord[]) =>
  serialize(buildExport(records, { exportedAt: NOW, appVersion: 'test', machine: 'm-other', includePersonal: true }));
const read = (text: string): AkrFile => {
  const restored = restoreFile(text);
  if (!restored.ok) throw new Error(JSON.stringify(restored.error));
  return restored.file;
};

/** A machine holding analyses A and B, and the records they were made from. */
async function twoAnalyses() {
  const a = sample(A, 1);
  const b = sample(B, 2);
  const m = testStore({ clock: () => NOW });
  await m.repos.exchange.apply(read(fileText([a, b])), 'both.akr.json');
  return { m, a, b };
}

describe('a file for one analysis carrying ids of another analysis on this machine', () => {
  const variants: [string, (a: AnalysisRecord, b: AnalysisRecord) => { record: AnalysisRecord; table: string; id: string }][] = [
    [
      'a task with the id of B’s task',
      (a, b) => {
        const theirs = one(b.tasks);
        return { record: { ...a, tasks: [...a.tasks, { ...theirs, analysisId: A, title: 'Kapad', rev: 99 }] }, table: 'tasks', id: theirs.id };
      },
    ],
    [
      'a tombstone for B’s task',
      (a, b) => {
        const theirs = one(b.tasks);
        const tombstone = { id: itemKey('tasks', theirs.id), rev: 99, updatedAt: NOW, analysisId: A, table: 'tasks' as const, itemId: theirs.id };
        return { record: { ...a, tombstones: [...a.tombstones, tombstone] }, table: 'tombstones', id: tombstone.id };
      },
    ],
    [
      'a kept version of B’s task',
      (a, b) => {
        const theirs = one(b.tasks);
        const kept = { ...one(a.keptVersions), id: 'kept-x', itemId: theirs.id, version: { ...theirs, analysisId: A, title: 'Kapad' } };
        return { record: { ...a, keptVersions: [...a.keptVersions, kept] }, table: 'keptVersions', id: 'kept-x' };
      },
    ],
    [
      'a kept version with the id of B’s kept version',
      (a, b) => {
        const theirs = one(b.keptVersions);
        const kept = { ...one(a.keptVersions), id: theirs.id };
        return { record: { ...a, keptVersions: [kept] }, table: 'keptVersions', id: theirs.id };
      },
    ],
  ];

  for (const [name, craft] of variants) {
    it(`${name}: refused, naming the item, and nothing on this machine changes`, async () => {
      const { m, a, b } = await twoAnalyses();
      const { record, table, id } = craft(a, b);
      const file = read(fileText([record]));
      const before = await snapshot(m.db);

      const [plan] = await m.repos.exchange.preview(file, 'crafted.akr.json');
      // Each crafted item is the last of its list.
      const place = (record as unknown as Record<string, unknown[]>)[table]?.length ?? 0;
      expect(plan?.refused).toEqual({ table, id, path: `analyses.0.${table}.${place - 1}` });
      expect(plan?.writes).toEqual([]);

      const error = await m.repos.exchange.apply(file, 'crafted.akr.json').then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'foreignItem', data: { table, id } });
      expect(await snapshot(m.db)).toEqual(before);
      // B's records are as they came.
      const [stored] = await m.repos.exchange.records([B]);
      expect(stored?.tasks.find((t) => t.id === one(b.tasks).id)).toEqual(b.tasks[0]);
    });
  }

  it('a file of two analyses, one of them refused, writes nothing of either', async () => {
    const { m, a, b } = await twoAnalyses();
    const other = sample('analys-c', 3);
    const hostile = { ...a, tasks: [...a.tasks, { ...one(b.tasks), analysisId: A, title: 'Kapad' }] };
    const before = await snapshot(m.db);
    await expect(m.repos.exchange.apply(read(fileText([other, hostile])), 'x.akr.json')).rejects.toMatchObject({ code: 'foreignItem' });
    expect(await snapshot(m.db)).toEqual(before);
  });
});

describe('a foreign id is found in every kind of table', () => {
  /**
   * Kinds of many items per analysis whose ids are drawn at random: any of them could collide with another
   * analysis's. (A tombstone's id is made of its item's, covered above; exchanges are not imported items.)
   */
  const randomIdKinds = FILE_KIND_NAMES.filter((k) => KINDS[k].owner === 'many' && !KINDS[k].idOf && k !== 'tombstones' && k !== 'exchanges');
  const itemsIn = (r: AnalysisRecord, kind: FileKind) => (r as unknown as Record<FileKind, { id: string }[]>)[kind];

  for (const kind of randomIdKinds) {
    it(`an item of ${kind} with the id of B’s: refused, naming it`, async () => {
      const { m, b } = await twoAnalyses();
      const withKind = (id: string) =>
        one(
          fc.sample(
            analysisRecord(id).filter((r) => itemsIn(r, kind).length > 0),
            { seed: 4, numRuns: 1 },
          ),
        );
      const a = withKind(A);
      // B's item of this kind, stored as B's (the sample B may have none of it).
      const theirs = itemsIn(b, kind)[0] ?? one(itemsIn(withKind(B), kind));
      if (!(await m.db.table(kind).get(theirs.id))) await m.db.table(kind).put({ ...theirs });
      const mine = one(itemsIn(a, kind)).id;
      // A's item takes B's id, and every link to it in A's record follows, so the file is whole.
      const record = JSON.parse(JSON.stringify(a).split(JSON.stringify(mine)).join(JSON.stringify(theirs.id))) as AnalysisRecord;
      const [plan] = await m.repos.exchange.preview(read(fileText([record])), 'crafted.akr.json');
      expect(plan?.refused).toMatchObject({ table: kind, id: theirs.id });
      expect(plan?.writes).toEqual([]);
    });
  }

  it('covers the kinds of many items with random ids', () => {
    expect(randomIdKinds).toEqual(expect.arrayContaining(['roles', 'tasks', 'placements', 'swotNotes', 'actions', 'roleParts', 'keptVersions']));
  });
});

describe('the file’s kept versions and single records', () => {
  /** The file's text with one analysis, edited as plain JSON. */
  const edited = (edit: (r: Record<string, unknown> & AnalysisRecord) => void) => {
    const json = JSON.parse(fileText([sample(A, 1)])) as { analyses: (Record<string, unknown> & AnalysisRecord)[] };
    edit(one(json.analyses));
    return JSON.stringify(json);
  };

  it('refuses a kept version whose item is not the one its entry names', () => {
    const result = restoreFile(edited((r) => void Object.assign(one(r.keptVersions).version ?? {}, { id: 'some-other-task' })));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', path: 'analyses.0.keptVersions.0.version.id' } });
  });

  it('refuses a kept version whose item belongs to another analysis than its entry', () => {
    const result = restoreFile(edited((r) => void ((one(r.keptVersions).version as Record<string, unknown>).analysisId = B)));
    expect(result).toMatchObject({ ok: false, error: { code: 'brokenLink', path: 'analyses.0.keptVersions.0.version.analysisId' } });
  });

  it('refuses a tombstone or kept version of a single record (timer, voting, survey) keyed by another analysis', () => {
    for (const table of ['timers', 'voting', 'surveys'] as const) {
      let at = -1;
      const tomb = restoreFile(
        edited((r) => {
          at = r.tombstones.push({ id: itemKey(table, B), rev: 2, updatedAt: NOW, analysisId: A, table, itemId: B }) - 1;
        }),
      );
      expect(tomb).toMatchObject({ ok: false, error: { code: 'brokenLink', path: `analyses.0.tombstones.${at}.itemId`, id: B } });
      // The version is the record of A in every field but its id: still refused, since a single record's id is its analysis's.
      const kept = restoreFile(
        edited((r) => {
          const k = one(r.keptVersions);
          Object.assign(k, { table, itemId: B, version: { id: B, rev: 1, updatedAt: NOW, analysisId: A } });
        }),
      );
      expect(kept).toMatchObject({ ok: false, error: { code: 'brokenLink', path: 'analyses.0.keptVersions.0.itemId', id: B } });
    }
  });

  it('stores no key of a kept version that its kind does not declare', async () => {
    const text = edited((r) => void ((one(r.keptVersions).version as Record<string, unknown>).smuggled = '<script>'));
    const file = read(text);
    expect(one(one(file.analyses).keptVersions).version).not.toHaveProperty('smuggled');
    const m = testStore({ clock: () => NOW });
    await m.repos.exchange.apply(file, 'x.akr.json');
    const stored = await m.db.keptVersions.toArray();
    expect(stored.length).toBeGreaterThan(0);
    for (const k of stored) expect(k.version).not.toHaveProperty('smuggled');
  });
});
