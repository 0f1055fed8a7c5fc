import { describe, expect, it } from 'vitest';
import { testDb } from './helpers.ts';
import { boardRepository, sameBoard, type BoardData } from '../../../../renderer/db/boardRepository.ts';
import type { Placement, Role, Task } from '../../../../shared/model.ts';

const role: Role = { id: 'r1', analysisId: 'a1', name: 'Barnskötare', headcount: 1, fullTimeHours: 40, order: 'a0', rev: 1, updatedAt: 't1' };
const task: Task = { id: 't1', analysisId: 'a1', title: 'Diska', notes: '', createdAt: 't1', rev: 1, updatedAt: 't1' };
const placement: Placement = { id: 'p1', analysisId: 'a1', taskId: 't1', roleId: 'r1', colour: 'red', order: 'a0', hours: 2, rev: 1, updatedAt: 't1' };
const board = (p: Placement = placement): BoardData => ({ roles: [role], tasks: [task], placements: [p] });

/** Subscribes and collects what the board's live query tells, until `until` holds. */
function follow(live: ReturnType<ReturnType<typeof boardRepository>['live']>) {
  const seen: BoardData[] = [];
  const sub = live.subscribe({ next: (value) => seen.push(value) });
  return { seen, stop: () => sub.unsubscribe() };
}
const tick = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sameBoard', () => {
  it('is true for the same versions of the same items, whatever their order', () => {
    const other: Placement = { ...placement, id: 'p2' };
    expect(sameBoard({ ...board(), placements: [placement, other] }, { ...board(), placements: [other, placement] })).toBe(true);
  });

  it('is false when an item was written in between, added or removed', () => {
    expect(sameBoard(board(), board({ ...placement, colour: 'green', rev: 2, updatedAt: 't2' }))).toBe(false);
    expect(sameBoard(board(), board({ ...placement, updatedAt: 't2' }))).toBe(false);
    expect(sameBoard(board(), { ...board(), placements: [] })).toBe(false);
    expect(sameBoard(board(), { ...board(), tasks: [{ ...task, id: 't2' }] })).toBe(false);
  });
});

describe('a board seeded at start-up', () => {
  it('is shown at once, and the live query that reads the same does not tell the board again', async () => {
    const db = testDb();
    await db.roles.put(role);
    await db.tasks.put(task);
    await db.placements.put(placement);
    const repo = boardRepository(db);
    const seed = board();
    repo.seed('a1', seed);
    expect(repo.live('a1').peek?.()).toBe(seed);
    const { seen, stop } = follow(repo.live('a1'));
    await tick();
    expect(seen).toEqual([seed]);
    // A later change is told as usual.
    await db.placements.put({ ...placement, colour: 'green', rev: 2, updatedAt: 't2' });
    await tick();
    expect(seen.at(-1)?.placements[0]?.colour).toBe('green');
    stop();
    db.close();
  });

  it('is replaced by the live query when the database changed after the early read', async () => {
    const db = testDb();
    await db.roles.put(role);
    await db.tasks.put(task);
    await db.placements.put({ ...placement, colour: 'black', rev: 2, updatedAt: 't2' });
    const repo = boardRepository(db);
    repo.seed('a1', board());
    const { seen, stop } = follow(repo.live('a1'));
    await tick();
    expect(seen.map((b) => b.placements[0]?.colour)).toEqual(['red', 'black']);
    stop();
    db.close();
  });
});
