import type { AnalysisBundle, Placement } from '../../shared/model.ts';
import { COLOURS } from '../../shared/model.ts';
import { boardTotals } from '../../shared/totals.ts';

/**
 * Colour totals after a move, in Node: each iteration moves one card to the
 * next colour (a new placements array with one new object, as a store update
 * makes it) and times `boardTotals` over all placements. The first `warmup`
 * iterations let V8 optimise the function and are not counted.
 */
export function measureTotals(bundle: AnalysisBundle, iterations = 300, warmup = 100): number[] {
  let placements: Placement[] = bundle.placements.slice();
  const times: number[] = [];
  let sink = 0;
  for (let i = 0; i < warmup + iterations; i++) {
    const k = (i * 37) % placements.length;
    const moved = placements[k];
    if (!moved) throw new Error('no placements');
    placements = placements.slice();
    placements[k] = { ...moved, colour: COLOURS[(COLOURS.indexOf(moved.colour) + 1) % COLOURS.length] ?? 'unsorted', rev: moved.rev + 1 };
    const t0 = performance.now();
    const totals = boardTotals(placements, bundle.roles);
    const elapsed = performance.now() - t0;
    sink += totals.all.total;
    if (i >= warmup) times.push(elapsed);
  }
  if (!Number.isFinite(sink)) throw new Error('boardTotals returned a non-finite total');
  return times;
}
