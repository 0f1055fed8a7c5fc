/** Hours in a week: no one can report more for one task. */
export const HOURS_IN_WEEK = 168;

export type { TimeUnit, DecimalMark } from '../vocabulary.ts';
import type { TimeUnit, DecimalMark } from '../vocabulary.ts';

/** Why a cell cannot be used as time. */
export type ValueProblem = 'notNumber' | 'negative' | 'overWeek' | 'overHundredPercent';

export type HoursResult = { ok: true; hours: number } | { ok: false; problem: ValueProblem };

/**
 * Reads one time cell strictly. A blank cell is 0 h (the respondent does not
 * do that task). Accepts "2,5", "2.5", " 3 ", "1 000", a trailing "h" for
 * hours or "%" for percent; refuses text, NaN, infinities and exponents
 * ("1e309"), negative numbers, more than 168 h a week and more than 100 %.
 * Percent is converted to hours with the role's full-time week.
 */
const PLAIN = /^\d{1,3}([.,]\d{1,6})?$/;
/** A number after clean-up: the decimals are only tried after a point, so a long run of digits is read once. */
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
const HOUR_UNITS = ['timmar', 'tim', 'h'] as const;

/** A trimmed cell without its trailing unit ("%" for percent; "h", "tim" or "timmar" for hours, any case). */
function withoutUnit(text: string, unit: TimeUnit): string {
  if (unit === 'percent') return text.endsWith('%') ? text.slice(0, -1) : text;
  const lower = text.slice(-HOUR_UNITS[0].length).toLowerCase();
  const found = HOUR_UNITS.find((u) => lower.endsWith(u));
  return found ? text.slice(0, -found.length) : text;
}

export function parseHours(raw: string, unit: TimeUnit, fullTimeHours: number): HoursResult {
  const text = raw.trim();
  if (text === '') return { ok: true, hours: 0 };
  // Most cells are plain numbers such as "2,5": read them without the general clean-up below.
  if (PLAIN.test(text)) {
    const value = Number(text.replace(',', '.'));
    if (unit === 'percent') return value > 100 ? { ok: false, problem: 'overHundredPercent' } : { ok: true, hours: (value / 100) * fullTimeHours };
    return value > HOURS_IN_WEEK ? { ok: false, problem: 'overWeek' } : { ok: true, hours: value };
  }
  // The unit is cut off by looking at the end, not by a pattern such as /\s*%$/, which tries
  // every run of spaces in the cell from every start: quadratic in a cell of spaces.
  const cleaned = withoutUnit(text, unit)
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (!NUMBER.test(cleaned)) return { ok: false, problem: 'notNumber' };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, problem: 'notNumber' };
  if (value < 0) return { ok: false, problem: 'negative' };
  if (unit === 'percent') {
    if (value > 100) return { ok: false, problem: 'overHundredPercent' };
    return { ok: true, hours: (value / 100) * fullTimeHours };
  }
  if (value > HOURS_IN_WEEK) return { ok: false, problem: 'overWeek' };
  return { ok: true, hours: value };
}

/** How many numbers with decimals `detectDecimalMark` looks at: enough to tell, without reading 50,000 rows twice. */
const DECIMAL_SAMPLE = 5_000;

export function detectDecimalMark(cells: Iterable<string>): DecimalMark {
  let comma = false;
  let point = false;
  let seen = 0;
  for (const cell of cells) {
    if (cell === '' || (!cell.includes(',') && !cell.includes('.'))) continue;
    if (++seen > DECIMAL_SAMPLE) break;
    const t = cell.trim();
    // Anchored, and digits, marks and spaces never overlap: each is read once.
    if (!comma && /^-?\d+,\d+\s*%?$/.test(t)) comma = true;
    else if (!point && /^-?\d+\.\d+\s*%?$/.test(t)) point = true;
    if (comma && point) return 'both';
  }
  return comma ? 'comma' : point ? 'point' : 'none';
}
