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
