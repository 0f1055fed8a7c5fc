import { describe, expect, it } from 'vitest';
import type { Board, CardTarget } from '../../../shared/board.ts';
import {
  addTask,
  applyBoardChanges,
  cellPlacements,
  deleteTask,
  duplicateTask,
  mergeTasks,
  moveCard,
  setHours,
  setTaskRoles,
  splitTask,
  updateTask,
  validateHours,
  validateTaskTitle,
} from '../../../shared/board.ts';
import type { Change } from '../../../shared/changes.ts';
import { invertChanges } from '../../../shared/changes.ts';
import type { Colour, Item, Placement, Role, Task } from '../../../shared/model.ts';
import { COLOURS } from '../../../shared/model.ts';

const NOW = '2026-11-23T10:00:00.000Z';
const LATER = '2026-11-24T09:30:00.000Z';

function role(id: string, order: string): Role {
  return { id, rev: 1, updatedAt: NOW, analysisId: 'a1', name: id, headcount: 3, fullTimeHours: 40, order };
}

function task(id: string, title: string, notes = ''): Task {
  return { id, rev: 1, updatedAt: NOW, analysisId: 'a1', title, notes, createdAt: NOW };
}

function card(id: string, taskId: string, roleId: string, colour: Colour, order: string, hours: number | null = null): Placement {
  return { id, rev: 1, updatedAt: NOW, analysisId: 'a1', taskId, roleId, colour, order, hours };
}

function counter(prefix = 'new'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/**
 * Applies changes the way the database does, strictly: a create must not
 * exist yet, an update or delete must find exactly its `before`. So a stale
 * `before` (e.g. one item revised twice in one edit) fails the test.
 */
function applyChanges(board: Board, changes: readonly Change[]): Board {
  const tables: Record<'tasks' | 'placements' | 'roles', Item[]> = {
    tasks: [...board.tasks],
    placements: [...board.placements],
    roles: [...board.roles],
  };
  for (const change of changes) {
    if (change.table !== 'tasks' && change.table !== 'placements' && change.table !== 'roles') {
      throw new Error(`The board has no ${change.table}`);
    }
    const list = tables[change.table];
    const id = (change.before ?? change.after)?.id;
    const index = list.findIndex((item) => item.id === id);
    if (change.before === null) {
      expect(index, `create of existing ${id}`).toBe(-1);
    } else {
      expect(list[index], `stale before for ${id}`).toEqual(change.before);
    }
    if (change.after === null) list.splice(index, 1);
    else if (index < 0) list.push(change.after);
    else list[index] = change.after;
  }
  // Change<Item> erases which item type a table holds; the table name above guarantees it.
  return { tasks: tables.tasks as Task[], placements: tables.placements as Placement[], roles: tables.roles as Role[] };
}

function sortedById(board: Board): Board {
  const byId = (a: Item, b: Item) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { tasks: [...board.tasks].sort(byId), placements: [...board.placements].sort(byId), roles: [...board.roles].sort(byId) };
}

function expectUndoRestores(board: Board, changes: readonly Change[]): void {
  const after = applyChanges(board, changes);
  expect(sortedById(applyChanges(after, invertChanges(changes)))).toEqual(sortedById(board));
}

function ids(board: Board, roleId: string, colour: Colour): string[] {
  return cellPlacements(board, roleId, colour).map((p) => p.id);
}

function expectStrictlyAscendingKeys(board: Board): void {
  for (const r of board.roles) {
    for (const colour of COLOURS) {
      const keys = cellPlacements(board, r.id, colour).map((p) => p.order);
      expect([...keys].sort()).toEqual(keys);
      expect(new Set(keys).size).toBe(keys.length);
    }
  }
}

function placement(board: Board, id: string): Placement {
  const found = board.placements.find((p) => p.id === id);
  if (found === undefined) throw new Error(`No placement ${id}`);
  return found;
}

/** Förskollärare (r1), barnskötare (r2), kock (r3). Diska (t1) is done by r1 and r2. */
function sampleBoard(): Board {
  return {
    roles: [role('r1', 'a0'), role('r2', 'a1'), role('r3', 'a2')],
    tasks: [
      task('t1', 'Diska', 'Efter lunch'),
      task('t2', 'Planera'),
      task('t3', 'Dokumentera'),
      task('t4', 'Städa'),
      task('t5', 'Beställa'),
      task('t6', 'Tvätta'),
    ],
    placements: [
      card('p1', 't1', 'r1', 'green', 'a0', 2),
      card('p2', 't2', 'r1', 'green', 'a1', 3),
      card('p3', 't3', 'r1', 'green', 'a2'),
      card('p4', 't4', 'r1', 'green', 'a3', 1),
      card('p5', 't5', 'r1', 'red', 'a0', 4),
      card('p6', 't1', 'r2', 'green', 'a0', 1.5),
      card('p7', 't6', 'r1', 'unsorted', 'a0'),
      card('p8', 't5', 'r2', 'unsorted', 'a0'),
    ],
  };
}

function move(board: Board, placementId: string, to: CardTarget) {
  return moveCard(board, placementId, to, LATER);
}

function moved(board: Board, placementId: string, to: CardTarget): Board {
  const result = move(board, placementId, to);
  if (!result.ok) throw new Error(`Move refused: ${result.reason}`);
  return applyChanges(board, result.changes);
}

describe('moveCard', () => {
  it('moves a card to the top of its column with one revised placement', () => {
    const board = sampleBoard();
    const result = move(board, 'p3', { roleId: 'r1', colour: 'green', index: 0 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]?.after).toMatchObject({ id: 'p3', rev: 2, updatedAt: LATER, colour: 'green', roleId: 'r1' });
    expect(ids(applyChanges(board, result.changes), 'r1', 'green')).toEqual(['p3', 'p1', 'p2', 'p4']);
  });

  it('moves a card down into the middle of its column', () => {
    expect(ids(moved(sampleBoard(), 'p1', { roleId: 'r1', colour: 'green', index: 2 }), 'r1', 'green')).toEqual(['p2', 'p3', 'p1', 'p4']);
  });

  it('moves a card to the end of its column', () => {
    expect(ids(moved(sampleBoard(), 'p1', { roleId: 'r1', colour: 'green', index: 3 }), 'r1', 'green')).toEqual(['p2', 'p3', 'p4', 'p1']);
  });

  it('moves a card to another colour of the same role', () => {
    const after = moved(sampleBoard(), 'p2', { roleId: 'r1', colour: 'red', index: 0 });
    expect(ids(after, 'r1', 'red')).toEqual(['p2', 'p5']);
    expect(ids(after, 'r1', 'green')).toEqual(['p1', 'p3', 'p4']);
    expect(placement(after, 'p2')).toMatchObject({ colour: 'red', hours: 3, taskId: 't2' });
  });

  it("moves a card into another role's lane, which changes its role", () => {
    const after = moved(sampleBoard(), 'p2', { roleId: 'r2', colour: 'green', index: 1 });
    expect(ids(after, 'r2', 'green')).toEqual(['p6', 'p2']);
    expect(ids(after, 'r1', 'green')).toEqual(['p1', 'p3', 'p4']);
    expect(placement(after, 'p2')).toMatchObject({ roleId: 'r2', colour: 'green', hours: 3 });
  });

  it('moves a card into an empty cell', () => {
    const after = moved(sampleBoard(), 'p3', { roleId: 'r3', colour: 'black', index: 0 });
    expect(ids(after, 'r3', 'black')).toEqual(['p3']);
  });

  it('refuses to move a card into a lane whose role already has that task', () => {
    const board = sampleBoard();
    expect(move(board, 'p1', { roleId: 'r2', colour: 'red', index: 0 })).toEqual({ ok: false, reason: 'taskAlreadyInRole' });
    expect(move(board, 'p1', { roleId: 'r1', colour: 'red', index: 0 }).ok).toBe(true);
  });

  it('reports a drop in the same place as unchanged', () => {
    const board = sampleBoard();
    expect(move(board, 'p2', { roleId: 'r1', colour: 'green', index: 1 })).toEqual({ ok: false, reason: 'unchanged' });
    expect(move(board, 'p4', { roleId: 'r1', colour: 'green', index: 99 })).toEqual({ ok: false, reason: 'unchanged' });
    expect(move(board, 'p1', { roleId: 'r1', colour: 'green', index: -1 })).toEqual({ ok: false, reason: 'unchanged' });
  });

  it('clamps an index outside the cell to its ends', () => {
    expect(ids(moved(sampleBoard(), 'p1', { roleId: 'r1', colour: 'green', index: 99 }), 'r1', 'green')).toEqual(['p2', 'p3', 'p4', 'p1']);
    expect(ids(moved(sampleBoard(), 'p4', { roleId: 'r1', colour: 'green', index: -3 }), 'r1', 'green')).toEqual(['p4', 'p1', 'p2', 'p3']);
    expect(ids(moved(sampleBoard(), 'p4', { roleId: 'r1', colour: 'red', index: 42 }), 'r1', 'red')).toEqual(['p5', 'p4']);
  });

  it('reports an unknown card or role as not found', () => {
    const board = sampleBoard();
    expect(move(board, 'nope', { roleId: 'r1', colour: 'green', index: 0 })).toEqual({ ok: false, reason: 'notFound' });
    expect(move(board, 'p1', { roleId: 'r9', colour: 'green', index: 0 })).toEqual({ ok: false, reason: 'notFound' });
  });

  it('keeps every cell in the expected order over many random moves', () => {
    const random = mulberry32(20261123);
    const pick = <T>(list: readonly T[]): T => {
      const value = list[Math.floor(random() * list.length)];
      if (value === undefined) throw new Error('empty list');
      return value;
    };
    const roleIds = ['r1', 'r2', 'r3'];
    let board: Board = { roles: roleIds.map((id, i) => role(id, `a${i}`)), tasks: [], placements: [] };
    // The model: each cell as a plain array of placement ids, in display order.
    const model = new Map<string, string[]>();
    const cell = (roleId: string, colour: Colour) => {
      const key = `${roleId}/${colour}`;
      if (!model.has(key)) model.set(key, []);
      return model.get(key) ?? [];
    };
    const newId = counter('x');
    for (let t = 0; t < 15; t++) {
      const chosen = roleIds.filter(() => random() < 0.5);
      const changes = addTask(board, { analysisId: 'a1', title: `Uppgift ${t}`, roleIds: chosen.length > 0 ? chosen : ['r1'], hours: 1 }, newId, NOW);
      board = applyChanges(board, changes);
      for (const c of changes) if (c.table === 'placements' && c.after !== null) cell(placement(board, c.after.id).roleId, 'unsorted').push(c.after.id);
    }
    const outcomes = { ok: 0, unchanged: 0, taskAlreadyInRole: 0 };
    for (let step = 0; step < 500; step++) {
      const p = pick(board.placements);
      const to: CardTarget = { roleId: pick(roleIds), colour: pick(COLOURS), index: Math.floor(random() * 8) - 1 };
      const result = moveCard(board, p.id, to, LATER);
      const source = cell(p.roleId, p.colour);
      const from = source.indexOf(p.id);
      const taken = to.roleId !== p.roleId && board.placements.some((q) => q.taskId === p.taskId && q.roleId === to.roleId);
      if (taken) {
        expect(result).toEqual({ ok: false, reason: 'taskAlreadyInRole' });
        outcomes.taskAlreadyInRole += 1;
        continue;
      }
      source.splice(from, 1);
      const target = cell(to.roleId, to.colour);
      const index = Math.min(Math.max(to.index, 0), target.length);
      target.splice(index, 0, p.id);
      if (source === target && index === from) {
        expect(result).toEqual({ ok: false, reason: 'unchanged' });
        outcomes.unchanged += 1;
        continue;
      }
      if (!result.ok) throw new Error(`step ${step}: unexpected ${result.reason}`);
      expect(result.changes).toHaveLength(1);
      board = applyChanges(board, result.changes);
      outcomes.ok += 1;
      for (const r of roleIds) for (const colour of COLOURS) expect(ids(board, r, colour), `step ${step} ${r}/${colour}`).toEqual(cell(r, colour));
    }
    expectStrictlyAscendingKeys(board);
    // The loop must really exercise all three outcomes, or it proves less than it claims.
    expect(outcomes.ok).toBeGreaterThan(100);
    expect(outcomes.unchanged).toBeGreaterThan(0);
    expect(outcomes.taskAlreadyInRole).toBeGreaterThan(0);
  });

  it('renumbers a cell whose neighbouring keys are equal instead of failing', () => {
    const board: Board = {
      ...sampleBoard(),
      placements: [
        card('p1', 't1', 'r1', 'green', 'a0'),
        card('p2', 't2', 'r1', 'green', 'a1'),
        card('p3', 't3', 'r1', 'green', 'a1'),
        card('p4', 't4', 'r1', 'green', 'a2'),
      ],
    };
    const result = move(board, 'p4', { roleId: 'r1', colour: 'green', index: 2 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.changes.length).toBeGreaterThan(1);
    expect(result.changes[0]?.after?.id).toBe('p4');
    const after = applyChanges(board, result.changes);
    expect(ids(after, 'r1', 'green')).toEqual(['p1', 'p2', 'p4', 'p3']);
    expectStrictlyAscendingKeys(after);
  });

  it('renumbers a cell with a malformed key instead of failing', () => {
    const board: Board = {
      ...sampleBoard(),
      placements: [card('p1', 't1', 'r1', 'green', 'a0'), card('p2', 't2', 'r1', 'green', 'x'), card('p3', 't3', 'r1', 'red', 'a0')],
    };
    const after = moved(board, 'p3', { roleId: 'r1', colour: 'green', index: 1 });
    expect(ids(after, 'r1', 'green')).toEqual(['p1', 'p3', 'p2']);
    expectStrictlyAscendingKeys(after);
  });
});

describe('validateTaskTitle and validateHours', () => {
  it('requires a title of at most 200 characters after trimming', () => {
    expect(validateTaskTitle('  Diska ')).toBeNull();
    expect(validateTaskTitle('   ')).toBe('titleRequired');
    expect(validateTaskTitle('x'.repeat(200))).toBeNull();
    expect(validateTaskTitle('x'.repeat(201))).toBe('titleTooLong');
  });

  it.each([
    [null, null],
    [0, null],
    [37.5, null],
    [168, null],
    [240, null],
    [10_000, null],
    [-0.5, 'hoursNegative'],
    [10_000.01, 'hoursTooMany'],
    [Number('1e309'), 'hoursInvalid'], // what a typed "1e309" becomes: Infinity
    [Number.NaN, 'hoursInvalid'],
    [Number.POSITIVE_INFINITY, 'hoursInvalid'],
    [Number.NEGATIVE_INFINITY, 'hoursInvalid'],
  ])('judges %s hours as %s', (hours, expected) => {
    expect(validateHours(hours)).toBe(expected);
  });
});

describe('addTask', () => {
  it('adds a task with one card last in the unsorted column of its role', () => {
    const board = sampleBoard();
    const changes = addTask(board, { analysisId: 'a1', title: '  Laga mat ', roleIds: ['r1'], hours: 2 }, counter(), LATER);
    const after = applyChanges(board, changes);
    expect(after.tasks.find((t) => t.id === 'new1')).toEqual({
      id: 'new1',
      rev: 1,
      updatedAt: LATER,
      createdAt: LATER,
      analysisId: 'a1',
      title: 'Laga mat',
      notes: '',
    });
    expect(ids(after, 'r1', 'unsorted')).toEqual(['p7', 'new2']);
    expect(placement(after, 'new2')).toMatchObject({ taskId: 'new1', roleId: 'r1', colour: 'unsorted', hours: 2, rev: 1 });
    expect(changes).toHaveLength(2);
  });

  it('adds one card per role, each last in that role’s unsorted column', () => {
    const board = sampleBoard();
    const after = applyChanges(board, addTask(board, { analysisId: 'a1', title: 'Laga mat', roleIds: ['r1', 'r2', 'r3'], hours: null }, counter(), LATER));
    expect(ids(after, 'r1', 'unsorted')).toEqual(['p7', 'new2']);
    expect(ids(after, 'r2', 'unsorted')).toEqual(['p8', 'new3']);
    expect(ids(after, 'r3', 'unsorted')).toEqual(['new4']);
    expect(after.placements.filter((p) => p.taskId === 'new1').every((p) => p.hours === null)).toBe(true);
  });

  it('refuses an empty title, invalid hours, no roles and unknown roles', () => {
    const board = sampleBoard();
    const fields = { analysisId: 'a1', title: 'Laga mat', roleIds: ['r1'], hours: 1 };
    expect(() => addTask(board, { ...fields, title: '  ' }, counter(), LATER)).toThrow(/titleRequired/);
    expect(() => addTask(board, { ...fields, hours: -1 }, counter(), LATER)).toThrow(/hoursNegative/);
    expect(() => addTask(board, { ...fields, roleIds: [] }, counter(), LATER)).toThrow();
    expect(() => addTask(board, { ...fields, roleIds: ['r9'] }, counter(), LATER)).toThrow(/r9/);
  });
});

describe('updateTask and setHours', () => {
  it('renames a task with a trimmed title and bumps its revision', () => {
    const board = sampleBoard();
    const changes = updateTask(board, 't2', { title: ' Planera veckan ', notes: 'Med arbetslaget' }, LATER);
    expect(changes).toEqual([
      { table: 'tasks', before: board.tasks[1], after: { ...board.tasks[1], title: 'Planera veckan', notes: 'Med arbetslaget', rev: 2, updatedAt: LATER } },
    ]);
  });

  it('writes nothing when the task would not change', () => {
    expect(updateTask(sampleBoard(), 't1', { title: 'Diska  ', notes: 'Efter lunch' }, LATER)).toEqual([]);
    expect(() => updateTask(sampleBoard(), 't1', { title: '' }, LATER)).toThrow(/titleRequired/);
  });

  it('sets the hours of one card, and writes nothing when they are the same', () => {
    const board = sampleBoard();
    const after = applyChanges(board, setHours(board, 'p3', 7.5, LATER));
    expect(placement(after, 'p3')).toMatchObject({ hours: 7.5, rev: 2 });
    expect(applyChanges(after, setHours(after, 'p3', null, LATER)).placements.find((p) => p.id === 'p3')?.hours).toBeNull();
    expect(setHours(board, 'p1', 2, LATER)).toEqual([]);
    expect(() => setHours(board, 'p1', 10_001, LATER)).toThrow(/hoursTooMany/);
  });
});

describe('applyBoardChanges', () => {
  it('composes edits so a later one sees the earlier ones, as the strict test oracle does', () => {
    const board = sampleBoard();
    const renamed = updateTask(board, 't2', { title: 'Planera veckan' }, LATER);
    const step1 = applyBoardChanges(board, renamed);
    const rehoured = setHours(step1, 'p3', 7.5, LATER);
    const composed = applyBoardChanges(step1, rehoured);
    expect(composed).toEqual(applyChanges(applyChanges(board, renamed), rehoured));
    expect(composed.tasks.find((t) => t.id === 't2')?.title).toBe('Planera veckan');
    expect(composed.placements.find((p) => p.id === 'p3')?.hours).toBe(7.5);
  });

  it('removes deleted tasks and cards, and leaves the board it was given alone', () => {
    const board = sampleBoard();
    const before = structuredClone(board);
    const after = applyBoardChanges(board, deleteTask(board, 't1'));
    expect(after.tasks.some((t) => t.id === 't1')).toBe(false);
    expect(after.placements.some((p) => p.taskId === 't1')).toBe(false);
    expect(board).toEqual(before);
  });
});

describe('setTaskRoles', () => {
  it('adds a card last in the unsorted column of a new role, with unknown hours', () => {
    const board = sampleBoard();
    const changes = setTaskRoles(board, 't2', ['r1', 'r2'], LATER, counter());
    const after = applyChanges(board, changes);
    expect(changes).toHaveLength(1);
    expect(ids(after, 'r2', 'unsorted')).toEqual(['p8', 'new1']);
    expect(placement(after, 'new1')).toMatchObject({ taskId: 't2', hours: null });
  });

  it('deletes the cards of roles that are removed and leaves the others alone', () => {
    const board = sampleBoard();
    const changes = setTaskRoles(board, 't1', ['r2', 'r3'], LATER, counter());
    expect(changes.filter((c) => c.after === null).map((c) => c.before?.id)).toEqual(['p1']);
    const after = applyChanges(board, changes);
    expect(placement(after, 'p6')).toEqual(placement(board, 'p6'));
    expect(
      after.placements
        .filter((p) => p.taskId === 't1')
        .map((p) => p.roleId)
        .sort(),
    ).toEqual(['r2', 'r3']);
  });

  it('writes nothing for the same roles and refuses an empty list', () => {
    expect(setTaskRoles(sampleBoard(), 't1', ['r2', 'r1'], LATER, counter())).toEqual([]);
    expect(() => setTaskRoles(sampleBoard(), 't1', [], LATER, counter())).toThrow();
  });
});

describe('deleteTask', () => {
  it('deletes the task and all its cards, and undo brings them back', () => {
    const board = sampleBoard();
    const changes = deleteTask(board, 't1');
    const after = applyChanges(board, changes);
    expect(after.tasks.map((t) => t.id)).not.toContain('t1');
    expect(after.placements.filter((p) => p.taskId === 't1')).toEqual([]);
    expect(after.placements).toHaveLength(board.placements.length - 2);
    expectUndoRestores(board, changes);
  });
});

describe('duplicateTask', () => {
  it('copies the task and puts each copied card directly below its original', () => {
    const board = sampleBoard();
    const changes = duplicateTask(board, 't1', counter(), LATER, '(kopia)');
    const after = applyChanges(board, changes);
    expect(after.tasks.find((t) => t.id === 'new1')).toMatchObject({ title: 'Diska (kopia)', notes: 'Efter lunch', rev: 1, createdAt: LATER });
    expect(ids(after, 'r1', 'green')).toEqual(['p1', 'new2', 'p2', 'p3', 'p4']);
    expect(ids(after, 'r2', 'green')).toEqual(['p6', 'new3']);
    expect(placement(after, 'new2')).toMatchObject({ taskId: 'new1', roleId: 'r1', colour: 'green', hours: 2 });
    expect(placement(after, 'new3')).toMatchObject({ taskId: 'new1', roleId: 'r2', colour: 'green', hours: 1.5 });
    expect(changes).toHaveLength(3);
  });
});

/** Diska (m1) and "Diska disk" (m2) are the same task named twice. */
function mergeBoard(): Board {
  return {
    roles: [role('r1', 'a0'), role('r2', 'a1'), role('r3', 'a2')],
    tasks: [
      task('m1', 'Diska', 'Efter lunch'),
      task('m2', 'Diska disk', 'Även fredagar'),
      task('m3', 'Tvätta'),
      task('m4', 'Tvätta kläder'),
      task('m5', 'Handla', '  '),
    ],
    placements: [
      card('q1', 'm1', 'r1', 'green', 'a0', 2),
      card('q2', 'm1', 'r2', 'red', 'a0', null),
      card('q3', 'm2', 'r1', 'yellow', 'a0', 3),
      card('q4', 'm2', 'r2', 'red', 'a1', 1.25),
      card('q5', 'm2', 'r3', 'yellow', 'a0', 4),
      card('q6', 'm3', 'r1', 'unsorted', 'a0', null),
      card('q7', 'm4', 'r1', 'unsorted', 'a1', null),
      card('q8', 'm3', 'r2', 'unsorted', 'a0', 0.1),
      card('q9', 'm4', 'r2', 'unsorted', 'a1', 0.2),
    ],
  };
}

describe('mergeTasks', () => {
  it('sums the hours on the kept card, which keeps its colour and place', () => {
    const board = mergeBoard();
    const after = applyChanges(board, mergeTasks(board, 'm1', 'm2', LATER));
    expect(placement(after, 'q1')).toMatchObject({ taskId: 'm1', colour: 'green', order: 'a0', hours: 5, rev: 2 });
  });

  it('treats unknown hours as nothing, and two unknowns stay unknown', () => {
    const board = mergeBoard();
    expect(placement(applyChanges(board, mergeTasks(board, 'm1', 'm2', LATER)), 'q2').hours).toBe(1.25);
    const changes = mergeTasks(board, 'm3', 'm4', LATER);
    const after = applyChanges(board, changes);
    expect(placement(after, 'q6')).toEqual(placement(board, 'q6'));
    expect(placement(after, 'q8').hours).toBe(0.3);
  });

  it('joins the notes with the separator and skips empty ones', () => {
    const board = mergeBoard();
    const notesOf = (b: Board) => b.tasks.find((t) => t.id === 'm1')?.notes;
    expect(notesOf(applyChanges(board, mergeTasks(board, 'm1', 'm2', LATER)))).toBe('Efter lunch\n\nÄven fredagar');
    expect(notesOf(applyChanges(board, mergeTasks(board, 'm1', 'm2', LATER, ' / ')))).toBe('Efter lunch / Även fredagar');
    // Merging a task without notes leaves the notes as they were (the task still records the merge).
    expect(notesOf(applyChanges(board, mergeTasks(board, 'm1', 'm5', LATER)))).toBe('Efter lunch');
    const intoEmpty = applyChanges(board, mergeTasks(board, 'm3', 'm2', LATER));
    expect(intoEmpty.tasks.find((t) => t.id === 'm3')).toMatchObject({ title: 'Tvätta', notes: 'Även fredagar' });
  });

  it('records the merged task (and those it had taken in) on the kept one, so the survey’s answers to them count for it; undo takes it back', () => {
    const board = mergeBoard();
    const first = mergeTasks(board, 'm2', 'm5', LATER);
    const once = applyChanges(board, first);
    expect(once.tasks.find((t) => t.id === 'm2')?.merged).toEqual(['m5']);
    const twice = applyChanges(once, mergeTasks(once, 'm1', 'm2', LATER));
    expect(twice.tasks.find((t) => t.id === 'm1')?.merged).toEqual(['m2', 'm5']);
    expect(twice.tasks.some((t) => t.id === 'm2' || t.id === 'm5')).toBe(false);
    expect(applyChanges(once, invertChanges(first)).tasks.find((t) => t.id === 'm2')?.merged).toBeUndefined();
  });

  it('moves a card of a role only the merged task had over to the kept task', () => {
    const board = mergeBoard();
    const after = applyChanges(board, mergeTasks(board, 'm1', 'm2', LATER));
    expect(placement(after, 'q5')).toMatchObject({ taskId: 'm1', roleId: 'r3', colour: 'yellow', hours: 4, rev: 2 });
  });

  it('deletes the merged task and its other cards', () => {
    const board = mergeBoard();
    const after = applyChanges(board, mergeTasks(board, 'm1', 'm2', LATER));
    expect(after.tasks.map((t) => t.id)).not.toContain('m2');
    expect(after.placements.filter((p) => p.taskId === 'm2')).toEqual([]);
    expect(
      after.placements
        .filter((p) => p.taskId === 'm1')
        .map((p) => p.id)
        .sort(),
    ).toEqual(['q1', 'q2', 'q5']);
  });

  it('is undone exactly by the inverted changes', () => {
    const board = mergeBoard();
    expectUndoRestores(board, mergeTasks(board, 'm1', 'm2', LATER));
    expectUndoRestores(board, mergeTasks(board, 'm3', 'm4', LATER));
  });

  it('refuses to merge a task into itself', () => {
    expect(() => mergeTasks(mergeBoard(), 'm1', 'm1', LATER)).toThrow();
  });
});

/** Diska (s1) has 10 h for r1 (above Städa) and unknown hours for r2. */
function splitBoard(order1 = 'a0', order2 = 'a1'): Board {
  return {
    roles: [role('r1', 'a0'), role('r2', 'a1')],
    tasks: [task('s1', 'Diska', 'Notering'), task('s2', 'Städa'), task('s3', 'Tvätta')],
    placements: [
      card('c1', 's1', 'r1', 'green', order1, 10),
      card('c2', 's2', 'r1', 'green', order2, 1),
      card('c3', 's1', 'r2', 'red', 'a0', null),
      card('c4', 's3', 'r2', 'yellow', 'a0', 3.3),
    ],
  };
}

describe('splitTask', () => {
  it('gives the new task its share of the hours and leaves the rest on the original', () => {
    const board = splitBoard();
    const after = applyChanges(board, splitTask(board, 's1', ' Torka ', 0.25, counter(), LATER));
    expect(after.tasks.find((t) => t.id === 'new1')).toMatchObject({ title: 'Torka', notes: '' });
    expect(placement(after, 'new2')).toMatchObject({ taskId: 'new1', roleId: 'r1', colour: 'green', hours: 2.5 });
    expect(placement(after, 'c1')).toMatchObject({ hours: 7.5, rev: 2 });
  });

  it('rounds the new share to two decimals and keeps the total', () => {
    const board = splitBoard();
    const after = applyChanges(board, splitTask(board, 's3', 'Vika', 0.5, counter(), LATER));
    expect(placement(after, 'new2').hours).toBe(1.65);
    expect(placement(after, 'c4').hours).toBe(1.65);
    const third = applyChanges(board, splitTask(board, 's1', 'Torka', 1 / 3, counter(), LATER));
    expect(placement(third, 'new2').hours).toBe(3.33);
    expect(placement(third, 'c1').hours).toBe(6.67);
  });

  it('keeps unknown hours unknown on both cards', () => {
    const board = splitBoard();
    const changes = splitTask(board, 's1', 'Torka', 0.5, counter(), LATER);
    const after = applyChanges(board, changes);
    expect(placement(after, 'new3')).toMatchObject({ roleId: 'r2', colour: 'red', hours: null });
    expect(placement(after, 'c3')).toEqual(placement(board, 'c3'));
  });

  it('puts each new card directly below the original', () => {
    const board = splitBoard();
    const after = applyChanges(board, splitTask(board, 's1', 'Torka', 0.5, counter(), LATER));
    expect(ids(after, 'r1', 'green')).toEqual(['c1', 'new2', 'c2']);
    expect(ids(after, 'r2', 'red')).toEqual(['c3', 'new3']);
  });

  it('revises the original once when its cell must also be renumbered', () => {
    // Renumbering the cell from scratch gives c1 a new key too, so its hours and key change together.
    const board = splitBoard('a5', 'a5');
    const changes = splitTask(board, 's1', 'Torka', 0.5, counter(), LATER);
    const after = applyChanges(board, changes);
    expect(ids(after, 'r1', 'green')).toEqual(['c1', 'new2', 'c2']);
    expect(placement(after, 'c1')).toMatchObject({ hours: 5, rev: 2 });
    expect(placement(after, 'c1').order).not.toBe('a5');
    expectStrictlyAscendingKeys(after);
  });

  it('refuses a share outside 0..1 and an empty title', () => {
    const board = splitBoard();
    for (const share of [-0.1, 1.5, Number.NaN]) expect(() => splitTask(board, 's1', 'Torka', share, counter(), LATER)).toThrow();
    expect(() => splitTask(board, 's1', ' ', 0.5, counter(), LATER)).toThrow(/titleRequired/);
  });
});

/** A small seeded PRNG (mulberry32), so a failing random sequence can be replayed. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
