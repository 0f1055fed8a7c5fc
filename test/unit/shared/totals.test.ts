import { describe, expect, it } from 'vitest';
import type { Colour, Placement } from '../../../shared/model.ts';
import { COLOURS } from '../../../shared/model.ts';
import { boardTotals, shareOfFullTime } from '../../../shared/totals.ts';

const NOW = '2026-11-23T10:00:00.000Z';
let nextId = 0;

function card(roleId: string, colour: Colour, hours: number | null): Placement {
  nextId += 1;
  return { id: `p${nextId}`, rev: 1, updatedAt: NOW, analysisId: 'a1', taskId: `t${nextId}`, roleId, colour, order: 'a0', hours };
}

const zero = { unsorted: 0, green: 0, yellow: 0, red: 0, black: 0 };

describe('boardTotals', () => {
  it('gives zero totals for a board without cards', () => {
    const totals = boardTotals([], [{ id: 'r1' }]);
    expect(totals.roles).toEqual([{ roleId: 'r1', byColour: zero, total: 0, share: zero, cardCount: 0, unknownHours: 0 }]);
    expect(totals.all).toEqual({ byColour: zero, total: 0, share: zero, cardCount: 0, unknownHours: 0 });
  });

  it('counts a card without hours as unknown and adds nothing for it', () => {
    const totals = boardTotals([card('r1', 'green', null)], [{ id: 'r1' }]);
    expect(totals.roles[0]).toMatchObject({ total: 0, cardCount: 1, unknownHours: 1, share: zero });
  });

  it('sums one role’s hours per colour and gives each colour its share', () => {
    const placements = [card('r1', 'green', 10), card('r1', 'green', 5), card('r1', 'red', 4), card('r1', 'black', 1), card('r1', 'unsorted', null)];
    const [r1] = boardTotals(placements, [{ id: 'r1' }]).roles;
    expect(r1).toEqual({
      roleId: 'r1',
      byColour: { unsorted: 0, green: 15, yellow: 0, red: 4, black: 1 },
      total: 20,
      share: { unsorted: 0, green: 0.75, yellow: 0, red: 0.2, black: 0.05 },
      cardCount: 5,
      unknownHours: 1,
    });
  });

  it('keeps many roles apart, in the order given, and adds them up for the whole board', () => {
    const placements = [card('r2', 'yellow', 2), card('r1', 'green', 3), card('r3', 'red', null), card('r2', 'red', 6), card('r1', 'yellow', 1)];
    const totals = boardTotals(placements, [{ id: 'r3' }, { id: 'r1' }, { id: 'r2' }]);
    expect(totals.roles.map((r) => [r.roleId, r.total, r.cardCount, r.unknownHours])).toEqual([
      ['r3', 0, 1, 1],
      ['r1', 4, 2, 0],
      ['r2', 8, 2, 0],
    ]);
    expect(totals.all).toMatchObject({ byColour: { unsorted: 0, green: 3, yellow: 3, red: 6, black: 0 }, total: 12, cardCount: 5, unknownHours: 1 });
    expect(totals.all.share.red).toBe(0.5);
  });

  it('has shares that sum to 1 whenever there are hours', () => {
    const random = lcg(7);
    const placements = Array.from({ length: 300 }, () =>
      card(`r${Math.floor(random() * 4)}`, COLOURS[Math.floor(random() * 5)] ?? 'green', random() < 0.1 ? null : Math.round(random() * 4000) / 100),
    );
    const totals = boardTotals(placements, [{ id: 'r0' }, { id: 'r1' }, { id: 'r2' }, { id: 'r3' }]);
    for (const t of [...totals.roles, totals.all]) {
      expect(t.total).toBeGreaterThan(0);
      expect(Math.abs(COLOURS.reduce((sum, c) => sum + t.share[c], 0) - 1)).toBeLessThan(1e-9);
    }
  });

  it('ignores cards of roles that are not listed', () => {
    const totals = boardTotals([card('r1', 'green', 2), card('gone', 'green', 50), card('gone', 'red', null)], [{ id: 'r1' }]);
    expect(totals.roles).toHaveLength(1);
    expect(totals.all).toMatchObject({ total: 2, cardCount: 1, unknownHours: 0 });
  });

  it('counts hours that are not finite numbers as unknown instead of spreading NaN', () => {
    const totals = boardTotals([card('r1', 'green', 2), card('r1', 'green', Number.NaN)], [{ id: 'r1' }]);
    expect(totals.roles[0]).toMatchObject({ total: 2, cardCount: 2, unknownHours: 1 });
  });
});

describe('shareOfFullTime', () => {
  it('divides hours by the full-time week', () => {
    expect(shareOfFullTime(20, 40)).toBe(0.5);
    expect(shareOfFullTime(50, 40)).toBe(1.25);
  });

  it('gives 0 when the full-time week is not positive', () => {
    expect(shareOfFullTime(20, 0)).toBe(0);
    expect(shareOfFullTime(20, -40)).toBe(0);
    expect(shareOfFullTime(20, Number.NaN)).toBe(0);
  });
});

/** A tiny seeded generator so the random board is the same on every run. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
