/**
 * Figure 9 alone, for working on the JSON export and import's speed without the
 * whole bench: `npm run build && node --import ./test/bench/register.mjs test/bench/exchangeOnly.ts`.
 * BENCH_RUNS round trips (default 5), each in a fresh tab, as `npm run bench` takes them; the parts
 * of each import are printed. EXCHANGE_PROFILE=1 prints the functions a CPU profile of the round
 * trips found most often (self time). The figures that count are `npm run bench`'s.
 */
import { loadavg } from 'node:os';
import { startServer } from '../../build/scripts/serve.mjs';
import { launchBrowser, newProfileDir } from '../e2e/browser.ts';
import { EXCHANGE_TASKS, exchangePageScript, exchangeRoundTrip, itemCount } from './exchange.ts';
import type { ImportTimes } from './exchangePage.ts';
import { figure, formatTable } from './report.ts';
import { buildSeed, seedDatabase } from './seed.ts';
import { summarise } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PROFILE = process.env.EXCHANGE_PROFILE === '1';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The functions with the most self time in a CPU profile, one line each. */
function topSelf(profile: Profile, count = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const name = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').at(-1) ?? ''}:${frame.lineNumber + 1}` : '?';
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode | undefined) =>
    n ? `${n.callFrame.functionName || '(anon)'}@${n.callFrame.url.split('/').at(-1) ?? ''}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber}` : '?';
  const stacks = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const chain: string[] = [];
    for (let at: number | undefined = id; at !== undefined && chain.length < 8; at = parent.get(at)) chain.push(label(byId.get(at)));
    const key = chain.join(' < ');
    if (/idle|\(program\)|\(root\)/.test(chain[0] ?? '')) return;
    stacks.set(key, (stacks.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${name}`)
      .join('\n');
  return `${top(self, count)}\n stacks:\n${top(stacks, 15)}`;
}

async function main(): Promise<void> {
  const server = await startServer({ port: 0 });
  const running = await launchBrowser(newProfileDir());
  const seed = buildSeed(undefined, undefined, EXCHANGE_TASKS);
  const fx = {
    exportJson: figure(`9a. JSON export, ${itemCount(seed).toLocaleString('en')} items`, 1000, 'median', 'exports'),
    importJson: figure('9b. JSON import of that file into a database without it', 1000, 'median', 'imports'),
    reimportJson: figure('9c. the same file imported again (nothing to do)', null, 'median', 'imports'),
  };
  const firsts: ImportTimes[] = [];
  try {
    const load = () =>
      loadavg()
        .map((l) => l.toFixed(2))
        .join(' ');
    console.log(`Load average before: ${load()}`);
    const script = await exchangePageScript();
    await seedDatabase(running, server.url, seed);
    for (let run = 0; run < RUNS; run++) {
      const page = await running.newPage();
      try {
        await page.goto(server.url);
        await page.getByTestId('analysis-file').waitFor({ state: 'attached', timeout: 20_000 });
        await page.waitForTimeout(500);
        const cdp = PROFILE ? await running.context.newCDPSession(page) : null;
        if (cdp) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
          await cdp.send('Profiler.start');
        }
        const trip = await exchangeRoundTrip(page, script, seed.analysis.id, `akr-bench-import-${run}`);
        if (cdp) {
          const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
          console.log(`Run ${run + 1}, most self time:\n${topSelf(profile)}`);
        }
        if (!trip.first.isNew || trip.first.changes !== itemCount(seed)) throw new Error(`the first import did not add ${itemCount(seed)} items`);
        if (trip.again.changes !== 0) throw new Error('the second import would change something');
        fx.exportJson.values.push(trip.exportMs);
        fx.importJson.values.push(trip.first.total);
        fx.reimportJson.values.push(trip.again.total);
        firsts.push(trip.first);
        const t = trip.first;
        console.log(
          `  run ${run + 1}: import ${t.total.toFixed(0)} = read ${t.read.toFixed(0)} + restore ${t.restore.toFixed(0)} + preview ${t.preview.toFixed(0)} + apply ${t.apply.toFixed(0)}`,
        );
      } finally {
        await page.close();
      }
    }
    const median = (pick: (t: ImportTimes) => number) => summarise(firsts.map(pick))?.median.toFixed(0) ?? '–';
    console.log(`\n${formatTable(Object.values(fx))}\n`);
    console.log(
      `Import parts, median ms: read ${median((t) => t.read)}, restoreFile ${median((t) => t.restore)}, preview ${median((t) => t.preview)}, apply ${median((t) => t.apply)}`,
    );
    console.log(`Load average after: ${load()}`);
  } finally {
    await running.close();
    await server.close();
  }
}

await main();
