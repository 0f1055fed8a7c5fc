/**
 * Figure 15 alone (phones in the room, test/bench/room.ts), for working on the
 * room's speed without the whole bench: `npm run bench:room` (builds first), or
 * `node --import ./test/bench/register.mjs test/bench/roomOnly.ts` on a fresh build.
 * BENCH_RUNS runs (default 1), each with its own server, journal and browser;
 * the samples of all runs are pooled. Exits non-zero when a count is wrong.
 */
import { loadavg } from 'node:os';
import { chromiumPath } from '../e2e/browser.ts';
import { formatTable } from './report.ts';
import { ROOM_NOTES, roomFigures, runRoomBench } from './room.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main(): Promise<boolean> {
  if (!chromiumPath()) throw new Error('Chromium saknas: installera den eller ange CHROMIUM_PATH.');
  console.log(`Load average before: ${load()} (1/5/15 min)`);
  const figures = roomFigures();
  let ok = true;
  for (let run = 0; run < RUNS; run++) {
    const started = Date.now();
    const result = await runRoomBench(figures);
    ok &&= result.countsOk;
    console.log(`Run ${run + 1}/${RUNS} (${((Date.now() - started) / 1000).toFixed(1)} s, load ${load()}):\n${result.lines.join('\n')}`);
  }
  console.log(`\n${formatTable([figures.receipt, figures.committed, figures.arrived, figures.commit])}\n`);
  console.log(`Load average after: ${load()}`);
  console.log(ROOM_NOTES);
  return ok;
}

try {
  if (!(await main())) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
setTimeout(() => process.exit(), 1_000).unref();
