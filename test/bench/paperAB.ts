/**
 * Figure 14a for two or more builds side by side, on a shared, noisy machine:
 * `PAPER_ROOTS=/tmp/a,/tmp/b node --import ./test/bench/register.mjs test/bench/paperAB.ts`
 * serves each built renderer folder on its own port and alternates the runs
 * between them (BENCH_RUNS rounds, each round in the other order than the
 * last), so both see the same load and neither always runs second.
 */
import { loadavg } from 'node:os';
import { startServer } from '../../build/scripts/serve.mjs';
import { launchBrowser, newProfileDir } from '../e2e/browser.ts';
import { gridRun, paperFigures, seedGrid } from './paper.ts';
import { summarise } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROOTS = (process.env.PAPER_ROOTS ?? '').split(',').filter((r) => r !== '');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  if (ROOTS.length === 0) throw new Error('PAPER_ROOTS: the built renderer folders to compare, separated by commas');
  const servers = await Promise.all(ROOTS.map((root) => startServer({ root, port: 0 })));
  const running = await launchBrowser(newProfileDir());
  try {
    console.log(`Load average before: ${load()}`);
    const grids = [];
    for (const s of servers) grids.push(await seedGrid(running, s.url));
    const values = ROOTS.map((): number[] => []);
    for (let run = 0; run < RUNS; run++) {
      // Each round in the other order: a build run right after another ran slower here (the closing tab's work), whichever build it was.
      const order = [...grids.entries()];
      if (run % 2 === 1) order.reverse();
      for (const [i, grid] of order) {
        const before = paperFigures.keystroke.values.length;
        try {
          await gridRun(running, grid.url, grid.roleName);
        } catch (error) {
          console.log(`${ROOTS[i]}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
        values[i]?.push(...paperFigures.keystroke.values.slice(before));
      }
    }
    console.log(`Load average after: ${load()}`);
    for (const [i, root] of ROOTS.entries()) {
      const s = summarise(values[i] ?? []);
      console.log(`${root}: ${s ? `n ${s.n}, median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms` : 'not measured'}`);
    }
  } finally {
    await running.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}

await main();
