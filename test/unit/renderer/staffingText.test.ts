import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../shared/csvWrite.ts';
import type { Placement, Role, Task } from '../../../shared/model.ts';
import { estimateStaffing, summariseNewRoles, type NewRole } from '../../../shared/newRoles.ts';
import { createTranslator, loadDictionary } from '../../../renderer/i18n/i18n.ts';
import {
  differenceText,
  direction,
  inputNumber,
  keyFigureCsvRows,
  listNames,
  missingCosts,
  money,
  parseNumberInput,
  posts,
} from '../../../renderer/newRoles/staffingText.ts';
import { newRoleOf, partOf } from '../shared/newRoleBuilders.ts';

await loadDictionary('en');
const sv = createTranslator('sv');
const en = createTranslator('en');
const NBSP = '\u00a0';

const at = '2026-12-02T09:00:00.000Z';
const role = (id: string, name: string, headcount: number, fullTimeHours = 40): Role => ({
  id,
  rev: 1,
  updatedAt: at,
  analysisId: 'a1',
  name,
  headcount,
  fullTimeHours,
  order: id,
});
const task = (id: string, title: string): Task => ({ id, rev: 1, updatedAt: at, analysisId: 'a1', title, notes: '', createdAt: at });
const placement = (id: string, taskId: string, roleId: string, hours: number): Placement => ({
  id,
  rev: 1,
  updatedAt: at,
  analysisId: 'a1',
  taskId,
  roleId,
  colour: 'red',
  order: 'a0',
  hours,
});
const newRole = (id: string, name: string, extra: Partial<NewRole> = {}) => newRoleOf(id, name, extra, at);
const part = (id: string, newRoleId: string, placementId: string, hours: number | null) => partOf(id, newRoleId, placementId, hours, id, at);

const board = {
  roles: [role('a0', 'Undersköterska', 10), role('a1', 'Sjuksköterska', 2, 38.25)],
  tasks: [task('t1', 'Diska'), task('t2', 'Beställa varor')],
  placements: [placement('p1', 't1', 'a0', 12), placement('p2', 't2', 'a1', 2.5)],
};

describe('money and posts', () => {
  it('writes whole kronor grouped as Intl does for sv-SE, and for en-GB', () => {
    expect(money(330_000, 'sv')).toBe(`330${NBSP}000 kr`);
    expect(money(12_025.4, 'sv')).toBe(`12${NBSP}025 kr`);
    expect(money(999.5, 'sv')).toBe(`1${NBSP}000 kr`);
    expect(money(0, 'sv')).toBe('0 kr');
    expect(money(-0.2, 'sv')).toBe('0 kr');
    expect(money(-4117, 'sv')).toBe(`-4${NBSP}117 kr`);
    expect(money(330_000, 'en')).toBe('330,000 kr');
  });

  it('writes posts with two decimals and a decimal comma in Swedish', () => {
    expect(posts(9.6, 'sv')).toBe('9,60');
    expect(posts(12, 'sv')).toBe('12,00');
    expect(posts(2 - 2.5 / 38.25, 'sv')).toBe('1,93');
    expect(posts(0.4625, 'en')).toBe('0.46');
  });

  it('puts a number back into a field without grouping', () => {
    expect(inputNumber(33_000, 'sv')).toBe('33000');
    expect(inputNumber(2.5, 'sv')).toBe('2,5');
    expect(inputNumber(2.5, 'en')).toBe('2.5');
    expect(inputNumber(1 / 3, 'sv')).toBe('0,33');
  });
});

describe('the difference in words', () => {
  it('says a decrease is a decrease, not only by its sign', () => {
    expect(differenceText(-4117.3, sv)).toBe(`Minskar med 4${NBSP}117 kr`);
    expect(differenceText(-49_407.6, sv)).toBe(`Minskar med 49${NBSP}408 kr`);
    expect(differenceText(12_025, sv)).toBe(`Ökar med 12${NBSP}025 kr`);
    expect(differenceText(0.3, sv)).toBe('Ingen skillnad');
    expect(differenceText(-4117, en)).toBe('Down by 4,117 kr');
    expect(differenceText(10, en)).toBe('Up by 10 kr');
  });

  it('counts under half a krona as no difference', () => {
    expect(direction(-0.49)).toBe('none');
    expect(direction(-0.5)).toBe('decrease');
    expect(direction(0.5)).toBe('increase');
  });
});

describe('what is missing', () => {
  it('names the existing roles and then the new roles without a monthly cost', () => {
    const summaries = summariseNewRoles(
      board,
      [newRole('n1', 'Serviceassistent'), newRole('n2', 'Kökshjälp', { monthlyCost: 25_000 })],
      [part('x1', 'n1', 'p1', null), part('x2', 'n2', 'p2', null)],
    );
    const staffing = { id: 'a1', rev: 1, updatedAt: at, analysisId: 'a1', roles: { a1: { posts: null, monthlyCost: 45_000 } } };
    const names = missingCosts(estimateStaffing(board, summaries, staffing));
    expect(names).toEqual(['Undersköterska', 'Serviceassistent']);
    expect(listNames(names, 'sv')).toBe('Undersköterska och Serviceassistent');
    expect(listNames(['A', 'B', 'C'], 'sv')).toBe('A, B och C');
    expect(listNames(['A', 'B'], 'en')).toBe('A and B');
  });
});

describe('a typed-in number', () => {
  it('takes a decimal comma or point, spaces as thousands and "kr" after an amount', () => {
    expect(parseNumberInput('2,5', 100)).toEqual({ ok: true, value: 2.5 });
    expect(parseNumberInput('2.5', 100)).toEqual({ ok: true, value: 2.5 });
    expect(parseNumberInput(' 9,6 ', 100)).toEqual({ ok: true, value: 9.6 });
    expect(parseNumberInput('33 000', 1e7)).toEqual({ ok: true, value: 33_000 });
    expect(parseNumberInput(`33${NBSP}000 kr`, 1e7)).toEqual({ ok: true, value: 33_000 });
    expect(parseNumberInput('0', 100)).toEqual({ ok: true, value: 0 });
  });

  it('reads an empty field as "the default"', () => {
    expect(parseNumberInput('', 100)).toEqual({ ok: true, value: null });
    expect(parseNumberInput('   ', 100)).toEqual({ ok: true, value: null });
  });

  it('refuses what is not a number, a negative number and one too large', () => {
    expect(parseNumberInput('tio', 100)).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseNumberInput('2,5,1', 100)).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseNumberInput('1e3', 1e7)).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseNumberInput('-1', 100)).toEqual({ ok: false, problem: 'negative' });
    expect(parseNumberInput('100,5', 100)).toEqual({ ok: false, problem: 'tooLarge' });
  });
});

describe('the key-figure CSV', () => {
  it('has one row per new role with its unit, hours, share of a post, contract form and the roles it relieves', () => {
    const summaries = summariseNewRoles(
      board,
      [newRole('n1', 'Serviceassistent', { contract: 'AB' }), newRole('n2', 'Kökshjälp')],
      [part('x1', 'n1', 'p1', null), part('x2', 'n1', 'p2', null), part('x3', 'n2', 'p1', 3)],
    );
    const labels = {
      unit: 'Enhet',
      newRole: 'Ny tjänst',
      hours: 'Timmar per vecka',
      share: 'Andel av heltidstjänst',
      contract: 'Anställningsform',
      relieves: 'Avlastar',
      noContract: 'Inte bestämt',
    };
    const rows = keyFigureCsvRows([{ unit: 'Äldreboendet Eken', summaries }], labels, sv.hours);
    // 12 − 3 = 9 h of dishes and 2.5 h of ordering: 11.5 h, 0.2875 → 0.29 of a post.
    expect(rows).toEqual([
      ['Enhet', 'Ny tjänst', 'Timmar per vecka', 'Andel av heltidstjänst', 'Anställningsform', 'Avlastar'],
      ['Äldreboendet Eken', 'Serviceassistent', 11.5, 0.29, 'AB', 'Undersköterska 9 h, Sjuksköterska 2,5 h'],
      ['Äldreboendet Eken', 'Kökshjälp', 3, 0.08, 'Inte bestämt', 'Undersköterska 3 h'],
    ]);
    expect(toCsv(rows).split('\r\n')[1]).toBe('Äldreboendet Eken;Serviceassistent;"11,5";"0,29";AB;"Undersköterska 9 h, Sjuksköterska 2,5 h"');
  });
});
