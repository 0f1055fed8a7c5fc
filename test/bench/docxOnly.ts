/**
 * Figure 10c alone (the final report as .docx), for working on it without the whole bench:
 * `npm run build && node --import ./test/bench/register.mjs test/bench/docxOnly.ts`. The figures that count are `npm run bench`'s.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../build/scripts/serve.mjs';
import { launchBrowser, newProfileDir } from '../e2e/browser.ts';
import { docxBench, docxLine, runDocxBench } from './docx.ts';
import { formatTable } from './report.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function main(): Promise<void> {
  const server = await startServer({ port: 0 });
  const running = await launchBrowser(newProfileDir());
  const bench = docxBench(RUNS);
  try {
    console.log(
      `Load average before: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    await runDocxBench(running, server.url, bench, RUNS);
  } finally {
    await running.close();
    await server.close();
  }
  console.log(`\n${formatTable([bench.later, bench.first])}\n`);
  console.log(docxLine(bench, fileURLToPath(new URL('../../dist/renderer', import.meta.url))));
  const problems = running.problems;
  console.log(problems.length === 0 ? 'Browser problems: none.' : `Browser problems:\n  ${[...new Set(problems)].join('\n  ')}`);
}

await main();
setTimeout(() => process.exit(), 1_000).unref();
