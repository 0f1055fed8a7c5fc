import { describe, expect, it } from 'vitest';
import { addTask, updateTask } from '../../../shared/board.ts';
import { serialize } from '../../../shared/exchange/format.ts';
import { machine, memoryFolder, NAME, sha, tick, withAnalysis } from './syncTestbed.ts';

/*
 * Analysis files as earlier versions named them (`<stem>.akr.json`) in a
 * folder this version writes `<stem>.akr` to: read and offered like any
 * file, matched to their analysis by the id inside, and retired into the
 * backups once their content is in the database, never before.
 */

const LEGACY = 'Solrosen-a1.akr.json';

type Machine = Awaited<ReturnType<typeof machine>>;

/** Turns what `m` wrote as NAME into what an earlier version would have left: the file and this machine's note, under LEGACY. */
async function asEarlierVersionLeftIt(folder: ReturnType<typeof memoryFolder>, m: Machine): Promise<string> {
  const text = folder.files.get(NAME);
  const [row] = await m.repos.syncFiles.list();
  if (text === undefined || row?.name !== NAME) throw new Error('nothing written');
  folder.files.delete(NAME);
  folder.files.set(LEGACY, text);
  await m.repos.syncFiles.forget(NAME);
  await m.repos.syncFiles.remember({ ...row, name: LEGACY });
  return text;
}

/** What another machine on an earlier version writes after renaming the task t1: its file text. */
async function editedElsewhere(folder: ReturnType<typeof memoryFolder>, title: string): Promise<string> {
  const b = await machine(folder.folders);
  const [offer] = b.sync.getState().offers;
  if (!offer) throw new Error('no offer');
  await b.repos.exchange.apply(offer.file, offer.name);
  await b.repos.changes.apply(updateTask(await b.board(), 't1', { title }, tick()));
  return serialize(await b.repos.exchange.exportFile(['a1'], { appVersion: 'earlier', includePersonal: false }));
}

describe('files named .akr.json by earlier versions', () => {
  it('a file this machine wrote under the old name is written as .akr at the next start; the old one is kept as a backup', async () => {
    const folder = memoryFolder();
    const a = await withAnalysis(folder.folders);
    await a.sync.write(['a1']);
    const old = await asEarlierVersionLeftIt(folder, a);
    await a.sync.sync();
    expect([...folder.files.keys()]).toEqual([NAME]);
    expect(folder.files.get(NAME)).toContain('Diska');
    expect(folder.backupsOf(NAME)).toEqual([old]);
    expect((await a.repos.syncFiles.list()).map((r) => r.name)).toEqual([NAME]);
    expect(a.sync.getState()).toMatchObject({ offers: [], unreadable: [], waiting: [], problem: null });
  });

  it('another machine’s edit under the old name is not retired before it is taken in; then both edits are in the .akr', async () => {
    const folder = memoryFolder();
    const a = await withAnalysis(folder.folders);
    await a.sync.write(['a1']);
    await asEarlierVersionLeftIt(folder, a);
    const fromB = await editedElsewhere(folder, 'Diska (B)');
    folder.files.set(LEGACY, fromB);
    // A edits and writes without reading the folder first.
    await a.repos.changes.apply(addTask(await a.board(), { analysisId: 'a1', title: 'Handla', roleIds: ['r1'], hours: 1 }, () => 't2', tick()));
    await a.sync.write(['a1']);
    expect(folder.files.get(NAME)).toContain('Handla');
    expect(folder.files.get(LEGACY)).toBe(fromB);
    // Reading the folder offers B's edit under the old name.
    await a.sync.scan();
    const [offer] = a.sync.getState().offers;
    expect(offer).toMatchObject({ name: LEGACY, units: ['Solrosen'] });
    if (!offer) return;
    await a.repos.exchange.apply(offer.file, offer.name);
    await a.sync.imported(offer);
    expect([...folder.files.keys()]).toEqual([NAME]);
    expect(folder.files.get(NAME)).toContain('Diska (B)');
    expect(folder.files.get(NAME)).toContain('Handla');
    expect(folder.backupsOf(NAME)).toContain(fromB);
    expect((await a.repos.syncFiles.list()).map((r) => r.name)).toEqual([NAME]);
  });

  it('a folder new to this machine with both names: one analysis, by the id inside, written back as .akr only', async () => {
    const folder = memoryFolder();
    const a = await withAnalysis(folder.folders);
    await a.sync.write(['a1']);
    const fromB = await editedElsewhere(folder, 'Diska (B)');
    folder.files.set(LEGACY, fromB);
    const c = await machine(folder.folders);
    expect(c.sync.getState().offers.map((o) => [o.name, o.units])).toEqual([
      [NAME, ['Solrosen']],
      [LEGACY, ['Solrosen']],
    ]);
    for (const offer of [...c.sync.getState().offers].reverse()) {
      await c.repos.exchange.apply(offer.file, offer.name);
      await c.sync.imported(offer);
    }
    expect(await c.db.analyses.count()).toBe(1);
    expect((await c.db.tasks.get('t1'))?.title).toBe('Diska (B)');
    expect([...folder.files.keys()]).toEqual([NAME]);
    expect(folder.files.get(NAME)).toContain('Diska (B)');
    expect(folder.backupsOf(NAME)).toContain(fromB);
    await c.sync.scan();
    expect(c.sync.getState().offers).toEqual([]);
  });

  it('erasing the analysis removes the file under either name this machine knows, with the backups', async () => {
    const folder = memoryFolder();
    const a = await withAnalysis(folder.folders);
    await a.sync.write(['a1']);
    const old = await asEarlierVersionLeftIt(folder, a);
    // Both there: the .akr not written yet by this machine (say, the write failed), the old one known.
    folder.files.set(NAME, old);
    await a.repos.syncFiles.remember({ name: NAME, analysisId: 'a1', sha256: sha(old), rev: 0 });
    const files = await a.repos.analyses.erase('a1');
    expect([...files].sort()).toEqual([NAME, LEGACY].sort());
    expect(await a.sync.removeFiles(files)).toBeNull();
    expect(folder.files.size).toBe(0);
    expect(folder.backups.size).toBe(0);
  });
});
