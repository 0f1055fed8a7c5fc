/**
 * Where figure 9b's apply goes: the import's writes made by the app, by Dexie
 * alone and by plain IndexedDB (with and without the stores' indexes), taken
 * in turn in fresh tabs so that each way meets the same load:
 * `npm run build && node --import ./test/bench/register.mjs test/bench/exchangeWrites.ts` (BENCH_RUNS rounds, default 3).
 */
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { build } from 'esbuild';
import { startServer } from '../../build/scripts/serve.mjs';
import { launchBrowser, newProfileDir } from '../e2e/browser.ts';
import { EXCHANGE_TASKS } from './exchange.ts';
import type { ExchangeWritesWindow, Variant } from './exchangeWritesPage.ts';
import { buildSeed, seedDatabase } from './seed.ts';
import { summarise } from './stats.ts';

const VARIANTS: readonly Variant[] = ['apply', 'bulkPut', 'idb', 'idb-no-indexes'];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('./exchangeWritesPage.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    define: { 'import.meta.env.DEV': 'false' },
    write: false,
    logLevel: 'silent',
  });
  const script = out.outputFiles[0]?.text;
  if (!script) throw new Error('esbuild produced no script');
  const server = await startServer({ port: 0 });
  const running = await launchBrowser(newProfileDir());
  const seed = buildSeed(undefined, undefined, EXCHANGE_TASKS);
  const times = new Map<Variant, number[]>(VARIANTS.map((v) => [v, []]));
  const issued = new Map<Variant, number[]>(VARIANTS.map((v) => [v, []]));
  try {
    console.log(`Load average before: ${load()}`);
    await seedDatabase(running, server.url, seed);
    for (let run = 0; run < RUNS; run++) {
      for (const variant of VARIANTS) {
        const page = await running.newPage();
        try {
          await page.goto(server.url);
          await page.getByTestId('analysis-file').waitFor({ state: 'attached', timeout: 20_000 });
          await page.evaluate(script);
          const r = await page.evaluate(({ id, variant }) => (window as unknown as ExchangeWritesWindow).__akrExchangeWrites(id, variant), {
            id: seed.analysis.id,
            variant,
          });
          times.get(variant)?.push(r.ms);
          if (r.issued !== null) issued.get(variant)?.push(r.issued);
          console.log(`  ${variant}: ${r.ms.toFixed(0)} ms${r.issued === null ? '' : ` (puts handed over in ${r.issued.toFixed(0)})`}, load ${load()}`);
        } finally {
          await page.close();
        }
      }
    }
    for (const variant of VARIANTS) {
      const s = summarise(times.get(variant) ?? []);
      const i = summarise(issued.get(variant) ?? []);
      console.log(`${variant.padEnd(15)} median ${s?.median.toFixed(0) ?? '–'} ms${i ? `, handed over in ${i.median.toFixed(0)}` : ''}`);
    }
    console.log(`Load average after: ${load()}`);
  } finally {
    await running.close();
    await server.close();
  }
}

await main();
setTimeout(() => process.exit(), 1_000).unref();
