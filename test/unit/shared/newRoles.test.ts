import { describe, expect, it } from 'vitest';
import type { Placement, Role, Task } from '../../../shared/model.ts';
import {
  addPart,
  createNewRole,
  deleteNewRole,
  estimateStaffing,
  keyFigures,
  movePart,
  partHours,
  setCostChoice,
  setExtra,
  setStaffing,
  summariseNewRoles,
  unassignedHours,
  type NewRole,
  type RolePart,
  type Staffing,
} from '../../../shared/newRoles.ts';
import { newRoleOf, partOf } from './newRoleBuilders.ts';

const at = '2026-12-02T09:00:00.000Z';
const role = (id: string, name: string, headcount: number, fullTimeHours = 40, order = id): Role => ({
  id,
  rev: 1,
  updatedAt: at,
  analysisId: 'a1',
  name,
  headcount,
  fullTimeHours,
  order,
});
const task = (id: string, title: string): Task => ({ id, rev: 1, updatedAt: at, analysisId: 'a1', title, notes: '', createdAt: at });
const placement = (id: string, taskId: string, roleId: string, colour: Placement['colour'], hours: number | null): Placement => ({
  id,
  rev: 1,
  updatedAt: at,
  analysisId: 'a1',
  taskId,
  roleId,
  colour,
  order: 'a0',
  hours,
});
const newRole = (id: string, name: string, extra: Partial<NewRole> = {}) => newRoleOf(id, name, extra, at);
const part = (id: string, newRoleId: string, placementId: string, hours: number | null, order = id) => partOf(id, newRoleId, placementId, hours, order, at);

// A care unit: 10 assistant nurses (undersköterskor, 40 h week), 2 nurses (38.25 h week).
const board = {
  roles: [role('usk', 'Undersköterska', 10, 40, 'a0'), role('ssk', 'Sjuksköterska', 2, 38.25, 'a1')],
  tasks: [task('t1', 'Diska'), task('t2', 'Beställa varor'), task('t3', 'Tvätta'), task('t4', 'Dokumentera')],
  placements: [
    placement('p1', 't1', 'usk', 'red', 12), // dishes: 12 h/week of the assistant nurses' time
    placement('p2', 't2', 'usk', 'yellow', 3),
    placement('p3', 't2', 'ssk', 'red', 2.5),
    placement('p4', 't3', 'usk', 'red', 8),
    placement('p5', 't4', 'usk', 'green', 20),
  ],
};

describe('a part of a task given to a new role', () => {
  it('takes its own hours, or what the other parts of the placement leave', () => {
    const parts = [part('x1', 'n1', 'p1', 5), part('x2', 'n2', 'p1', null)];
    expect(partHours(parts[0] as RolePart, board.placements[0] as Placement, parts)).toBe(5);
    // 12 − 5 = 7
    expect(partHours(parts[1] as RolePart, board.placements[0] as Placement, parts)).toBe(7);
    // Never below zero when the explicit parts take more than there is.
    const over = [part('x1', 'n1', 'p1', 14), part('x2', 'n2', 'p1', null)];
    expect(partHours(over[1] as RolePart, board.placements[0] as Placement, over)).toBe(0);
    // A placement without hours gives a "rest" part nothing.
    expect(partHours(part('x3', 'n1', 'p9', null), placement('p9', 't1', 'usk', 'red', null), [])).toBe(0);
  });

  it('what is left of a placement to give', () => {
    const p1 = board.placements[0] as Placement;
    expect(unassignedHours(p1, [])).toBe(12);
    expect(unassignedHours(p1, [part('x1', 'n1', 'p1', 4.5)])).toBe(7.5);
    expect(unassignedHours(p1, [part('x1', 'n1', 'p1', 4.5), part('x2', 'n2', 'p1', null)])).toBe(0);
    expect(unassignedHours(placement('p9', 't1', 'usk', 'red', null), [])).toBeNull();
  });
});

describe('a new role’s summary', () => {
  const service = newRole('n1', 'Serviceassistent');
  const parts = [part('x1', 'n1', 'p1', null), part('x2', 'n1', 'p3', null), part('x3', 'n1', 'p4', 4)];

  it('totals hours, the share of a full-time post, and which roles it relieves, per role and per person', () => {
    const [s] = summariseNewRoles(board, [service], parts);
    // 12 (dishes) + 2.5 (ordering, the nurses' part) + 4 (of 8 h laundry) = 18.5 h; 18.5 / 40 = 0.4625
    expect(s?.hours).toBe(18.5);
    expect(s?.share).toBeCloseTo(0.4625, 10);
    expect(s?.underHalf).toBe(true);
    expect(s?.relief).toEqual([
      // 16 h of 10 assistant nurses = 1.6 h each; 2.5 h of 2 nurses = 1.25 h each
      { roleId: 'usk', name: 'Undersköterska', hours: 16, perPerson: 1.6 },
      { roleId: 'ssk', name: 'Sjuksköterska', hours: 2.5, perPerson: 1.25 },
    ]);
    expect(s?.parts.map((p) => [p.task?.title, p.hours, p.status])).toEqual([
      ['Diska', 12, 'ok'],
      ['Beställa varor', 2.5, 'ok'],
      ['Tvätta', 4, 'ok'],
    ]);
  });

  it('flags a part whose task is no longer red or yellow, or is gone from the board, and keeps it', () => {
    const moved = { ...board, placements: board.placements.map((p) => (p.id === 'p1' ? { ...p, colour: 'green' as const } : p)).filter((p) => p.id !== 'p3') };
    const [s] = summariseNewRoles(moved, [service], parts);
    expect(s?.parts.map((p) => p.status)).toEqual(['notRedOrYellow', 'gone', 'ok']);
    // Still counted (it is the facilitator's call), except what is gone and has no hours left.
    expect(s?.hours).toBe(16);
  });

  it('warns when a role is too thin: under half a post, or only extras', () => {
    const full = [...parts, part('x4', 'n1', 'p2', null)];
    const [s] = summariseNewRoles(board, [service], full);
    // 18.5 + 3 = 21.5 h → 0.5375 of a post: not thin.
    expect(s?.hours).toBe(21.5);
    expect(s?.underHalf).toBe(false);
    expect(s?.onlyExtras).toBe(false);
    const [extras] = summariseNewRoles(board, [service], full, ['t1', 't2', 't3']);
    expect(extras?.onlyExtras).toBe(true);
    expect(extras?.parts.every((p) => p.extra)).toBe(true);
    const [empty] = summariseNewRoles(board, [newRole('n2', 'Tom')], []);
    expect(empty).toMatchObject({ hours: 0, share: 0, underHalf: true, onlyExtras: false, relief: [] });
  });

  it('uses the role’s own full-time week', () => {
    const [s] = summariseNewRoles(board, [newRole('n1', 'Halvtid', { fullTimeHours: 37 })], parts);
    expect(s?.share).toBeCloseTo(18.5 / 37, 10);
    expect(s?.underHalf).toBe(false);
  });
});

describe('the staffing estimate', () => {
  it('posts and costs now and proposed, new roles included, decimals kept', () => {
    const service = newRole('n1', 'Serviceassistent', { monthlyCost: 26_000 });
    const parts = [part('x1', 'n1', 'p1', null), part('x2', 'n1', 'p3', null), part('x3', 'n1', 'p4', 4)];
    const summaries = summariseNewRoles(board, [service], parts);
    const staffing: Staffing = {
      id: 'a1',
      rev: 1,
      updatedAt: at,
      analysisId: 'a1',
      roles: { usk: { posts: null, monthlyCost: 33_000 }, ssk: { posts: 2, monthlyCost: 45_000 } },
    };
    const e = estimateStaffing(board, summaries, staffing);
    // Assistant nurses: 10 − 16/40 = 9.6 posts; 10 × 33,000 = 330,000 → 9.6 × 33,000 = 316,800.
    expect(e.existing[0]).toMatchObject({ name: 'Undersköterska', postsNow: 10, hoursMoved: 16, postsProposed: 9.6, costNow: 330_000, costProposed: 316_800 });
    // Nurses: 2 − 2.5/38.25 = 1.934640… posts; 90,000 → 87,058.82…
    expect(e.existing[1]?.postsProposed).toBeCloseTo(2 - 2.5 / 38.25, 5);
    expect(e.existing[1]?.costProposed).toBeCloseTo((2 - 2.5 / 38.25) * 45_000, 2);
    // The service assistant: 18.5/40 = 0.4625 posts × 26,000 = 12,025.
    // No contract form chosen: the unit pays and the existing posts are lowered (the defaults).
    expect(e.added).toEqual([
      {
        roleId: 'n1',
        name: 'Serviceassistent',
        posts: 0.4625,
        monthlyCost: 26_000,
        cost: 12_025,
        payer: 'unit',
        payerIsDefault: true,
        lowersPosts: true,
        lowersPostsIsDefault: true,
        unitCost: 12_025,
      },
    ]);
    expect(e.postsNow).toBe(12);
    expect(e.postsProposed).toBeCloseTo(9.6 + (2 - 2.5 / 38.25) + 0.4625, 5);
    expect(e.costNow).toBe(420_000);
    const proposed = 316_800 + (2 - 2.5 / 38.25) * 45_000 + 12_025;
    expect(e.costProposed).toBeCloseTo(proposed, 2);
    expect(e.monthlyDifference).toBeCloseTo(proposed - 420_000, 2);
    expect(e.yearlyDifference).toBeCloseTo((proposed - 420_000) * 12, 1);
  });

  it('leaves the costs open while a monthly cost is missing, and the posts default to the headcount', () => {
    const e = estimateStaffing(board, summariseNewRoles(board, [newRole('n1', 'Serviceassistent')], [part('x1', 'n1', 'p1', null)]), null);
    expect(e.existing.map((r) => r.postsNow)).toEqual([10, 2]);
    expect(e.existing[0]?.postsProposed).toBe(9.7);
    expect(e).toMatchObject({ costNow: null, costProposed: null, monthlyDifference: null, yearlyDifference: null });
  });
});

describe('who pays and whether the existing posts change', () => {
  // Worked by hand: 10 assistant nurses at 30,000 kr a month; the new role takes 12 h (dishes)
  // + 8 h (laundry) = 20 h of theirs, 20/40 = 0.5 post at 24,000 kr = 12,000 kr a month.
  // Now: 10 × 30,000 = 300,000 kr. Lowered: 10 − 20/40 = 9.5 posts = 285,000 kr.
  const staffing: Staffing = {
    id: 'a1',
    rev: 1,
    updatedAt: at,
    analysisId: 'a1',
    roles: { usk: { posts: null, monthlyCost: 30_000 }, ssk: { posts: 0, monthlyCost: 0 } },
  };
  const parts = [part('x1', 'n1', 'p1', null), part('x2', 'n1', 'p4', null)];
  const estimate = (extra: Partial<NewRole>) =>
    estimateStaffing(board, summariseNewRoles(board, [newRole('n1', 'Serviceassistent', { monthlyCost: 24_000, ...extra })], parts), staffing);

  const cases: {
    payer: 'unit' | 'labourMarket';
    lowersPosts: boolean;
    uskPosts: number;
    unitCost: number;
    monthly: number;
    yearly: number;
    elsewhere: number;
  }[] = [
    // 285,000 + 12,000 − 300,000
    { payer: 'unit', lowersPosts: true, uskPosts: 9.5, unitCost: 12_000, monthly: -3_000, yearly: -36_000, elsewhere: 0 },
    // 285,000 + 0 − 300,000
    { payer: 'labourMarket', lowersPosts: true, uskPosts: 9.5, unitCost: 0, monthly: -15_000, yearly: -180_000, elsewhere: 12_000 },
    // 300,000 + 12,000 − 300,000
    { payer: 'unit', lowersPosts: false, uskPosts: 10, unitCost: 12_000, monthly: 12_000, yearly: 144_000, elsewhere: 0 },
    // 300,000 + 0 − 300,000
    { payer: 'labourMarket', lowersPosts: false, uskPosts: 10, unitCost: 0, monthly: 0, yearly: 0, elsewhere: 12_000 },
  ];
  for (const contract of ['AB', 'BEA', null] as const) {
    for (const c of cases) {
      it(`${contract ?? 'no contract form'}, paid by ${c.payer}, ${c.lowersPosts ? 'lowering' : 'keeping'} the existing posts`, () => {
        const e = estimate({ contract, payer: c.payer, lowersPosts: c.lowersPosts });
        expect(e.existing[0]).toMatchObject({
          hoursMoved: 20,
          hoursLowering: c.lowersPosts ? 20 : 0,
          postsProposed: c.uskPosts,
          costProposed: c.uskPosts * 30_000,
        });
        expect(e.added[0]).toMatchObject({ posts: 0.5, cost: 12_000, unitCost: c.unitCost, payer: c.payer, lowersPosts: c.lowersPosts });
        expect(e.costNow).toBe(300_000);
        expect(e.monthlyDifference).toBe(c.monthly);
        expect(e.yearlyDifference).toBe(c.yearly);
        expect(e.paidElsewhere).toBe(c.elsewhere);
        // The posts in the unit count the new post whoever pays it.
        expect(e.postsProposed).toBe(c.uskPosts + 0.5);
      });
    }
  }

  it('defaults to what the contract form means: BEA paid by the labour-market unit and the posts kept; AB and none the unit’s, posts lowered', () => {
    const bea = estimate({ contract: 'BEA' });
    expect(bea.added[0]).toMatchObject({ payer: 'labourMarket', payerIsDefault: true, lowersPosts: false, lowersPostsIsDefault: true, unitCost: 0 });
    expect(bea.monthlyDifference).toBe(0);
    const ab = estimate({ contract: 'AB', payer: null, lowersPosts: null });
    expect(ab.added[0]).toMatchObject({ payer: 'unit', payerIsDefault: true, lowersPosts: true, lowersPostsIsDefault: true });
    expect(ab.monthlyDifference).toBe(-3_000);
    expect(estimate({}).monthlyDifference).toBe(-3_000);
    expect(estimate({ contract: 'BEA', payer: 'labourMarket' }).added[0]?.payerIsDefault).toBe(false);
  });

  it('a new post paid by the labour-market unit needs no monthly cost for the unit’s total', () => {
    const e = estimateStaffing(board, summariseNewRoles(board, [newRole('n1', 'Serviceassistent', { contract: 'BEA' })], parts), staffing);
    expect(e.added[0]).toMatchObject({ cost: null, unitCost: 0 });
    expect(e.monthlyDifference).toBe(0);
    expect(e.paidElsewhere).toBeNull();
  });

  it('stores a choice only when it differs from the contract form’s default, so the role follows its form again', () => {
    const bea = newRole('n1', 'S', { contract: 'BEA' });
    const [toUnit] = setCostChoice(bea, { payer: 'unit' }, at);
    expect(toUnit?.after).toMatchObject({ payer: 'unit', rev: 2 });
    const [back] = setCostChoice(toUnit?.after as NewRole, { payer: 'labourMarket' }, at);
    expect(back?.after).toMatchObject({ payer: null, rev: 3 });
    expect(setCostChoice(bea, { payer: 'labourMarket' }, at)).toEqual([]);
    const [lower] = setCostChoice(bea, { lowersPosts: true }, at);
    expect(lower?.after).toMatchObject({ lowersPosts: true });
    expect(setCostChoice(newRole('n2', 'AB', { contract: 'AB' }), { lowersPosts: true }, at)).toEqual([]);
  });
});

describe('editing new roles', () => {
  it('creates a role after the others with the default full-time week; an empty name makes nothing', () => {
    const [first] = createNewRole([], 'a1', { name: '  Serviceassistent ', purpose: 'Avlasta' }, 'n1', at);
    expect(first?.after).toMatchObject({ name: 'Serviceassistent', purpose: 'Avlasta', fullTimeHours: 40, contract: null });
    const [second] = createNewRole([first?.after as NewRole], 'a1', { name: 'Förskolestöd' }, 'n2', at);
    expect((second?.after as NewRole).order > (first?.after as NewRole).order).toBe(true);
    expect(createNewRole([], 'a1', { name: '  ' }, 'n3', at)).toEqual([]);
  });

  it('adds a placement once per role, moves a part between roles, and deletes a role with its parts', () => {
    const a = newRole('n1', 'A');
    const b = newRole('n2', 'B');
    const [added] = addPart([], a, board.placements[0] as Placement, null, 'x1', at);
    const p = added?.after as RolePart;
    expect(p).toMatchObject({ newRoleId: 'n1', placementId: 'p1', hours: null });
    expect(addPart([p], a, board.placements[0] as Placement, null, 'x2', at)).toEqual([]);
    const [moved] = movePart([p], p, b, at);
    expect(moved?.after).toMatchObject({ newRoleId: 'n2', rev: 2 });
    expect(movePart([p, { ...p, id: 'x9', newRoleId: 'n2' }], p, b, at)).toEqual([]);
    expect(deleteNewRole(a, [p, part('x5', 'n2', 'p2', 1)]).map((c) => `${c.table}:${(c.before as { id: string }).id}`)).toEqual([
      'roleParts:x1',
      'newRoles:n1',
    ]);
  });

  it('flags a task as an extra and back; sets staffing inputs', () => {
    const [on] = setExtra(null, 'a1', 't1', true, at);
    expect(on?.after).toMatchObject({ id: 'a1', taskIds: ['t1'] });
    expect(setExtra(on?.after ?? null, 'a1', 't1', true, at)).toEqual([]);
    const [off] = setExtra(on?.after ?? null, 'a1', 't1', false, at);
    expect(off?.after).toMatchObject({ taskIds: [], rev: 2 });
    const [s1] = setStaffing(null, 'a1', 'usk', { monthlyCost: 33_000 }, at);
    expect(s1?.after).toMatchObject({ roles: { usk: { posts: null, monthlyCost: 33_000 } } });
    const [s2] = setStaffing(s1?.after ?? null, 'a1', 'usk', { posts: 9.5 }, at);
    expect(s2?.after).toMatchObject({ roles: { usk: { posts: 9.5, monthlyCost: 33_000 } }, rev: 2 });
  });
});

describe('key figures across analyses', () => {
  it('counts roles and hours, AB against BEA, and hours freed per existing role by name', () => {
    const one = summariseNewRoles(
      board,
      [newRole('n1', 'Serviceassistent', { contract: 'AB' }), newRole('n2', 'Kökshjälp', { contract: 'BEA' })],
      [part('x1', 'n1', 'p1', null), part('x2', 'n2', 'p4', 3)],
    );
    const other = summariseNewRoles(board, [newRole('m1', 'Vaktmästare')], [part('y1', 'm1', 'p3', null)]);
    expect(keyFigures([one, other, []])).toEqual({
      analyses: 2,
      newRoles: 3,
      hours: 12 + 3 + 2.5,
      byContract: { AB: 1, BEA: 1, none: 1 },
      freed: [
        { name: 'Undersköterska', hours: 15 },
        { name: 'Sjuksköterska', hours: 2.5 },
      ],
    });
  });
});
