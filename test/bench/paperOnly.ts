/**
 * Figures 14a–14c alone, for working on the paper survey's speed without the
 * whole bench: `npm run build && node --import ./test/bench/register.mjs test/bench/paperOnly.ts`.
 * (PAPER_DEBUG=1 prints each keystroke's time; PAPER_PROFILE=1 the functions a CPU profile of the typing
 * found most often, "(program)" being the browser's own style, layout and paint.) The figures that count are `npm run bench`'s.
 */
import { loadavg } from 'node:os';
import { startServer } from '../../build/scripts/serve.mjs';
import { launchBrowser, newProfileDir } from '../e2e/browser.ts';
import { paperFigures, runPaperBench } from './paper.ts';
import { formatTable } from './report.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function main(): Promise<void> {
  const server = await startServer({ port: 0 });
  const running = await launchBrowser(newProfileDir());
  try {
    console.log(
      `Load average before: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    await runPaperBench(running, server.url, RUNS);
    console.log(`\n${formatTable([paperFigures.keystroke, paperFigures.frame, paperFigures.pdf])}\n`);
  } finally {
    await running.close();
    await server.close();
  }
}

await main();
