/**
 * Figure 16: HR's overview over 200 analysis files of 10,000 items each
 * (figure 9's analysis: 2,000 tasks + 8,000 cards, plus roles and steps),
 * from the press on "Välj mapp…" to the table of 200 units on screen.
 *
 * The files are real: records generated as figure 9's, with one new role
 * taking a card each, written once into a temp folder by the app's own
 * buildExport/serialize. The page is the built app with the desktop bridge's
 * folder reading stood in by the main process's own code
 * (electron/readFolder.ts) over a CDP binding, as IPC would carry it; from
 * `window.api` on, everything is the app's code (platform, worker, view).
 * 16b is the summary reader alone in Node over the same files. Run alone
 * with `node --import ./test/bench/register.mjs test/bench/hrOverview.ts`
 * (after `npm run build`).
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { startServer } from '../../build/scripts/serve.mjs';
import { listFolder, readFolderFile } from '../../electron/readFolder.ts';
import { emptyRecord, serialize, type AnalysisRecord } from '../../shared/exchange/format.ts';
import { buildExport } from '../../shared/exchange/export.ts';
import { parseFileText } from '../../shared/hrOverview/parseFile.ts';
import { readFolder } from '../../shared/hrOverview/readFolder.ts';
import type { DesktopApi } from '../../shared/ipc.ts';
import { launchBrowser, newProfileDir } from '../e2e/browser.ts';
import { EXCHANGE_TASKS, itemCount } from './exchange.ts';
import { figure, formatTable, sample, type Figure } from './report.ts';
import { buildSeed } from './seed.ts';

export const HR_FILES = 200;
const ADMINISTRATIONS = ['Barn- och utbildningsförvaltningen', 'Socialförvaltningen', 'Vård- och omsorgsförvaltningen', 'Kultur- och fritidsförvaltningen', ''];

export const hrFigures = {
  screen: figure(`16. HR overview, ${HR_FILES} files of 10,000 items: folder chosen → table on screen`, 5000, 'median', 'readings'),
  node: figure(`16b. the summary reader alone over the same files (Node)`, null, 'median', 'readings'),
};

/** Writes the files; returns the folder, the bytes written and the items per file. */
export function writeHrFiles(): { dir: string; bytes: number; items: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'akr-hr-bench-'));
  let bytes = 0;
  let items = 0;
  const at = new Date().toISOString();
  for (let i = 0; i < HR_FILES; i++) {
    const seed = buildSeed(undefined, at, EXCHANGE_TASKS);
    items = itemCount(seed);
    const analysis = {
      ...seed.analysis,
      unitName: `Enhet ${String(i + 1).padStart(3, '0')}`,
      administration: ADMINISTRATIONS[i % ADMINISTRATIONS.length] ?? '',
    };
    const card = seed.placements[i % seed.placements.length];
    const record: AnalysisRecord = {
      ...emptyRecord(analysis),
      steps: seed.steps,
      roles: seed.roles,
      tasks: seed.tasks,
      placements: seed.placements,
      // One new role taking one card, so the key figures are not all zero.
      newRoles: card
        ? [
            {
              id: `n-${i}`,
              rev: 1,
              updatedAt: at,
              analysisId: analysis.id,
              name: 'Serviceassistent',
              purpose: '',
              fullTimeHours: 40,
              contract: i % 2 ? 'AB' : 'BEA',
              monthlyCost: null,
              skills: '',
              training: '',
              adaptations: '',
              supervision: '',
              order: 'a0',
              createdAt: at,
            },
          ]
        : [],
      roleParts: card
        ? [{ id: `q-${i}`, rev: 1, updatedAt: at, analysisId: analysis.id, newRoleId: `n-${i}`, placementId: card.id, hours: null, order: 'a0' }]
        : [],
    };
    const text = serialize(buildExport([record], { exportedAt: at, appVersion: 'bench', machine: 'bench', includePersonal: false, threshold: 3 }));
    const sub = path.join(dir, analysis.administration || 'övriga');
    mkdirSync(sub, { recursive: true });
    const file = path.join(sub, `${analysis.unitName}-${analysis.id.slice(0, 8)}.akr`);
    writeFileSync(file, text);
    bytes += statSync(file).size;
  }
  return { dir, bytes, items };
}

/** A desktop bridge whose folder reading is main's own code in Node, over CDP bindings; the rest idle. */
async function desktopBridge(page: Page, dir: string): Promise<void> {
  await page.exposeFunction('__akrBenchList', () => listFolder(dir));
  await page.exposeFunction('__akrBenchRead', (rel: string, start: number, end: number | null) => readFolderFile(dir, rel, start, end));
  await page.addInitScript(() => {
    const w = window as unknown as {
      __akrBenchList: DesktopApi['readFolder'] extends infer R ? (R extends { list: infer L } ? L : never) : never;
      __akrBenchRead: NonNullable<DesktopApi['readFolder']>['read'];
    };
    const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
    const api = {
      appInfo: () => Promise.resolve({ name: 'AKR Studio', version: 'bench', electronVersion: '45.4.1', platform: 'linux' }),
      setLanguage: () => Promise.resolve(),
      policy: () => Promise.resolve(null),
      onMenuCommand: () => () => undefined,
      sync: {
        choose: () => ok(null),
        current: () => Promise.resolve(null),
        forget: () => Promise.resolve(),
        write: () => ok({ sha256: '0'.repeat(64) }),
        list: () => ok([]),
        read: () => Promise.resolve({ ok: false as const, problem: 'missing' as const, detail: 'none' }),
        backups: () => ok([]),
        remove: () => ok(undefined),
        retire: () => ok(true),
      },
      readFolder: {
        choose: () => ok({ label: 'bench' }),
        list: () => w.__akrBenchList(),
        read: (rel, start, end) => w.__akrBenchRead(rel, start, end),
      },
      openedFiles: { take: () => Promise.resolve([]), onOpened: () => () => undefined },
      presenter: { open: () => Promise.resolve(), close: () => Promise.resolve() },
    } satisfies DesktopApi;
    Object.defineProperty(window, 'api', { value: api });
  });
}

/** One reading on screen: the press on "Välj mapp…" to the table with every unit, in the page's clock (ms). */
async function onScreen(page: Page, baseUrl: string): Promise<number> {
  await page.goto(`${baseUrl}#/hr`);
  const button = page.getByTestId('hr-choose');
  await button.waitFor();
  const done = page.evaluate(
    (rows) =>
      new Promise<number>((resolve) => {
        let pressed = 0;
        document.querySelector('[data-testid="hr-choose"]')?.addEventListener('click', () => (pressed = performance.now()), { capture: true, once: true });
        const check = () => {
          if (pressed > 0 && document.querySelectorAll('[data-testid="hr-units"] tbody tr').length === rows) {
            observer.disconnect();
            // The end of the frame that shows it.
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - pressed), 0));
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true });
      }),
    HR_FILES,
  );
  await button.click();
  return done;
}

/** The summary reader alone, in Node: list, read heads, parse; what the worker and main do, in one process. */
async function inNode(dir: string): Promise<number> {
  const t0 = performance.now();
  const listed = await listFolder(dir);
  if (!listed.ok) throw new Error(listed.detail);
  const reading = await readFolder(
    { ...listed.value, read: (rel, start, end) => readFolderFile(dir, rel, start, end) },
    { parse: async (text, complete) => parseFileText(text, complete, 3) },
  );
  if (reading.found.length !== HR_FILES || reading.problems.length > 0)
    throw new Error(`read ${reading.found.length} summaries, ${reading.problems.length} problems`);
  return performance.now() - t0;
}

/** Runs figures 16 and 16b `runs` times each; returns a line on the files. */
export async function runHrOverviewBench(runs: number): Promise<string> {
  const t0 = performance.now();
  const { dir, bytes, items } = writeHrFiles();
  const written = performance.now() - t0;
  const server = await startServer({ port: 0 });
  const running = await launchBrowser(newProfileDir());
  try {
    for (let run = -1; run < runs; run++) {
      const page = await running.newPage();
      try {
        await desktopBridge(page, dir);
        // The first reading warms the OS file cache and is not counted.
        if (run < 0) await onScreen(page, server.url);
        else await sample(hrFigures.screen, () => onScreen(page, server.url));
      } finally {
        await page.close();
      }
    }
    for (let run = 0; run < runs; run++) await sample(hrFigures.node, () => inNode(dir));
    if (running.problems.length > 0) hrFigures.screen.errors.push(...running.problems);
  } finally {
    await running.close();
    await server.close();
    rmSync(running.profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    rmSync(dir, { recursive: true, force: true });
  }
  return (
    `HR overview files: ${HR_FILES} × ${items.toLocaleString('en')} items, ${(bytes / 1e6).toFixed(0)} MB in all (${(bytes / HR_FILES / 1e6).toFixed(1)} MB each), ` +
    `in 5 sub-folders; written by buildExport/serialize in ${(written / 1000).toFixed(1)} s. Each file is read from its first 64 KB.`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const line = await runHrOverviewBench(runs);
  console.log(formatTable([hrFigures.screen, hrFigures.node] satisfies Figure[]));
  console.log(line);
}
