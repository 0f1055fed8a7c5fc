/**
 * Figures 1 and 1b alone (to interactive, cold cache), for working on start-up
 * speed without the whole bench:
 * `npm run build && node --import ./test/bench/register.mjs test/bench/startOnly.ts`.
 * The same seed, probe, viewport and cold open (openBoardCold) as `npm run bench`,
 * a fresh tab per load and one warm-up load not counted. The figures that count are `npm run bench`'s.
 *
 * Environment: BENCH_RUNS (cold loads, default 5). BENCH_ROOTS: built renderer folders
 * separated by commas (default dist/renderer), each served on its own origin with its own
 * seeded database; the loads alternate between them (A, B, A, B …), so builds compared on a
 * shared, noisy machine are measured in the same minutes. BENCH_GAP_MS: a pause before
 * each load (default 0); `npm run bench` runs its loads half a minute apart, each then in a
 * fresh renderer process, so a gap gives figures closer to its own.
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer } from '../../build/scripts/serve.mjs';
import { chromiumPath, launchBrowser, newProfileDir } from '../e2e/browser.ts';
import { BOARD_VIEWPORT, openBoardCold } from './measure.ts';
import { installProbe } from './probe.ts';
import { figure, formatTable, type Figure } from './report.ts';
import { boardUrl, buildSeed, seedDatabase } from './seed.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GAP_MS = Number(process.env.BENCH_GAP_MS ?? 0);
const ROOTS = (process.env.BENCH_ROOTS ?? '')
  .split(',')
  .map((r) => r.trim())
  .filter((r) => r !== '')
  .map((r) => resolve(r));

const DETAIL = process.env.BENCH_DETAIL === '1';

/** When the page's scripts had arrived, its marks and first paint, for finding where a load's time goes. */
async function phases(page: Page): Promise<string> {
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const scripts = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')) as PerformanceResourceTiming[];
    const index = scripts.find((r) => /\/index-[^/]*\.js$/.test(r.name));
    const early = scripts.filter((r) => r.startTime <= (index?.startTime ?? 0) + 50);
    const parts = [
      `${early.length} scripts in by ${Math.max(...early.map((r) => r.responseEnd)).toFixed(0)}, index.js ${index?.startTime.toFixed(0)}–${index?.responseEnd.toFixed(0)}`,
    ];
    for (const e of [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('paint')]) parts.push(`${e.name} ${e.startTime.toFixed(0)}`);
    return parts.join(', ');
  });
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  if (!chromiumPath()) throw new Error('Chromium saknas: installera den eller ange CHROMIUM_PATH.');
  const roots = ROOTS.length > 0 ? ROOTS : [undefined];
  const servers = await Promise.all(roots.map((root) => startServer({ port: 0, ...(root ? { root } : {}) })));
  const running = await launchBrowser(newProfileDir());
  const problemsBefore = running.problems.length;
  const targets = roots.map((root, i) => {
    const name = root ?? 'dist/renderer';
    const server = servers[i];
    if (!server) throw new Error(`no server for ${name}`);
    return {
      name,
      tti: figure(`1. to interactive, cold cache (in page) – ${name}`, 300, 'median', 'loads'),
      wall: figure(`1b. to interactive, cold cache (wall clock) – ${name}`, 300, 'median', 'loads'),
      url: '',
      server,
    };
  });
  try {
    await running.context.addInitScript(installProbe);
    for (const target of targets) {
      const seed = buildSeed();
      await seedDatabase(running, target.server.url, seed);
      target.url = boardUrl(target.server.url, seed.analysis.id);
    }
    console.log(`Load average before: ${load()} (1/5/15 min)`);
    for (let run = -1; run < RUNS; run++) {
      for (const target of targets) {
        if (GAP_MS > 0) await new Promise((r) => setTimeout(r, GAP_MS));
        const page = await running.newPage();
        try {
          await page.setViewportSize(BOARD_VIEWPORT);
          const open = await openBoardCold(page, await running.context.newCDPSession(page), target.url);
          if (run < 0) continue; // warm-up: starts Chromium's processes and fills the OS file cache
          target.tti.values.push(open.inPage);
          target.wall.values.push(open.wallClock);
          if (DETAIL) console.log(`  ${target.name}: ${open.inPage.toFixed(0)} ms – ${await phases(page)}`);
        } catch (error) {
          if (run >= 0) target.tti.errors.push(error instanceof Error ? error.message : String(error));
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await running.close();
    await Promise.all(servers.map((s) => s.close()));
    try {
      rmSync(running.profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // a leftover temp folder must not cost the run its figures
    }
  }
  const figures: Figure[] = targets.flatMap((t) => [t.tti, t.wall]);
  console.log(`\n${formatTable(figures)}\n`);
  for (const t of targets) console.log(`${t.name}: in page ${t.tti.values.map((v) => v.toFixed(0)).join(' ')}`);
  console.log(`Load average after: ${load()}`);
  const problems = running.problems.slice(problemsBefore);
  console.log(problems.length === 0 ? 'Browser problems: none.' : `Browser problems:\n  ${[...new Set(problems)].join('\n  ')}`);
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
setTimeout(() => process.exit(), 1_000).unref();
