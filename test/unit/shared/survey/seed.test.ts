import { describe, expect, it } from 'vitest';
import { planSeed, type SeedOptions } from '../../../../shared/survey/seed.ts';
import { applyBoardChanges, type Board } from '../../../../shared/board.ts';
import { boardTotals } from '../../../../shared/totals.ts';
import { invertChanges } from '../../../../shared/changes.ts';
import type { Respondent } from '../../../../shared/survey/build.ts';
import { answered, resultsByTitle } from './fixtures.ts';
import type { Placement, Role, Task } from '../../../../shared/model.ts';

const now = '2026-11-23T10:00:00.000Z';
let n = 0;
const newId = () => `id${++n}`;

const people: Respondent[] = [
  { key: '1', role: 'Barnskötare', mission: '', hours: answered({ Diska: 2, 'Planera tema': 1 }), lines: [2] },
  { key: '2', role: 'Barnskötare', mission: '', hours: answered({ Diska: 4 }), lines: [3] },
  { key: '3', role: 'Barnskötare', mission: '', hours: answered({ Diska: 3 }), lines: [4] },
  { key: '4', role: 'Kock', mission: '', hours: answered({ Diska: 10 }), lines: [5] },
];
const tasks = ['Diska', 'Planera tema'];

function role(id: string, name: string, headcount: number): Role {
  return { id, rev: 1, updatedAt: now, analysisId: 'a1', name, headcount, fullTimeHours: 40, order: `a${id}` };
}

function options(board: Board, patch: Partial<SeedOptions> = {}): SeedOptions {
  const results = resultsByTitle(people, ['Barnskötare', 'Kock'], tasks, {
    threshold: 1,
    small: 'hide',
    otherName: 'Övriga',
    headcount: (name) => board.roles.find((r) => r.name.toLowerCase() === name.toLowerCase())?.headcount ?? null,
  });
  return { analysisId: 'a1', roles: results.roles, threshold: 3, includeSmall: false, overwriteEdited: false, defaultFullTimeHours: 40, newId, now, ...patch };
}

const empty = (): Board => ({ roles: [role('r1', 'Barnskötare', 6)], tasks: [], placements: [] });

describe('seeding the board from the survey', () => {
  it('creates tasks in Osorterat with the team estimate, and leaves out a role under the threshold', () => {
    const board = empty();
    const plan = planSeed(board, options(board));
    expect(plan.skippedSmall).toEqual(['Kock']);
    expect(plan.newTasks).toEqual(['Diska', 'Planera tema']);
    // Barnskötare: Diska mean (2+4+3)/3 = 3 × 6 people = 18; Planera tema 1/3 × 6 = 2.
    expect(plan.added).toEqual([
      { task: 'Diska', role: 'Barnskötare', hours: 18 },
      { task: 'Planera tema', role: 'Barnskötare', hours: 2 },
    ]);
    const after = applyBoardChanges(board, plan.changes);
    expect(after.placements.every((p) => p.colour === 'unsorted')).toBe(true);
    expect(after.placements.find((p) => p.hours === 18)?.survey).toEqual({ team: 18, mean: 3, doing: 3, respondents: 3 });
    // The board's totals are the survey's team totals.
    expect(boardTotals(after.placements, after.roles).roles[0]?.total).toBe(20);
  });

  it('seeds a small role, as a new role, only when confirmed', () => {
    const board = empty();
    const plan = planSeed(board, options(board, { includeSmall: true }));
    expect(plan.newRoles).toEqual([{ name: 'Kock', headcount: 1 }]);
    expect(plan.added).toContainEqual({ task: 'Diska', role: 'Kock', hours: 10 });
    expect(plan.newTasks).toEqual(['Diska', 'Planera tema']);
  });

  it('merges with the board by title and keeps colours; hand-typed hours win unless overwritten', () => {
    const tasksOnBoard: Task[] = [{ id: 't1', rev: 1, updatedAt: now, analysisId: 'a1', title: ' diska ', notes: 'x', createdAt: now }];
    const sorted: Placement = { id: 'p1', rev: 1, updatedAt: now, analysisId: 'a1', taskId: 't1', roleId: 'r1', colour: 'red', order: 'a0', hours: 5 };
    const board: Board = { roles: [role('r1', 'barnskötare', 6)], tasks: tasksOnBoard, placements: [sorted] };
    const plan = planSeed(board, options(board));
    expect(plan.newTasks).toEqual(['Planera tema']);
    expect(plan.keptEdited).toEqual([{ task: ' diska ', role: 'barnskötare', hours: 5, survey: 18 }]);
    const after = applyBoardChanges(board, plan.changes);
    expect(after.placements.find((p) => p.id === 'p1')).toMatchObject({ colour: 'red', hours: 5, survey: { team: 18 } });

    const overwrite = planSeed(board, options(board, { overwriteEdited: true }));
    expect(overwrite.updated).toEqual([{ task: ' diska ', role: 'barnskötare', hours: 18, from: 5 }]);
    expect(applyBoardChanges(board, overwrite.changes).placements.find((p) => p.id === 'p1')).toMatchObject({ colour: 'red', hours: 18 });
  });

  it('updates hours the survey gave last time, and changes nothing when seeded twice', () => {
    const board = empty();
    const once = applyBoardChanges(board, planSeed(board, options(board)).changes);
    const twice = planSeed(once, options(once));
    expect(twice.changes).toEqual([]);
    expect(twice.added).toEqual([]);
  });

  it('is undone by inverting its changes', () => {
    const board = empty();
    const plan = planSeed(board, options(board, { includeSmall: true }));
    const back = applyBoardChanges(applyBoardChanges(board, plan.changes), invertChanges(plan.changes));
    expect(back).toEqual(board);
  });
});
