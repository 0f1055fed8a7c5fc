/**
 * Figure 9b for two or more checkouts side by side, on a shared, noisy machine:
 * `EXCHANGE_ROOTS=/tmp/a,/tmp/b node --import ./test/bench/register.mjs test/bench/exchangeAB.ts`
 * (each root a built checkout: its dist/renderer is served on its own port, so each has a
 * database of its own, and its test/bench/exchangePage.ts is bundled with its own code).
 * The round trips alternate between the roots (BENCH_RUNS rounds, default 5), each in a
 * fresh tab, so all see the same load; the medians of the first import and its parts are printed.
 */
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { build } from 'esbuild';
import { startServer } from '../../build/scripts/serve.mjs';
import { launchBrowser, newProfileDir } from '../e2e/browser.ts';
import { EXCHANGE_TASKS, exchangeRoundTrip, itemCount } from './exchange.ts';
import type { ImportTimes } from './exchangePage.ts';
import { buildSeed, seedDatabase } from './seed.ts';
import { summarise } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOTS = (process.env.EXCHANGE_ROOTS ?? '').split(',').filter((r) => r !== '');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** exchangePage.ts of a checkout, bundled as exchange.ts does for the bench. */
async function pageScript(root: string): Promise<string> {
  const out = await build({
    entryPoints: [join(root, 'test/bench/exchangePage.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    define: { 'import.meta.env.DEV': 'false' },
    write: false,
    logLevel: 'silent',
  });
  const script = out.outputFiles[0]?.text;
  if (!script) throw new Error(`esbuild produced no script for ${root}`);
  return script;
}

async function main(): Promise<void> {
  if (ROOTS.length === 0) throw new Error('EXCHANGE_ROOTS: the built checkouts to compare, separated by commas');
  const scripts = await Promise.all(ROOTS.map(pageScript));
  const servers = await Promise.all(ROOTS.map((root) => startServer({ root: join(root, 'dist/renderer'), port: 0 })));
  const running = await launchBrowser(newProfileDir());
  const seed = buildSeed(undefined, undefined, EXCHANGE_TASKS);
  const firsts = ROOTS.map((): ImportTimes[] => []);
  try {
    console.log(`Load average before: ${load()}`);
    for (const s of servers) await seedDatabase(running, s.url, seed);
    for (let run = 0; run < RUNS; run++) {
      for (const [i, root] of ROOTS.entries()) {
        const page = await running.newPage();
        try {
          await page.goto(servers[i]?.url ?? '');
          await page.getByTestId('analysis-file').waitFor({ state: 'attached', timeout: 20_000 });
          await page.waitForTimeout(500);
          const trip = await exchangeRoundTrip(page, scripts[i] ?? '', seed.analysis.id, `akr-bench-import-${run}`);
          if (!trip.first.isNew || trip.first.changes !== itemCount(seed)) throw new Error(`${root}: the first import did not add ${itemCount(seed)} items`);
          if (trip.again.changes !== 0) throw new Error(`${root}: the second import would change something`);
          firsts[i]?.push(trip.first);
          const t = trip.first;
          console.log(
            `  ${root} run ${run + 1}: import ${t.total.toFixed(0)} = read ${t.read.toFixed(0)} + restore ${t.restore.toFixed(0)} + preview ${t.preview.toFixed(0)} + apply ${t.apply.toFixed(0)}; load ${load()}`,
          );
        } finally {
          await page.close();
        }
      }
    }
    console.log(`Load average after: ${load()}`);
    for (const [i, root] of ROOTS.entries()) {
      const times = firsts[i] ?? [];
      const median = (pick: (t: ImportTimes) => number) => summarise(times.map(pick))?.median.toFixed(0) ?? '–';
      console.log(
        `${root}: 9b median ${median((t) => t.total)} ms (n ${times.length}) = read ${median((t) => t.read)}, restoreFile ${median((t) => t.restore)}, preview ${median((t) => t.preview)}, apply ${median((t) => t.apply)}`,
      );
    }
  } finally {
    await running.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}

await main();
setTimeout(() => process.exit(), 1_000).unref();
