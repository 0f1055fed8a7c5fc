import { describe, expect, it } from 'vitest';
import {
  compareFollowUp,
  comparedRound,
  hoursFromResults,
  reviewAction,
  saveSnapshot,
  setFollowUpNotes,
  setFollowUpRound,
  snapshotColours,
  takeSnapshot,
  withoutSmallRoles,
  type BoardSnapshot,
  type FollowUp,
} from '../../../shared/followUp.ts';
import type { Colour, Placement, Role, Task } from '../../../shared/model.ts';
import type { RecordOf } from '../../../shared/records/registry.ts';
import type { RoleResult } from '../../../shared/survey/results.ts';

const at = '2027-01-15T09:00:00.000Z';
const later = '2027-10-01T09:00:00.000Z';

/** The board at the report: five tasks over three roles; "Torka bord" (t5) is later merged into "Städa" (t4). */
const snapshot: BoardSnapshot = {
  id: 'a1',
  analysisId: 'a1',
  rev: 1,
  updatedAt: at,
  takenAt: at,
  round: 'r1',
  roles: [
    { id: 'r1', name: 'Barnskötare', headcount: 4 },
    { id: 'r2', name: 'Förskollärare', headcount: 3 },
    { id: 'r3', name: 'Kock', headcount: 1 },
  ],
  tasks: [
    { id: 't1', title: 'Diska' },
    { id: 't2', title: 'Laga mat' },
    { id: 't3', title: 'Planera' },
    { id: 't4', title: 'Städa' },
    { id: 't5', title: 'Torka bord' },
    { id: 't6', title: 'Sortera tvätt' },
  ],
  cells: [
    { taskId: 't1', roleId: 'r1', colour: 'red', hours: 10 },
    { taskId: 't2', roleId: 'r1', colour: 'black', hours: 5 },
    { taskId: 't3', roleId: 'r1', colour: 'green', hours: 25 },
    { taskId: 't4', roleId: 'r1', colour: 'yellow', hours: 4 },
    { taskId: 't5', roleId: 'r1', colour: 'red', hours: 6 },
    { taskId: 't3', roleId: 'r2', colour: 'green', hours: 30 },
    { taskId: 't1', roleId: 'r2', colour: 'red', hours: 10 },
    { taskId: 't5', roleId: 'r2', colour: 'black', hours: 2 },
    { taskId: 't6', roleId: 'r2', colour: 'unsorted', hours: null },
    { taskId: 't2', roleId: 'r3', colour: 'green', hours: 20 },
  ],
  actions: [],
};

/** Months later: the cook's role is gone, a kitchen assistant is new, t5 went into t4, t7 is a new task. */
const now = {
  roles: [
    { id: 'r1', name: 'Barnskötare (BS)' },
    { id: 'r2', name: 'Förskollärare' },
    { id: 'r4', name: 'Måltidsbiträde' },
  ],
  tasks: [
    { id: 't1', title: 'Diska' },
    { id: 't2', title: 'Laga mat' },
    { id: 't3', title: 'Planera' },
    { id: 't4', title: 'Städa', merged: ['t5'] },
    { id: 't6', title: 'Sortera tvätt' },
    { id: 't7', title: 'Digital dokumentation' },
  ],
  hoursByTaskRole: new Map([
    ['t1|r1', 4],
    ['t2|r1', 1],
    ['t3|r1', 30],
    ['t4|r1', 8],
    ['t7|r1', 5],
    ['t3|r2', 32],
    ['t1|r2', 6],
    ['t4|r2', 3],
    ['t6|r2', 2],
    ['t2|r4', 20],
    // A merged task's own id is no task any more: its answers count under t4 before they get here.
    ['t5|r1', 99],
  ]),
};

const colours = (c: Partial<Record<Colour, number>>) => ({ unsorted: 0, green: 0, yellow: 0, red: 0, black: 0, ...c });

describe('compareFollowUp', () => {
  const result = compareFollowUp(snapshot, now);
  const role = (id: string) => {
    const r = result.roles.find((x) => x.roleId === id);
    if (!r) throw new Error(`no role ${id}`);
    return r;
  };

  it('lists the snapshot roles in its order, deleted ones included, then roles added since', () => {
    expect(result.roles.map((r) => [r.roleId, r.name])).toEqual([
      ['r1', 'Barnskötare (BS)'],
      ['r2', 'Förskollärare'],
      ['r3', 'Kock'],
      ['r4', 'Måltidsbiträde'],
    ]);
  });

  it('sums the hours then by colour, a card without hours counting as none', () => {
    // r1: red 10 + 6, black 5, green 25, yellow 4 = 50 h.
    expect(role('r1').then).toEqual(colours({ red: 16, black: 5, green: 25, yellow: 4 }));
    expect(role('r2').then).toEqual(colours({ green: 30, red: 10, black: 2 }));
    expect(role('r3').then).toEqual(colours({ green: 20 }));
    expect(role('r4').then).toEqual(colours({}));
  });

  it('gives the shares then of each colour', () => {
    expect(role('r1').thenShare).toEqual(colours({ red: 0.32, black: 0.1, green: 0.5, yellow: 0.08 }));
    expect(role('r2').thenShare.green).toBeCloseTo(30 / 42, 12);
    expect(role('r2').thenShare.black).toBeCloseTo(2 / 42, 12);
  });

  it('counts the hours now in each task’s colour then, matched by id', () => {
    // t1 red 4, t2 black 1, t3 green 30, t4 yellow 8 (its own card), t7 new 5; t5's stray 99 h is no task's.
    expect(role('r1').now).toEqual({ ...colours({ red: 4, black: 1, green: 30, yellow: 8 }), new: 5 });
    expect(role('r1').nowShare.green).toBeCloseTo(30 / 48, 12);
    expect(role('r1').nowShare.new).toBeCloseTo(5 / 48, 12);
  });

  it('finds the colour then of a merged task through the task it went into', () => {
    // t4 had no card for r2, but t5 (merged into t4) was black for r2: its 3 h now are black.
    expect(role('r2').now).toEqual({ ...colours({ green: 32, red: 6, black: 3, unsorted: 2 }), new: 0 });
    expect(snapshotColours(snapshot, now.tasks)('t4', 'r2')).toBe('black');
    expect(snapshotColours(snapshot, now.tasks)('t4', 'r1')).toBe('yellow');
  });

  it('gives the change in red and black work per role', () => {
    expect(role('r1').redBlackChange).toBe(5 - 21);
    expect(role('r2').redBlackChange).toBe(9 - 12);
    expect(role('r3').redBlackChange).toBe(0);
  });

  it('keeps a deleted role with its hours then and none now', () => {
    expect(role('r3').now).toEqual({ ...colours({}), new: 0 });
    expect(role('r3').nowShare).toEqual({ ...colours({}), new: 0 });
  });

  it('counts a role added since as new work', () => {
    expect(role('r4').now).toEqual({ ...colours({}), new: 20 });
    expect(role('r4').nowShare.new).toBe(1);
  });

  it('sums the unit', () => {
    expect(result.total.then).toEqual(colours({ green: 75, yellow: 4, red: 26, black: 7 }));
    expect(result.total.now).toEqual({ ...colours({ green: 62, yellow: 8, red: 10, black: 4, unsorted: 2 }), new: 25 });
    expect(result.total.redBlackChange).toBe(14 - 33);
    expect(result.total.thenShare.red).toBeCloseTo(26 / 112, 12);
    expect(result.total.nowShare.new).toBeCloseTo(25 / 111, 12);
  });

  it('lists only the tasks the snapshot did not have as new', () => {
    expect(result.newTasks).toEqual([{ taskId: 't7', title: 'Digital dokumentation', hours: 5 }]);
  });

  it('takes the colour of a task new since but made of a merged snapshot task as that task’s', () => {
    const merged = compareFollowUp(snapshot, {
      roles: [{ id: 'r1', name: 'Barnskötare' }],
      tasks: [{ id: 't9', title: 'Städa och torka', merged: ['t5'] }],
      hoursByTaskRole: new Map([['t9|r1', 7]]),
    });
    expect(merged.newTasks).toEqual([]);
    expect(merged.roles[0]?.now.red).toBe(7);
  });

  it('takes another colour lookup when given one', () => {
    const allBlack = compareFollowUp(snapshot, now, () => 'black');
    expect(allBlack.total.now.black).toBe(111);
  });
});

const role = (id: string, name: string, order: string): Role => ({ id, rev: 1, updatedAt: at, analysisId: 'a1', name, headcount: 3, fullTimeHours: 40, order });
const task = (id: string, title: string, createdAt: string): Task => ({ id, rev: 1, updatedAt: at, analysisId: 'a1', title, notes: '', createdAt });
const card = (taskId: string, roleId: string, colour: Colour, hours: number | null): Placement => ({
  id: `${taskId}-${roleId}`,
  rev: 1,
  updatedAt: at,
  analysisId: 'a1',
  taskId,
  roleId,
  colour,
  order: 'a0',
  hours,
});
const action = (id: string, text: string, status: RecordOf<'actions'>['status'], order: string) => ({ id, text, status, order });

describe('takeSnapshot', () => {
  const board = {
    roles: [role('r2', 'Förskollärare', 'a1'), role('r1', 'Barnskötare', 'a0')],
    tasks: [task('t2', 'Planera', '2026-12-02T00:00:00.000Z'), task('t1', 'Diska', '2026-12-01T00:00:00.000Z')],
    placements: [card('t1', 'r1', 'red', 10), card('t2', 'r2', 'green', null), card('t1', 'gone', 'black', 3)],
  };
  const snap = takeSnapshot(board, [action('x2', 'Ny diskrutin', 'done', 'a1'), action('x1', 'Fråga köket', 'inProgress', 'a0')], 'r1', later);

  it('keeps roles in board order, tasks in the order they were made, and each card', () => {
    expect(snap.roles).toEqual([
      { id: 'r1', name: 'Barnskötare', headcount: 3 },
      { id: 'r2', name: 'Förskollärare', headcount: 3 },
    ]);
    expect(snap.tasks).toEqual([
      { id: 't1', title: 'Diska' },
      { id: 't2', title: 'Planera' },
    ]);
    // A card of a role that is not on the board is no card.
    expect(snap.cells).toEqual([
      { taskId: 't1', roleId: 'r1', colour: 'red', hours: 10 },
      { taskId: 't2', roleId: 'r2', colour: 'green', hours: null },
    ]);
  });

  it('keeps the actions in their order with their status, the round and the time', () => {
    expect(snap.actions).toEqual([
      { id: 'x1', text: 'Fråga köket', status: 'inProgress' },
      { id: 'x2', text: 'Ny diskrutin', status: 'done' },
    ]);
    expect(snap.round).toBe('r1');
    expect(snap.takenAt).toBe(later);
  });

  it('stores a first snapshot under the analysis id and replaces it after', () => {
    const [first] = saveSnapshot('a1', null, snap, later);
    expect(first?.before).toBeNull();
    expect(first?.after).toMatchObject({ id: 'a1', analysisId: 'a1', rev: 1, round: 'r1' });
    const stored = first?.after as BoardSnapshot;
    const [again] = saveSnapshot('a1', stored, { ...snap, round: 'r2' }, '2027-11-01T00:00:00.000Z');
    expect(again?.before).toBe(stored);
    expect(again?.after).toMatchObject({ id: 'a1', rev: 2, round: 'r2', updatedAt: '2027-11-01T00:00:00.000Z' });
  });
});

describe('hoursFromResults', () => {
  const result = (name: string, tasks: { taskId?: string; team: number }[]): RoleResult => ({
    name,
    roles: [name],
    respondents: 3,
    headcount: 3,
    team: 0,
    perPerson: { min: 0, median: 0, max: 0 },
    tasks: tasks.map((t) => ({ ...t, task: '', doing: 1, mean: 0, median: 0 })),
    missions: [],
  });

  it('keys team hours by task and the analysis role of the survey role’s name', () => {
    const hours = hoursFromResults(
      [
        result(' barnskötare ', [
          { taskId: 't1', team: 12 },
          { taskId: 't2', team: 0 },
        ]),
        result('Okänd roll', [{ taskId: 't1', team: 5 }]),
      ],
      [{ id: 'r1', name: 'Barnskötare' }],
    );
    expect([...hours]).toEqual([['t1|r1', 12]]);
  });
});

describe('the follow-up record', () => {
  const rounds = [
    { id: 'r1', kind: 'first' as const },
    { id: 'r2', kind: 'followUp' as const },
    { id: 'r3', kind: 'followUp' as const },
  ];

  it('compares the newest follow-up round unless one is chosen', () => {
    expect(comparedRound(null, rounds)).toBe('r3');
    expect(comparedRound({ round: 'r2' }, rounds)).toBe('r2');
    expect(comparedRound({ round: 'r9' }, rounds)).toBe('r3');
    expect(comparedRound(null, rounds.slice(0, 1))).toBeNull();
  });

  it('records an outcome, then a note, keeping the other', () => {
    const [made] = reviewAction('a1', null, 'x1', { outcome: 'dropped' }, at);
    const first = made?.after as FollowUp;
    expect(first).toMatchObject({ id: 'a1', rev: 1, round: null, actions: { x1: { outcome: 'dropped', note: '' } } });
    const [noted] = reviewAction('a1', first, 'x1', { note: 'Köket tog över' }, later);
    expect(noted?.after).toMatchObject({ rev: 2, actions: { x1: { outcome: 'dropped', note: 'Köket tog över' } } });
    expect(reviewAction('a1', noted?.after as FollowUp, 'x1', { outcome: 'dropped' }, later)).toEqual([]);
  });

  it('chooses the round and writes the notes, doing nothing when unchanged', () => {
    expect(setFollowUpRound('a1', null, null, at)).toEqual([]);
    expect(setFollowUpRound('a1', null, 'r2', at)[0]?.after).toMatchObject({ round: 'r2' });
    expect(setFollowUpNotes('a1', null, '', at)).toEqual([]);
    expect(setFollowUpNotes('a1', null, '**Bra**', at)[0]?.after).toMatchObject({ notes: '**Bra**' });
  });

  it('leaves a role answered by fewer than the threshold out whole, then and now, so the unit sum cannot give it away', () => {
    // Barnskötare (4 answers) and Förskollärare (1 answer, threshold 3): only the Barnskötare are compared.
    const roles = [
      { id: 'r1', name: 'Barnskötare' },
      { id: 'r2', name: 'Förskollärare' },
    ];
    const shown = withoutSmallRoles(snapshot, roles, [' förskollärare ']);
    expect(shown.roles.map((r) => r.id)).toEqual(['r1']);
    expect(shown.snapshot.roles.map((r) => r.id)).toEqual(['r1', 'r3']);
    expect(shown.snapshot.cells.some((c) => c.roleId === 'r2')).toBe(false);
    const compared = compareFollowUp(shown.snapshot, { roles: shown.roles, tasks: [], hoursByTaskRole: new Map([['t1|r1', 8]]) });
    // Then, without the Förskollärare: Barnskötare 10 + 6 red, 5 black, 25 green, 4 yellow; Kock 20 green.
    expect(compared.total.then).toMatchObject({ red: 16, black: 5, green: 45, yellow: 4 });
    expect(compared.roles.map((r) => r.name)).not.toContain('Förskollärare');
    // Nothing left out: the same snapshot back.
    expect(withoutSmallRoles(snapshot, roles, []).snapshot).toBe(snapshot);
  });
});
