/**
 * Figures 14a–14c: the paper survey. The entry grid holding 100 paper forms of
 * 40 tasks (a keystroke → the cell checked and drawn), and the paper forms PDF
 * of 4 roles × 60 tasks (the button → PDF bytes).
 */
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { RunningBrowser } from '../e2e/browser.ts';
import { figure } from './report.ts';
import { buildSeed, seedDatabase } from './seed.ts';

export const PAPER_FORMS = 100;
export const PAPER_GRID_TASKS = 40;
export const PAPER_PDF_TASKS = 60;
const KEYS_PER_RUN = 40;

export const paperFigures = {
  keystroke: figure(
    `14a. paper entry grid, ${PAPER_FORMS} forms × ${PAPER_GRID_TASKS} tasks: keystroke → cell checked and laid out (p95)`,
    16,
    'p95',
    'keystrokes',
  ),
  frame: figure('14b. the same keystroke → the next frame begins (its animation callbacks; context)', null, 'p95', 'keystrokes'),
  pdf: figure(`14c. paper forms PDF, 4 roles × ${PAPER_PDF_TASKS} tasks: button → PDF bytes`, 1000, 'median', 'presses'),
};

const message = (error: unknown) => (error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error));
const surveyUrl = (baseUrl: string, analysisId: string) => `${new URL(baseUrl).origin}/#/analyses/${encodeURIComponent(analysisId)}/survey`;

/** Writes 100 paper answers of the first role straight into the database, as the grid would have stored them. */
async function seedForms(running: RunningBrowser, baseUrl: string, seed: ReturnType<typeof buildSeed>): Promise<void> {
  const role = seed.roles[0];
  if (!role) throw new Error('the seed has no role');
  const at = new Date().toISOString();
  const responses = Array.from({ length: PAPER_FORMS }, (_, i) => {
    const key = `paper:${role.id}#${i + 1}`;
    return {
      id: `${seed.analysis.id}|${key}`,
      analysisId: seed.analysis.id,
      round: 'r1',
      source: 'paper',
      importId: null,
      key,
      role: role.name,
      mission: `Grunduppdrag ${i + 1}`,
      contractHours: null,
      comment: '',
      hours: seed.tasks.map((t, j) => ({ taskId: t.id, hours: ((i + j) % 8) + 0.5 })),
      rev: 1,
      updatedAt: at,
    };
  });
  const page = await running.newPage();
  try {
    await page.goto(baseUrl);
    await page.evaluate(
      (rows) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('akr-studio');
          open.onerror = () => reject(open.error ?? new Error('could not open akr-studio'));
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['surveyResponses'], 'readwrite');
            for (const r of rows) tx.objectStore('surveyResponses').put(r);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error ?? new Error('the seed transaction failed'));
          };
        }),
      responses,
    );
  } finally {
    await page.close();
  }
}

/**
 * In the page: keydown timeStamp → the end of the app's handling of the key,
 * with the edited row laid out. A key's events (keydown; beforeinput and input
 * for a character; focusout and focusin when Tab moves on) all run in the
 * key's own task. Window is the last stop of each as it bubbles: React's
 * listener on its root, and its synchronous update of the cell and its check,
 * have run by then. There the row is laid out (getBoundingClientRect forces
 * style and layout) and the time recorded; the key's last event sets it.
 *
 * A task posted from the keydown (MessageChannel, even scheduler.postTask at
 * 'user-blocking') is not a measure of this: while the keys of a burst keep
 * coming, Chrome runs such tasks only once the burst pauses, so they read the
 * length of the burst (falling by about 10 ms a key, 184 → 16 ms in one run)
 * while a trace shows each key's own task, its frame included, done in 5–15 ms.
 * 14b, for context: the same start to the next frame's animation callbacks.
 */
function installKeyProbe(): void {
  const w = window as unknown as { __paperKeys: { work: number[]; frame: number[]; over: (string | null)[] } };
  w.__paperKeys = { work: [], frame: [], over: [] };
  let current: { start: number; index: number } | null = null;
  const after = (e: Event) => {
    if (!current) return;
    const at = e.target instanceof HTMLElement ? e.target : document.activeElement;
    // The proof that the app's check has run when the time is taken: "75" (over 60 h) is already marked.
    if (e.type === 'input' && at instanceof HTMLInputElement && at.value === '75') w.__paperKeys.over.push(at.getAttribute('aria-invalid'));
    at?.closest('tr')?.getBoundingClientRect();
    w.__paperKeys.work[current.index] = performance.now() - current.start;
  };
  for (const type of ['keydown', 'beforeinput', 'input', 'change', 'focusout', 'focusin']) window.addEventListener(type, after);
  document.addEventListener(
    'keydown',
    (e) => {
      const start = e.timeStamp;
      current = { start, index: w.__paperKeys.work.length };
      w.__paperKeys.work.push(NaN);
      requestAnimationFrame(() => w.__paperKeys.frame.push(performance.now() - start));
    },
    true,
  );
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { elementCount?: number; beginData?: { dirtyObjects?: number; totalObjects?: number }; data?: { type?: string } };
}

/**
 * PAPER_TRACE=1: a devtools.timeline trace of the typing, summed per keystroke: how many
 * elements each restyle touched (UpdateLayoutTree elementCount), how many layout objects
 * each layout found dirty of how many, and the time in style, layout, pre-paint and paint.
 * These say what a keystroke invalidates, which a CPU profile files under "(program)".
 */
async function startTrace(page: Page): Promise<() => Promise<string>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  // The protocol types its events' fields as strings; they are the trace's events as written.
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: (process.env.PAPER_TRACE_CATEGORIES ?? 'devtools.timeline').split(',') },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    const keys = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').length || 1;
    const sum = (name: string) => events.filter((e) => e.name === name && e.ph === 'X').reduce((t, e) => t + (e.dur ?? 0), 0) / 1000 / keys;
    const styles = events.filter((e) => e.name === 'UpdateLayoutTree' && e.args?.elementCount !== undefined).map((e) => e.args?.elementCount ?? 0);
    const layouts = events.filter((e) => e.name === 'Layout' && e.args?.beginData).map((e) => e.args?.beginData ?? {});
    const each = (name: string) => top(events.filter((e) => e.name === name && e.ph === 'X').map((e) => Math.round((e.dur ?? 0) / 100) / 10));
    const top = (xs: number[]) =>
      [...xs]
        .sort((a, b) => b - a)
        .slice(0, 8)
        .join(' ');
    return [
      `trace over ${keys} keydowns, per keystroke ms: style ${sum('UpdateLayoutTree').toFixed(2)}, layout ${sum('Layout').toFixed(2)}, pre-paint ${sum('PrePaint').toFixed(2)}, paint ${sum('Paint').toFixed(2)}, layerize ${sum('Layerize').toFixed(2)}, commit ${sum('Commit').toFixed(2)}, hit test ${sum('HitTest').toFixed(2)}, script ${sum('FunctionCall').toFixed(2)}`,
      `  restyles: ${styles.length}, elements (largest): ${top(styles)}`,
      `  layouts: ${layouts.length}, dirty/total (largest): ${layouts
        .sort((a, b) => (b.dirtyObjects ?? 0) - (a.dirtyObjects ?? 0))
        .slice(0, 8)
        .map((l) => `${l.dirtyObjects}/${l.totalObjects}`)
        .join(' ')}`,
      `  largest single ms: paint ${each('Paint')}; layerize ${each('Layerize')}; pre-paint ${each('PrePaint')}; layout ${each('Layout')}`,
    ].join('\n');
  };
}

export async function gridRun(running: RunningBrowser, url: string, roleName: string): Promise<void> {
  const page = await running.newPage();
  try {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(url);
    await page.getByLabel('Yrkesroll', { exact: true }).selectOption({ label: roleName });
    const table = page.getByRole('table', { name: `Inskrivna blanketter för ${roleName}` });
    await table.waitFor({ timeout: 30_000 });
    // The grid holds every form (a header row, the forms, a blank row to type the next in), drawing those in view.
    const rows = Number(await table.getAttribute('aria-rowcount'));
    if (rows !== PAPER_FORMS + 2) throw new Error(`the grid holds ${rows - 1} rows, not ${PAPER_FORMS + 1}`);
    await page.waitForTimeout(500);
    await page.evaluate(installKeyProbe);
    // A cell in the middle of the grid: form 50, task 20, scrolled to as a person would (the grid draws only what is in view).
    const scrollToCell = () =>
      page.locator('.paper-grid__scroll').evaluate((el) => {
        const row = el.querySelector('tr.paper-grid__row')?.getBoundingClientRect().height ?? 44;
        el.scrollTop = 49 * row - el.clientHeight / 2;
        // The header draws every column: task 20's is the 22nd (after the form number and the week's total).
        const head = el.querySelectorAll<HTMLElement>('thead tr > *')[21];
        if (head) el.scrollLeft = head.offsetLeft + head.offsetWidth / 2 - el.clientWidth / 2;
      });
    await scrollToCell();
    const cell = table.locator('input[data-r="49"][data-c="20"]');
    await cell.waitFor({ timeout: 30_000 });
    await cell.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await scrollToCell();
    await cell.waitFor({ timeout: 30_000 });
    await cell.focus();
    await page.evaluate(() => {
      (window as unknown as { __paperKeys: { work: number[]; frame: number[]; over: (string | null)[] } }).__paperKeys = { work: [], frame: [], over: [] };
    });
    const cdp = process.env.PAPER_PROFILE ? await page.context().newCDPSession(page) : null;
    const tracer = process.env.PAPER_TRACE ? await startTrace(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    // Typed as a person does: a value, one too large (checked: marked invalid), put right, next cell.
    const sequence = ['Backspace', 'Backspace', 'Backspace', '7', '5', 'Backspace', ',', '5', 'Tab', 'Shift+Tab'];
    for (let i = 0; i < KEYS_PER_RUN; i++) {
      await page.keyboard.press(sequence[i % sequence.length] ?? 'Tab');
      if ((i + 1) % sequence.length === 5) {
        // "75" is over 60 h: the cell must say so.
        const invalid = await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'));
        if (invalid !== 'true') throw new Error('75 h was not marked invalid');
      }
    }
    if (cdp) {
      const { profile } = (await cdp.send('Profiler.stop')) as {
        profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[] };
      };
      const counts = new Map<number, number>();
      for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
      const byName = new Map<string, number>();
      for (const node of profile.nodes) {
        const name = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber}`;
        byName.set(name, (byName.get(name) ?? 0) + (counts.get(node.id) ?? 0));
      }
      console.log(
        [...byName]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 25)
          .map(([n, c]) => `${c}\t${n}`)
          .join('\n'),
      );
    }
    if (tracer) console.log(await tracer());
    // The last keystroke's probe runs in a task of its own: wait for the next frame and a task after it before reading.
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const probe = await page.evaluate(() => (window as unknown as { __paperKeys: { work: number[]; frame: number[]; over: (string | null)[] } }).__paperKeys);
    if (probe.work.some((v) => !Number.isFinite(v))) throw new Error('a keystroke reached no listener after the app');
    if (probe.over.length === 0 || probe.over.some((v) => v !== 'true'))
      throw new Error(`"75" was not marked invalid when its time was taken: ${probe.over.join(' ')}`);
    if (process.env.PAPER_DEBUG) console.log(probe.work.map((v) => v.toFixed(0)).join(' '));
    paperFigures.keystroke.values.push(...probe.work);
    paperFigures.frame.values.push(...probe.frame);
  } finally {
    await page.close();
  }
}

async function pdfPress(page: Page): Promise<number> {
  const button = page.getByRole('button', { name: 'Blanketter för alla roller (PDF)', exact: true });
  await button.waitFor({ state: 'visible', timeout: 60_000 });
  await page.evaluate(() => performance.clearMeasures());
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  const path = await download.path();
  if (statSync(path).size <= 0) throw new Error(`${download.suggestedFilename()} is empty`);
  const durations = await page.evaluate(() => performance.getEntriesByName('akr:pdf:paperForms', 'measure').map((e) => e.duration));
  if (durations.length !== 1) throw new Error(`expected one akr:pdf:paperForms measure, found ${durations.length}`);
  // The button is enabled again once the file is handed over.
  await page.waitForTimeout(300);
  return durations[0] ?? NaN;
}

/** Seeds an analysis with 100 paper forms of 40 tasks in the app at baseUrl: the grid's survey page and the role to choose. */
export async function seedGrid(running: RunningBrowser, baseUrl: string): Promise<{ url: string; roleName: string }> {
  const gridSeed = buildSeed(randomUUID(), undefined, PAPER_GRID_TASKS);
  await seedDatabase(running, baseUrl, gridSeed);
  await seedForms(running, baseUrl, gridSeed);
  return { url: surveyUrl(baseUrl, gridSeed.analysis.id), roleName: gridSeed.roles[0]?.name ?? '' };
}

/** Runs figures 14a–14c: `runs` fresh tabs on the grid, and `runs` presses (after a first, not counted) of the PDF button. */
export async function runPaperBench(running: RunningBrowser, baseUrl: string, runs: number): Promise<void> {
  try {
    const { url, roleName } = await seedGrid(running, baseUrl);
    for (let run = 0; run < runs; run++) {
      try {
        await gridRun(running, url, roleName);
      } catch (error) {
        paperFigures.keystroke.errors.push(message(error));
      }
    }
  } catch (error) {
    paperFigures.keystroke.errors.push(message(error));
  }
  try {
    const pdfSeed = buildSeed(randomUUID(), undefined, PAPER_PDF_TASKS);
    await seedDatabase(running, baseUrl, pdfSeed);
    const page = await running.newPage();
    try {
      await page.goto(surveyUrl(baseUrl, pdfSeed.analysis.id));
      await pdfPress(page); // the first press also fetches the PDF code and fonts
      for (let i = 0; i < runs; i++) paperFigures.pdf.values.push(await pdfPress(page));
    } finally {
      await page.close();
    }
  } catch (error) {
    paperFigures.pdf.errors.push(message(error));
  }
  process.stdout.write(`  paper survey: ${paperFigures.keystroke.values.length} keystrokes, ${paperFigures.pdf.values.length} PDF presses\n`);
}
