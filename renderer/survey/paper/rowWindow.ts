/**
 * Which rows of a long grid to draw: those in view in the scrolled box, a few
 * more around them, and the focused row wherever it is (so focus is never
 * lost to a scroll); each run of rows not drawn becomes one gap of their
 * height, so the box scrolls as if every row were there.
 */
export type RowPart = { kind: 'row'; index: number } | { kind: 'gap'; from: number; to: number };

export function rowWindow(
  count: number,
  focused: number,
  view: { top: number; height: number },
  metrics: { row: number; bodyTop: number },
  overscan: number,
): RowPart[] {
  if (count <= 0) return [];
  const h = Math.max(1, metrics.row);
  const first = Math.min(count - 1, Math.max(0, Math.floor((view.top - metrics.bodyTop) / h) - overscan));
  const last = Math.max(first, Math.min(count - 1, Math.ceil((view.top + view.height - metrics.bodyTop) / h) + overscan));
  const indices: number[] = [];
  if (focused >= 0 && focused < first) indices.push(focused);
  for (let i = first; i <= last; i++) indices.push(i);
  if (focused > last && focused < count) indices.push(focused);
  const out: RowPart[] = [];
  let next = 0;
  for (const index of indices) {
    if (index > next) out.push({ kind: 'gap', from: next, to: index });
    out.push({ kind: 'row', index });
    next = index + 1;
  }
  if (count > next) out.push({ kind: 'gap', from: next, to: count });
  return out;
}
