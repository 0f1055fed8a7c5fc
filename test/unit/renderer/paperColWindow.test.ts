import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colWindow, edgesOf } from '../../../renderer/survey/paper/colWindow.ts';

// The form number (88 px), the week's total (176 px), 40 tasks of 112 px, the status (256 px) and the delete button (48 px).
const edges = edgesOf([88, 176, ...Array.from({ length: 40 }, () => 112), 256, 48]);
const drawnOf = (parts: ReturnType<typeof colWindow>) => parts.flatMap((p) => (p.kind === 'col' ? [p.index] : []));

describe('the entry grid’s drawn columns', () => {
  it('draws the columns in view and those within the overscan, the rest as gaps', () => {
    // 264 px + 10 tasks in: tasks 10–17 are in view (slots 12–19), 112 px more each side.
    const parts = colWindow(edges, [], { left: 264 + 10 * 112, width: 8 * 112 }, 112);
    expect(drawnOf(parts)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(parts[0]).toEqual({ kind: 'gap', from: 0, to: 11 });
    expect(parts.at(-1)).toEqual({ kind: 'gap', from: 21, to: 44 });
  });

  it('keeps the pinned columns drawn wherever the box is scrolled', () => {
    const parts = colWindow(edges, [0, 1, 42, 5], { left: 264 + 20 * 112, width: 4 * 112 }, 0);
    expect(parts.slice(0, 5)).toEqual([
      { kind: 'col', index: 0 },
      { kind: 'col', index: 1 },
      { kind: 'gap', from: 2, to: 5 },
      { kind: 'col', index: 5 },
      { kind: 'gap', from: 6, to: 22 },
    ]);
    expect(parts.slice(-3)).toEqual([
      { kind: 'gap', from: 26, to: 42 },
      { kind: 'col', index: 42 },
      { kind: 'gap', from: 43, to: 44 },
    ]);
  });

  it('draws nothing of a row without columns', () => {
    expect(colWindow([0], [0], { left: 0, width: 500 }, 100)).toEqual([]);
  });

  it('covers every column exactly once, drawn or in a gap, in order, and draws those in view and the pinned ones', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.nat(70)),
        fc.integer({ min: -500, max: 20_000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 500 }),
        (widths, pinned, left, width, overscan) => {
          const e = edgesOf(widths);
          const parts = colWindow(e, pinned, { left, width }, overscan);
          let next = 0;
          for (const p of parts) {
            if (p.kind === 'col') {
              expect(p.index).toBe(next);
              next += 1;
            } else {
              expect(p.from).toBe(next);
              expect(p.to).toBeGreaterThan(p.from);
              next = p.to;
            }
          }
          expect(next).toBe(widths.length);
          // No two gaps side by side: a run not drawn is one gap.
          for (let i = 1; i < parts.length; i++) expect(parts[i]?.kind === 'gap' && parts[i - 1]?.kind === 'gap').toBe(false);
          const drawn = new Set(drawnOf(parts));
          for (const p of pinned) if (p < widths.length) expect(drawn.has(p)).toBe(true);
          for (let i = 0; i < widths.length; i++) {
            const inView = (e[i + 1] ?? 0) > left && (e[i] ?? 0) < left + width;
            if (inView) expect(drawn.has(i)).toBe(true);
          }
        },
      ),
    );
  });
});
