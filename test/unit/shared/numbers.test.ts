import { describe, expect, it } from 'vitest';
import { parseDecimal, peopleHours } from '../../../shared/numbers.ts';

describe('parseDecimal', () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    [' 40 ', 40],
    ['1 000', 1000],
    ['0', 0],
    [',5', 0.5],
    ['-3', -3],
  ])('reads %j as %d', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each(['', 'abc', '1e309', 'NaN', 'Infinity', '2,5,1', '1e3', '--1'])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});

describe('peopleHours', () => {
  it('rounds to the half hour, and says "less than half an hour" rather than 0 for a small value', () => {
    expect(peopleHours(103.13)).toEqual({ less: false, value: 103 });
    expect(peopleHours(0.63)).toEqual({ less: false, value: 0.5 });
    expect(peopleHours(0.75)).toEqual({ less: false, value: 1 });
    expect(peopleHours(2.25)).toEqual({ less: false, value: 2.5 });
    expect(peopleHours(0.2)).toEqual({ less: true, value: 0.5 });
    expect(peopleHours(0)).toEqual({ less: false, value: 0 });
    expect(peopleHours(-0.1)).toEqual({ less: false, value: 0 });
  });
});
