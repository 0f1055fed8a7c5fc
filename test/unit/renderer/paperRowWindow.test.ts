import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowWindow } from '../../../renderer/survey/paper/rowWindow.ts';

const metrics = { row: 44, bodyTop: 60 };

describe('the entry grid’s drawn rows', () => {
  it('draws the rows in view and a few around them, the rest as two gaps', () => {
    // Rows 40–49 are in view (44 px each from 60 px), 6 more each side.
    const parts = rowWindow(101, -1, { top: 60 + 40 * 44, height: 440 }, metrics, 6);
    const drawn = parts.flatMap((p) => (p.kind === 'row' ? [p.index] : []));
    expect(drawn[0]).toBe(34);
    expect(drawn.at(-1)).toBe(56);
    expect(parts[0]).toEqual({ kind: 'gap', from: 0, to: 34 });
    expect(parts.at(-1)).toEqual({ kind: 'gap', from: 57, to: 101 });
  });

  it('keeps the focused row drawn when it is scrolled far out of view', () => {
    const parts = rowWindow(101, 3, { top: 60 + 80 * 44, height: 440 }, metrics, 6);
    expect(parts.slice(0, 3)).toEqual([
      { kind: 'gap', from: 0, to: 3 },
      { kind: 'row', index: 3 },
      { kind: 'gap', from: 4, to: 74 },
    ]);
  });

  it('covers every row exactly once, drawn or in a gap, in order, wherever the box is scrolled', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: -1, max: 300 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 0, max: 10 }),
        (count, focused, top, height, overscan) => {
          const parts = rowWindow(count, focused, { top, height }, metrics, overscan);
          let next = 0;
          for (const p of parts) {
            if (p.kind === 'row') {
              expect(p.index).toBe(next);
              next += 1;
            } else {
              expect(p.from).toBe(next);
              expect(p.to).toBeGreaterThan(p.from);
              next = p.to;
            }
          }
          expect(next).toBe(count);
          if (focused >= 0 && focused < count) expect(parts).toContainEqual({ kind: 'row', index: focused });
          // Never more than the view's rows, the overscan and the focused row.
          const drawn = parts.filter((p) => p.kind === 'row').length;
          expect(drawn).toBeLessThanOrEqual(Math.ceil(height / metrics.row) + 2 * overscan + 3);
        },
      ),
    );
  });
});
