import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TASK_TITLE_MAX, validateTaskTitle } from '../../../../shared/board.ts';
import { loadLibraryLists, ownLibrary, pickable, type LibraryList, type OwnTaskSource } from '../../../../shared/survey/library.ts';
import { libraryList, libraryLists } from '../../../../shared/survey/libraryLists/index.ts';
import { matchKey, tidy } from '../../../../shared/text.ts';
import { LANGUAGES } from '../../../../shared/vocabulary.ts';

const lists = libraryLists();
const tasksOf = (list: LibraryList) => list.groups.flatMap((g) => g.tasks);
const duplicates = (texts: readonly string[]) => texts.filter((t, i) => texts.findIndex((u) => matchKey(u) === matchKey(t)) !== i);

/** Short enough to read on a card and in a survey question at a glance. */
const READABLE_TITLE = 60;

describe('the starting lists', () => {
  it('keep their ids, which a choice may be remembered by', () => {
    expect(lists.map((l) => l.id)).toEqual(['forskola', 'fritidshem-skola', 'hemtjanst', 'sarskilt-boende', 'lss-boende', 'kok', 'bibliotek', 'vatten-avlopp']);
    expect(Object.fromEntries(lists.map((l) => [l.id, l.groups.map((g) => g.id)]))).toEqual({
      forskola: ['undervisning', 'omsorg', 'vardnadshavare', 'administration', 'maltider', 'stad-tvatt', 'service'],
      'fritidshem-skola': ['undervisning', 'fritidshem', 'elevhalsa', 'administration', 'service'],
      hemtjanst: ['omvardnad', 'halsa-sjukvard', 'dokumentation', 'service', 'transporter'],
      'sarskilt-boende': ['omvardnad', 'aktiviteter', 'halsa-sjukvard', 'dokumentation', 'maltider', 'stad-tvatt', 'service'],
      'lss-boende': ['stod', 'pedagogik', 'halsa-sjukvard', 'administration', 'hushall', 'transporter'],
      kok: ['planering', 'tillagning', 'servering', 'disk-stad', 'egenkontroll', 'transporter'],
      bibliotek: ['besokare', 'lasframjande', 'medier', 'administration'],
      'vatten-avlopp': ['drift', 'provtagning', 'underhall', 'service', 'administration'],
    });
  });

  it('are found by id, and an unknown id finds none', () => {
    for (const list of lists) expect(libraryList(list.id)).toBe(list);
    expect(libraryList('finns-inte')).toBeUndefined();
    expect(libraryList('')).toBeUndefined();
  });

  it('load on demand as the same lists', async () => {
    expect(await loadLibraryLists()).toEqual(lists);
  });

  it.each(lists.map((l) => [l.id, l] as const))('%s has at least 25 tasks, each group at least two', (_id, list) => {
    expect(tasksOf(list).length).toBeGreaterThanOrEqual(25);
    for (const group of list.groups) expect(group.tasks.length, group.id).toBeGreaterThanOrEqual(2);
  });

  it.each(lists.map((l) => [l.id, l] as const))('%s has tidy titles a task can have, short and in sentence case', (_id, list) => {
    for (const task of tasksOf(list)) {
      for (const lang of LANGUAGES) {
        const title = task[lang];
        expect(tidy(title), title).toBe(title);
        expect(validateTaskTitle(title), title).toBeNull();
        expect(title.length, title).toBeLessThanOrEqual(Math.min(READABLE_TITLE, TASK_TITLE_MAX));
        expect(title, title).toMatch(/^\p{Lu}/u);
        expect(title, title).not.toMatch(/[.:;,]$/);
      }
    }
  });

  it.each(lists.map((l) => [l.id, l] as const))('%s has each task in both languages, translated', (_id, list) => {
    for (const task of tasksOf(list)) {
      expect(matchKey(task.sv), task.sv).not.toBe(matchKey(task.en));
      // Swedish letters in an English title are a sign it was left untranslated.
      expect(task.en, task.en).not.toMatch(/[åäöÅÄÖ]/);
    }
    for (const text of [list.name, list.description, ...list.groups.map((g) => g.name), ...list.roles]) {
      if (text === undefined) continue;
      for (const lang of LANGUAGES) expect(tidy(text[lang]), text[lang]).toBe(text[lang]);
      for (const lang of LANGUAGES) expect(text[lang]).not.toBe('');
      expect(text.en, text.en).not.toMatch(/[åäöÅÄÖ]/);
    }
  });

  it.each(lists.map((l) => [l.id, l] as const))('%s has no task twice, in either language', (_id, list) => {
    for (const lang of LANGUAGES) expect(duplicates(tasksOf(list).map((t) => t[lang]))).toEqual([]);
  });

  it.each(lists.map((l) => [l.id, l] as const))('%s has groups with their own ids and names', (_id, list) => {
    const ids = list.groups.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const lang of LANGUAGES) expect(duplicates(list.groups.map((g) => g.name[lang]))).toEqual([]);
  });

  it.each(lists.map((l) => [l.id, l] as const))('%s suggests only roles it names, and names only roles it suggests', (_id, list) => {
    const named = list.roles.map((r) => r.sv);
    expect(duplicates(named)).toEqual([]);
    const suggested = new Set<string>();
    for (const task of tasksOf(list)) {
      expect(duplicates(task.roles ?? []), task.sv).toEqual([]);
      for (const role of task.roles ?? []) {
        expect(named, `${task.sv}: ${role}`).toContain(role);
        suggested.add(role);
      }
    }
    expect([...suggested].sort()).toEqual([...named].sort());
  });

  it('have unique ids and names', () => {
    expect(new Set(lists.map((l) => l.id)).size).toBe(lists.length);
    for (const lang of LANGUAGES) expect(duplicates(lists.map((l) => l.name[lang]))).toEqual([]);
  });

  it('stay out of what loads with the library module, in a chunk of their own', async () => {
    const entry = fileURLToPath(new URL('../../../../shared/survey/library.ts', import.meta.url));
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      format: 'esm',
      write: false,
      outdir: 'out',
      metafile: true,
      logLevel: 'silent',
    });
    const texts = new Map(result.outputFiles.map((f) => [path.relative(process.cwd(), f.path), f.text]));
    const outputs = Object.entries(result.metafile.outputs);
    const main = outputs.find(([, o]) => o.entryPoint !== undefined)?.[0] ?? '';
    // Everything the entry loads with it: its static imports, followed through.
    const loaded = new Set([main]);
    for (const file of loaded) for (const i of result.metafile.outputs[file]?.imports ?? []) if (i.kind === 'import-statement') loaded.add(i.path);
    // The lists' ids are in their code as string literals and nowhere else.
    const hasLists = (file: string) => lists.some((l) => texts.get(file)?.includes(JSON.stringify(l.id)));
    expect(texts.has(main)).toBe(true);
    expect([...loaded].filter(hasLists)).toEqual([]);
    expect(outputs.some(([file]) => hasLists(file))).toBe(true);
  });
});

describe('the facilitator’s own library', () => {
  const task = (title: string, analysisId: string, createdAt: string, updatedAt = createdAt): OwnTaskSource => ({ title, analysisId, createdAt, updatedAt });

  it('lists titles from other analyses, most recently used first', () => {
    const own = ownLibrary(
      [
        task('Diska', 'a1', '2026-01-01T10:00:00.000Z'),
        task('Beställa livsmedel', 'a2', '2026-03-01T10:00:00.000Z'),
        task('Läsa av mätare', 'a1', '2026-01-01T09:00:00.000Z', '2026-04-01T08:00:00.000Z'),
      ],
      { analysisId: 'current' },
    );
    expect(own.map((e) => [e.title, e.lastUsed])).toEqual([
      ['Läsa av mätare', '2026-04-01T08:00:00.000Z'],
      ['Beställa livsmedel', '2026-03-01T10:00:00.000Z'],
      ['Diska', '2026-01-01T10:00:00.000Z'],
    ]);
  });

  it('has each title once, as last used, with the analyses that have it', () => {
    const own = ownLibrary(
      [
        task('diska ', 'a1', '2026-01-01T10:00:00.000Z'),
        task('Diska', 'a2', '2026-02-01T10:00:00.000Z'),
        task('DISKA', 'a1', '2025-12-01T10:00:00.000Z'),
        task('Städa  köket', 'a3', '2026-01-15T10:00:00.000Z'),
      ],
      { analysisId: 'current' },
    );
    expect(own).toEqual([
      { title: 'Diska', lastUsed: '2026-02-01T10:00:00.000Z', analysisIds: ['a2', 'a1'] },
      { title: 'Städa köket', lastUsed: '2026-01-15T10:00:00.000Z', analysisIds: ['a3'] },
    ]);
  });

  it('leaves out the titles the analysis being built already has, however they are spelt', () => {
    const own = ownLibrary(
      [
        task('Diska', 'a1', '2026-01-01T10:00:00.000Z'),
        task('Tvätta', 'a1', '2026-01-02T10:00:00.000Z'),
        task('  tvätta', 'current', '2026-05-01T10:00:00.000Z'),
        task('Ny uppgift', 'current', '2026-05-02T10:00:00.000Z'),
      ],
      { analysisId: 'current' },
    );
    expect(own.map((e) => e.title)).toEqual(['Diska']);
  });

  it('leaves out the analyses it is told to skip, and blank titles', () => {
    const own = ownLibrary(
      [task('Diska', 'example', '2026-06-01T10:00:00.000Z'), task('Tvätta', 'a1', '2026-01-01T10:00:00.000Z'), task('   ', 'a1', '2026-07-01T10:00:00.000Z')],
      { analysisId: 'current', skip: ['example'] },
    );
    expect(own.map((e) => e.title)).toEqual(['Tvätta']);
  });

  it('orders titles used at the same moment alphabetically, the Swedish way', () => {
    const at = '2026-01-01T10:00:00.000Z';
    const own = ownLibrary([task('Örter', 'a1', at), task('Äta', 'a1', at), task('Ösa', 'a2', at), task('Zon', 'a1', at)], { analysisId: 'current' });
    expect(own.map((e) => e.title)).toEqual(['Zon', 'Äta', 'Örter', 'Ösa']);
  });

  it('is empty when there is nothing else', () => {
    expect(ownLibrary([], { analysisId: 'current' })).toEqual([]);
    expect(ownLibrary([task('Diska', 'current', '2026-01-01T10:00:00.000Z')], { analysisId: 'current' })).toEqual([]);
  });
});

describe('picking from a list', () => {
  const list: LibraryList = {
    id: 'test',
    name: { sv: 'Test', en: 'Test' },
    roles: [],
    groups: [
      {
        id: 'a',
        name: { sv: 'A', en: 'A' },
        tasks: [
          { sv: 'Diska', en: 'Wash up' },
          { sv: 'Laga mat', en: 'Cook' },
        ],
      },
      { id: 'b', name: { sv: 'B', en: 'B' }, tasks: [{ sv: 'Läsa av mätare', en: 'Read meters' }] },
    ],
  };

  it('marks the tasks the analysis already has, by title in either language', () => {
    const picked = pickable(list, ['  diska', 'READ METERS', 'Något annat']);
    expect(picked.groups.map((g) => g.tasks.map((t) => [t.sv, t.present]))).toEqual([
      [
        ['Diska', true],
        ['Laga mat', false],
      ],
      [['Läsa av mätare', true]],
    ]);
    expect([picked.present, picked.total]).toEqual([2, 3]);
    expect(picked.id).toBe('test');
  });

  it('marks nothing in an empty analysis', () => {
    const picked = pickable(list, []);
    expect(picked.groups.flatMap((g) => g.tasks).some((t) => t.present)).toBe(false);
    expect([picked.present, picked.total]).toEqual([0, 3]);
  });

  it('marks every task of a real list once its own titles are in the analysis', () => {
    for (const real of lists) {
      const titles = tasksOf(real).map((t) => t.sv);
      const picked = pickable(real, titles);
      expect(picked.present).toBe(titles.length);
      expect(picked.total).toBe(titles.length);
    }
  });
});
