/**
 * Which columns of a wide grid row to draw: those in view in the scrolled
 * box, some more on either side, and the pinned ones wherever they are (the
 * sticky form number, the row's status that its boxes' problems point to, the
 * focused box's column, so focus is never lost to a scroll). Each run of
 * columns not drawn becomes one gap spanning them, so the row keeps its width
 * and every drawn column its place.
 */
export type ColPart = { kind: 'col'; index: number } | { kind: 'gap'; from: number; to: number };

/**
 * @param edges where each column starts, in px from the row's left, and where the last one ends (one more than the columns)
 * @param pinned columns always drawn
 * @param view the scrolled box's visible part, in the row's px
 * @param overscan px drawn beyond the visible part on either side
 */
export function colWindow(edges: readonly number[], pinned: readonly number[], view: { left: number; width: number }, overscan: number): ColPart[] {
  const count = edges.length - 1;
  if (count <= 0) return [];
  const from = view.left - overscan;
  const to = view.left + view.width + overscan;
  const out: ColPart[] = [];
  let gapFrom = -1;
  for (let i = 0; i < count; i++) {
    const drawn = pinned.includes(i) || ((edges[i + 1] ?? 0) > from && (edges[i] ?? 0) < to);
    if (!drawn) {
      if (gapFrom < 0) gapFrom = i;
      continue;
    }
    if (gapFrom >= 0) out.push({ kind: 'gap', from: gapFrom, to: i });
    gapFrom = -1;
    out.push({ kind: 'col', index: i });
  }
  if (gapFrom >= 0) out.push({ kind: 'gap', from: gapFrom, to: count });
  return out;
}

/** Column edges from column widths: where each starts, and where the last ends. */
export function edgesOf(widths: readonly number[]): number[] {
  const edges = [0];
  for (const w of widths) edges.push((edges[edges.length - 1] ?? 0) + w);
  return edges;
}
