import { summarise } from './stats.ts';

/** One measured figure: its samples, its budget and what is held against the budget. */
export interface Figure {
  label: string;
  /** Null for a figure shown for context, with no budget of its own. */
  budgetMs: number | null;
  /** The statistic compared with the budget: the median, or the p95 where the budget says "(p95)". */
  basis: 'median' | 'p95';
  /** What one sample is ("loads", "pick-ups", "16.7 ms slots" …). */
  per: string;
  values: number[];
  /** Why samples are missing, if any are. */
  errors: string[];
}

export function figure(label: string, budgetMs: number | null, basis: Figure['basis'], per: string): Figure {
  return { label, budgetMs, basis, per, values: [], errors: [] };
}

/** Runs one sample and keeps its value, or its error, without stopping the bench. */
export async function sample(into: Figure, measure: () => Promise<number | number[]>): Promise<void> {
  try {
    const value = await measure();
    into.values.push(...(Array.isArray(value) ? value : [value]));
  } catch (error) {
    into.errors.push(error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error));
  }
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

/** The figures as a plain text table, one row each, plus the reasons for any that could not be measured. */
export function formatTable(figures: readonly Figure[]): string {
  const header = ['figure', 'n', 'median ms', 'p95 ms', 'max ms', 'budget ms', 'figure/budget'];
  const rows = figures.map((f) => {
    const s = summarise(f.values);
    const budget = f.budgetMs === null ? '–' : ms(f.budgetMs);
    if (!s) return [f.label, '0', '–', '–', '–', budget, 'not measured'];
    if (f.budgetMs === null) return [f.label, `${s.n} ${f.per}`, ms(s.median), ms(s.p95), ms(s.max), budget, 'no budget'];
    const ratio = s[f.basis] / f.budgetMs;
    return [f.label, `${s.n} ${f.per}`, ms(s.median), ms(s.p95), ms(s.max), budget, `${ratio.toFixed(2)} (${f.basis})${ratio > 1 ? ' OVER' : ''}`];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === 1 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  const problems = figures.filter((f) => f.errors.length > 0);
  if (problems.length > 0) {
    out.push('', 'Samples that failed:');
    for (const f of problems) {
      const distinct = [...new Set(f.errors)];
      out.push(`  ${f.label}: ${f.errors.length} × ${distinct.slice(0, 3).join(' | ')}`);
    }
  }
  return out.join('\n');
}
