/**
 * The facilitator's Markdown text (shared/markdown.ts) as the PDF's text runs: bold and italic
 * words keep their face, in the report and in the handouts alike.
 */
import type { Inline } from '../markdown.ts';
import type { TextRun } from './document.ts';

export const plainOf = (runs: readonly Inline[]) => runs.map((r) => r.text).join('');
export const hasEmphasis = (runs: readonly Inline[]) => runs.some((r) => r.bold || r.italic);
export const toRuns = (runs: readonly Inline[]): TextRun[] =>
  runs.map((r) => ({ text: r.text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) }));

/**
 * The first `length` characters of the runs' text, each keeping its face; with `ending` (an
 * ellipsis, say) added to the last run kept.
 */
export function sliceRuns(runs: readonly Inline[], length: number, ending = ''): Inline[] {
  const out: Inline[] = [];
  let left = length;
  for (const run of runs) {
    if (left <= 0) break;
    const text = run.text.slice(0, left);
    left -= text.length;
    if (text !== '') out.push({ ...run, text });
  }
  const last = out.at(-1);
  if (ending !== '') {
    if (last) out[out.length - 1] = { ...last, text: last.text + ending };
    else out.push({ text: ending, bold: false, italic: false });
  }
  return out;
}
