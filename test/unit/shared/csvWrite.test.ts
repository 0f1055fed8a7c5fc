import { describe, expect, it } from 'vitest';
import { csvCell, csvNumber, toCsv } from '../../../shared/csvWrite.ts';

describe('CSV for a Swedish Excel', () => {
  it('writes numbers with a decimal comma and at most two decimals', () => {
    expect(csvNumber(2.5)).toBe('2,5');
    expect(csvNumber(14.583333)).toBe('14,58');
    expect(csvNumber(1000)).toBe('1000');
    expect(csvNumber(Number.NaN)).toBe('');
    expect(csvNumber(0.1 + 0.2)).toBe('0,3');
  });

  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+46 70 123', "'+46 70 123"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', '"\'\tx"'],
    ['Diska; torka', '"Diska; torka"'],
    ['Säg "hej"', '"Säg ""hej"""'],
    ['två\nrader', '"två\nrader"'],
    ['vanlig text', 'vanlig text'],
    // A comma-locale Excel splits an unquoted cell at the comma (or a tab), and "=1+1" would then start a cell.
    ['a,=1+1', '"a,\'=1+1"'],
    ['a\t=1+1', '"a\t\'=1+1"'],
    ['rad\n@cmd', '"rad\n\'@cmd"'],
    ['a\t\t=1', '"a\t\'\t\'=1"'],
    ['Diska, torka', '"Diska, torka"'],
    ['=1,2', '"\'=1,2"'],
    ['\r=1', '"\'\r=1"'],
  ])('escapes %j as %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('quotes a number whose decimal comma a comma-locale Excel would split', () => {
    expect(csvCell(2.5)).toBe('"2,5"');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(1000)).toBe('1000');
  });

  it('leaves no cell that, split at any of ; , or TAB or a line break, starts with a formula character', () => {
    const hostile = ['a,=1+1', 'x;@SUM(1)', 'y\t-2', 'z, +3', '=a,b', '"q",=1', '1,5', 'rad\r\n=1', 'a\t\t=1', ',,+1'];
    for (const separator of [';', ',', '\t']) {
      for (const value of hostile) {
        const text = toCsv([['ok', value, 2.5]]);
        const cells = splitOutsideQuotes(text, separator);
        for (const cell of cells) expect(cell, `${JSON.stringify(value)} split at ${JSON.stringify(separator)}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });

  it('joins cells with ; and rows with CRLF', () => {
    expect(
      toCsv([
        ['a', 1.5, null],
        ['=b', 'c;d', 2],
      ]),
    ).toBe('a;"1,5";\r\n\'=b;"c;d";2\r\n');
  });
});

/**
 * A text's cells as a spreadsheet reads them with `separator`: a quote opens a
 * quoted cell only at a cell's start ("" inside is a quote); outside quotes a
 * line break also ends a cell.
 */
function splitOutsideQuotes(line: string, separator: string): string[] {
  const ends = (c: string | undefined) => c === separator || c === '\r' || c === '\n';
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (line[i] === '"') {
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else cell += line.charAt(i++);
      }
      // Anything between the closing quote and the separator is kept, as Excel does.
      while (i < line.length && !ends(line[i])) cell += line.charAt(i++);
    } else while (i < line.length && !ends(line[i])) cell += line.charAt(i++);
    cells.push(cell);
    if (i >= line.length) return cells;
    i++;
  }
}
