import { describe, expect, it } from 'vitest';
import {
  addMonths,
  blankHire,
  checkHire,
  contractOn,
  countPeople,
  createHire,
  editHire,
  hidePartition,
  hideSmallMoves,
  movesByHalfYear,
  peopleFigures,
  reviewsDue,
  type Hire,
} from '../../../shared/people.ts';
import { deleteNewRole } from '../../../shared/newRoles.ts';
import { keyFigureSummary } from '../../../shared/keyFigures.ts';
import { emptyRecord } from '../../../shared/exchange/format.ts';
import { buildExport } from '../../../shared/exchange/export.ts';
import type { Analysis } from '../../../shared/model.ts';
import { newRoleOf, partOf } from './newRoleBuilders.ts';

const at = '2026-12-02T09:00:00.000Z';
let seq = 0;
/** A person in new role n1, with nothing known unless given. */
function person(extra: Partial<Hire> = {}): Hire {
  seq++;
  return {
    id: `h${seq}`,
    rev: 1,
    updatedAt: at,
    analysisId: 'a1',
    newRoleId: 'n1',
    ...blankHire(),
    order: `a${String(seq).padStart(4, '0')}`,
    createdAt: at,
    ...extra,
  };
}
const review = (heldOn: string | null, outcome: Hire['review6']['outcome'] = null) => ({ heldOn, outcome, note: '' });
const many = (n: number, extra: Partial<Hire>) => Array.from({ length: n }, () => person(extra));

describe('month arithmetic for the planned reviews', () => {
  it('keeps the day of the month, or takes the last day of a shorter month', () => {
    expect(addMonths('2026-03-15', 6)).toBe('2026-09-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29'); // 2028 is a leap year
    expect(addMonths('2026-07-31', 12)).toBe('2027-07-31');
    expect(addMonths('2026-10-31', 6)).toBe('2027-04-30');
    expect(addMonths('2026-12-01', 12)).toBe('2027-12-01');
  });
});

describe('reviews due', () => {
  const role = newRoleOf('n1', 'Serviceassistent');
  const other = newRoleOf('n2', 'Kökshjälp');

  it('lists reviews due within 14 days or past, not held, earliest first, numbered per role', () => {
    const a = person({ startDate: '2026-03-01' }); // 6 months: 1 Sep 2026 (overdue on 10 Sep); 12: 1 Mar 2027
    const b = person({ startDate: '2026-03-20' }); // 6 months: 20 Sep 2026, 10 days ahead
    const c = person({ startDate: '2026-03-25' }); // 6 months: 25 Sep, 15 days ahead: not yet
    const d = person({ newRoleId: 'n2', startDate: '2025-08-31' }); // 6: 28 Feb 2026 held; 12: 31 Aug 2026 overdue
    d.review6 = review('2026-03-02', 'continued');
    const e = person({ startDate: null }); // no start: nothing is due
    const due = reviewsDue([a, b, c, d, e], [role, other], '2026-09-10');
    expect(due.map((r) => [r.role.name, r.number, r.month, r.due, r.overdue])).toEqual([
      ['Kökshjälp', 1, 12, '2026-08-31', true],
      ['Serviceassistent', 1, 6, '2026-09-01', true],
      ['Serviceassistent', 2, 6, '2026-09-20', false],
    ]);
  });

  it('counts a review from 31 August as due on 28 February, shown from 14 days before', () => {
    const august = person({ startDate: '2026-08-31' });
    expect(reviewsDue([august], [role], '2027-02-13')).toEqual([]);
    expect(reviewsDue([august], [role], '2027-02-14').map((r) => [r.month, r.due, r.overdue])).toEqual([[6, '2027-02-28', false]]);
    expect(reviewsDue([august], [role], '2027-03-01').map((r) => [r.month, r.due, r.overdue])).toEqual([[6, '2027-02-28', true]]);
  });

  it('drops a review that is held, one overtaken by a later held review, and everything after the employment ended', () => {
    const held = person({ startDate: '2025-01-10', review6: review('2025-07-10', 'continued'), review12: review('2026-01-12', 'toAB') });
    const skipped = person({ startDate: '2025-01-10', review12: review('2026-01-11', 'continued') });
    const ended = person({ startDate: '2025-01-10', review6: review('2025-07-01', 'ended') });
    const open = person({ startDate: '2025-01-10' });
    const due = reviewsDue([held, skipped, ended, open], [role], '2026-06-01');
    expect(due.map((r) => [r.number, r.month])).toEqual([
      [4, 6],
      [4, 12],
    ]);
  });
});

describe('counting the people, with the privacy threshold', () => {
  it('moves a BEA person to AB from the day the review was held', () => {
    const p = person({ contract: 'BEA', startDate: '2026-01-15', review6: review('2026-07-20', 'toAB') });
    expect(contractOn(p, '2026-07-19')).toBe('BEA');
    expect(contractOn(p, '2026-07-20')).toBe('AB');
    expect(countPeople([p], '2026-07-19')).toMatchObject({ AB: 0, BEA: 1, movedToAB: 0 });
    expect(countPeople([p], '2026-07-20')).toMatchObject({ AB: 1, BEA: 0, movedToAB: 1 });
  });

  it('counts ten people by hand, and shows every count at threshold 1', () => {
    // 4 AB from the start, 5 BEA (2 of them moved to AB, 1 ended), 1 not stated.
    const hires = [
      ...many(4, { contract: 'AB', gender: 'woman', priorityGroup: false }),
      person({ contract: 'BEA', gender: 'man', priorityGroup: true, wageSubsidy: true, review6: review('2026-06-01', 'toAB') }),
      person({ contract: 'BEA', gender: 'woman', priorityGroup: true, wageSubsidy: true, review12: review('2026-11-01', 'toAB') }),
      person({ contract: 'BEA', gender: 'man', priorityGroup: true, wageSubsidy: true, review6: review('2026-05-01', 'ended') }),
      ...many(2, { contract: 'BEA', gender: 'other', priorityGroup: true, wageSubsidy: false }),
      person({ contract: null, gender: 'notStated', priorityGroup: null }),
    ];
    const expected = {
      total: 10,
      AB: 6,
      BEA: 3,
      contractNotStated: 1,
      priorityGroup: 5,
      notPriorityGroup: 4,
      women: 5,
      men: 2,
      otherGender: 2,
      genderNotStated: 1,
      wageSubsidy: 3,
      movedToAB: 2,
      ended: 1,
    };
    expect(countPeople(hires, '2026-12-01')).toEqual(expected);
    expect(peopleFigures(hires, 1, '2026-12-01')).toEqual(expected);
    // At threshold 3: contract not stated (1) is hidden, and so the next smallest, BEA (3), else 10 − 6 − 3 = 1;
    // target group 5 / 4: none hidden; gender: men 2, other 2, not stated 1 are hidden: three hidden, nothing more;
    // wage subsidy 3 shown, moved to AB 2 and ended 1 hidden.
    expect(peopleFigures(hires, 3, '2026-12-01')).toEqual({
      total: 10,
      AB: 6,
      BEA: null,
      contractNotStated: null,
      priorityGroup: 5,
      notPriorityGroup: 4,
      women: 5,
      men: null,
      otherGender: null,
      genderNotStated: null,
      wageSubsidy: 3,
      movedToAB: null,
      ended: null,
    });
  });

  it('hides the figure that subtraction would reveal: threshold 3, total 7, AB 5, BEA 2 → both hidden', () => {
    const hires = [...many(5, { contract: 'AB', gender: 'woman' }), ...many(2, { contract: 'BEA', gender: 'woman' })];
    const figures = peopleFigures(hires, 3, '2026-12-01');
    expect(figures).toMatchObject({ total: 7, AB: null, BEA: null, contractNotStated: 0, women: 7, men: 0, otherGender: 0, genderNotStated: 0 });
    // Nothing that is shown gives BEA back: 7 − 0 leaves AB + BEA together.
    expect([figures.AB, figures.BEA]).toEqual([null, null]);
  });

  it('hides both cells of a two-cell partition when one is under the threshold', () => {
    const hires = [...many(6, { priorityGroup: true }), ...many(1, { priorityGroup: false })];
    expect(peopleFigures(hires, 3, '2026-12-01')).toMatchObject({ total: 7, priorityGroup: null, notPriorityGroup: null });
  });

  it('prefers a count above 0 as the second one hidden: a hidden 0 beside it would still give the figure away', () => {
    expect(hidePartition([5, 2, 0], 3)).toEqual([null, null, 0]);
    expect(hidePartition([4, 1, 6, 0], 3)).toEqual([null, null, 6, 0]);
    expect(hidePartition([2, 1, 4], 3)).toEqual([null, null, 4]); // two hidden already: nothing more
    expect(hidePartition([7, 0, 0], 3)).toEqual([7, 0, 0]);
  });

  it('hides everything when the total is under the threshold', () => {
    const hires = many(2, { contract: 'AB', gender: 'woman' });
    const figures = peopleFigures(hires, 3, '2026-12-01');
    expect(Object.values(figures).every((v) => v === null)).toBe(true);
    expect(Object.keys(figures)).toHaveLength(13);
  });

  it('counts the moves from BEA to AB per half-year, with the quiet half-years between', () => {
    const hires = [
      person({ contract: 'BEA', review6: review('2025-06-30', 'toAB') }),
      person({ contract: 'BEA', review6: review('2026-07-01', 'toAB') }),
      person({ contract: 'BEA', review12: review('2026-12-31', 'toAB') }),
      person({ contract: 'BEA', review12: review('2027-01-02', 'toAB') }), // not held yet on 2026-12-31
      person({ contract: 'BEA', review6: review('2026-03-01', 'continued') }),
    ];
    const moves = movesByHalfYear(hires, '2026-12-31');
    expect(moves).toEqual([
      { period: '2025-1', count: 1 },
      { period: '2025-2', count: 0 },
      { period: '2026-1', count: 0 },
      { period: '2026-2', count: 2 },
    ]);
    // Summed figures shown at threshold 2: the single move in 2025 is hidden, and so the next smallest above 0 (2026-2).
    expect(hideSmallMoves(moves, 3, 2).map((m) => m.count)).toEqual([null, 0, 0, null]);
    expect(hideSmallMoves(moves, null, 2).map((m) => m.count)).toEqual([null, null, null, null]);
  });
});

describe('editing people', () => {
  const role = newRoleOf('n1', 'Serviceassistent');

  it('adds a person last in the role, edits only what changed, and refuses a review outcome without its day', () => {
    const first = createHire([], role, blankHire(), 'h-a', at)[0]?.after as Hire;
    const second = createHire([first], role, { ...blankHire(), contract: 'BEA' }, 'h-b', at)[0]?.after as Hire;
    expect(second.order > first.order).toBe(true);
    expect(second).toMatchObject({ analysisId: 'a1', newRoleId: 'n1', contract: 'BEA', gender: 'notStated' });
    expect(editHire(second, { ...blankHire(), contract: 'BEA' }, at)).toEqual([]);
    const [change] = editHire(second, { ...blankHire(), contract: 'BEA', review6: review('2027-01-01', 'toAB') }, '2027-01-02T08:00:00.000Z');
    expect(change?.after).toMatchObject({ rev: 2, review6: { heldOn: '2027-01-01', outcome: 'toAB' }, review12: { heldOn: null } });
    expect(checkHire({ ...blankHire(), review12: review(null, 'ended') })).toEqual({ review12: 'outcomeWithoutDate' });
    expect(checkHire({ ...blankHire(), startDate: '2026-05-01', review6: review('2026-04-30') })).toEqual({ review6: 'beforeStart' });
  });

  it('deletes the people of a new role with it, in the same change list', () => {
    const mine = person();
    const theirs = person({ newRoleId: 'n2' });
    const changes = deleteNewRole(role, [partOf('q1', 'n1', 'p1', null)], [mine, theirs]);
    expect(changes.map((c) => `${c.table}:${(c.before as { id: string }).id}`)).toEqual(['roleParts:q1', `hires:${mine.id}`, 'newRoles:n1']);
  });
});

describe("people in the file's key figures", () => {
  const analysis: Analysis = { id: 'a1', rev: 1, updatedAt: at, unitName: 'Enhet', organisation: 'Kommun', facilitator: 'F', createdAt: at, deletedAt: null };
  const hires = [
    ...many(5, { contract: 'BEA', gender: 'woman', startDate: '2026-01-01' }),
    ...many(2, { contract: 'BEA', gender: 'man', startDate: '2026-01-01', review6: review('2026-07-01', 'toAB') }),
  ];
  const record = { ...emptyRecord(analysis), newRoles: [newRoleOf('n1', 'Serviceassistent', { contract: 'BEA' })], hires };

  it('counts on the day the file is written, and hides what is under the threshold', () => {
    // On 30 June nobody has moved: 7 BEA. On 1 July 2 moved to AB: AB 2 and the BEA 5 beside it hidden; men 2 hidden,
    // with women 5 (the smallest above 0) beside it.
    expect(keyFigureSummary(record, 3, {}, '2026-06-30').people).toMatchObject({ total: 7, AB: 0, BEA: 7, movedToAB: 0 });
    const file = buildExport([record], { exportedAt: '2026-07-01T10:00:00.000Z', appVersion: '0', machine: 'm', includePersonal: false });
    expect(file.keyFigures?.[0]?.people).toMatchObject({ total: 7, AB: null, BEA: null, contractNotStated: 0, women: null, men: null, movedToAB: null });
    expect(file.analyses[0]?.hires).toEqual([]);
  });

  it('gives no people figures for an analysis with nobody recorded', () => {
    expect(keyFigureSummary({ ...record, hires: [] }, 3, {}, '2026-07-01').people).toBeNull();
  });
});
