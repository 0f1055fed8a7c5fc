import { describe, expect, it } from 'vitest';
import { createAnalysis } from '../../../shared/analysis.ts';
import { created } from '../../../shared/changes.ts';
import { addTask, updateTask } from '../../../shared/board.ts';
import { machine, memoryFolder, NAME, tick, withAnalysis } from './syncTestbed.ts';
import { exampleSurveyCsv } from '../../../renderer/example/exampleSurvey.ts';

describe('the sync folder', () => {
  it('writes an analysis’s file once it changed, and only then; an edit keeps the old one as a backup', async () => {
    const folder = memoryFolder();
    const a = await withAnalysis(folder.folders);
    await a.sync.write(['a1']);
    expect([...folder.files.keys()]).toEqual([NAME]);
    const first = folder.files.get(NAME);
    await a.sync.write(['a1']);
    expect(folder.files.get(NAME)).toBe(first);
    expect(folder.backupsOf(NAME)).toBeUndefined();
    await a.repos.changes.apply(updateTask(await a.board(), 't1', { title: 'Diska noga' }, tick()));
    await a.sync.write(['a1']);
    expect(folder.files.get(NAME)).toContain('Diska noga');
    expect(folder.backupsOf(NAME)).toEqual([first]);
    expect(a.sync.getState()).toMatchObject({ problem: null, offers: [] });
    expect(a.sync.getState().lastWrite).not.toBeNull();
  });

  it('never writes an example analysis’s file, not even when it changes; the other analyses’ files are written', async () => {
    const folder = memoryFolder();
    const a = await withAnalysis(folder.folders);
    const exampleId = await a
      .state()
      .createExample({ csv: exampleSurveyCsv, unitName: 'Exempel: Förskolan Solrosen', organisation: '', fileName: 'exempel.csv' });
    await a.sync.write([exampleId, 'a1']);
    const roles = await a.db.roles.where('analysisId').equals(exampleId).toArray();
    await a.state().updateRole(roles[0]?.id ?? '', { headcount: 7 });
    await a.sync.write([exampleId]);
    await a.sync.sync();
    expect([...folder.files.keys()]).toEqual([NAME]);
    expect(a.sync.getState()).toMatchObject({ problem: null, waiting: [] });
  });

  it('recognises its own writes: reading the folder offers nothing', async () => {
    const folder = memoryFolder();
    const a = await withAnalysis(folder.folders);
    await a.sync.write(['a1']);
    await a.sync.scan();
    expect(a.sync.getState().offers).toEqual([]);
  });

  it('offers another machine’s newer file, imports it, and writes the merged analysis back; the other machine then sees nothing new', async () => {
    const folder = memoryFolder();
    const a = await withAnalysis(folder.folders);
    await a.sync.write(['a1']);
    const b = await machine(folder.folders);
    // B finds A's file and takes it in.
    const [offer] = b.sync.getState().offers;
    expect(offer).toMatchObject({ name: NAME, units: ['Solrosen'] });
    if (!offer) return;
    await b.repos.exchange.apply(offer.file, offer.name);
    await b.sync.imported(offer);
    expect(b.sync.getState().offers).toEqual([]);
    // B edits and writes.
    await b.repos.changes.apply(updateTask(await b.board(), 't1', { title: 'Diska (B)' }, tick()));
    await b.sync.write(['a1']);
    expect(folder.files.get(NAME)).toContain('Diska (B)');
    // A, on focus, is offered B's edit.
    await a.sync.scan();
    const [fromB] = a.sync.getState().offers;
    expect(fromB?.units).toEqual(['Solrosen']);
    if (!fromB) return;
    await a.repos.exchange.apply(fromB.file, fromB.name);
    await a.sync.imported(fromB);
    expect((await a.db.tasks.get('t1'))?.title).toBe('Diska (B)');
    await b.sync.scan();
    expect(b.sync.getState().offers).toEqual([]);
  });

  it('does not overwrite another machine’s newer file: it waits, and offers it', async () => {
    const folder = memoryFolder();
    const a = await withAnalysis(folder.folders);
    await a.sync.write(['a1']);
    const b = await machine(folder.folders);
    const [offer] = b.sync.getState().offers;
    if (!offer) throw new Error('no offer');
    await b.repos.exchange.apply(offer.file, offer.name);
    await b.sync.imported(offer);
    await b.repos.changes.apply(updateTask(await b.board(), 't1', { title: 'Diska (B)' }, tick()));
    await b.sync.write(['a1']);
    const fromB = folder.files.get(NAME);
    // A edits without having read B's file first.
    await a.repos.changes.apply(addTask(await a.board(), { analysisId: 'a1', title: 'Handla', roleIds: ['r1'], hours: 1 }, () => 't2', tick()));
    await a.sync.write(['a1']);
    expect(folder.files.get(NAME)).toBe(fromB);
    expect(a.sync.getState().waiting).toEqual(['Solrosen']);
    expect(a.sync.getState().offers.map((o) => o.name)).toEqual([NAME]);
    // Once A has taken B's edit in, A's file holds both.
    const [pending] = a.sync.getState().offers;
    if (!pending) return;
    await a.repos.exchange.apply(pending.file, pending.name);
    await a.sync.imported(pending);
    expect(folder.files.get(NAME)).toContain('Diska (B)');
    expect(folder.files.get(NAME)).toContain('Handla');
    expect(a.sync.getState().waiting).toEqual([]);
  });

  it('a folder that cannot be written is a warning; the edit is safe in the database and the next write goes through', async () => {
    const folder = memoryFolder();
    const a = await withAnalysis(folder.folders);
    folder.failWith('readOnly');
    await a.sync.write(['a1']);
    expect(a.sync.getState().problem).toEqual({ problem: 'readOnly', detail: 'injected' });
    expect(folder.files.size).toBe(0);
    expect((await a.db.tasks.get('t1'))?.title).toBe('Diska');
    folder.failWith(null);
    await a.sync.write(['a1']);
    expect(a.sync.getState().problem).toBeNull();
    expect(folder.files.has(NAME)).toBe(true);
  });

  it('a renamed unit gets a new file and the old one goes', async () => {
    const folder = memoryFolder();
    const a = await withAnalysis(folder.folders);
    await a.sync.write(['a1']);
    await a.state().updateAnalysis('a1', { unitName: 'Solrosen norra' });
    await a.sync.write(['a1']);
    expect([...folder.files.keys()]).toEqual(['Solrosen-norra-a1.akr']);
  });

  it('refuses to read a damaged file and says which', async () => {
    const folder = memoryFolder();
    folder.files.set('Trasig-x.akr', '{"format": "akr-studio-analyses", "version": 2');
    const a = await machine(folder.folders);
    expect(a.sync.getState().unreadable).toEqual(['Trasig-x.akr']);
  });

  describe('one bad file never stops the others', () => {
    /** A folder with another machine's file in it (Solrosen), and this machine with its own analysis (Vitsippan). */
    async function twoMachines() {
      const folder = memoryFolder();
      const other = await withAnalysis(folder.folders);
      await other.sync.write(['a1']);
      const here = await machine(folder.folders);
      const bundle = createAnalysis({ unitName: 'Vitsippan', organisation: '', facilitator: '' }, 'v1', tick());
      await here.repos.changes.apply([created('analyses', bundle.analysis), ...bundle.steps.map((s) => created('steps', s))]);
      return { folder, here };
    }

    it('a file nested 5,000 deep (10 KB) is reported; the other file is offered and this machine’s own file written', async () => {
      const { folder, here } = await twoMachines();
      const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      folder.files.set('Djup-x.akr', deep);
      // Deep inside a file that is otherwise an analysis file: refused too (no real file nests that deep).
      const other = folder.files.get(NAME) ?? '';
      folder.files.set('Djup-y.akr', other.replace(/^\{/, `{"extra":${'{"d":'.repeat(5000)}{}${'}'.repeat(5000)},`));
      await here.sync.sync();
      const state = here.sync.getState();
      expect([...state.unreadable].sort()).toEqual(['Djup-x.akr', 'Djup-y.akr']);
      expect(state.offers.map((o) => o.name)).toEqual([NAME]);
      expect(folder.files.has('Vitsippan-v1.akr')).toBe(true);
    });

    it('a file whose reading throws is reported; the scan goes on and this machine’s own file is written', async () => {
      const { folder, here } = await twoMachines();
      folder.files.set('Boom-x.akr', '{}');
      folder.throwing.add('Boom-x.akr');
      await here.sync.sync();
      expect(here.sync.getState().unreadable).toEqual(['Boom-x.akr']);
      expect(here.sync.getState().offers.map((o) => o.name)).toEqual([NAME]);
      expect(folder.files.has('Vitsippan-v1.akr')).toBe(true);
    });

    it('entries the folder skipped (a link, a pipe, an oversized file) are reported, not read', async () => {
      const { folder, here } = await twoMachines();
      folder.skipped.set('Länk-x.akr', 'notAFile');
      folder.skipped.set('Stor-x.akr', 'tooLarge');
      await here.sync.sync();
      expect(here.sync.getState().unreadable).toEqual(['Länk-x.akr', 'Stor-x.akr']);
      expect(here.sync.getState().offers.map((o) => o.name)).toEqual([NAME]);
      expect(folder.files.has('Vitsippan-v1.akr')).toBe(true);
    });
  });

  it('erasing removes the analysis’s file and its backups', async () => {
    const folder = memoryFolder();
    const a = await withAnalysis(folder.folders);
    await a.sync.write(['a1']);
    await a.repos.changes.apply(updateTask(await a.board(), 't1', { title: 'Diska noga' }, tick()));
    await a.sync.write(['a1']);
    const files = await a.repos.analyses.erase('a1');
    expect(files).toEqual([NAME]);
    expect(await a.sync.removeFiles(files)).toBeNull();
    expect(folder.files.size).toBe(0);
    expect(folder.backups.size).toBe(0);
  });
});
