import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { RunningBrowser } from '../e2e/browser.ts';
import { figure, type Figure } from './report.ts';
import { buildSeed, seedDatabase } from './seed.ts';
import { summarise } from './stats.ts';

/** One PDF figure: which document, of how big an analysis, made with which button on the overview. */
export interface PdfSpec {
  kind: 'handout' | 'report';
  /** Tasks seeded; every task has one card per role (4 roles). */
  tasks: number;
  /** The button's accessible name on the analysis overview (Swedish, the app's default language). */
  button: string;
  budgetMs: number;
}

/** QUALITY.md: "staff handout PDF (300 tasks) ≤ 1 s (jsPDF loaded lazily)", "final report PDF (1,000 tasks) ≤ 3 s". */
export const PDF_SPECS = {
  handout: { kind: 'handout', tasks: 300, button: 'Sammanfattning till personalen (PDF)', budgetMs: 1000 },
  report: { kind: 'report', tasks: 1_000, button: 'Slutrapport (PDF)', budgetMs: 3000 },
} as const satisfies Record<string, PdfSpec>;

export interface PdfBench {
  spec: PdfSpec;
  /** The figure: the app's measure 'akr:pdf:<kind>' over presses 2 … n+1. */
  later: Figure;
  /** Context: the same measure on the first press of the tab (fonts fetched and decoded in it). */
  first: Figure;
  /** Node wall clock from the click to Playwright's download event, first press and later presses. */
  wallFirst: number[];
  wallLater: number[];
  /** From pdfinfo, once per figure (the first press's file), and the file's size in bytes. */
  pages: number | null;
  bytes: number | null;
}

const en = (n: number) => n.toLocaleString('en');

/** What an analysis of `tasks` tasks holds, for the labels: "300 tasks × 4 roles = 1,200 cards". */
export function pdfWhat(tasks: number): string {
  const bundle = buildSeed('what', undefined, tasks);
  return `${en(bundle.tasks.length)} tasks × ${bundle.roles.length} roles = ${en(bundle.placements.length)} cards`;
}

/** The figures of one PDF, declared before the run (like the others) so the table has their rows even when a press fails. */
export function pdfBench(id: '10a' | '10b', spec: PdfSpec, presses: number): PdfBench {
  const what = spec.kind === 'handout' ? 'handout PDF' : 'final report PDF';
  return {
    spec,
    later: figure(`${id}. ${what}, ${pdfWhat(spec.tasks)}: button → PDF bytes, presses 2–${presses + 1}`, spec.budgetMs, 'median', 'presses'),
    first: figure(`${id}′ the same, first press in the tab (also fetches and decodes the fonts)`, null, 'median', 'presses'),
    wallFirst: [],
    wallLater: [],
    pages: null,
    bytes: null,
  };
}

/** The analysis overview in browser mode, where the PDF buttons are. */
function overviewUrl(baseUrl: string, analysisId: string): string {
  return `${new URL(baseUrl).origin}/#/analyses/${encodeURIComponent(analysisId)}/overview`;
}

/**
 * Presses the PDF button once: clears the page's measures, clicks, waits for
 * the download (accepted by Playwright into a temporary file), and reads the
 * app's 'akr:pdf:<kind>' measure (button press → PDF bytes ready, before the save).
 */
async function press(page: Page, spec: PdfSpec): Promise<{ measureMs: number; wallMs: number; path: string }> {
  const button = page.getByRole('button', { name: spec.button, exact: true });
  // While a PDF is being made the button says "Skapar PDF…" and is disabled; it gets its label back after the toast.
  await button.waitFor({ state: 'visible', timeout: 60_000 });
  if (!(await button.isEnabled())) throw new Error(`"${spec.button}" is disabled`);
  await page.evaluate(() => performance.clearMeasures());
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    (async () => {
      await button.click();
      // The seeded board keeps a fifth of its cards in Osorterat: the app asks before making the PDF
      // (its measure starts after the answer).
      await page.getByRole('button', { name: 'Skapa PDF:en ändå' }).click({ timeout: 60_000 });
    })(),
  ]);
  const wallMs = performance.now() - started;
  const failure = await download.failure();
  if (failure) throw new Error(`the download failed: ${failure}`);
  const path = await download.path();
  const size = statSync(path).size;
  if (size <= 0) throw new Error(`${download.suggestedFilename()} is empty`);
  if (!download.suggestedFilename().endsWith('.pdf')) throw new Error(`the download is ${download.suggestedFilename()}, not a PDF`);
  const durations = await page.evaluate((name) => performance.getEntriesByName(name, 'measure').map((e) => e.duration), `akr:pdf:${spec.kind}`);
  if (durations.length !== 1) throw new Error(`expected one akr:pdf:${spec.kind} measure after the press, found ${durations.length}`);
  return { measureMs: durations[0] ?? NaN, wallMs, path };
}

/**
 * Figure 10a/10b: seeds an analysis of `spec.tasks` tasks × 4 roles into the
 * app's database (in its own tab, after the other figures), then opens its
 * overview in a fresh tab with the HTTP cache cleared and disabled, and presses
 * the real button `presses + 1` times, one after another, each waiting for the
 * download. The first press also loads the PDF code (exportPdf.ts with jsPDF,
 * before the measure starts) and the three DejaVu Sans files (inside the measure);
 * it is kept apart as context.
 */
export async function runPdfBench(running: RunningBrowser, baseUrl: string, bench: PdfBench, presses: number): Promise<void> {
  const { spec } = bench;
  const all = [bench.later, bench.first];
  const fail = (error: unknown) => {
    for (const fig of all) fig.errors.push(message(error));
  };
  const seed = buildSeed(undefined, undefined, spec.tasks);
  try {
    await seedDatabase(running, baseUrl, seed);
  } catch (error) {
    fail(error);
    return;
  }
  const page = await running.newPage();
  try {
    const cdp = await running.context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(overviewUrl(baseUrl, seed.analysis.id));
    await page.getByRole('button', { name: spec.button, exact: true }).waitFor({ state: 'visible', timeout: 20_000 });
    // Lets the page finish what follows the first render (live queries, fonts).
    await page.waitForTimeout(500);
    for (let i = 0; i <= presses; i++) {
      try {
        const { measureMs, wallMs, path } = await press(page, spec);
        if (i === 0) {
          bench.first.values.push(measureMs);
          bench.wallFirst.push(wallMs);
          const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
          const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
          if (!Number.isInteger(pages) || pages < 1) throw new Error(`pdfinfo found no pages in the ${spec.kind} PDF`);
          bench.pages = pages;
          bench.bytes = statSync(path).size;
        } else {
          bench.later.values.push(measureMs);
          bench.wallLater.push(wallMs);
        }
      } catch (error) {
        (i === 0 ? bench.first : bench.later).errors.push(message(error));
      }
      // The toast and the button's state settle; the last file's save is handed off.
      await page.waitForTimeout(500);
    }
  } catch (error) {
    fail(error);
  } finally {
    await page.close();
  }
  process.stdout.write(`  ${spec.kind} PDF: ${bench.first.values.length + bench.later.values.length}/${presses + 1} presses done\n`);
}

/** One line per PDF: the file, its pages (pdfinfo) and the wall clock click → download event. */
export function pdfLine(bench: PdfBench): string {
  const later = summarise(bench.wallLater);
  const size = bench.bytes === null ? '–' : `${(bench.bytes / 1e3).toFixed(0)} kB`;
  const pages = bench.pages === null ? '– pages' : `${bench.pages} ${bench.pages === 1 ? 'page' : 'pages'}`;
  const first = bench.wallFirst[0];
  return (
    `PDF ${bench.spec.kind} (${pdfWhat(bench.spec.tasks)}): ${pages} (pdfinfo), ${size}; wall clock click → download event: ` +
    `first press ${first === undefined ? '–' : first.toFixed(0)} ms, later presses median ${later ? later.median.toFixed(0) : '–'} ms.`
  );
}

const message = (error: unknown) => (error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error));
