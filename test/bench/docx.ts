import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { RunningBrowser } from '../e2e/browser.ts';
import { pdfWhat } from './pdf.ts';
import { figure, type Figure } from './report.ts';
import { buildSeed, seedDatabase } from './seed.ts';
import { summarise } from './stats.ts';

/** QUALITY.md: "final report as .docx, 1,000 tasks ≤ 3 s, docx code loaded on demand". */
export const DOCX_SPEC = { tasks: 1_000, button: 'Slutrapport (Word)', budgetMs: 3000 } as const;

export interface DocxBench {
  /** The figure: the app's measure 'akr:docx:report' over presses 2 … n+1. */
  later: Figure;
  /** Context: the same measure on the first press of the tab. */
  first: Figure;
  /** Node wall clock from the click to Playwright's download event. */
  wallFirst: number[];
  wallLater: number[];
  /** The first press's file size in bytes. */
  bytes: number | null;
}

export function docxBench(presses: number): DocxBench {
  return {
    later: figure(
      `10c. final report .docx, ${pdfWhat(DOCX_SPEC.tasks)}: button → .docx bytes, presses 2–${presses + 1}`,
      DOCX_SPEC.budgetMs,
      'median',
      'presses',
    ),
    first: figure('10c′ the same, first press in the tab (the Word code is fetched just before the measure)', null, 'median', 'presses'),
    wallFirst: [],
    wallLater: [],
    bytes: null,
  };
}

/** Presses the Word button once and reads the app's 'akr:docx:report' measure (button handler → bytes ready, before the save). */
async function press(page: Page): Promise<{ measureMs: number; wallMs: number; path: string }> {
  const button = page.getByRole('button', { name: DOCX_SPEC.button, exact: true });
  await button.waitFor({ state: 'visible', timeout: 60_000 });
  if (!(await button.isEnabled())) throw new Error(`"${DOCX_SPEC.button}" is disabled`);
  await page.evaluate(() => performance.clearMeasures());
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  const wallMs = performance.now() - started;
  const failure = await download.failure();
  if (failure) throw new Error(`the download failed: ${failure}`);
  const path = await download.path();
  if (!download.suggestedFilename().endsWith('.docx')) throw new Error(`the download is ${download.suggestedFilename()}, not a .docx`);
  const head = readFileSync(path).subarray(0, 2);
  if (head[0] !== 0x50 || head[1] !== 0x4b) throw new Error('the .docx is not a zip file');
  const durations = await page.evaluate(() => performance.getEntriesByName('akr:docx:report', 'measure').map((e) => e.duration));
  if (durations.length !== 1) throw new Error(`expected one akr:docx:report measure after the press, found ${durations.length}`);
  return { measureMs: durations[0] ?? NaN, wallMs, path };
}

/**
 * Figure 10c: an analysis of 1,000 tasks × 4 roles written into the app's
 * database (as for 10b), its overview opened in a fresh tab with the HTTP
 * cache cleared and disabled, and "Slutrapport (Word)" pressed `presses + 1`
 * times, each waiting for the download.
 */
export async function runDocxBench(running: RunningBrowser, baseUrl: string, bench: DocxBench, presses: number): Promise<void> {
  const message = (error: unknown) => (error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error));
  const seed = buildSeed(undefined, undefined, DOCX_SPEC.tasks);
  try {
    await seedDatabase(running, baseUrl, seed);
  } catch (error) {
    for (const fig of [bench.later, bench.first]) fig.errors.push(message(error));
    return;
  }
  const page = await running.newPage();
  try {
    const cdp = await running.context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(`${new URL(baseUrl).origin}/#/analyses/${encodeURIComponent(seed.analysis.id)}/overview`);
    await page.getByRole('button', { name: DOCX_SPEC.button, exact: true }).waitFor({ state: 'visible', timeout: 20_000 });
    await page.waitForTimeout(500);
    for (let i = 0; i <= presses; i++) {
      try {
        const { measureMs, wallMs, path } = await press(page);
        if (i === 0) {
          bench.first.values.push(measureMs);
          bench.wallFirst.push(wallMs);
          bench.bytes = statSync(path).size;
        } else {
          bench.later.values.push(measureMs);
          bench.wallLater.push(wallMs);
        }
      } catch (error) {
        (i === 0 ? bench.first : bench.later).errors.push(message(error));
      }
      await page.waitForTimeout(500);
    }
  } catch (error) {
    for (const fig of [bench.later, bench.first]) fig.errors.push(message(error));
  } finally {
    await page.close();
  }
  process.stdout.write(`  report .docx: ${bench.first.values.length + bench.later.values.length}/${presses + 1} presses done\n`);
}

/**
 * The lazy chunk the Word button loads (exportDocx-*.js) and the chunks it imports in turn, from the
 * built files, less those the start-up already loaded (named by index.html, as figure 11 counts them).
 */
export function docxChunks(rendererDir: string): { file: string; raw: number; gzip: number }[] {
  const assets = join(rendererDir, 'assets');
  const entry = readdirSync(assets).find((f) => /^exportDocx-[\w-]+\.js$/.test(f));
  if (!entry) return [];
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const atStart = new Set([...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?(?:assets\/)?([^"/]+\.js)"/g)].map((m) => m[1] ?? ''));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || atStart.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(assets, file), 'utf8');
    for (const m of text.matchAll(/from"\.\/([\w.-]+\.js)"/g)) if (m[1]) visit(m[1]);
  };
  visit(entry);
  return [...seen].map((file) => {
    const bytes = readFileSync(join(assets, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

/** One line: the file, the wall clock, and the size of what the button loads. */
export function docxLine(bench: DocxBench, rendererDir: string): string {
  const later = summarise(bench.wallLater);
  const first = bench.wallFirst[0];
  const chunks = docxChunks(rendererDir);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const [entry, ...rest] = chunks;
  return (
    `Word report (${pdfWhat(DOCX_SPEC.tasks)}): ${bench.bytes === null ? '–' : `${(bench.bytes / 1e3).toFixed(0)} kB`}; wall clock click → download event: ` +
    `first press ${first === undefined ? '–' : first.toFixed(0)} ms, later presses median ${later ? later.median.toFixed(0) : '–'} ms. ` +
    (entry
      ? `Lazy chunk ${entry.file}: ${kb(entry.raw)}, ${kb(entry.gzip)} gzip; with the chunks it imports ` +
        `(${rest.map((c) => `${c.file} ${kb(c.gzip)} gzip`).join(', ') || 'none'}; not those of the start-up; some shared with the PDF export): ` +
        `${kb(chunks.reduce((n, c) => n + c.gzip, 0))} gzip.`
      : 'No exportDocx chunk in the build.')
  );
}
