/** Median, p95 (nearest rank) and max of a sample. */
export interface Summary {
  n: number;
  median: number;
  p95: number;
  max: number;
}

export function summarise(values: readonly number[]): Summary | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return null;
  const at = (i: number) => sorted[Math.min(n - 1, Math.max(0, i))] ?? NaN;
  const median = n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
  return { n, median, p95: at(Math.ceil(0.95 * n) - 1), max: at(n - 1) };
}
