import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestRemainder, parseDecimal, peopleHours } from '../../../shared/numbers.ts';

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

describe('largestRemainder', () => {
  const values = fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true })), { maxLength: 12 });

  it('gives whole percentages that add up to 100', () => {
    expect(largestRemainder([1, 1, 1])).toEqual([34, 33, 33]);
    expect(largestRemainder([50.5, 20.25, 29.25])).toEqual([51, 20, 29]);
    expect(largestRemainder([0, 3, 0, 1])).toEqual([0, 75, 0, 25]);
    expect(largestRemainder([2, 1], 10)).toEqual([7, 3]);
  });

  it('gives all zeros when nothing is above zero, and ignores values that are not numbers of hours', () => {
    expect(largestRemainder([])).toEqual([]);
    expect(largestRemainder([0, 0])).toEqual([0, 0]);
    expect(largestRemainder([-1, Number.NaN, 2])).toEqual([0, 0, 100]);
  });

  it('adds up to the total whenever a value is above zero', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 1000 }), (vs, total) => {
        const sum = largestRemainder(vs, total).reduce((a, b) => a + b, 0);
        expect(sum).toBe(vs.some((v) => v > 0) ? total : 0);
      }),
    );
  });

  it('keeps every part within 1 of its exact share, as a whole number', () => {
    fc.assert(
      fc.property(values, (vs) => {
        const sum = vs.reduce((a, b) => a + b, 0);
        largestRemainder(vs).forEach((part, i) => {
          expect(Number.isInteger(part)).toBe(true);
          if (sum > 0) expect(Math.abs(part - ((vs[i] ?? 0) / sum) * 100)).toBeLessThan(1);
        });
      }),
    );
  });

  it('leaves a zero at zero', () => {
    fc.assert(
      fc.property(values, (vs) => {
        largestRemainder(vs).forEach((part, i) => {
          if (vs[i] === 0) expect(part).toBe(0);
        });
      }),
    );
  });

  it('breaks ties the same way every time: the earlier value gets the unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 9 }), (n) => {
        const parts = largestRemainder(Array.from({ length: n }, () => 1));
        expect(parts).toEqual(largestRemainder(Array.from({ length: n }, () => 1)));
        // Equal values differ by at most 1, and the larger ones come first.
        expect([...parts].sort((a, b) => b - a)).toEqual(parts);
      }),
    );
  });
});
