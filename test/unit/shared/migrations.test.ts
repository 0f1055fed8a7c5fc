import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_VERSION, MIGRATIONS } from '../../../shared/exchange/migrations.ts';
import { restoreFile } from '../../../shared/exchange/restore.ts';
import { testStore } from '../renderer/testStore.ts';
import { byTitle } from './survey/fixtures.ts';

/** The real files of the earlier format versions, each written by the app at that version (build/scripts/old-format-files.mjs). */
const fixture = (version: number) => join(import.meta.dirname, `../../fixtures/files/format-v${version}.akr.json`);
const OLDER = Array.from({ length: FILE_VERSION - 1 }, (_, i) => i + 1);

describe('files of every earlier format version', () => {
  it('are upgraded one version at a time, every step once', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(Array.from({ length: FILE_VERSION - 1 }, (_, i) => i + 2));
  });

  it('each have a real file, kept for good', () => {
    for (const version of OLDER) expect(existsSync(fixture(version)), `format-v${version}.akr.json`).toBe(true);
  });

  it.each(OLDER)('reads the file of version %i with everything that version held', (version) => {
    const text = readFileSync(fixture(version), 'utf8');
    expect((JSON.parse(text) as { version: number }).version).toBe(version);
    const result = restoreFile(text);
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    if (!result.ok) return;
    const { file } = result;
    expect(file.version).toBe(FILE_VERSION);
    expect(file.machine === null).toBe(version === 1);
    const [r] = file.analyses;
    if (!r) throw new Error('no analysis');
    expect(r.analysis).toMatchObject({ unitName: 'Förskolan Solrosen', facilitator: 'Eva Processledare' });
    expect(r.steps.find((s) => s.key === 'info')).toMatchObject({ status: 'done', date: '2026-09-01', notes: 'Alla på APT var med. ”Bra” – sa chefen.' });
    expect(r.roles.map((x) => x.name).sort()).toEqual(['Barnskötare', 'Förskollärare']);
    // From version 6 the file holds an answer to "Läsa saga", a task on no card: it becomes a task of its own.
    expect(r.tasks.map((t) => t.title).sort()).toEqual([
      'Beställa förbrukningsmaterial',
      'Diska',
      ...(version >= 6 ? ['Läsa saga'] : []),
      'Planera tema',
      'Tvätta',
    ]);
    expect(r.placements).toHaveLength(8);
    expect(new Set(r.placements.map((p) => p.colour)).size).toBeGreaterThan(2);
    expect(r.questionNotes.map((n) => n.notes)).toEqual(['Vi diskar för mycket.']);
    expect(r.timers).toMatchObject([{ remainingMs: 240_000 }]);
    expect(r.surveys).toMatchObject([{ rounds: [{ id: 'r1', kind: 'first' }], round: 'r1', questions: { unit: 'hours' }, swotPrompts: [] }]);
    expect(r.surveyImports).toMatchObject([{ fileName: 'enkät.csv' }]);
    // Answers name the board's tasks by id.
    expect(byTitle(r.surveyResponses, r.tasks)).toContainEqual([
      { task: 'Diska', hours: 2.5 },
      { task: 'Planera tema', hours: 1 },
    ]);
    expect(r.surveyResponses.every((x) => x.round === 'r1' && x.source === 'file' && x.hours.every((h) => r.tasks.some((t) => t.id === h.taskId)))).toBe(true);
    expect(r.swotNotes.map((n) => n.text).sort()).toEqual(['Bra arbetslag', 'Engagemang', 'Tidsbrist <b>nu</b>']);
    expect(r.swotStacks.map((x) => x.name)).toEqual(['Laget']);
    expect(r.discussion.map((d) => d.text)).toEqual(['Mer tid för barnen']);
    expect(r.actions.map((a) => a.text)).toEqual(['Införa serviceassistent']);
    // Deletions travel from version 2, new roles from 3, the agenda from 4.
    expect(r.tombstones.map((t) => t.table).sort()).toEqual(version >= 2 ? ['placements', 'tasks'] : []);
    expect(r.newRoles.map((n) => n.name)).toEqual(version >= 3 ? ['Serviceassistent'] : []);
    expect(r.roleParts).toHaveLength(version >= 3 ? 1 : 0);
    expect(r.staffing).toHaveLength(version >= 3 ? 1 : 0);
    expect(r.agendas.map((a) => a.workshop1.length)).toEqual(version >= 4 ? [5] : []);
  });

  it.each(OLDER)('imports the file of version %i into the app, board and all', async (version) => {
    const result = restoreFile(readFileSync(fixture(version), 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { repos, state } = testStore();
    const [plan] = await state().importFile(result.file, `format-v${version}.akr.json`, {});
    expect(plan).toMatchObject({ isNew: true, conflicts: [] });
    const id = result.file.analyses[0]?.analysis.id ?? '';
    const [stored] = await repos.exchange.records([id]);
    expect(stored?.placements).toHaveLength(8);
    expect(stored?.swotNotes).toHaveLength(3);
  });
});

describe('the step to version 6', () => {
  it('turns answers keyed by task title into a list, in responses and in versions a conflict kept, whatever the titles', () => {
    // As JSON.parse gives a version-5 file: "__proto__" and "constructor" are own keys, read as data.
    const answers = JSON.parse('{"Diska": 2, "__proto__": 1.5, "constructor": 3}') as Record<string, unknown>;
    const response = { id: 'a1|1', analysisId: 'a1', importId: 'i1', key: '1', role: 'Kock', mission: '', hours: answers, rev: 1, updatedAt: 'T' };
    const kept = { id: 'k1', table: 'surveyResponses', itemId: 'a1|1', version: response };
    const board = { id: 'k2', table: 'placements', itemId: 'p1', version: { id: 'p1', hours: 2 } };
    const file = { format: 'akr-studio', version: 5, analyses: [{ surveyResponses: [response, 'not a response'], keptVersions: [kept, board] }] };
    const list = [
      { task: 'Diska', hours: 2 },
      { task: '__proto__', hours: 1.5 },
      { task: 'constructor', hours: 3 },
    ];
    const step = MIGRATIONS.find((m) => m.to === 6);
    if (!step) throw new Error('no step to 6');
    const [r] = step.up(file).analyses as { surveyResponses: unknown[]; keptVersions: unknown[] }[];
    expect(r?.surveyResponses).toEqual([{ ...response, hours: list }, 'not a response']);
    expect(r?.keptVersions).toEqual([{ ...kept, version: { ...response, hours: list } }, board]);
  });
});

describe('an older file whose data names a prototype member', () => {
  // Version 5 keyed answers by task title: a task called "constructor" or
  // "__proto__" was an object key there, and is a value once migrated.
  const withTitles = () => {
    const file = JSON.parse(readFileSync(fixture(5), 'utf8')) as { analyses: { surveyResponses: { hours: Record<string, number> }[] }[] };
    const text = JSON.stringify(file).replace('"hours":{"Diska":2.5,', '"hours":{"constructor":4,"__proto__":0.5,"Diska":2.5,');
    expect(text).toContain('"constructor":4');
    return text;
  };

  it('is read, the titles kept as the answers’ tasks, and nothing reaches a prototype', () => {
    const result = restoreFile(withTitles());
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    if (!result.ok) return;
    const record = result.file.analyses[0];
    if (!record) throw new Error('no analysis');
    const answers = byTitle(record.surveyResponses, record.tasks).find((h) => h.some((a) => a.task === 'constructor'));
    expect(answers).toEqual([
      { task: 'constructor', hours: 4 },
      { task: '__proto__', hours: 0.5 },
      { task: 'Diska', hours: 2.5 },
      { task: 'Planera tema', hours: 1 },
    ]);
    expect(({} as Record<string, unknown>).hours).toBeUndefined();
  });

  it('imports into the app with those answers', async () => {
    const result = restoreFile(withTitles());
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { repos, state } = testStore();
    await state().importFile(result.file, 'format-v5.akr.json', {});
    const [stored] = await repos.exchange.records([result.file.analyses[0]?.analysis.id ?? '']);
    expect(
      byTitle(stored?.surveyResponses ?? [], stored?.tasks ?? [])
        .flat()
        .map((a) => a.task),
    ).toContain('constructor');
    expect(stored?.tasks.map((t) => t.title)).toEqual(expect.arrayContaining(['constructor', '__proto__']));
  });

  it('is still refused for a prototype key outside the data, in an older file as in a current one', () => {
    const file = readFileSync(fixture(5), 'utf8').replace('"unitName"', '"__proto__":{"polluted":true},"unitName"');
    expect(restoreFile(file)).toMatchObject({ ok: false, error: { code: 'forbiddenKey', key: '__proto__' } });
    const constructorKey = readFileSync(fixture(3), 'utf8').replace('"unitName"', '"constructor":{"x":1},"unitName"');
    expect(restoreFile(constructorKey)).toMatchObject({ ok: false, error: { code: 'forbiddenKey', key: 'constructor' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
