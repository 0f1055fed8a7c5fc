import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../shared/numbers.ts';

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
