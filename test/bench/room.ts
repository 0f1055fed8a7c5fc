/**
 * Figure 15, phones in the room on loopback (issue 21): the built app served
 * with its room host (serve.mjs, room allowed on 127.0.0.1 as only tests do),
 * the facilitator's window open in Chromium on an analysis of 4 roles × 40
 * tasks, the room opened through the local link from Node as the window's
 * room client does, then 60 simulated phones (Node http in a worker thread
 * of their own, test/bench/roomPhones.ts; one keep-alive connection each,
 * plus each phone's live channel) sending three bursts, one
 * activity open at a time: a 40-task survey answer each, then 3 SWOT notes
 * each, then 5 dots each on notes that exist (5 submissions of one dot, the
 * budget 5). Each phone sends its own submissions one after another, as the
 * phone page's outbox does; the 60 phones send at once.
 *
 * 15a: submit → the phone's receipt (HTTP 201 with the submission's id), in
 * Node. 15b: submit → committed to IndexedDB in the window (the delivery's
 * transaction done; the views' live queries then draw it): the window's own
 * measure 'akr:room-delivered' (renderer/room/delivery.ts), whose detail is
 * the submission's id and whose end is read as wall clock with the page's
 * performance.timeOrigin, against the send's wall clock in Node (same
 * machine, same clock).
 *
 * Then the database is counted (raw IndexedDB in the page): 60 answers, 180
 * notes queued, 300 phone dots, one receipt per submission; 30 submissions
 * are sent again with the same ids (a phone that lost its receipts); the
 * window's acknowledgements of the dots are dropped during their burst (CDP
 * Fetch), so the journal keeps them, and the window reloaded gets all 300
 * again, which its receipts must turn into acknowledgements only; then
 * everything is counted once more. Bounded: stops itself after ROOM_BENCH_LIMIT_MS
 * (default 2 minutes). ROOM_BENCH_VIEW: the window's view during the bursts
 * (default overview).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Page } from 'playwright-core';
import { startServer } from '../../build/scripts/serve.mjs';
import type { AnalysisBundle } from '../../shared/model.ts';
import type { OpenRoomResult } from '../../shared/room/bridge.ts';
import { ROOM_LINK_HEADER, ROOM_LINK_PATH } from '../../shared/room/localLink.ts';
import type { Activity, Submission } from '../../shared/room/protocol.ts';
import { addNote, type SwotNote } from '../../shared/swot.ts';
import { QUADRANTS } from '../../shared/vocabulary.ts';
import { launchBrowser, newProfileDir, type RunningBrowser } from '../e2e/browser.ts';
import { figure, type Figure } from './report.ts';
import type { PhonesReply, PhonesRequest, Sent } from './roomPhones.ts';
import { buildSeed, seedDatabase } from './seed.ts';
import { summarise } from './stats.ts';

export const PHONES = 60;
export const ROOM_TASKS = 40;
const NOTES_PER_PHONE = 3;
const DOTS_PER_PHONE = 5;
/** Notes on the canvas before the vote (3 per quadrant), the ones the dots go on. */
const CANVAS_NOTES = 12;
const RESENT = 30;
/** The view the facilitator's window shows during the bursts (its live queries redraw as the commits land). */
const VIEW = process.env.ROOM_BENCH_VIEW ?? 'overview';
/** The whole run stops after this, whatever it is waiting for. */
const LIMIT_MS = Number(process.env.ROOM_BENCH_LIMIT_MS ?? 120_000);
/** How long one burst may take to reach the window's database. */
const BURST_WAIT_MS = 30_000;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RoomFigures {
  receipt: Figure;
  committed: Figure;
  /** The parts of 15b, for context: submit → the event in the window, and from there to the commit. */
  arrived: Figure;
  commit: Figure;
}

export function roomFigures(): RoomFigures {
  const what = `${PHONES} phones × (1 survey of ${ROOM_TASKS} tasks + ${NOTES_PER_PHONE} notes + ${DOTS_PER_PHONE} dots)`;
  return {
    receipt: figure(`15a. room, ${what}: submit → phone's receipt (HTTP 201)`, 200, 'p95', 'submissions'),
    committed: figure(`15b. room, the same: submit → committed to IndexedDB in the window (live queries draw it)`, 500, 'p95', 'submissions'),
    arrived: figure(`15b′. part of 15b: submit → in the window (journal, host event, local link's stream)`, null, 'p95', 'submissions'),
    commit: figure(`15b″. part of 15b: in the window → committed (the window's measure 'akr:room-delivered')`, null, 'p95', 'submissions'),
  };
}

/** What the database holds of the room's submissions. */
interface Counts {
  answers: number;
  queued: number;
  phoneDots: number;
  receipts: number;
  /** Receipts whose submission id occurs more than once (never, with receipts keyed by it). */
  distinctReceipts: number;
}

export interface RoomBenchResult {
  figures: RoomFigures;
  /** One line per burst and the counts, for the bench's notes. */
  lines: string[];
  /** Whether every count came out as it must (0 lost, 0 counted twice). */
  countsOk: boolean;
}

const medianP95 = (values: number[]) => {
  const s = summarise(values);
  return s ? `${s.median.toFixed(0)}/${s.p95.toFixed(0)}` : '–';
};

const wallNow = () => performance.timeOrigin + performance.now();

/** The phones, in a worker thread (test/bench/roomPhones.ts), one request at a time. */
function startPhones() {
  const worker = new Worker(new URL('./roomPhones.ts', import.meta.url), { execArgv: ['--import', new URL('./register.mjs', import.meta.url).href] });
  let failure: Error | null = null;
  worker.on('error', (error) => (failure = error));
  const ask = (request: PhonesRequest): Promise<PhonesReply> =>
    new Promise((resolve, reject) => {
      if (failure) {
        reject(failure);
        return;
      }
      const onExit = () => reject(new Error('the phones stopped'));
      worker.once('exit', onExit);
      worker.once('message', (reply: PhonesReply) => {
        worker.off('exit', onExit);
        if (reply.type === 'failed') reject(new Error(`phones: ${reply.message}`));
        else resolve(reply);
      });
      worker.postMessage(request);
    });
  return {
    worker,
    ask,
    async send(request: Extract<PhonesRequest, { type: 'burst' | 'resend' }>): Promise<Sent[]> {
      const reply = await ask(request);
      if (reply.type !== 'sent') throw new Error(`phones answered ${reply.type}`);
      return reply.sent;
    },
    async stop(): Promise<void> {
      await ask({ type: 'stop' }).catch(() => undefined);
      await worker.terminate();
    },
  };
}

/** The page's wall clock minus Node's (both timeOrigin + now), with the half round trip it is known to within. */
async function clockSkew(page: Page): Promise<{ skew: number; bound: number }> {
  let best = { skew: NaN, bound: Infinity };
  for (let i = 0; i < 5; i++) {
    const before = wallNow();
    const inPage = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = wallNow();
    if ((after - before) / 2 < best.bound) best = { skew: inPage - (before + after) / 2, bound: (after - before) / 2 };
  }
  return best;
}

function post(port: number, path: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.setTimeout(20_000, () => req.destroy(new Error(`${path} timed out`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** The local server's room link, called as the window's room client calls it (renderer/platform/browserRoom.ts). */
function roomLink(port: number, secret: string) {
  return async <T>(name: string, args: unknown[]): Promise<T> => {
    const reply = await post(port, `${ROOM_LINK_PATH}/${name}`, { origin: `http://127.0.0.1:${port}`, [ROOM_LINK_HEADER]: secret }, JSON.stringify(args));
    const body = JSON.parse(reply.text) as { value?: T; error?: string };
    if (reply.status !== 200 || body.error !== undefined) throw new Error(`room ${name}: ${reply.status} ${body.error ?? reply.text}`);
    return body.value as T;
  };
}

/** The window's 'akr:room-delivered' measures as wall-clock times (arrival in the window, commit), by submission id. */
async function committedAt(page: Page): Promise<Map<string, { arrived: number; committed: number }>> {
  const entries = await page.evaluate(() =>
    (performance.getEntriesByName('akr:room-delivered') as PerformanceMeasure[]).map((m) => ({
      id: String(m.detail),
      arrived: performance.timeOrigin + m.startTime,
      committed: performance.timeOrigin + m.startTime + m.duration,
    })),
  );
  return new Map(entries.map((e) => [e.id, e]));
}

/** Waits (bounded) until the window has committed every one of `ids`. */
async function waitCommitted(page: Page, ids: readonly string[], deadline: number): Promise<Map<string, { arrived: number; committed: number }>> {
  const wanted = new Set(ids);
  for (;;) {
    // A cheap count while waiting (the page is busy delivering; reading every entry each time would load it), then the entries once.
    const measured = await page.evaluate(
      (wanted) => performance.getEntriesByName('akr:room-delivered').filter((m) => wanted.includes(String((m as PerformanceMeasure).detail))).length,
      [...wanted],
    );
    if (measured >= wanted.size) return committedAt(page);
    if (Date.now() > deadline) throw new Error(`${wanted.size - measured} of ${wanted.size} submissions not committed in the window in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Counts the analysis's room records with the raw IndexedDB API in the page. */
function countRecords(page: Page, analysisId: string): Promise<Counts> {
  return page.evaluate(
    (a) =>
      new Promise<Counts>((resolve, reject) => {
        const open = indexedDB.open('akr-studio');
        open.onerror = () => reject(open.error ?? new Error('could not open akr-studio'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['surveyResponses', 'roomQueue', 'swotNotes', 'roomReceipts'], 'readonly');
          const all = (store: string) =>
            new Promise<Record<string, unknown>[]>((ok, fail) => {
              const req = tx.objectStore(store).index('analysisId').getAll(a);
              req.onsuccess = () => ok(req.result as Record<string, unknown>[]);
              req.onerror = () => fail(req.error ?? new Error(`could not read ${store}`));
            });
          Promise.all([all('surveyResponses'), all('roomQueue'), all('swotNotes'), all('roomReceipts')]).then(([answers, queued, notes, receipts]) => {
            db.close();
            resolve({
              answers: answers.length,
              queued: queued.length,
              phoneDots: notes.reduce((sum, n) => sum + (typeof n.phoneDots === 'number' ? n.phoneDots : 0), 0),
              receipts: receipts.length,
              distinctReceipts: new Set(receipts.map((r) => r.submission)).size,
            });
          }, reject);
        };
      }),
    analysisId,
  );
}

/** Writes the notes the dots go on into the app's database (a tab of its own, raw IndexedDB, as seed.ts does). */
async function seedNotes(running: RunningBrowser, baseUrl: string, notes: readonly SwotNote[]): Promise<void> {
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
            const tx = db.transaction('swotNotes', 'readwrite');
            for (const n of rows) tx.objectStore('swotNotes').put(n);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onabort = () => reject(tx.error ?? new Error('the notes transaction aborted'));
          };
        }),
      notes,
    );
  } finally {
    await page.close();
  }
}

function canvasNotes(analysisId: string, at: string): SwotNote[] {
  let notes: SwotNote[] = [];
  for (let i = 0; i < CANVAS_NOTES; i++) {
    const quadrant = QUADRANTS[i % QUADRANTS.length] ?? 'strengths';
    const made = addNote(notes, analysisId, quadrant, `Lapp ${i + 1} på tavlan`, `bench-note-${i + 1}`, at);
    notes = [...notes, ...made.flatMap((c) => (c.after ? [c.after as SwotNote] : []))];
  }
  return notes;
}

/** What each phone sends in each burst. */
function submissions(seed: AnalysisBundle, notes: readonly SwotNote[], voters: readonly string[]) {
  const survey: Extract<Activity, { kind: 'survey' }> = {
    kind: 'survey',
    id: 'bench-survey',
    round: 'r1',
    questions: { unit: 'hours', contract: true, mission: true, comments: true },
    roles: seed.roles.map((r) => ({ name: r.name, fullTimeHours: r.fullTimeHours, tasks: seed.tasks.map((t) => ({ id: t.id, title: t.title })) })),
  };
  const swot: Activity = { kind: 'swot', id: 'bench-swot', quadrants: [...QUADRANTS] };
  const dots: Activity = {
    kind: 'dots',
    id: 'bench-dots',
    budget: DOTS_PER_PHONE,
    notes: notes.map((n) => ({ id: n.id, quadrant: n.quadrant, text: n.text })),
  };
  const answers = voters.map((_, p): Submission[] => [
    {
      id: randomUUID(),
      activityId: survey.id,
      kind: 'survey',
      role: survey.roles[p % survey.roles.length]?.name ?? '',
      // Half-hour steps of 0.5–1 h: 40 tasks make a 20–40 h week.
      hours: seed.tasks.map((t, i) => ({ taskId: t.id, hours: 0.5 + ((p + i) % 2) * 0.5 })),
      contractHours: 40,
      mission: 'Omsorg och dokumentation',
      comment: p % 3 === 0 ? 'Kvällarna är tunga.' : '',
    },
  ]);
  const notesSent = voters.map((_, p): Submission[] =>
    Array.from({ length: NOTES_PER_PHONE }, (_, k) => ({
      id: randomUUID(),
      activityId: swot.id,
      kind: 'note' as const,
      quadrant: QUADRANTS[(p + k) % QUADRANTS.length] ?? 'strengths',
      text: `Telefon ${p + 1}, lapp ${k + 1}: vi hjälper varandra`,
    })),
  );
  const dotsSent = voters.map((voter, p): Submission[] =>
    Array.from({ length: DOTS_PER_PHONE }, (_, k) => ({
      id: randomUUID(),
      activityId: dots.id,
      kind: 'dots' as const,
      voter,
      noteIds: [notes[(p + k) % notes.length]?.id ?? ''],
    })),
  );
  return {
    bursts: [
      { activity: survey, lists: answers },
      { activity: swot, lists: notesSent },
      { activity: dots, lists: dotsSent },
    ] as const,
  };
}

const fmt = (c: Counts) =>
  `answers ${c.answers}, notes queued ${c.queued}, phone dots ${c.phoneDots}, receipts ${c.receipts} (${c.distinctReceipts} distinct submissions)`;

/** Runs the room's load test once; the figures' samples are one per submission. */
export async function runRoomBench(figures = roomFigures()): Promise<RoomBenchResult> {
  const lines: string[] = [];
  const deadline = Date.now() + LIMIT_MS;
  const scratch = mkdtempSync(join(tmpdir(), 'akr-bench-room-'));
  const journalDir = join(scratch, '.akr-room');
  mkdirSync(journalDir);
  const server = await startServer({ port: 0, room: { loopback: true, journalDir, phonePageDir: join(ROOT, 'dist/phone') } });
  let running: RunningBrowser | null = null;
  const voters = Array.from({ length: PHONES }, () => randomUUID());
  const phones = startPhones();
  // Whatever it waits for, the run ends: the servers, the phones and the browser go, and the waits below fail.
  const watchdog = setTimeout(() => {
    void phones.worker.terminate();
    void running?.close();
    void server.close();
  }, LIMIT_MS);
  let countsOk = false;
  try {
    running = await launchBrowser(newProfileDir());
    const at = new Date().toISOString();
    const seed = buildSeed(undefined, at, ROOM_TASKS);
    const notes = canvasNotes(seed.analysis.id, at);
    await seedDatabase(running, server.url, seed);
    await seedNotes(running, server.url, notes);
    const { bursts } = submissions(seed, notes, voters);

    // The facilitator's window on the analysis; its delivery listens once its event stream is answered.
    const page = await running.newPage();
    const listening = page.waitForResponse((r) => r.url().includes(`${ROOM_LINK_PATH}/events`), { timeout: 20_000 });
    await page.goto(`${new URL(server.url).origin}/#/analyses/${encodeURIComponent(seed.analysis.id)}/${VIEW}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
    await listening;

    const html = await (await fetch(server.url)).text();
    const secret = /<meta name="akr-room-link" content="([^"]+)">/.exec(html)?.[1];
    if (secret === undefined) throw new Error('the served page carries no room link secret');
    const link = roomLink(server.port, secret);
    const opened = await link<OpenRoomResult>('open', [seed.analysis.id, { address: '127.0.0.1' }]);
    if (!opened.ok) throw new Error(`the room did not open: ${opened.problem} ${opened.detail}`);
    const token = new URL(opened.room.url).hash.slice('#t='.length);
    const port = opened.room.port;
    await phones.ask({ type: 'open', port, token, phones: PHONES });
    const clocks = await clockSkew(page);
    lines.push(`  clocks: the page's wall clock minus Node's, read across one evaluate: ${clocks.skew.toFixed(1)} ms (±${clocks.bound.toFixed(1)})`);

    const all: Sent[] = [];
    // Chromium drops the matching requests itself (CDP Fetch with a pattern): the page's other requests are not
    // routed through Node, as Playwright's page.route would do, so the burst's figures are left alone.
    const cdp = await running.context.newCDPSession(page);
    cdp.on('Fetch.requestPaused', ({ requestId }) => void cdp.send('Fetch.failRequest', { requestId, errorReason: 'Failed' }).catch(() => undefined));
    let problemsBeforeBlock = 0;
    let problemsAfterBlock = 0;
    for (const b of bursts) {
      if (b.activity.kind === 'dots') {
        // The window's acknowledgements of the dots are lost (as when the host stops before they reach it): the
        // journal keeps the dots, and the reload below delivers them to the window again. The receipts committed
        // with them must make that redelivery count nothing; dots are what would show a double count.
        problemsBeforeBlock = running.problems.length;
        await cdp.send('Fetch.enable', { patterns: [{ urlPattern: `*${ROOM_LINK_PATH}/acknowledge`, requestStage: 'Request' }] });
      }
      await link('setActivity', [b.activity]);
      const started = wallNow();
      const sent = await phones.send({ type: 'burst', lists: b.lists });
      const refused = sent.filter((s) => s.status !== 201);
      if (refused.length > 0)
        throw new Error(`${b.activity.kind}: ${refused.length} submissions refused (${[...new Set(refused.map((s) => s.status))].join(', ')})`);
      const committed = await waitCommitted(
        page,
        sent.map((s) => s.id),
        Math.min(deadline, Date.now() + BURST_WAIT_MS),
      );
      const lastReceipt = Math.max(...sent.map((s) => s.receiptAt));
      const lastCommit = Math.max(...sent.map((s) => committed.get(s.id)?.committed ?? NaN));
      for (const s of sent) {
        figures.receipt.values.push(s.receiptAt - s.sentAt);
        const window = committed.get(s.id);
        figures.committed.values.push((window?.committed ?? NaN) - s.sentAt);
        figures.arrived.values.push((window?.arrived ?? NaN) - s.sentAt);
        figures.commit.values.push((window?.committed ?? NaN) - (window?.arrived ?? NaN));
      }
      lines.push(
        `  ${b.activity.kind}: ${sent.length} submissions from ${PHONES} phones, all receipted ${(lastReceipt - started).toFixed(0)} ms and all committed ${(lastCommit - started).toFixed(0)} ms after the burst began; ` +
          `median/p95 ms: receipt ${medianP95(sent.map((s) => s.receiptAt - s.sentAt))}, committed ${medianP95(sent.map((s) => (committed.get(s.id)?.committed ?? NaN) - s.sentAt))}, ` +
          `in the window ${medianP95(sent.map((s) => (committed.get(s.id)?.arrived ?? NaN) - s.sentAt))}`,
      );
      all.push(...sent);
    }

    const expected: Counts = {
      answers: PHONES,
      queued: PHONES * NOTES_PER_PHONE,
      phoneDots: PHONES * DOTS_PER_PHONE,
      receipts: all.length,
      distinctReceipts: all.length,
    };
    const same = (c: Counts) => JSON.stringify(c) === JSON.stringify(expected);
    const first = await countRecords(page, seed.analysis.id);
    const dotsSent = PHONES * DOTS_PER_PHONE;
    /** Waits (bounded) for the journal's unacknowledged entries to come to `count`; the window acknowledges after each commit, without waiting. */
    const journalAt = async (count: number): Promise<number> => {
      let left = -1;
      for (let tries = 0; tries < 100 && left !== count; tries++) {
        if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 50));
        left = (await link<unknown[]>('unacknowledged', [seed.analysis.id])).length;
      }
      return left;
    };
    // Everything but the dots acknowledged; the dots, committed, still in the journal.
    const heldBack = await journalAt(dotsSent);

    // A phone that lost its receipts sends again with the same ids (10 of each kind): each gets its receipt, nothing counts twice.
    const again = [...bursts.flatMap((b) => b.lists.slice(0, RESENT / bursts.length).map((l) => l[0]))].filter((s): s is Submission => s !== undefined);
    const resent = await phones.send({ type: 'resend', submissions: again });
    const resentOk = resent.filter((s) => s.status === 201).length;
    // The window reloaded, its acknowledgements getting through again: its delivery reads what the journal has not
    // had acknowledged (the ${dotsSent} dots), finds their receipts, and only acknowledges them.
    await cdp.send('Fetch.disable');
    problemsAfterBlock = running.problems.length;
    const rereading = page.waitForResponse((r) => r.url().includes(`${ROOM_LINK_PATH}/unacknowledged`), { timeout: 20_000 });
    await page.reload();
    await rereading;
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
    const leftInJournal = await journalAt(0);
    const second = await countRecords(page, seed.analysis.id);
    const newMeasures = await page.evaluate(() => performance.getEntriesByName('akr:room-delivered').length);
    countsOk = same(first) && same(second) && heldBack === dotsSent && leftInJournal === 0 && newMeasures === 0 && resentOk === again.length;
    // The aborted acknowledgements are reported on the console as failed loads: that is this step's point, not a problem.
    running.problems.splice(
      problemsBeforeBlock,
      problemsAfterBlock - problemsBeforeBlock,
      ...running.problems.slice(problemsBeforeBlock, problemsAfterBlock).filter((p) => !p.includes('net::ERR_FAILED')),
    );
    lines.push(
      `  counted in IndexedDB after the bursts: ${fmt(first)}; expected ${fmt(expected)}; the window's acknowledgements of the dots were dropped: ${heldBack} unacknowledged in the journal`,
      `  ${resentOk}/${again.length} sent again with the same ids receipted; the window reloaded, the journal delivered its ${heldBack} again, ` +
        `${leftInJournal} left unacknowledged, ${newMeasures} committed again; counted: ${fmt(second)}`,
      `  => ${countsOk ? `0 lost, 0 counted twice (${all.length} submissions)` : 'COUNTS WRONG: lost or counted twice'}`,
    );
    await link('close', []);
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
    for (const f of [figures.receipt, figures.committed, figures.arrived, figures.commit]) if (!f.errors.includes(message)) f.errors.push(message);
    lines.push(`  room bench failed: ${message}`);
  } finally {
    clearTimeout(watchdog);
    await phones.stop();
    const problems = running?.problems ?? [];
    if (problems.length > 0) lines.push(`  browser problems: ${[...new Set(problems)].join(' | ')}`);
    await running?.close();
    await server.close();
    // Chromium's helper processes may still be writing the profile as it closes: a leftover temp folder must not cost the figures.
    for (const dir of [scratch, running?.profileDir]) {
      try {
        if (dir !== undefined) rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
      } catch (error) {
        lines.push(`  could not remove ${dir}: ${String(error)}`);
      }
    }
  }
  return { figures, lines, countsOk };
}

/** How figure 15 is taken, for the bench's notes. */
export const ROOM_NOTES = `15  Phones in the room (test/bench/room.ts): serve.mjs with the room host on loopback, the facilitator's window
    (Chromium) on an analysis of 4 roles × ${ROOM_TASKS} tasks with ${CANVAS_NOTES} SWOT notes, the room opened through the local link
    from Node; ${PHONES} phones (Node http in a worker thread, one keep-alive connection each, plus a live channel each) send three bursts,
    one activity open at a time: a survey answer of ${ROOM_TASKS} tasks, then ${NOTES_PER_PHONE} notes, then ${DOTS_PER_PHONE} dots of one note each
    (budget ${DOTS_PER_PHONE}); a phone sends its own one after another, the phones all at once. 15a: the send to the HTTP 201 with the
    receipt, in Node (journal fsynced). 15b: the send to the window's measure 'akr:room-delivered' ending (the
    delivery's IndexedDB transaction done; the views' live queries then draw it), paired by submission id, read
    as wall clock (page timeOrigin + end, against Node's timeOrigin + now). Then counted in IndexedDB; ${RESENT} sent
    again with the same ids; the window's acknowledgements of the dots dropped during their burst (CDP Fetch), so the
    reloaded window is sent all ${PHONES * DOTS_PER_PHONE} dots again by the journal; counted again.`;
