import { describe, expect, it } from 'vitest';
import { createAnalysis, createRole } from '../../../shared/analysis.ts';
import { emptyRecord, type AnalysisRecord } from '../../../shared/exchange/format.ts';
import { baseOf, isNoop, planMerge, recordItems, type MergeInput } from '../../../shared/exchange/merge.ts';
import { tombstoneOf, type ExchangeBase } from '../../../shared/exchange/versions.ts';
import type { Placement, Role, Task } from '../../../shared/model.ts';

const T0 = '2026-11-23T10:00:00.000Z';
const T1 = '2026-11-23T11:00:00.000Z';
const T2 = '2026-11-23T12:00:00.000Z';

function record(): AnalysisRecord {
  const b = createAnalysis({ unitName: 'Solrosen', organisation: '', facilitator: '' }, 'a1', T0);
  return {
    ...emptyRecord(b.analysis),
    steps: b.steps,
    roles: [createRole('a1', { name: 'Kock', headcount: 1, fullTimeHours: 40 }, [], 'r1', T0)],
    tasks: [
      { id: 't1', rev: 1, updatedAt: T0, analysisId: 'a1', title: 'Diska', notes: '', createdAt: T0 },
      { id: 't2', rev: 1, updatedAt: T0, analysisId: 'a1', title: 'Handla', notes: '', createdAt: T0 },
    ],
  };
}

const edit = (r: AnalysisRecord, id: string, title: string, at: string): AnalysisRecord => ({
  ...r,
  tasks: r.tasks.map((t) => (t.id === id ? { ...t, title, rev: t.rev + 1, updatedAt: at } : t)),
});
const drop = (r: AnalysisRecord, id: string, at: string): AnalysisRecord => {
  const task = r.tasks.find((t) => t.id === id);
  if (!task) throw new Error(id);
  return { ...r, tasks: r.tasks.filter((t) => t.id !== id), tombstones: [...r.tombstones, tombstoneOf('tasks', task, at)] };
};
const title = (r: AnalysisRecord | null, id: string) => r?.tasks.find((t) => t.id === id)?.title;

let ids = 0;
function merge(here: AnalysisRecord | null, incoming: AnalysisRecord, base: ExchangeBase | null, extra: Partial<MergeInput> = {}) {
  return planMerge({ here, incoming, base, machine: 'm-b', self: 'm-a', fileName: 'Solrosen-a1.akr.json', at: T2, newId: () => `k${++ids}`, ...extra });
}

/** Applies a plan's writes to a copy of `here`, as the repository does to the database. */
function applyPlan(here: AnalysisRecord, plan: ReturnType<typeof merge>): AnalysisRecord {
  const out = structuredClone(here);
  for (const w of plan.writes) {
    if (w.table === 'tasks') {
      out.tasks = 'put' in w ? [...out.tasks.filter((t) => t.id !== w.put.id), w.put as Task] : out.tasks.filter((t) => t.id !== w.remove);
    } else if (w.table === 'roles') {
      out.roles = 'put' in w ? [...out.roles.filter((t) => t.id !== w.put.id), w.put as Role] : out.roles.filter((t) => t.id !== w.remove);
    } else if (w.table === 'tombstones') {
      out.tombstones =
        'put' in w
          ? [...out.tombstones.filter((t) => t.id !== w.put.id), w.put as AnalysisRecord['tombstones'][number]]
          : out.tombstones.filter((t) => t.id !== w.remove);
    } else if (w.table === 'keptVersions' && 'put' in w) {
      out.keptVersions = [...out.keptVersions.filter((k) => k.id !== w.put.id), w.put as AnalysisRecord['keptVersions'][number]];
    } else throw new Error(`unexpected write to ${w.table}`);
  }
  return out;
}

describe('merging an imported analysis', () => {
  it('adds everything of an analysis the machine does not have', () => {
    const plan = merge(null, record(), null);
    expect(plan).toMatchObject({ isNew: true, added: 1 + 6 + 1 + 2, changed: 0, removed: 0, kept: 0, conflicts: [] });
    expect(plan.writes).toHaveLength(recordItems(record()).length);
    expect(plan.base?.revs['tasks:t1']).toBe(1);
  });

  it('changes nothing when the file holds what is here (importing the same file twice)', () => {
    const plan = merge(record(), record(), null);
    expect(isNoop(plan)).toBe(true);
    expect(plan.kept).toBe(recordItems(record()).length);
  });

  it('takes edits, deletions and new items made only in the file since the last exchange, and lists each', () => {
    const here = record();
    const base = baseOf(here, 'm-b', T0);
    let file = edit(record(), 't1', 'Diska och torka', T1);
    file = drop(file, 't2', T1);
    file = { ...file, tasks: [...file.tasks, { id: 't3', rev: 1, updatedAt: T1, analysisId: 'a1', title: 'Laga mat', notes: '', createdAt: T1 }] };
    const plan = merge(here, file, base);
    expect(plan.conflicts).toEqual([]);
    expect(plan.changes.map((c) => [c.kind, c.key])).toEqual([
      ['changed', 'tasks:t1'],
      ['added', 'tasks:t3'],
      ['removed', 'tasks:t2'],
    ]);
    const after = applyPlan(here, plan);
    expect(title(after, 't1')).toBe('Diska och torka');
    expect(title(after, 't2')).toBeUndefined();
    expect(after.tombstones.map((t) => t.id)).toEqual(['tasks:t2']);
    expect(title(after, 't3')).toBe('Laga mat');
    expect(plan.base?.revs).toMatchObject({ 'tasks:t1': 2, 'tasks:t2': 2, 'tasks:t3': 1 });
  });

  it('keeps edits and deletions made only here: an older file brings nothing back', () => {
    const file = record();
    const base = baseOf(file, 'm-b', T0);
    const here = drop(edit(record(), 't1', 'Diska noga', T1), 't2', T1);
    const plan = merge(here, file, base);
    expect(isNoop(plan)).toBe(true);
    expect(plan.conflicts).toEqual([]);
  });

  it('a card moved here whose task the file deleted goes with its task, into History, and no link points at nothing', () => {
    const card: Placement = { id: 'p1', rev: 1, updatedAt: T0, analysisId: 'a1', taskId: 't1', roleId: 'r1', colour: 'unsorted', order: 'a0', hours: 2 };
    const start = { ...record(), placements: [card] };
    const base = baseOf(start, 'm-b', T0);
    // Here the card moved (newer); in the file its task was deleted with its card.
    const here = { ...start, placements: [{ ...card, colour: 'red' as const, rev: 2, updatedAt: T2 }] };
    const gone = drop(start, 't1', T1);
    const file = { ...gone, placements: [], tombstones: [...gone.tombstones, tombstoneOf('placements', card, T1)] };
    const plan = merge(here, file, base);
    // The card's conflict went this machine's way (rev 3); its removal is newer still.
    expect(plan.writes).toContainEqual({ table: 'placements', remove: 'p1' });
    expect(plan.writes).toContainEqual({ table: 'tombstones', put: expect.objectContaining({ id: 'placements:p1', rev: 4 }) });
    expect(plan.writes.some((w) => w.table === 'placements' && 'put' in w)).toBe(false);
    expect(plan.writes).toContainEqual({
      table: 'keptVersions',
      put: expect.objectContaining({ table: 'placements', itemId: 'p1', from: 'here', version: expect.objectContaining({ colour: 'red' }) }),
    });
    expect(plan.changes.map((c) => [c.kind, c.key]).sort()).toEqual([
      ['removed', 'placements:p1'],
      ['removed', 'tasks:t1'],
    ]);
  });

  it('a real conflict: the newer edit wins by default and the other is kept for History; the user can choose the other side', () => {
    const base = baseOf(record(), 'm-b', T0);
    const here = edit(record(), 't1', 'Diska (här)', T1);
    const file = edit(record(), 't1', 'Diska (i filen)', T2);
    const plan = merge(here, file, base);
    expect(plan.conflicts).toEqual([expect.objectContaining({ key: 'tasks:t1', newer: 'file', winner: 'file' })]);
    const after = applyPlan(here, plan);
    expect(title(after, 't1')).toBe('Diska (i filen)');
    expect(after.keptVersions).toEqual([
      expect.objectContaining({ itemId: 't1', from: 'here', version: expect.objectContaining({ title: 'Diska (här)' }), fileName: 'Solrosen-a1.akr.json' }),
    ]);

    const chosen = merge(here, file, base, { choices: { 'tasks:t1': 'here' } });
    expect(chosen.conflicts[0]).toMatchObject({ newer: 'file', winner: 'here' });
    const kept = applyPlan(here, chosen);
    expect(title(kept, 't1')).toBe('Diska (här)');
    // Above both sides' revisions, so it also wins when the other machine imports it.
    expect(kept.tasks.find((t) => t.id === 't1')?.rev).toBe(3);
    expect(kept.keptVersions[0]).toMatchObject({ from: 'file', version: expect.objectContaining({ title: 'Diska (i filen)' }) });
  });

  it('an edit against a deletion is a conflict too, either way round; the deleted side is kept as "deleted"', () => {
    const base = baseOf(record(), 'm-b', T0);
    const here = edit(record(), 't1', 'Diska (här)', T1);
    const file = drop(record(), 't1', T2);
    const plan = merge(here, file, base);
    expect(plan.conflicts[0]).toMatchObject({ key: 'tasks:t1', newer: 'file', winner: 'file', file: null });
    const after = applyPlan(here, plan);
    expect(title(after, 't1')).toBeUndefined();
    expect(after.keptVersions[0]).toMatchObject({ from: 'here', version: expect.objectContaining({ title: 'Diska (här)' }) });

    const back = merge(drop(record(), 't1', T2), edit(record(), 't1', 'Diska (i filen)', T1), base);
    expect(back.conflicts[0]).toMatchObject({ newer: 'here', winner: 'here', here: null });
    expect(applyPlan(drop(record(), 't1', T2), back).keptVersions[0]).toMatchObject({
      from: 'file',
      version: expect.objectContaining({ title: 'Diska (i filen)' }),
    });
  });

  it('with no base for the file’s machine, any difference is treated as a conflict: newer wins, nothing is lost', () => {
    const here = edit(record(), 't1', 'Diska (här)', T2);
    const file = edit(edit(record(), 't1', 'x', T0), 't1', 'Diska (i filen)', T1);
    const plan = merge(here, file, null);
    expect(plan.conflicts[0]).toMatchObject({ newer: 'here', winner: 'here' });
    expect(applyPlan(here, plan).keptVersions).toHaveLength(1);
  });

  it('the same change on both sides, or a deletion on both, is no conflict', () => {
    const base = baseOf(record(), 'm-b', T0);
    expect(merge(edit(record(), 't1', 'Samma', T1), edit(record(), 't1', 'Samma', T2), base).conflicts).toEqual([]);
    const both = merge(drop(record(), 't1', T1), drop(record(), 't1', T2), base);
    expect(both.conflicts).toEqual([]);
    expect(isNoop(both)).toBe(true);
  });

  it('brings an item deleted here back when the file changed it after the exchange and here did not touch it since', () => {
    // Deleted here before the last exchange (the tombstone is in the base), then edited in the file: the file's edit is newer knowledge.
    const deleted = drop(record(), 't1', T0);
    const base = baseOf(deleted, 'm-b', T0);
    const file = { ...record(), tasks: record().tasks.map((t) => (t.id === 't1' ? { ...t, title: 'Tillbaka', rev: 3, updatedAt: T1 } : t)) };
    const plan = merge(deleted, file, base);
    expect(plan.changes).toEqual([expect.objectContaining({ key: 'tasks:t1', kind: 'added' })]);
    const after = applyPlan(deleted, plan);
    expect(title(after, 't1')).toBe('Tillbaka');
    expect(after.tombstones).toEqual([]);
  });

  it('brings kept versions from the file into History once', () => {
    const base = baseOf(record(), 'm-b', T0);
    const withKept = applyPlan(edit(record(), 't1', 'A', T1), merge(edit(record(), 't1', 'A', T1), edit(record(), 't1', 'B', T2), base));
    const plan = merge(record(), withKept, null);
    expect(plan.keptVersions).toBe(1);
    expect(merge(withKept, withKept, null).keptVersions).toBe(0);
  });

  it('uses what the file’s machine last imported from here as the common version, when that is later than what was imported from it', () => {
    // B imported A's file with t1 at rev 2 and edited t2; A never imported anything from B.
    const atTwo = edit(record(), 't1', 'Diska (A)', T1);
    const fromB = { ...edit(atTwo, 't2', 'Handla (B)', T2), exchanges: [{ ...baseOf(atTwo, 'm-a', T1), id: 'a1|m-a' }] };
    const plan = merge(atTwo, fromB, null);
    expect(plan.conflicts).toEqual([]);
    expect(plan.changes.map((c) => c.key)).toEqual(['tasks:t2']);
    // Had A edited t2 too, since the version B got, it is a real conflict.
    const bothEdited = merge(edit(atTwo, 't2', 'Handla (A)', T1), fromB, null);
    expect(bothEdited.conflicts.map((c) => c.key)).toEqual(['tasks:t2']);
    // And the file's own record of what it exported is not used as a base.
    expect(merge(atTwo, { ...fromB, exchanges: [{ ...baseOf(atTwo, 'm-b', T1), id: 'a1|m-b' }] }, null).conflicts.map((c) => c.key)).toEqual(['tasks:t2']);
  });

  it('has no base to remember when the file does not say which machine wrote it', () => {
    expect(merge(null, record(), null, { machine: null }).base).toBeNull();
  });

  it('knows the names of tasks and roles for the preview', () => {
    expect(merge(null, record(), null).names).toMatchObject({ t1: 'Diska', r1: 'Kock' });
  });
});
