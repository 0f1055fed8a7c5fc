import { describe, expect, it } from 'vitest';
import { testStore } from '../testStore.ts';
import { AppError } from '../../../../shared/errors.ts';
import { createAnalysis } from '../../../../shared/analysis.ts';
import { addTask, deleteTask, updateTask, type Board } from '../../../../shared/board.ts';
import { created, invertChanges } from '../../../../shared/changes.ts';
import { addNote } from '../../../../shared/swot.ts';
import { serialize, type AkrFile } from '../../../../shared/exchange/format.ts';
import { restoreFile } from '../../../../shared/exchange/restore.ts';

let clock = 0;
const tick = () => new Date(Date.UTC(2026, 10, 23, 10, 0, clock++)).toISOString();

async function machine() {
  let n = 0;
  const made = testStore({ clock: tick, ids: () => `m-${++n}` });
  return { ...made, newId: () => `${made.db.name}-${++n}` };
}
type Machine = Awaited<ReturnType<typeof machine>>;

const FILE = 'Solrosen-a1.akr.json';
const exportOn = async (m: Machine) => {
  const file = await m.repos.exchange.exportFile(undefined, { appVersion: 'test', includePersonal: false });
  // Through the text and the strict reader, as a real file goes.
  const restored = restoreFile(serialize(file));
  if (!restored.ok) throw new Error(JSON.stringify(restored.error));
  return restored.file;
};
const board = async (m: Machine): Promise<Board> => {
  const [roles, tasks, placements] = await Promise.all([m.db.roles.toArray(), m.db.tasks.toArray(), m.db.placements.toArray()]);
  return { roles, tasks, placements };
};

/** Machine A with one analysis, a role and two tasks; machine B with A's file imported. */
async function twoMachines() {
  const a = await machine();
  const bundle = createAnalysis({ unitName: 'Solrosen', organisation: 'Norrby', facilitator: 'Eva' }, 'a1', tick());
  await a.repos.changes.apply([created('analyses', bundle.analysis), ...bundle.steps.map((s) => created('steps', s))]);
  await a.repos.changes.apply([
    created('roles', { id: 'r1', rev: 1, updatedAt: tick(), analysisId: 'a1', name: 'Kock', headcount: 2, fullTimeHours: 40, order: 'a0' }),
  ]);
  await a.repos.changes.apply(
    addTask(await board(a), { analysisId: 'a1', title: 'Diska', roleIds: ['r1'], hours: 2 }, () => 't1', tick()).map((c, i) =>
      i === 0 ? c : { ...c, after: c.after && { ...c.after, id: 'p1' } },
    ),
  );
  await a.repos.changes.apply(
    addTask(await board(a), { analysisId: 'a1', title: 'Handla', roleIds: ['r1'], hours: 1 }, () => 't2', tick()).map((c, i) =>
      i === 0 ? c : { ...c, after: c.after && { ...c.after, id: 'p2' } },
    ),
  );
  await a.repos.changes.apply(addNote([], 'a1', 'threats', 'Budget', 'n1', tick()));
  const b = await machine();
  await b.repos.exchange.apply(await exportOn(a), FILE);
  return { a, b };
}

const title = async (m: Machine, id: string) => (await m.db.tasks.get(id))?.title;

describe('analysis files between machines', () => {
  it('exports an analysis with everything it holds, and imports it on another machine as it was, once', async () => {
    const { a, b } = await twoMachines();
    // What each machine remembers of the exchange differs (A: what it exported; B: what it imported from A).
    const stripped = (records: Awaited<ReturnType<Machine['repos']['exchange']['records']>>) => records.map(({ exchanges: _e, ...rest }) => rest);
    expect(stripped(await b.repos.exchange.records())).toEqual(stripped(await a.repos.exchange.records()));
    const again = await b.repos.exchange.apply(await exportOn(a), FILE);
    expect(again[0]).toMatchObject({ isNew: false, added: 0, changed: 0, removed: 0, conflicts: [], writes: [] });
  });

  it('writes a file that names this machine, the same id every time', async () => {
    const { a } = await twoMachines();
    const first: AkrFile = await exportOn(a);
    const second: AkrFile = await exportOn(a);
    expect(first.machine).toMatch(/.+/);
    expect(second.machine).toBe(first.machine);
    expect(await a.repos.exchange.machineId()).toBe(first.machine);
  });

  it('carries a deletion to the other machine, and an older file does not bring it back', async () => {
    const { a, b } = await twoMachines();
    const old = await exportOn(a);
    await a.repos.changes.apply(deleteTask(await board(a), 't2'));
    expect(await a.db.tombstones.get('tasks:t2')).toMatchObject({ analysisId: 'a1', table: 'tasks', itemId: 't2' });
    expect(await a.db.tombstones.get('placements:p2')).toBeTruthy();
    const [plan] = await b.repos.exchange.apply(await exportOn(a), FILE);
    expect(plan?.changes.map((c) => `${c.kind} ${c.key}`).sort()).toEqual(['removed placements:p2', 'removed tasks:t2']);
    expect(await title(b, 't2')).toBeUndefined();
    expect(await b.db.placements.get('p2')).toBeUndefined();
    const [stale] = await b.repos.exchange.apply(old, 'old.akr.json');
    expect(stale?.writes).toEqual([]);
    expect(await title(b, 't2')).toBeUndefined();
  });

  it('an undone deletion lifts the tombstone again', async () => {
    const { a } = await twoMachines();
    const deletion = deleteTask(await board(a), 't2');
    await a.repos.changes.apply(deletion);
    await a.repos.changes.apply(invertChanges(deletion));
    expect(await a.db.tombstones.count()).toBe(0);
    expect(await title(a, 't2')).toBe('Handla');
  });

  it('deleting a role leaves tombstones for it and its placements; restoring it lifts them', async () => {
    const { a } = await twoMachines();
    const before = await a.db.roles.get('r1');
    const undo = await a.state().deleteRole('r1');
    expect((await a.db.tombstones.toArray()).map((t) => t.id).sort()).toEqual(['placements:p1', 'placements:p2', 'roles:r1']);
    await undo();
    expect(await a.db.tombstones.count()).toBe(0);
    const role = await a.db.roles.get('r1');
    expect(role?.rev).toBeGreaterThan((before?.rev ?? 0) + 1);
  });

  it('takes the other machine’s edits where only it changed something, and keeps this machine’s own', async () => {
    const { a, b } = await twoMachines();
    await a.repos.changes.apply(updateTask(await board(a), 't1', { title: 'Diska (A)' }, tick()));
    await b.repos.changes.apply(updateTask(await board(b), 't2', { title: 'Handla (B)' }, tick()));
    const [plan] = await b.repos.exchange.apply(await exportOn(a), FILE);
    expect(plan?.conflicts).toEqual([]);
    expect(plan?.changes.map((c) => c.key)).toEqual(['tasks:t1']);
    expect(await title(b, 't1')).toBe('Diska (A)');
    expect(await title(b, 't2')).toBe('Handla (B)');
    // And back: A takes B's edit, and keeps its own.
    const [back] = await a.repos.exchange.apply(await exportOn(b), 'Solrosen-a1 (1).akr.json');
    expect(back?.conflicts).toEqual([]);
    expect(await title(a, 't2')).toBe('Handla (B)');
    expect(await title(a, 't1')).toBe('Diska (A)');
  });

  it('a conflict: the newer edit wins, the other is in History and can be restored; the restore keeps what it replaced', async () => {
    const { a, b } = await twoMachines();
    await b.repos.changes.apply(updateTask(await board(b), 't1', { title: 'Diska (B)' }, tick()));
    await a.repos.changes.apply(updateTask(await board(a), 't1', { title: 'Diska (A, senare)' }, tick()));
    const file = await exportOn(a);
    const [preview] = await b.repos.exchange.preview(file, FILE);
    expect(preview?.conflicts).toEqual([expect.objectContaining({ key: 'tasks:t1', newer: 'file', winner: 'file' })]);
    expect(await title(b, 't1')).toBe('Diska (B)');
    await b.repos.exchange.apply(file, FILE);
    expect(await title(b, 't1')).toBe('Diska (A, senare)');
    const [kept] = await b.db.keptVersions.toArray();
    expect(kept).toMatchObject({ itemId: 't1', from: 'here', fileName: FILE, restoredAt: null, version: expect.objectContaining({ title: 'Diska (B)' }) });
    if (!kept) return;

    await b.repos.exchange.restoreKept(kept.id);
    expect(await title(b, 't1')).toBe('Diska (B)');
    const history = await b.db.keptVersions.toArray();
    expect(history).toHaveLength(2);
    expect(history.find((k) => k.id === kept.id)?.restoredAt).not.toBeNull();
    expect(history.find((k) => k.id !== kept.id)).toMatchObject({ version: expect.objectContaining({ title: 'Diska (A, senare)' }) });
    // The restored version is newest everywhere: A takes it without a conflict.
    const [toA] = await a.repos.exchange.apply(await exportOn(b), 'b.akr.json');
    expect(toA?.conflicts).toEqual([]);
    expect(await title(a, 't1')).toBe('Diska (B)');
  });

  it('the user can keep this machine’s side of a conflict; the file’s version goes to History', async () => {
    const { a, b } = await twoMachines();
    await b.repos.changes.apply(updateTask(await board(b), 't1', { title: 'Diska (B)' }, tick()));
    await a.repos.changes.apply(updateTask(await board(a), 't1', { title: 'Diska (A, senare)' }, tick()));
    await b.repos.exchange.apply(await exportOn(a), FILE, { 'tasks:t1': 'here' });
    expect(await title(b, 't1')).toBe('Diska (B)');
    expect((await b.db.keptVersions.toArray())[0]).toMatchObject({ from: 'file', version: expect.objectContaining({ title: 'Diska (A, senare)' }) });
  });

  it('refuses to restore a placement whose task is gone', async () => {
    const { a, b } = await twoMachines();
    await b.repos.changes.apply(deleteTask(await board(b), 't1'));
    await a.repos.changes.apply(updateTask(await board(a), 't1', { title: 'Diska (A)' }, tick()));
    await b.repos.exchange.apply(await exportOn(a), FILE, { 'tasks:t1': 'here', 'placements:p1': 'here' });
    const kept = (await b.db.keptVersions.toArray()).find((k) => k.table === 'placements');
    // A changed only the task, so the placement is no conflict: nothing of it is kept.
    expect(kept).toBeUndefined();
    const task = (await b.db.keptVersions.toArray()).find((k) => k.table === 'tasks');
    expect(task).toMatchObject({ from: 'file' });
    const placement = await a.db.placements.get('p1');
    if (!task || !placement) throw new Error('missing');
    await b.db.keptVersions.put({ ...task, id: 'kp', table: 'placements', itemId: 'p1', version: placement });
    await expect(b.repos.exchange.restoreKept('kp')).rejects.toMatchObject({ code: 'keptMissingLink' });
    await expect(b.repos.exchange.restoreKept('nothing')).rejects.toBeInstanceOf(AppError);
    await expect(b.repos.exchange.restoreKept('nothing')).rejects.toMatchObject({ code: 'keptGone' });
  });

  it('erases an analysis for good with everything it left behind, and names its sync-folder files', async () => {
    const { a, b } = await twoMachines();
    await a.repos.changes.apply(deleteTask(await board(a), 't2'));
    await a.db.keptVersions.put({
      id: 'k1',
      rev: 1,
      updatedAt: tick(),
      analysisId: 'a1',
      table: 'tasks',
      itemId: 't1',
      version: null,
      from: 'file',
      fileName: FILE,
      keptAt: tick(),
      restoredAt: null,
    });
    await a.repos.syncFiles.remember({ name: FILE, analysisId: 'a1', sha256: 'x', rev: 1 });
    await a.repos.changes.apply(addNote([], 'a1', 'strengths', 'Glädje', 'n2', tick()));
    expect(await a.repos.analyses.erase('a1')).toEqual([FILE]);
    // Everything but this machine's own id is gone.
    for (const table of a.db.tables) {
      if (table.name === 'machine') expect((await a.db.machine.toArray()).map((r) => r.key)).toEqual(['id']);
      else expect(await table.count(), table.name).toBe(0);
    }
    // B is untouched.
    expect(await title(b, 't1')).toBe('Diska');
  });

  it('remembers what was exchanged per analysis and machine', async () => {
    const { a, b } = await twoMachines();
    const aId = await a.repos.exchange.machineId();
    expect(await b.db.exchanges.get(`a1|${aId}`)).toMatchObject({ analysisId: 'a1', machine: aId, revs: expect.objectContaining({ 'tasks:t1': 1 }) });
    expect(await a.db.exchanges.get(`a1|${aId}`)).toMatchObject({ machine: aId });
  });
});
