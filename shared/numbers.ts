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
