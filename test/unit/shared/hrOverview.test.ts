import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../shared/csvWrite.ts';
import { emptyRecord, serialize, type AnalysisRecord } from '../../../shared/exchange/format.ts';
import { buildExport } from '../../../shared/exchange/export.ts';
import { scanHead } from '../../../shared/hrOverview/headScan.ts';
import { buildOverview, newestPerAnalysis, overviewCsvRows, sortRows, type OverviewCsvWords } from '../../../shared/hrOverview/overview.ts';
import { parseFileText } from '../../../shared/hrOverview/parseFile.ts';
import { readFolder, type FolderSource } from '../../../shared/hrOverview/readFolder.ts';
import type { KeyFigureSummary } from '../../../shared/keyFigures.ts';
import type { Analysis, Placement, Role, Task } from '../../../shared/model.ts';
import { newRoleOf, partOf } from './newRoleBuilders.ts';

const at = '2026-12-02T09:00:00.000Z';
const options = { exportedAt: at, appVersion: '0.1.0', machine: 'm1', includePersonal: false, threshold: 3 };

function analysisOf(id: string, unitName: string, administration: string | undefined, rev = 1): Analysis {
  return {
    id,
    rev,
    updatedAt: at,
    unitName,
    organisation: 'Skövde kommun',
    facilitator: 'Anna',
    createdAt: at,
    deletedAt: null,
    ...(administration === undefined ? {} : { administration }),
  };
}

/** An analysis whose one new role takes `hours` of one red card (a BEA role when `bea`). */
function recordOf(id: string, unitName: string, administration: string | undefined, hours: number, bea = true, rev = 1): AnalysisRecord {
  const role: Role = { id: `${id}-r`, rev: 1, updatedAt: at, analysisId: id, name: 'Barnskötare', headcount: 5, fullTimeHours: 40, order: 'a0' };
  const task: Task = { id: `${id}-t`, rev: 1, updatedAt: at, analysisId: id, title: 'Disk', notes: '', createdAt: at };
  const card: Placement = { id: `${id}-p`, rev: 1, updatedAt: at, analysisId: id, taskId: task.id, roleId: role.id, colour: 'red', order: 'a0', hours };
  return {
    ...emptyRecord(analysisOf(id, unitName, administration, rev)),
    roles: [role],
    tasks: [task],
    placements: [card],
    newRoles: [newRoleOf(`${id}-n`, 'Kökshjälp', { contract: bea ? 'BEA' : 'AB' }, at, id)],
    roleParts: [{ ...partOf(`${id}-q`, `${id}-n`, card.id, null), analysisId: id }],
  };
}

const fileOf = (...records: AnalysisRecord[]) => serialize(buildExport(records, options));

const summaryOf = (patch: Partial<KeyFigureSummary>): KeyFigureSummary => ({
  version: 1,
  analysisId: 'a1',
  unitName: 'Solrosen',
  organisation: 'Skövde kommun',
  administration: 'Barn- och utbildningsförvaltningen',
  lastEdit: at,
  revision: 10,
  threshold: 3,
  newRoles: 1,
  hoursMoved: 6,
  byContract: { AB: 0, BEA: 1, none: 0 },
  freed: [{ name: 'Barnskötare', hours: 6 }],
  people: null,
  estimate: null,
  ...patch,
});

describe('finding the key figures at the start of a file', () => {
  it('finds them in the first kilobytes of a big file, before its analyses', () => {
    const big = recordOf('a1', 'Solrosen', 'Barn- och utbildningsförvaltningen', 6);
    const [template] = big.tasks;
    if (!template) throw new Error('no task');
    big.tasks = Array.from({ length: 3000 }, (_, i) => ({ ...template, id: `t${i}`, title: `Uppgift ${i} med en lång titel` }));
    const text = fileOf(big);
    expect(text.length).toBeGreaterThan(300_000);
    const head = text.slice(0, 4096);
    const scan = scanHead(head, false);
    expect(scan).toMatchObject({ kind: 'found', format: 'akr-studio-analyses', version: 10 });
    const outcome = parseFileText(head, false, 3);
    expect(outcome).toMatchObject({ kind: 'summaries', full: false, summaries: [{ analysisId: 'a1', unitName: 'Solrosen', hoursMoved: 6 }] });
  });

  it('asks for more while the prefix ends inside the key figures, with a string holding brackets and escaped quotes', () => {
    const text = fileOf(recordOf('a1', 'Solrosen "] }, {', 'Förvaltning \\ ett', 6));
    const cut = text.indexOf('"keyFigures"') + 40;
    expect(scanHead(text.slice(0, cut), false)).toEqual({ kind: 'incomplete' });
    expect(parseFileText(text.slice(0, cut), false, 3)).toEqual({ kind: 'needMore' });
    expect(parseFileText(text, true, 3)).toMatchObject({
      kind: 'summaries',
      summaries: [{ unitName: 'Solrosen "] }, {', administration: 'Förvaltning \\ ett' }],
    });
  });

  it('reads a file whose key figures come after a huge list of analyses only in full', () => {
    const { keyFigures, ...rest } = JSON.parse(fileOf(recordOf('a1', 'Solrosen', '', 6))) as Record<string, unknown>;
    const padded = { ...rest, analyses: [...(rest.analyses as unknown[]), ...Array.from({ length: 2000 }, () => ({ filler: 'x'.repeat(100) }))] };
    const text = JSON.stringify({ ...padded, keyFigures });
    expect(parseFileText(text.slice(0, 64 * 1024), false, 3)).toEqual({ kind: 'needMore' });
    expect(parseFileText(text, true, 3)).toMatchObject({ kind: 'summaries', full: true, summaries: [{ unitName: 'Solrosen' }] });
  });

  it('reads a file from before the key figures in full, restored from version 8, with no people', () => {
    const text = readFileSync(new URL('../../fixtures/files/format-v8.akr.json', import.meta.url), 'utf8');
    expect(parseFileText(text.slice(0, 2000), false, 3)).toEqual({ kind: 'needMore' });
    const outcome = parseFileText(text, true, 3);
    expect(outcome).toMatchObject({
      kind: 'summaries',
      full: true,
      summaries: [{ unitName: 'Förskolan Solrosen', administration: '', people: null, threshold: 3 }],
    });
  });

  it('names what is wrong with a damaged file, one not ours and one from a newer version', () => {
    const good = fileOf(recordOf('a1', 'Solrosen', '', 6));
    expect(parseFileText(good.slice(0, good.indexOf('"keyFigures"') + 30), true, 3)).toMatchObject({ kind: 'problem', problem: { code: 'truncated' } });
    expect(parseFileText('{"format": "akr-studio-analyses", "version": 10, "keyFigures": [}', true, 3)).toMatchObject({
      kind: 'problem',
      problem: { code: 'damaged' },
    });
    expect(parseFileText('not json at all', true, 3)).toMatchObject({ kind: 'problem', problem: { code: 'damaged' } });
    expect(parseFileText('{"format": "other", "version": 1, "keyFigures": []}', true, 3)).toEqual({ kind: 'problem', problem: { code: 'notOurs' } });
    expect(parseFileText('[1, 2]', true, 3)).toMatchObject({ kind: 'problem', problem: { code: 'damaged' } });
    expect(parseFileText('{"format": "akr-studio-analyses", "version": 99, "keyFigures": []}', true, 3)).toEqual({
      kind: 'problem',
      problem: { code: 'newerVersion', version: 99 },
    });
    // Key figures that do not pass their schema: a count of new roles below zero.
    const bad = good.replace('"newRoles": 1', '"newRoles": -1');
    expect(bad).not.toBe(good);
    expect(parseFileText(bad, true, 3)).toMatchObject({ kind: 'problem', problem: { code: 'damaged', detail: expect.stringContaining('newRoles') } });
  });

  it('leaves an example out of the key figures', () => {
    const example = recordOf('e1', 'Exempelenheten', '', 6);
    example.analysis = { ...example.analysis, example: true };
    expect(parseFileText(fileOf(example, recordOf('a1', 'Solrosen', '', 6)), true, 3)).toMatchObject({ summaries: [{ analysisId: 'a1' }] });
  });
});

describe('reading a folder', () => {
  it('reads the head of each file, more only where needed, and lists the files it cannot read without failing', async () => {
    const texts = new Map([
      ['a.akr', fileOf(recordOf('a1', 'Solrosen', 'Barn- och utbildningsförvaltningen', 6))],
      ['b.akr', '{"format": "akr-studio-analyses", "version": 10, "keyFigures": [{"broken"'],
      ['gone.akr', ''],
    ]);
    const reads: string[] = [];
    const source: FolderSource = {
      files: [...texts].map(([path, text]) => ({ path, size: text.length + (path === 'a.akr' ? 10_000_000 : 0) })),
      skipped: [{ path: 'link.akr', problem: { code: 'unreadable', detail: 'a link' } }],
      async read(path, start, end) {
        reads.push(`${path}:${end ?? 'all'}`);
        if (path === 'gone.akr') throw new Error('ENOENT');
        return { ok: true, text: (texts.get(path) ?? '').slice(start, end ?? undefined) };
      },
    };
    const progress: string[] = [];
    const reading = await readFolder(source, {
      parse: async (text, complete) => parseFileText(text, complete, 3),
      onProgress: (r, t) => progress.push(`${r}/${t}`),
    });
    expect(reads).toEqual(['a.akr:65536', 'b.akr:all', 'gone.akr:all']);
    expect(reading.found.map((f) => f.summary.unitName)).toEqual(['Solrosen']);
    expect(reading.problems.map((p) => [p.path, p.problem.code])).toEqual([
      ['link.akr', 'unreadable'],
      ['b.akr', 'truncated'],
      ['gone.akr', 'unreadable'],
    ]);
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
  });

  it('stops between files when asked', async () => {
    const text = fileOf(recordOf('a1', 'Solrosen', '', 6));
    const source: FolderSource = {
      files: [1, 2, 3].map((i) => ({ path: `${i}.akr`, size: text.length })),
      skipped: [],
      read: async () => ({ ok: true, text }),
    };
    let read = 0;
    const reading = await readFolder(source, { parse: async (t, c) => parseFileText(t, c, 3), onProgress: (r) => (read = r), stop: () => read >= 2 });
    expect(reading).toMatchObject({ read: 2, total: 3, stopped: true });
  });
});

describe('the overview', () => {
  it('keeps the newest copy of each analysis: the highest revision, then the latest edit', () => {
    const found = [
      { path: 'old.akr', summary: summaryOf({ revision: 9, lastEdit: '2026-12-05T00:00:00.000Z', hoursMoved: 1 }) },
      { path: 'new.akr', summary: summaryOf({ revision: 10, hoursMoved: 2 }) },
      { path: 'same-later.akr', summary: summaryOf({ revision: 10, lastEdit: '2026-12-03T00:00:00.000Z', hoursMoved: 3 }) },
      { path: 'other.akr', summary: summaryOf({ analysisId: 'a2', revision: 1 }) },
    ];
    expect(newestPerAnalysis(found).map((f) => f.path)).toEqual(['same-later.akr', 'other.akr']);
    expect(newestPerAnalysis([...found].reverse()).map((f) => f.path)).toEqual(['other.akr', 'same-later.akr']);
    expect(buildOverview(found).olderCopies).toBe(2);
  });

  it('sums per administration and in total, by hand, with a hidden count kept hidden', () => {
    const people = (total: number | null, women: number | null) => ({
      ...Object.fromEntries(
        [
          'total',
          'AB',
          'BEA',
          'contractNotStated',
          'priorityGroup',
          'notPriorityGroup',
          'women',
          'men',
          'otherGender',
          'genderNotStated',
          'wageSubsidy',
          'movedToAB',
          'ended',
        ].map((k) => [k, 0]),
      ),
      total,
      women,
    });
    const found = [
      { path: '1.akr', summary: summaryOf({ analysisId: 'a1', unitName: 'Solrosen', hoursMoved: 6, people: people(5, null) as KeyFigureSummary['people'] }) },
      {
        path: '2.akr',
        summary: summaryOf({
          analysisId: 'a2',
          unitName: 'Blåklinten',
          hoursMoved: 4.5,
          byContract: { AB: 1, BEA: 1, none: 0 },
          newRoles: 2,
          freed: [
            { name: 'Förskollärare', hours: 2.5 },
            { name: 'Barnskötare', hours: 2 },
          ],
          people: people(4, 3) as KeyFigureSummary['people'],
          estimate: { people: 4, years: [0, 1, 2].map((y) => ({ cost: 100, savings: 50 + y, net: -50 + y })) },
        }),
      },
      {
        path: '3.akr',
        summary: summaryOf({
          analysisId: 'a3',
          unitName: 'Hemtjänst Norr',
          administration: 'Socialförvaltningen',
          hoursMoved: 10,
          freed: [{ name: 'Undersköterska', hours: 10 }],
        }),
      },
      {
        path: '4.akr',
        summary: summaryOf({
          analysisId: 'a4',
          unitName: 'Biblioteket',
          administration: '',
          newRoles: 0,
          hoursMoved: 0,
          byContract: { AB: 0, BEA: 0, none: 0 },
          freed: [],
        }),
      },
    ];
    const overview = buildOverview(found);
    expect(overview.units.map((u) => u.unitName)).toEqual(['Biblioteket', 'Blåklinten', 'Hemtjänst Norr', 'Solrosen']);
    expect(overview.administrations.map((a) => [a.administration, a.units, a.cells.hoursMoved, a.cells.newRoles])).toEqual([
      ['Barn- och utbildningsförvaltningen', 2, { kind: 'number', value: 10.5 }, { kind: 'number', value: 3 }],
      ['Socialförvaltningen', 1, { kind: 'number', value: 10 }, { kind: 'number', value: 1 }],
      ['', 1, { kind: 'number', value: 0 }, { kind: 'number', value: 0 }],
    ]);
    const [bou] = overview.administrations;
    if (!bou) throw new Error('no administration');
    expect(bou.cells.hoursFreed).toEqual({ kind: 'number', value: 10.5 });
    expect(bou.cells.contractBEA).toEqual({ kind: 'number', value: 2 });
    expect(bou.cells.people).toEqual({ kind: 'people', value: 9, hidden: 0, threshold: 0 });
    // Solrosen's women are hidden: the sum is at least Blåklinten's 3, never 3 + something shown.
    expect(bou.cells.women).toEqual({ kind: 'people', value: 3, hidden: 1, threshold: 3 });
    expect(overview.units.find((u) => u.key === 'a1')?.cells.women).toEqual({ kind: 'people', value: 0, hidden: 1, threshold: 3 });
    expect(bou.cells.net2).toEqual({ kind: 'number', value: -49 });
    expect(overview.administrations[1]?.cells.net1).toEqual({ kind: 'none' });
    expect(overview.total.units).toBe(4);
    expect(overview.total.cells.hoursMoved).toEqual({ kind: 'number', value: 20.5 });
    expect(overview.total.cells.hoursFreed).toEqual({ kind: 'number', value: 20.5 });
    expect(overview.total.cells.people).toEqual({ kind: 'people', value: 9, hidden: 0, threshold: 0 });

    expect(sortRows(overview.units, 'hoursMoved', 'descending').map((u) => u.unitName)).toEqual(['Hemtjänst Norr', 'Solrosen', 'Blåklinten', 'Biblioteket']);
    expect(sortRows(overview.units, 'net1', 'ascending').map((u) => u.unitName)).toEqual(['Biblioteket', 'Hemtjänst Norr', 'Solrosen', 'Blåklinten']);
    expect(sortRows(overview.units, 'administration', 'ascending')[0]?.unitName).toBe('Biblioteket');
  });

  it('writes the same table as Excel-Swedish CSV: decimal comma, semicolons, hidden counts in words', () => {
    const found = [
      { path: '1.akr', summary: summaryOf({ analysisId: 'a1', unitName: 'Solrosen', hoursMoved: 6.5 }) },
      { path: '2.akr', summary: summaryOf({ analysisId: 'a2', unitName: '=Blåklinten', administration: '' }) },
    ];
    const overview = buildOverview(found);
    const words: OverviewCsvWords = {
      unitName: 'Enhet',
      administration: 'Förvaltning',
      organisation: 'Organisation',
      columns: Object.fromEntries(
        [
          'newRoles',
          'hoursMoved',
          'hoursFreed',
          'contractAB',
          'contractBEA',
          'contractNone',
          'people',
          'peopleAB',
          'peopleBEA',
          'priorityGroup',
          'women',
          'men',
          'movedToAB',
          'net1',
          'net2',
          'net3',
        ].map((c) => [c, c]),
      ) as OverviewCsvWords['columns'],
      noAdministration: 'Ingen förvaltning angiven',
      allUnits: 'Alla enheter',
      allAdministrations: 'Alla förvaltningar',
      fewerThan: (n) => `färre än ${n}`,
      atLeast: (n) => `minst ${n}`,
    };
    const lines = toCsv(overviewCsvRows(overview, overview.units, words)).split('\r\n');
    expect(lines[0]).toBe(
      'Enhet;Förvaltning;Organisation;newRoles;hoursMoved;hoursFreed;contractAB;contractBEA;contractNone;people;peopleAB;peopleBEA;priorityGroup;women;men;movedToAB;net1;net2;net3',
    );
    expect(lines[1]).toBe("'=Blåklinten;Ingen förvaltning angiven;Skövde kommun;1;6;6;0;1;0;;;;;;;;;;");
    expect(lines[2]).toBe('Solrosen;Barn- och utbildningsförvaltningen;Skövde kommun;1;"6,5";6;0;1;0;;;;;;;;;;');
    expect(lines[3]).toBe('');
    expect(lines[4]).toBe('Alla enheter;Barn- och utbildningsförvaltningen;;1;"6,5";6;0;1;0;;;;;;;;;;');
    expect(lines[6]).toBe('Alla enheter;Alla förvaltningar;;2;"12,5";12;0;2;0;;;;;;;;;;');
  });

  it('writes a hidden count as fewer than the threshold, and a sum with one as at least', () => {
    const keys = [
      'total',
      'AB',
      'BEA',
      'contractNotStated',
      'priorityGroup',
      'notPriorityGroup',
      'women',
      'men',
      'otherGender',
      'genderNotStated',
      'wageSubsidy',
      'movedToAB',
      'ended',
    ];
    const people = Object.fromEntries(keys.map((k) => [k, k === 'women' ? null : 4])) as NonNullable<KeyFigureSummary['people']>;
    const overview = buildOverview([
      { path: '1.akr', summary: summaryOf({ people }) },
      { path: '2.akr', summary: summaryOf({ analysisId: 'a2', people: { ...people, women: 2 } }) },
    ]);
    const words = {
      unitName: '',
      administration: '',
      organisation: '',
      columns: {} as OverviewCsvWords['columns'],
      noAdministration: '',
      allUnits: '',
      allAdministrations: '',
      fewerThan: (n: number) => `färre än ${n}`,
      atLeast: (n: number) => `minst ${n}`,
    };
    const rows = overviewCsvRows(overview, overview.units, words);
    // Columns 9–15: people, on AB, on BEA, priority group, women, men, moved to AB.
    expect(rows[1]?.slice(9, 16)).toEqual([4, 4, 4, 4, 'färre än 3', 4, 4]);
    expect(rows.at(-1)?.slice(9, 16)).toEqual([8, 8, 8, 8, 'minst 2', 8, 8]);
  });
});
