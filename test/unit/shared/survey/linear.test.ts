/**
 * Every pattern applied to a survey or SWOT file's content runs in time linear
 * in its input: a 20 MB file is one header row or one cell at worst. The large
 * inputs below take milliseconds when the reading is linear and minutes when
 * a pattern backtracks quadratically (a 32,000-space header took 0.5 s), so
 * the generous timeout can only be hit by the latter; `npm run bench` gives
 * the figure for a 20 MB header. The properties check that the linear
 * readings give what the earlier patterns gave on short input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessMapping, taskTitleOf } from '../../../../shared/survey/mapping.ts';
import { detectDecimalMark, parseHours } from '../../../../shared/survey/values.ts';
import { parseDelimited } from '../../../../shared/survey/csv.ts';
import { planSwotImport } from '../../../../shared/swot.ts';

const BIG = 200_000;
const spaces = ' '.repeat(BIG);
const LINEAR = { timeout: 5_000 };

describe('reading hostile headers and cells in linear time', () => {
  it('finds no task title in a header of spaces, with or without a unit at the end', LINEAR, () => {
    expect(taskTitleOf(`x${spaces}y`)).toBeNull();
    expect(taskTitleOf(`x${spaces}(timmar per vecka`)).toBeNull();
    expect(taskTitleOf(`Diska${spaces}(h)`)).toEqual({ title: 'Diska', percent: false });
    expect(taskTitleOf(`Timmar per vecka:${spaces}\nx`)).toEqual({ title: 'x', percent: false });
    expect(taskTitleOf(`Timmar per vecka${spaces}x`)).toBeNull();
    expect(taskTitleOf(`${'('.repeat(BIG)}%)`)).toEqual({ title: '('.repeat(BIG - 1), percent: true });
  });

  it('refuses cells of digits, spaces and units without backtracking', LINEAR, () => {
    // Spaces inside a number are thousands separators ("1 000").
    expect(parseHours(`1${spaces}1`, 'hours', 40)).toEqual({ ok: true, hours: 11 });
    expect(parseHours(`1${spaces}1${spaces}%`, 'percent', 40)).toEqual({ ok: true, hours: 4.4 });
    expect(parseHours(`1${spaces}%${spaces}1`, 'percent', 40)).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseHours(`${'1'.repeat(BIG)}x`, 'hours', 40)).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseHours(`${'1'.repeat(BIG)}.`, 'hours', 40)).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseHours(`2${spaces}h${spaces}x`, 'hours', 40)).toEqual({ ok: false, problem: 'notNumber' });
    expect(detectDecimalMark([`1,${'1'.repeat(BIG)}${spaces}x`, `1.${'1'.repeat(BIG)}${spaces}`])).toBe('point');
  });

  it('guesses the columns of a table whose header cells and values are huge', LINEAR, () => {
    const header = ['Yrkesroll', `Diska${spaces}(h)`, `x${spaces}y`, `timmar${spaces}x`];
    const table = { header, rows: [['Kock', '2', `1${spaces}1`, `${'1'.repeat(BIG)}x`]], lines: [2] };
    const mapping = guessMapping(table);
    expect(mapping.columns.map((c) => c.kind)).toEqual(['role', 'task', 'ignored', 'ignored']);
  });

  it('parses a file of one huge header row, quoted or not, and a SWOT file of huge cells', LINEAR, () => {
    const text = `Yrkesroll;"${spaces}";x${spaces};"a""${spaces}""b"\nKock;1;2;3\n`;
    const { table, delimiter } = parseDelimited(text);
    expect(delimiter).toBe(';');
    expect(table.header).toEqual(['Yrkesroll', '', `x`, `a"${spaces}"b`]);
    expect(table.rows).toEqual([['Kock', '1', '2', '3']]);
    const unterminated = parseDelimited(`Yrkesroll;"${spaces}\nKock;1\n`);
    expect(unterminated.table.rows).toEqual([['Kock', '1']]);
    const swot = planSwotImport({ header: ['Kategori', 'Svar'], rows: [[`Styrka${spaces}`, `a${spaces}b`]], lines: [2] });
    expect(swot.notes).toEqual([{ quadrant: 'strengths', text: 'a b', count: 1 }]);
  });
});

// The patterns as they were, kept to check that the linear readings mean the same on short input.
const OLD_PREFIX =
  /^(timmar per vecka|timmar\/vecka|tim\/v(ecka)?|h\/v|hours per week|hours\/week|% av veckan|procent av veckan|andel av veckan|% of (the )?week|percent of (the )?week)\s*[:–—-]\s*(.+)$/i;
const OLD_SUFFIX = /^(.+?)\s*\((timmar per vecka|timmar\/vecka|tim\/v(ecka)?|h\/v|h|hours per week|hours\/week|% av veckan|%|procent|percent)\)$/i;

const pieces = ['Diska', ' ', '  ', '(', ')', 'h', 'H', '%', ':', ' – ', '-', 'Timmar per vecka', 'tim/v', '% av veckan', 'procent', '\n', '\t', 'x', 'timmar'];
const headerArb = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join(''));

describe('the linear readings mean what the patterns meant', () => {
  it('finds the same task titles as the earlier patterns, apart from titles spanning lines', () => {
    fc.assert(
      fc.property(headerArb, (header) => {
        const trimmed = header.trim();
        const prefix = OLD_PREFIX.exec(trimmed);
        const suffix = prefix ? null : OLD_SUFFIX.exec(trimmed);
        const found = taskTitleOf(header);
        if (prefix) expect(found?.title).toBe((prefix.at(-1) ?? '').trim());
        else if (suffix) expect(found?.title).toBe((suffix[1] ?? '').trim());
        // A title with a line break in it was missed by `.`, which stops at line ends.
        else if (!/[\n\r]/.test(trimmed)) expect(found).toBeNull();
      }),
      { seed: 18, numRuns: 3_000 },
    );
  });
});
