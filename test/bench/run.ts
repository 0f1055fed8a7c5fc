/**
 * `npm run bench`: builds the app, then measures the AKR colour board with
 * 1,000 cards (250 tasks × 4 roles) in headless Chromium, the survey import of
 * 50,000 rows, and the JSON export and import of an analysis of 10,011 items,
 * the staff handout PDF of 300 tasks, the final report PDF and .docx of 1,000 tasks,
 * and prints each figure (median, p95, max) with its budget from QUALITY.md and
 * the ratio figure/budget, and the size of the renderer JavaScript fetched at
 * start-up (figure 11, from the built files), and 60 phones in the room sending
 * at once (figure 15, test/bench/room.ts), and HR's overview over 200 analysis files (figure 16,
 * test/bench/hrOverview.ts). Without the build: `node --import ./test/bench/register.mjs test/bench/run.ts`.
 *
 * Environment: BENCH_RUNS (cold board loads, default 5), BENCH_SAMPLES
 * (samples of each interaction per load, default 3), BENCH_MOVES (persisted
 * keyboard moves per load, default 20). BENCH_RUNS also sets the number of
 * JSON export/import round trips (figure 9), each in a fresh tab, and the
 * number of PDF button presses after the first (figure 10).
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { startServer } from '../../build/scripts/serve.mjs';
import { chromiumPath, launchBrowser, newProfileDir, type RunningBrowser } from '../e2e/browser.ts';
import { EXCHANGE_TASKS, exchangePageScript, exchangeRoundTrip, itemCount } from './exchange.ts';
import type { ImportTimes } from './exchangePage.ts';
import {
  bareStrictPuts,
  BOARD_VIEWPORT as VIEWPORT,
  dragTrace,
  keyboardMove,
  keyboardPickup,
  openBoardCold,
  persistedMoves,
  pointerPickup,
  showLaneBoundary,
} from './measure.ts';
import { pdfBench, pdfLine, PDF_SPECS, runPdfBench } from './pdf.ts';
import { docxBench, docxLine, runDocxBench } from './docx.ts';
import { paperFigures, runPaperBench } from './paper.ts';
import { ROOM_NOTES, runRoomBench } from './room.ts';
import { installProbe } from './probe.ts';
import { figure, formatTable, sample, type Figure } from './report.ts';
import { boardUrl, buildSeed, seedDatabase } from './seed.ts';
import { summarise } from './stats.ts';
import { measureTotals } from './totalsBench.ts';
import { surveyImportPreview, SURVEY_ROWS, wideSurveyCsv } from './survey.ts';
import { runSurveyFileFigures } from './surveyFiles.ts';
import { startupLine, startupSize } from './startupSize.ts';
import { HR_FILES, hrFigures, runHrOverviewBench } from './hrOverview.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 3);
const MOVES = Number(process.env.BENCH_MOVES ?? 20);

const f = {
  ttiInPage: figure('1. to interactive, cold cache (in page)', 300, 'median', 'loads'),
  ttiWall: figure('1b. to interactive, cold cache (wall clock)', 300, 'median', 'loads'),
  pointer: figure('2. pick-up, pointer', 50, 'median', 'pick-ups'),
  keyboard: figure('3. pick-up, keyboard (Space)', 50, 'median', 'pick-ups'),
  busy: figure('4. main-thread busy per 16.7 ms slot, dragging', 16.7, 'p95', 'slots'),
  kbMove: figure('5. keyboard move, ArrowRight (pick-up budget)', 50, 'median', 'moves'),
  persist: figure('6. move persisted to IndexedDB (akr:persist)', 20, 'p95', 'writes'),
  saved: figure('6b. the same, as the page hears of it (akr:saved)', null, 'p95', 'writes'),
  barePut: figure('6c. reference: bare IDB put, strict durability', 20, 'p95', 'puts'),
  totals: figure('7. colour totals after a move (Node)', 2, 'median', 'calls'),
  pointer4: figure('2. pick-up, pointer ×4 CPU', 50, 'median', 'pick-ups'),
  keyboard4: figure('3. pick-up, keyboard (Space) ×4 CPU', 50, 'median', 'pick-ups'),
  survey: figure(`8. survey import, ${SURVEY_ROWS.toLocaleString('en')} rows: file chosen → preview on screen`, 1000, 'median', 'imports'),
  busy4: figure('4. main-thread busy per 16.7 ms slot, dragging ×4 CPU', 16.7, 'p95', 'slots'),
};
const surveyCsv = wideSurveyCsv();
const exchangeSeed = buildSeed(undefined, undefined, EXCHANGE_TASKS);
const exchangeItems = itemCount(exchangeSeed);
const exchangeWhat =
  `${exchangeItems.toLocaleString('en')} items = ${exchangeSeed.tasks.length.toLocaleString('en')} tasks + ` +
  `${exchangeSeed.placements.length.toLocaleString('en')} cards + ${exchangeSeed.roles.length} roles + ${exchangeSeed.steps.length} steps + 1 analysis`;
const fx = {
  exportJson: figure(`9a. JSON export, ${exchangeWhat}`, 1000, 'median', 'exports'),
  importJson: figure(`9b. JSON import of that file into a database without it`, 1000, 'median', 'imports'),
  reimportJson: figure('9c. the same file imported again (nothing to do)', null, 'median', 'imports'),
};
const pdf = [pdfBench('10a', PDF_SPECS.handout, RUNS), pdfBench('10b', PDF_SPECS.report, RUNS)] as const;
const docx = docxBench(RUNS);
const imports: { first: ImportTimes; again: ImportTimes; bytes: number }[] = [];
const drags: { rate: number; movesPerS: number; longestTaskMs: number }[] = [];

/** Lets the page finish what follows the first render (live queries, fonts), then scrolls to the lanes. */
async function quiet(page: Page): Promise<void> {
  await page.waitForTimeout(500);
  await showLaneBoundary(page);
}

async function interactions(page: Page, cdp: CDPSession, rate: 1 | 4, run: number) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    for (let i = 0; i < SAMPLES; i++) {
      const n = run * SAMPLES + i;
      await sample(rate === 1 ? f.pointer : f.pointer4, () => pointerPickup(page, n));
      await sample(rate === 1 ? f.keyboard : f.keyboard4, () => keyboardPickup(page, n));
      if (rate === 1) await sample(f.kbMove, () => keyboardMove(page, n));
    }
    await sample(rate === 1 ? f.busy : f.busy4, async () => {
      const busy = await dragTrace(page, cdp, run);
      drags.push({ rate, movesPerS: busy.movesDispatched / (busy.windowMs / 1000), longestTaskMs: busy.longestTaskMs });
      return busy.slots;
    });
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

/**
 * Figure 9: seeds the 10,011-item analysis into the app's database, then per
 * round trip opens the app's start page (where the Files section is) in a fresh
 * tab and runs, with the app's own code, export → import into an empty database
 * → the same import again. Every round trip is a fresh JavaScript realm, as when
 * the user does it once.
 */
async function exchangeFigures(running: RunningBrowser, baseUrl: string): Promise<void> {
  const all = Object.values(fx);
  let script: string;
  try {
    script = await exchangePageScript();
    await seedDatabase(running, baseUrl, exchangeSeed);
  } catch (error) {
    for (const fig of all) fig.errors.push(message(error));
    return;
  }
  for (let run = 0; run < RUNS; run++) {
    const page = await running.newPage();
    try {
      await page.goto(baseUrl);
      await page.getByTestId('analysis-file').waitFor({ state: 'attached', timeout: 20_000 });
      await page.waitForTimeout(500);
      const trip = await exchangeRoundTrip(page, script, exchangeSeed.analysis.id, `akr-bench-import-${run}`);
      if (!trip.first.isNew || trip.first.changes !== exchangeItems) {
        throw new Error(
          `the first import was not of a new analysis with ${exchangeItems} additions (new: ${trip.first.isNew}, changes: ${trip.first.changes})`,
        );
      }
      if (trip.again.changes !== 0 || trip.again.conflicts !== 0) {
        throw new Error(`importing the file again would change ${trip.again.changes} items with ${trip.again.conflicts} conflicts, not nothing`);
      }
      fx.exportJson.values.push(trip.exportMs);
      fx.importJson.values.push(trip.first.total);
      fx.reimportJson.values.push(trip.again.total);
      imports.push(trip);
    } catch (error) {
      for (const fig of all) fig.errors.push(message(error));
    } finally {
      await page.close();
    }
  }
  process.stdout.write(`  JSON export/import: ${imports.length}/${RUNS} round trips done\n`);
}

/** The medians of an import's parts, one line. */
function importParts(which: 'first' | 'again'): string {
  const median = (pick: (t: ImportTimes) => number) => summarise(imports.map((i) => pick(i[which])))?.median.toFixed(0) ?? '–';
  return `read ${median((t) => t.read)}, restoreFile ${median((t) => t.restore)}, preview ${median((t) => t.preview)}, apply ${median((t) => t.apply)}`;
}

const message = (error: unknown) => (error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error));

/** One cold load of the board and every in-browser figure on it; run -1 is the warm-up and records nothing. */
async function oneLoad(page: Page, cdp: CDPSession, url: string, run: number): Promise<void> {
  await page.setViewportSize(VIEWPORT);
  try {
    const open = await openBoardCold(page, cdp, url);
    if (run < 0) return; // warm-up: starts Chromium's processes and fills the OS file cache
    f.ttiInPage.values.push(open.inPage);
    f.ttiWall.values.push(open.wallClock);
    await quiet(page);
  } catch (error) {
    for (const fig of Object.values(f)) if (fig !== f.totals && (run >= 0 || fig === f.ttiInPage)) fig.errors.push(message(error));
    return;
  }
  await interactions(page, cdp, 1, run);
  await interactions(page, cdp, 4, run);
  await sample(f.persist, async () => {
    const { persist, saved } = await persistedMoves(page, MOVES);
    f.saved.values.push(...saved);
    return persist;
  });
  await sample(f.barePut, () => bareStrictPuts(page, 5));
  await page.goto(url.replace(/\/board$/, '/survey'));
  await page.getByTestId('survey-file').waitFor({ state: 'attached' });
  for (let i = 0; i < 2; i++) await sample(f.survey, () => surveyImportPreview(page, surveyCsv));
  process.stdout.write(`  load ${run + 1}/${RUNS} done\n`);
}

async function main(): Promise<void> {
  if (!chromiumPath()) throw new Error('Chromium saknas: installera den eller ange CHROMIUM_PATH.');
  const server = await startServer({ port: 0 });
  const running = await launchBrowser(newProfileDir());
  const problemsBefore = running.problems.length;
  const seed = buildSeed();
  try {
    await running.context.addInitScript(installProbe);
    await seedDatabase(running, server.url, seed);
    const url = boardUrl(server.url, seed.analysis.id);
    const version = running.browser.version();
    console.log(`AKR Studio bench – ${new Date().toISOString()} – Chromium ${version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`);
    console.log(
      `Board: ${seed.placements.length} cards (${seed.tasks.length} tasks × ${seed.roles.length} roles), viewport ${VIEWPORT.width}×${VIEWPORT.height}`,
    );
    console.log(
      `Load average before: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (1/5/15 min) – other work on this machine inflates every figure`,
    );
    console.log(`${RUNS} cold loads (+1 warm-up not counted), ${SAMPLES} samples of each interaction per load, ${MOVES} persisted moves per load\n`);

    for (let run = -1; run < RUNS; run++) {
      // A fresh tab per load (about:blank first, so the board URL is a full navigation), closed after it.
      const page = await running.newPage();
      try {
        await oneLoad(page, await running.context.newCDPSession(page), url, run);
      } finally {
        await page.close();
      }
    }
    await exchangeFigures(running, server.url);
    for (const bench of pdf) await runPdfBench(running, server.url, bench, RUNS);
    await runDocxBench(running, server.url, docx, RUNS);
    await runPaperBench(running, server.url, RUNS);
  } finally {
    await running.close();
    await server.close();
    // Chromium's helper processes may still be writing the profile as it closes; retry, and
    // never let a leftover temp folder cost the run its figures.
    try {
      rmSync(running.profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch (error) {
      console.warn(`Could not remove ${running.profileDir}: ${String(error)}`);
    }
  }
  await sample(f.totals, async () => measureTotals(seed));
  const fileFigures = await runSurveyFileFigures(RUNS);
  // Its own server (with the room on loopback), journal and browser, after the others have closed theirs.
  const room = await runRoomBench();
  // Its own server, browser and temp folder of 200 files (written once, removed after).
  const hrLine = await runHrOverviewBench(RUNS);

  const figures: Figure[] = [
    f.ttiInPage,
    f.ttiWall,
    f.pointer,
    f.keyboard,
    f.busy,
    f.kbMove,
    f.persist,
    f.saved,
    f.barePut,
    f.totals,
    f.survey,
    ...fileFigures,
    fx.exportJson,
    fx.importJson,
    fx.reimportJson,
    ...pdf.flatMap((p) => [p.later, p.first]),
    docx.later,
    docx.first,
    paperFigures.keystroke,
    paperFigures.frame,
    paperFigures.pdf,
    room.figures.receipt,
    room.figures.committed,
    room.figures.arrived,
    room.figures.commit,
    hrFigures.screen,
    hrFigures.node,
    f.pointer4,
    f.keyboard4,
    f.busy4,
  ];
  console.log(`\n${formatTable(figures)}\n`);
  console.log(startupLine(startupSize(fileURLToPath(new URL('../../dist/renderer', import.meta.url)))));
  for (const rate of [1, 4]) {
    const these = drags.filter((d) => d.rate === rate);
    const perS = summarise(these.map((d) => d.movesPerS));
    const longest = summarise(these.map((d) => d.longestTaskMs));
    if (!perS || !longest) continue;
    console.log(
      `Drags ×${rate} CPU: ${these.length}; mousemoves the page handled per second: median ${perS.median.toFixed(0)}, lowest ${Math.min(...these.map((d) => d.movesPerS)).toFixed(0)} ` +
        `(60 offered at most; each waits for the page to take the previous one); longest main-thread task: median ${longest.median.toFixed(0)} ms, max ${longest.max.toFixed(0)} ms.`,
    );
  }
  if (imports.length > 0) {
    console.log(
      `JSON file: ${((imports[0]?.bytes ?? 0) / 1e6).toFixed(1)} MB. Import parts, median ms: into a database without it: ${importParts('first')}; ` +
        `again: ${importParts('again')}.`,
    );
  }
  for (const bench of pdf) console.log(pdfLine(bench));
  console.log(docxLine(docx, fileURLToPath(new URL('../../dist/renderer', import.meta.url))));
  console.log(`Room (figure 15):\n${room.lines.join('\n')}`);
  console.log(hrLine);
  // Lost or doubled submissions are a defect, not a slow figure: the run says so in its exit code.
  if (!room.countsOk) process.exitCode = 1;
  console.log(
    `Load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(NOTES);
  console.log(ROOM_NOTES);
  const problems = running.problems.slice(problemsBefore);
  console.log(
    problems.length === 0 ? 'Browser problems (console errors, CSP, outside requests): none.' : `Browser problems:\n  ${[...new Set(problems)].join('\n  ')}`,
  );
}

const NOTES = `
How each figure is taken (times are ms; median, p95 (nearest rank), max over all samples):
 1  performance.now() in the page when the first [data-card] took focus (focus() then document.activeElement
    check, on every DOM mutation and every frame), relative to the document's time origin = navigation start.
    HTTP cache cleared and disabled via CDP, fresh tab per load. 1b: Node wall clock around page.goto +
    the wait (adds CDP round trips). The wait is one CDP Runtime.evaluate awaiting the probe's promise, not
    Playwright's waitForFunction, whose injected script would be parsed and run on the page's main thread
    inside the interval being measured. The loads are half a minute apart (the other figures run in between),
    so each starts in a fresh renderer process: loads a moment apart reuse a warm one and read lower.
 2  From the timeStamp of the pointermove that crossed dnd-kit's 5 px activation distance (capture listener)
    to the end of the first frame after [data-drag-overlay] appeared (MutationObserver, then rAF + a
    MessageChannel task, so the frame's own style/layout/paint is included).
 3  Space keydown timeStamp to the end of the first frame after a card has data-picked (same frame rule).
 4  Busy time per 16.7 ms slot from a CDP trace (devtools.timeline categories): merged top-level RunTask
    events of the board's CrRendererMain thread, over the window from the first to the last mousemove
    dispatch of a 2 s drag across the visible columns and lanes at ~60 moves/s. All slots of all drags pooled.
    A slot holds at most 16.7 ms, so a p95 of 16.7 means ≥ 5 % of slots were busy throughout (see the
    longest task above). Tracing itself adds some main-thread work.
 5  ArrowRight keydown (card picked up with Space) to the end of the first frame after [data-insertion-marker]
    sits in another cell. Held against the 50 ms pick-up budget (QUALITY.md has no separate one).
 6  The app's own performance.measure 'akr:persist': from the edit (the write handed to the writer worker)
    to its IndexedDB transaction's 'complete' event in the worker (strict durability; both clocks read as
    timeOrigin + now), after keyboard moves Space, ArrowRight/ArrowLeft, Space, one at a time (each waits
    for its write, then 250 ms), so this is one move's write, not a burst's queue.
 6b 'akr:saved': the same start to when the main thread handles the worker's answer (the top bar's
    "Sparat"); it waits behind whatever the main thread is drawing after the move. Context, no budget.
 6c Not a figure of the app: 5 bare IndexedDB puts per load, one small record per strict-durability
    transaction in a separate database, for the cost of the disk flush on this machine.
 7  boardTotals(placements, roles) over the same 1,000 placements in Node, one card moved per call,
    after 100 uncounted warm-up calls (V8 has optimised it, as in a board that has seen a few moves).
 8  A ${(surveyCsv.length / 1e6).toFixed(1)} MB wide CSV (${SURVEY_ROWS} respondents × 20 tasks, ; and decimal commas, UTF-8 BOM, a third of
    the cells blank, one in a thousand not a number) chosen on the survey view: the app's measure 'akr:import-preview'
    from the input's change event to the first frame after the report, column guesses and preview are rendered
    (decode, delimiter guess, parse, mapping guess, every value checked, over-full check). 2 per load.
 9  One analysis of ${exchangeWhat}, written straight into the app's
    database ('akr-studio') after the board loads. ${RUNS} round trips, each in a fresh tab on the app's start page (the Files
    section), with the app's own code (renderer/db/exchangeRepository.ts, shared/exchange/) bundled by esbuild and
    handed to the page over CDP; both databases are open and each machine's id made before any clock starts.
    9a exportFile([id]) (one transaction: reads everything of the analysis, remembers what was exchanged) + serialize:
       the text the user saves, no budget for the save dialog.
    9b That text as a File: size check, file.text(), restoreFile (JSON.parse + strict zod checks + ids and links),
       preview (the merge plan) and apply (planned again and written in one readwrite transaction, strict
       durability), into a second database on the same origin that starts empty, as another machine's would.
       What the user waits for: file chosen → preview, plus "Import" → written.
    9c The same file again into that database, which now has it: the preview lists nothing to do. Context, no budget.
10  Two more analyses written straight into the database after figure 9 (10a: ${pdf[0].spec.tasks} tasks × 4 roles, 10b:
    ${pdf[1].spec.tasks.toLocaleString('en')} tasks × 4 roles; no survey, workshop notes or new roles). Each opens its overview
    (#/analyses/<id>/overview) in a fresh tab with the HTTP cache cleared and disabled, then the real button
    ("${pdf[0].spec.button}" / "${pdf[1].spec.button}") is clicked ${RUNS + 1} times, one after another, each waiting for
    the download event (accepted; size > 0 checked every time, pages with pdfinfo on the first file). The figure is
    the app's own performance.measure 'akr:pdf:handout' / 'akr:pdf:report' (renderer/pdf/exportPdf.ts): from the start
    of exportPdf (the button's handler, once the PDF module is imported) to the PDF bytes ready, before the save;
    it includes reading the analysis from IndexedDB, laying out and jsPDF. Measures are cleared before every press.
    10a/10b are the median of presses 2–${RUNS + 1}. 10a′/10b′: the first press, which also fetches and base64-decodes
    the three DejaVu Sans files inside the measure (the PDF module with jsPDF is fetched just before it starts;
    the wall clock line above includes it). Context, no budget. The bench's probe (for figures 1–5) is in these
    pages too: a querySelector per frame and per DOM mutation.
    10c: a third analysis like 10b's; "Slutrapport (Word)" on its overview is pressed the same way. The app's
    measure 'akr:docx:report' (renderer/docx/exportDocx.ts): from the handler's start (the Word chunk is fetched
    just before) through reading the analysis, buildReport, the bars' PNGs and docx packing the zip, to the bytes
    ready, before the save. 10c′ is the first press. The line under the table gives the lazy chunk's size.
11  Not timed: the .js files named by script and modulepreload tags in dist/renderer/index.html (the app's
    bundle, the early entry, the board's and analysis view's chunks), each gzipped at level 9, summed.
12  In Node, with the app's modules: a file of just under 20 MB whose header row is "Yrkesroll;Timmar per vecka:",
     spaces, then "x (timmar per vecka" (the shapes the task-title patterns once backtracked over), and one answer:
    readSurveyFile (decode, delimiter guess, parse) + guessMapping + buildSurvey + reportOf, or the refusal. ${RUNS} reads.
13  The same path for a long-format CSV of 5,000 people × 40 tasks = 200,000 rows (decimal commas). Budget: 4 × the
    1 s QUALITY.md gives 50,000 rows.
14  Paper survey (test/bench/paper.ts). 14a/14b: an analysis of 40 tasks × 4 roles with 100 paper forms of its first
    role written straight into the database; ${RUNS} fresh tabs open the survey view, choose that role in the entry
    grid (101 rows × 40 task boxes) and press 40 keys in the box of form 50, task 20 (Backspace, 7, 5 – over 60 h,
    checked to be marked invalid –, Backspace, ",", 5, Tab, Shift+Tab …). 14a: the keydown's timeStamp to the end of
    the app's handling of the key: listeners on window (the last stop of a bubbling event, after React's root
    listener and its synchronous update) for the key's keydown, input and, when Tab moves on, focusout/focusin lay
    the edited row out (getBoundingClientRect) and take the time; the key's last event sets it. A task posted from
    the keydown would not measure it: Chrome runs such tasks (MessageChannel, even postTask 'user-blocking') only
    when the burst of keys pauses, so they read the burst's length. 14b: the same start to the next frame's
    animation callbacks (the frame that draws the key), for context, not held against the budget.
    14c: an analysis of 60 tasks × 4 roles (headcounts 24, 5, 1, 2: 32 numbered forms); on its survey view
    "Blanketter för alla roller (PDF)" is pressed once (loads the PDF code and fonts, not counted), then ${RUNS}
    times; the app's performance.measure 'akr:pdf:paperForms' (renderer/pdf/paperPdf.ts): fonts ready, every
    role's forms laid out, drawn by jsPDF, bytes ready, before the save.
16  HR's overview (test/bench/hrOverview.ts): ${HR_FILES} analysis files of figure 9's 10,011 items each (one new role
    taking one card each, five administrations in five sub-folders), written once into a temp folder by the app's
    buildExport/serialize. The built app on #/hr with the desktop bridge stood in: its folder reading is main's own
    electron/readFolder.ts in Node over a CDP binding (as IPC would carry it). From the click on "Välj mapp…"
    (capture listener, performance.now()) to the end of the frame after the table of units has all ${HR_FILES} rows
    (MutationObserver, then rAF + a task): list, read each file's first 64 KB, parse its key figures in the Web
    Worker, build and render the tables. One warm-up reading per run is not counted (it fills the OS file cache).
    16b: the same listing, head reads and parsing in one Node process, no browser: the reader's own cost.
`;

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
// Guards against a stray handle (server socket, child process) keeping Node alive.
setTimeout(() => process.exit(), 1_000).unref();
