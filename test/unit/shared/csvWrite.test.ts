import { describe, expect, it } from 'vitest';
import { csvCell, csvNumber, toCsv } from '../../../shared/csvWrite.ts';

describe('CSV for a Swedish Excel', () => {
  it('writes numbers with a decimal comma and at most two decimals', () => {
    expect(csvNumber(2.5)).toBe('2,5');
    expect(csvNumber(14.583333)).toBe('14,58');
    expect(csvNumber(1000)).toBe('1000');
    expect(csvNumber(Number.NaN)).toBe('');
    expect(csvCell(0.1 + 0.2)).toBe('0,3');
  });

  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+46 70 123', "'+46 70 123"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['Diska; torka', '"Diska; torka"'],
    ['Säg "hej"', '"Säg ""hej"""'],
    ['två\nrader', '"två\nrader"'],
    ['vanlig text', 'vanlig text'],
  ])('escapes %j as %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('joins cells with ; and rows with CRLF', () => {
    expect(
      toCsv([
        ['a', 1.5, null],
        ['=b', 'c;d', 2],
      ]),
    ).toBe('a;1,5;\r\n\'=b;"c;d";2\r\n');
  });
});
