/**
 * Paging for the projection: columns of cards whose heights are measured in
 * the projector's window, split into pages that each fit its height. Every
 * card is on exactly one page and in its own column; a page holds, per
 * column, the next cards that fit below each other. A card taller than the
 * whole height gets a page to itself in its column (it is never cut, only
 * shown alone).
 */

export interface PageSlice {
  /** Index of the first card of this column on the page. */
  start: number;
  /** One past the last card of this column on the page (start === end: none). */
  end: number;
}

export interface Paged {
  /** At least 1: an empty board is one empty page. */
  pageCount: number;
  /** pages[page][column]: which of the column's cards the page shows. */
  pages: PageSlice[][];
}

/**
 * Splits `columns` (each a list of card heights, in order) into pages of at
 * most `available` height, `gap` between two cards. Heights and gap are in
 * the same unit (CSS pixels); a non-finite or negative height counts as 0.
 */
export function pageColumns(columns: readonly (readonly number[])[], available: number, gap = 0): Paged {
  const room = Math.max(0, available);
  const perColumn = columns.map((heights) => splitColumn(heights, room, Math.max(0, gap)));
  const pageCount = Math.max(1, ...perColumn.map((chunks) => chunks.length));
  const pages: PageSlice[][] = [];
  for (let page = 0; page < pageCount; page++) {
    pages.push(
      perColumn.map((chunks, column) => {
        const chunk = chunks[page];
        if (chunk) return chunk;
        const size = columns[column]?.length ?? 0;
        return { start: size, end: size };
      }),
    );
  }
  return { pageCount, pages };
}

function splitColumn(heights: readonly number[], room: number, gap: number): PageSlice[] {
  const chunks: PageSlice[] = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < heights.length; i++) {
    const raw = heights[i] ?? 0;
    const height = Number.isFinite(raw) && raw > 0 ? raw : 0;
    const needed = i === start ? height : used + gap + height;
    if (i > start && needed > room) {
      chunks.push({ start, end: i });
      start = i;
      used = height;
    } else used = needed;
  }
  if (heights.length > start) chunks.push({ start, end: heights.length });
  return chunks;
}

/** A page number kept inside 0 … pageCount − 1 (a stale page after the board shrank shows its last page). */
export function clampPage(page: number, pageCount: number): number {
  if (!Number.isFinite(page) || page < 0) return 0;
  return Math.min(Math.floor(page), Math.max(0, pageCount - 1));
}

/**
 * Paging for one list read as a newspaper: down the first column, then the
 * next, `perPage` columns to a page. Each page has `perPage` slices of the
 * list, in order (the last page's later columns may be empty); every item is
 * on exactly one page, and an item taller than `available` has a column to
 * itself.
 */
export function pageFlow(heights: readonly number[], available: number, gap = 0, perPage = 1): Paged {
  const columns = Math.max(1, Math.floor(perPage));
  const chunks = splitColumn(heights, Math.max(0, available), Math.max(0, gap));
  const pageCount = Math.max(1, Math.ceil(chunks.length / columns));
  const pages: PageSlice[][] = [];
  for (let page = 0; page < pageCount; page++) {
    const slices: PageSlice[] = [];
    for (let column = 0; column < columns; column++) {
      const at = chunks[page * columns + column];
      const end = chunks.at(-1)?.end ?? 0;
      slices.push(at ?? { start: end, end });
    }
    pages.push(slices);
  }
  return { pageCount, pages };
}

/** A page of columns shown a few at a time: which columns (from `first`), and their slices. */
export interface GroupPage {
  /** Index of the page's first column; it shows columns first … first + slices.length − 1. */
  first: number;
  slices: PageSlice[];
}

/**
 * Paging for more columns than fit side by side: `perScreen` columns at a
 * time, each group paged as pageColumns does, one group after the other.
 * Every card of every column is on exactly one page.
 */
export function pageColumnGroups(
  columns: readonly (readonly number[])[],
  available: number,
  gap = 0,
  perScreen = 1,
): { pageCount: number; pages: GroupPage[] } {
  const size = Math.max(1, Math.floor(perScreen));
  const pages: GroupPage[] = [];
  for (let first = 0; first < columns.length; first += size) {
    for (const slices of pageColumns(columns.slice(first, first + size), available, gap).pages) pages.push({ first, slices });
  }
  if (pages.length === 0) pages.push({ first: 0, slices: [] });
  return { pageCount: pages.length, pages };
}
