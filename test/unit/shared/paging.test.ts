import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampPage, pageColumnGroups, pageColumns, pageFlow } from '../../../shared/paging.ts';

describe('pageColumns', () => {
  it('keeps a board that fits on one page', () => {
    const paged = pageColumns([[100, 100], [100], []], 300, 10);
    expect(paged.pageCount).toBe(1);
    expect(paged.pages[0]).toEqual([
      { start: 0, end: 2 },
      { start: 0, end: 1 },
      { start: 0, end: 0 },
    ]);
  });

  it('turns a page where the next card (with its gap) would not fit', () => {
    // 100 + 10 + 100 = 210 fits in 215; a third card needs 320.
    const paged = pageColumns([[100, 100, 100, 100, 100], [50]], 215, 10);
    expect(paged.pageCount).toBe(3);
    expect(paged.pages.map((p) => p[0])).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 4, end: 5 },
    ]);
    // The short column is on the first page and empty on the others.
    expect(paged.pages.map((p) => p[1])).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 1 },
      { start: 1, end: 1 },
    ]);
  });

  it('gives a card taller than the page a page of its own, never dropping it', () => {
    const paged = pageColumns([[50, 500, 50]], 200);
    expect(paged.pages.map((p) => p[0])).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ]);
  });

  it('is one empty page for an empty board', () => {
    expect(pageColumns([], 500)).toEqual({ pageCount: 1, pages: [[]] });
    expect(pageColumns([[], []], 500).pageCount).toBe(1);
  });

  it('puts every card on exactly one page, in order, and no page is taller than the room unless one card is', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 40 }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 1200 }),
        fc.integer({ min: 0, max: 30 }),
        (columns, available, gap) => {
          const { pageCount, pages } = pageColumns(columns, available, gap);
          expect(pages).toHaveLength(pageCount);
          columns.forEach((heights, c) => {
            const seen: number[] = [];
            for (const page of pages) {
              const slice = page[c];
              if (!slice) throw new Error('a page lacks a column');
              for (let i = slice.start; i < slice.end; i++) seen.push(i);
              const shown = heights.slice(slice.start, slice.end);
              const total = shown.reduce((sum, h) => sum + h, 0) + gap * Math.max(0, shown.length - 1);
              if (shown.length > 1) expect(total).toBeLessThanOrEqual(available);
            }
            expect(seen).toEqual(heights.map((_, i) => i));
          });
        },
      ),
    );
  });
});

describe('pageFlow', () => {
  it('fills the first column, then the next, two columns to a page', () => {
    // 100 + 10 + 100 fits in 215: two items per column, four per page.
    const paged = pageFlow([100, 100, 100, 100, 100], 215, 10, 2);
    expect(paged.pageCount).toBe(2);
    expect(paged.pages).toEqual([
      [
        { start: 0, end: 2 },
        { start: 2, end: 4 },
      ],
      [
        { start: 4, end: 5 },
        { start: 5, end: 5 },
      ],
    ]);
  });

  it('is one page of empty columns for an empty list', () => {
    expect(pageFlow([], 500, 0, 3)).toEqual({
      pageCount: 1,
      pages: [
        [
          { start: 0, end: 0 },
          { start: 0, end: 0 },
          { start: 0, end: 0 },
        ],
      ],
    });
  });

  it('puts every item on exactly one page, in order, each column within the room unless one item is taller', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 80 }),
        fc.integer({ min: 0, max: 1200 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 4 }),
        (heights, available, gap, perPage) => {
          const { pageCount, pages } = pageFlow(heights, available, gap, perPage);
          expect(pages).toHaveLength(pageCount);
          const seen: number[] = [];
          for (const page of pages) {
            expect(page).toHaveLength(perPage);
            for (const slice of page) {
              for (let i = slice.start; i < slice.end; i++) seen.push(i);
              const shown = heights.slice(slice.start, slice.end);
              const total = shown.reduce((sum, h) => sum + h, 0) + gap * Math.max(0, shown.length - 1);
              if (shown.length > 1) expect(total).toBeLessThanOrEqual(available);
            }
          }
          expect(seen).toEqual(heights.map((_, i) => i));
        },
      ),
    );
  });
});

describe('pageColumnGroups', () => {
  it('shows the columns a few at a time, each group paged on its own', () => {
    const paged = pageColumnGroups([[100, 100, 100], [100], [100], [100]], 215, 10, 3);
    expect(paged.pageCount).toBe(3);
    expect(paged.pages).toEqual([
      {
        first: 0,
        slices: [
          { start: 0, end: 2 },
          { start: 0, end: 1 },
          { start: 0, end: 1 },
        ],
      },
      {
        first: 0,
        slices: [
          { start: 2, end: 3 },
          { start: 1, end: 1 },
          { start: 1, end: 1 },
        ],
      },
      { first: 3, slices: [{ start: 0, end: 1 }] },
    ]);
  });

  it('is one empty page without columns', () => {
    expect(pageColumnGroups([], 500, 0, 3)).toEqual({ pageCount: 1, pages: [{ first: 0, slices: [] }] });
  });

  it('puts every card of every column on exactly one page', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 30 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 1200 }),
        fc.integer({ min: 1, max: 4 }),
        (columns, available, perScreen) => {
          const { pageCount, pages } = pageColumnGroups(columns, available, 5, perScreen);
          expect(pages).toHaveLength(pageCount);
          const seen = columns.map(() => [] as number[]);
          for (const { first, slices } of pages) {
            expect(slices.length).toBeLessThanOrEqual(perScreen);
            slices.forEach((slice, i) => {
              for (let k = slice.start; k < slice.end; k++) seen[first + i]?.push(k);
            });
          }
          expect(seen).toEqual(columns.map((heights) => heights.map((_, i) => i)));
        },
      ),
    );
  });
});

describe('clampPage', () => {
  it('keeps a page inside the pages there are', () => {
    expect(clampPage(2, 3)).toBe(2);
    expect(clampPage(5, 3)).toBe(2);
    expect(clampPage(-1, 3)).toBe(0);
    expect(clampPage(Number.NaN, 3)).toBe(0);
    expect(clampPage(0, 0)).toBe(0);
  });
});
