/**
 * Reads a number as a Swedish user types it: "2,5", "2.5", " 40 ", "1 000".
 * Returns null for anything that is not a finite number ("", "abc", "1e309", "NaN").
 */
export function parseDecimal(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** The step hours are rounded to where people read them (cards, bars, the projection, handouts). */
export const PEOPLE_HOURS_STEP = 0.5;

/**
 * Hours as people read them: to the nearest half hour, and "less than half an
 * hour" rather than 0 for a small value that is not 0. Edit fields, the
 * facilitator's tables and CSV keep the exact value; a total is summed from
 * exact values and rounded once.
 */
export function peopleHours(value: number): { less: true; value: number } | { less: false; value: number } {
  const rounded = Math.round(value / PEOPLE_HOURS_STEP) * PEOPLE_HOURS_STEP;
  if (value > 0 && rounded === 0) return { less: true, value: PEOPLE_HOURS_STEP };
  // No "-0 h".
  return { less: false, value: rounded === 0 ? 0 : rounded };
}

/**
 * Whole numbers in proportion to `values` that add up to exactly `total`
 * (largest remainder method): each value gets the floor of its exact share,
 * and the units left go to the largest remainders, earlier values first on a
 * tie. So shown percentages add up to 100, each within 1 of its exact share,
 * and a zero stays 0. Values that are negative or not finite count as 0; when
 * nothing is above 0, every result is 0.
 */
export function largestRemainder(values: readonly number[], total = 100): number[] {
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  if (!(sum > 0) || !Number.isFinite(sum)) return clean.map(() => 0);
  const exact = clean.map((v) => (v / sum) * total);
  const result = exact.map(Math.floor);
  let left = total - result.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => ({ i, remainder: e - Math.floor(e) }))
    .filter(({ i }) => (clean[i] ?? 0) > 0)
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    result[i] = (result[i] ?? 0) + 1;
    left -= 1;
  }
  return result;
}
