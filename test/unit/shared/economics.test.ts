import { describe, expect, it } from 'vitest';
import {
  addHireForEstimate,
  EMPTY_ESTIMATE,
  estimateEconomics,
  estimateKeyFigures,
  personEstimate,
  setFreedUse,
  setHireEstimate,
  shownEstimates,
  type Hire,
  type HireEstimate,
} from '../../../shared/economics.ts';
import { keyFigureSummary } from '../../../shared/keyFigures.ts';
import { emptyRecord } from '../../../shared/exchange/format.ts';
import type { Analysis, Placement, Role, Task } from '../../../shared/model.ts';
import { summariseNewRoles, type Staffing } from '../../../shared/newRoles.ts';
import { newRoleOf, partOf } from './newRoleBuilders.ts';

const at = '2026-12-02T09:00:00.000Z';

function hireOf(id: string, newRoleId: string, estimate?: Partial<HireEstimate>, contract: 'AB' | 'BEA' | null = null): Hire {
  return {
    id,
    rev: 1,
    updatedAt: at,
    analysisId: 'a1',
    newRoleId,
    startDate: null,
    contract,
    wageSubsidy: null,
    priorityGroup: null,
    gender: 'notStated',
    employer: null,
    review6: { heldOn: null, outcome: null, note: '' },
    review12: { heldOn: null, outcome: null, note: '' },
    ...(estimate ? { estimate: { ...EMPTY_ESTIMATE, ...estimate } } : {}),
    order: id,
    createdAt: at,
  };
}

/**
 * BEA, paid by the labour-market unit in year 1 and by the unit after, with a wage subsidy that steps down.
 * Salary cost: 25 000 × 12 × 1,40 = 420 000 kr a year.
 * Year 1: subsidy 80 % = 336 000, cost 84 000 (labour-market unit). Year 2: 50 % = 210 000, cost 210 000 (unit).
 * Year 3: 0 %, cost 420 000 (unit). No longer paid: income support 9 000 × 12 = 108 000, daily activity 4 000 × 12 = 48 000,
 * savings 156 000. Net: 156 000 − 84 000 = 72 000; 156 000 − 210 000 = −54 000; 156 000 − 420 000 = −264 000.
 */
const bea: HireEstimate = {
  monthlySalary: 25_000,
  onCostPercent: 40,
  payers: ['labourMarket', 'unit', 'unit'],
  subsidyPercent: [80, 50, 0],
  incomeSupport: 9_000,
  dailyActivity: 4_000,
};

/**
 * AB with a wage subsidy, the unit paying all three years.
 * Salary cost: 24 000 × 12 × 1,40 = 403 200. Subsidy 60 % = 241 920, cost 161 280 each year.
 * Income support 7 500 × 12 = 90 000, daily activity 0. Net: 90 000 − 161 280 = −71 280 each year.
 */
const abSubsidy: HireEstimate = {
  monthlySalary: 24_000,
  onCostPercent: 40,
  payers: ['unit', 'unit', 'unit'],
  subsidyPercent: [60, 60, 60],
  incomeSupport: 7_500,
  dailyActivity: 0,
};

/**
 * AB without subsidy, the labour-market unit paying year 1, the unit after.
 * Salary cost: 30 000 × 12 × 1,30 = 468 000 = cost each year. Nothing else no longer paid: net −468 000.
 */
const abPlain: HireEstimate = {
  monthlySalary: 30_000,
  onCostPercent: 30,
  payers: ['labourMarket', 'unit', 'unit'],
  subsidyPercent: [0, 0, 0],
  incomeSupport: 0,
  dailyActivity: 0,
};

describe('one person’s estimate', () => {
  it('works out a BEA post paid by the labour-market unit in year 1, with a subsidy that steps down', () => {
    const p = personEstimate({ id: 'h1' }, bea);
    expect(p.missing).toEqual([]);
    expect(p.years.map((y) => y.salaryCost)).toEqual([420_000, 420_000, 420_000]);
    expect(p.years.map((y) => y.subsidy)).toEqual([336_000, 210_000, 0]);
    expect(p.years.map((y) => y.cost)).toEqual([84_000, 210_000, 420_000]);
    expect(p.years.map((y) => y.byPayer)).toEqual([
      { unit: 0, labourMarket: 84_000 },
      { unit: 210_000, labourMarket: 0 },
      { unit: 420_000, labourMarket: 0 },
    ]);
    expect(p.years.map((y) => y.savings)).toEqual([156_000, 156_000, 156_000]);
    expect(p.years.map((y) => y.net)).toEqual([72_000, -54_000, -264_000]);
  });

  it('works out an AB post with a wage subsidy, the unit paying all three years', () => {
    const p = personEstimate({ id: 'h2' }, abSubsidy);
    expect(p.years.map((y) => y.subsidy)).toEqual([241_920, 241_920, 241_920]);
    expect(p.years.map((y) => y.cost)).toEqual([161_280, 161_280, 161_280]);
    expect(p.years.map((y) => y.byPayer?.unit)).toEqual([161_280, 161_280, 161_280]);
    expect(p.years.map((y) => y.net)).toEqual([-71_280, -71_280, -71_280]);
  });

  it('works out an AB post without subsidy, the payer changing after year 1', () => {
    const p = personEstimate({ id: 'h3' }, abPlain);
    expect(p.years.map((y) => y.cost)).toEqual([468_000, 468_000, 468_000]);
    expect(p.years.map((y) => y.byPayer)).toEqual([
      { unit: 0, labourMarket: 468_000 },
      { unit: 468_000, labourMarket: 0 },
      { unit: 468_000, labourMarket: 0 },
    ]);
    expect(p.years.map((y) => y.net)).toEqual([-468_000, -468_000, -468_000]);
  });

  it('gives no figure from a missing input, and says which inputs are missing', () => {
    const p = personEstimate({ id: 'h4' }, { ...EMPTY_ESTIMATE, monthlySalary: 25_000, payers: ['unit', null, null], subsidyPercent: [0, null, null] });
    expect(p.years.map((y) => y.cost)).toEqual([null, null, null]);
    expect(p.years.map((y) => y.net)).toEqual([null, null, null]);
    expect(p.missing).toEqual([
      { input: 'onCostPercent' },
      { input: 'payer', year: 2 },
      { input: 'subsidyPercent', year: 2 },
      { input: 'payer', year: 3 },
      { input: 'subsidyPercent', year: 3 },
      { input: 'incomeSupport' },
      { input: 'dailyActivity' },
    ]);
  });

  it('keeps the municipality’s cost when only who pays is missing, but not the cost per payer', () => {
    const p = personEstimate({ id: 'h5' }, { ...bea, payers: [null, 'unit', 'unit'] });
    expect(p.years[0]?.cost).toBe(84_000);
    expect(p.years[0]?.byPayer).toBeNull();
    expect(p.years[0]?.net).toBe(72_000);
    expect(p.missing).toEqual([{ input: 'payer', year: 1 }]);
  });
});

// A board: 'Undersköterska' (40 h full time, a post costs 40 000 kr a month) gives 10 h of red work to each new role.
const role = (id: string, name: string): Role => ({ id, rev: 1, updatedAt: at, analysisId: 'a1', name, headcount: 8, fullTimeHours: 40, order: id });
const task = (id: string, title: string): Task => ({ id, rev: 1, updatedAt: at, analysisId: 'a1', title, notes: '', createdAt: at });
const card = (id: string, taskId: string, hours: number): Placement => ({
  id,
  rev: 1,
  updatedAt: at,
  analysisId: 'a1',
  taskId,
  roleId: 'r1',
  colour: 'red',
  order: id,
  hours,
});
const board = {
  roles: [role('r1', 'Undersköterska')],
  tasks: [task('t1', 'Disk'), task('t2', 'Tvätt')],
  placements: [card('p1', 't1', 10), card('p2', 't2', 10)],
};
const staffing: Staffing = { id: 'a1', rev: 1, updatedAt: at, analysisId: 'a1', roles: { r1: { posts: null, monthlyCost: 40_000 } } };
const roles = [newRoleOf('n1', 'Serviceassistent', { contract: 'AB', freedUse: 'Mer tid med de boende' }), newRoleOf('n2', 'Kökshjälp', { contract: 'BEA' })];
const parts = [partOf('q1', 'n1', 'p1', null), partOf('q2', 'n2', 'p2', null)];
const summaries = summariseNewRoles(board, roles, parts);

describe('the estimate per role and in total', () => {
  it('counts the freed hours of an AB role as lowered posts and of a BEA role as time for the core mission', () => {
    // 10 h ÷ 40 h × 40 000 kr × 12 = 120 000 kr a year for each role.
    const e = estimateEconomics(summaries, [hireOf('h1', 'n1', abPlain, 'AB'), hireOf('h2', 'n2', bea, 'BEA')], board.roles, staffing);
    const [ab, beaRole] = e.roles;
    expect(ab?.freedValue).toBe(120_000);
    expect(ab?.freedUse).toBe('Mer tid med de boende');
    // AB: savings 0 + 120 000; net 120 000 − 468 000 = −348 000 each year.
    expect(ab?.years?.map((y) => y.postsSaving)).toEqual([120_000, 120_000, 120_000]);
    expect(ab?.years?.map((y) => y.net)).toEqual([-348_000, -348_000, -348_000]);
    expect(ab?.years?.map((y) => y.coreMissionValue)).toEqual([0, 0, 0]);
    // BEA: the 120 000 is time for the core mission, outside the net (72 000, −54 000, −264 000 as the person's).
    expect(beaRole?.years?.map((y) => y.coreMissionValue)).toEqual([120_000, 120_000, 120_000]);
    expect(beaRole?.years?.map((y) => y.net)).toEqual([72_000, -54_000, -264_000]);
    // Total: cost 468 000 + 84 000 = 552 000 in year 1, 678 000, 888 000; savings 120 000 + 156 000 = 276 000;
    // net −276 000, −402 000, −612 000. Per payer in year 1: unit 0, labour-market unit 468 000 + 84 000.
    expect(e.people).toBe(2);
    expect(e.years?.map((y) => y.cost)).toEqual([552_000, 678_000, 888_000]);
    expect(e.years?.map((y) => y.savings)).toEqual([276_000, 276_000, 276_000]);
    expect(e.years?.map((y) => y.net)).toEqual([-276_000, -402_000, -612_000]);
    expect(e.years?.[0]?.byPayer).toEqual({ unit: 0, labourMarket: 552_000 });
    expect(e.years?.[1]?.byPayer).toEqual({ unit: 678_000, labourMarket: 0 });
    expect(e.missing).toEqual([]);
  });

  it('leaves the freed hours’ value and the net not given while the existing role’s post cost is missing', () => {
    const e = estimateEconomics(summaries, [hireOf('h1', 'n1', abPlain)], board.roles, null);
    expect(e.roles[0]?.freedValue).toBeNull();
    expect(e.roles[0]?.years?.[0]?.cost).toBe(468_000);
    expect(e.roles[0]?.years?.[0]?.net).toBeNull();
    expect(e.missing).toEqual([{ input: 'existingCost', role: 'Undersköterska' }]);
  });

  it('leaves out people with no estimate input, and roles with nobody estimated', () => {
    const e = estimateEconomics(summaries, [hireOf('h1', 'n1'), hireOf('h2', 'n2', bea)], board.roles, staffing);
    expect(e.roles[0]?.years).toBeNull();
    expect(e.roles[0]?.withoutEstimate).toBe(1);
    expect(e.people).toBe(1);
    expect(e.years?.map((y) => y.net)).toEqual([72_000, -54_000, -264_000]);
  });
});

describe('the privacy threshold', () => {
  const many = (role: string, n: number, prefix: string) => Array.from({ length: n }, (_, i) => hireOf(`${prefix}${i}`, role, abSubsidy));

  it('hides a role under the threshold, and another with it so the total cannot give it away', () => {
    // 3 in n1, 1 in n2, threshold 3: n2 is hidden; total − n1 would show n2, so n1 is hidden too. The total (4) is shown.
    const e = estimateEconomics(summaries, [...many('n1', 3, 'a'), ...many('n2', 1, 'b')], board.roles, staffing);
    expect(shownEstimates(e, 3)).toEqual({ roles: new Set(), total: true });
    // 3 and 3: both shown.
    const even = estimateEconomics(summaries, [...many('n1', 3, 'a'), ...many('n2', 3, 'b')], board.roles, staffing);
    expect(shownEstimates(even, 3)).toEqual({ roles: new Set(['n1', 'n2']), total: true });
  });

  it('hides the smallest shown role until the hidden ones are at least the threshold together', () => {
    const three = [...roles, newRoleOf('n3', 'Vaktmästare', { contract: 'AB' })];
    const s3 = summariseNewRoles(board, three, parts);
    // n1 4, n2 3, n3 1: n3 hidden (1 < 3), then n2 (the fewest shown) with it: 4 hidden together. n1 and the total shown.
    const e = estimateEconomics(s3, [...many('n1', 4, 'a'), ...many('n2', 3, 'b'), ...many('n3', 1, 'c')], board.roles, staffing);
    expect(shownEstimates(e, 3)).toEqual({ roles: new Set(['n1']), total: true });
  });

  it('hides everything when fewer people than the threshold are estimated', () => {
    const e = estimateEconomics(summaries, many('n1', 2, 'a'), board.roles, staffing);
    expect(shownEstimates(e, 3)).toEqual({ roles: new Set(), total: false });
    expect(estimateKeyFigures(e, 3)).toBeNull();
  });

  it('gives the file’s key figures the totals from the threshold on', () => {
    // 3 AB people with subsidy in n1 (AB, lowers posts): cost 3 × 161 280 = 483 840; savings 3 × 90 000 + 120 000 = 390 000;
    // net 390 000 − 483 840 = −93 840, each year.
    const a = { ...emptyRecord(analysisOf()), ...board, newRoles: roles, roleParts: parts, hires: many('n1', 3, 'a'), staffing: [staffing] };
    expect(keyFigureSummary(a, 3).estimate).toEqual({
      people: 3,
      years: [1, 2, 3].map(() => ({ cost: 483_840, savings: 390_000, net: -93_840 })),
    });
    expect(keyFigureSummary(a, 4).estimate).toBeNull();
    // A missing input: no sum in the file rather than a wrong one.
    const partial = { ...a, hires: [...many('n1', 2, 'a'), hireOf('x', 'n1', { monthlySalary: 20_000 })] };
    expect(keyFigureSummary(partial, 3).estimate).toBeNull();
  });
});

describe('editing the estimate', () => {
  it('makes an estimate on the first input and changes nothing when the input is the same', () => {
    const hire = hireOf('h1', 'n1');
    expect(setHireEstimate(hire, null, at)[0]?.after?.estimate).toEqual(EMPTY_ESTIMATE);
    const [change] = setHireEstimate(hire, { field: 'monthlySalary', value: 25_000 }, at);
    expect(change?.after?.estimate).toEqual({ ...EMPTY_ESTIMATE, monthlySalary: 25_000 });
    expect(change?.after?.rev).toBe(2);
    const after = change?.after as Hire;
    expect(setHireEstimate(after, { field: 'monthlySalary', value: 25_000 }, at)).toEqual([]);
    // One year at a time, over what is stored: year 2 after year 1 keeps both.
    const year1 = setHireEstimate(after, { field: 'payers', year: 0, value: 'labourMarket' }, at)[0]?.after as Hire;
    const year2 = setHireEstimate(year1, { field: 'payers', year: 1, value: 'unit' }, at)[0]?.after as Hire;
    expect(year2.estimate?.payers).toEqual(['labourMarket', 'unit', null]);
    const subsidy = setHireEstimate(year2, { field: 'subsidyPercent', year: 2, value: 30 }, at)[0]?.after as Hire;
    expect(subsidy.estimate?.subsidyPercent).toEqual([null, null, 30]);
    expect(subsidy.estimate?.monthlySalary).toBe(25_000);
  });

  it('adds a person with the role’s contract form and a blank estimate', () => {
    const [change] = addHireForEstimate([], roles[1] as (typeof roles)[number], 'h9', at);
    expect(change?.after).toMatchObject({ newRoleId: 'n2', contract: 'BEA', gender: 'notStated', estimate: EMPTY_ESTIMATE });
  });

  it('sets what the freed hours are used for, trimmed', () => {
    const [change] = setFreedUse(roles[1] as (typeof roles)[number], '  Läsa för barnen ', at);
    expect(change?.after?.freedUse).toBe('Läsa för barnen');
    expect(setFreedUse(roles[0] as (typeof roles)[number], 'Mer tid med de boende', at)).toEqual([]);
  });
});

function analysisOf(): Analysis {
  return {
    id: 'a1',
    rev: 1,
    updatedAt: at,
    unitName: 'Äldreboendet Solgläntan',
    organisation: 'Skövde kommun',
    facilitator: '',
    createdAt: at,
    deletedAt: null,
  };
}
