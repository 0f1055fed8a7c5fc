/**
 * The crash test with the real burst of issue 21: 60 phones at once, each
 * sending a survey answer of 40 tasks, 3 notes, 5 dot votes and a poll vote.
 * A real room server process is killed (SIGKILL) in the middle of it, started
 * again on the same journal, killed again after the facilitator's side has
 * acknowledged part of what it got, and started a third time.
 *
 * The room has one activity open at a time, so the burst runs the way a
 * session does: the facilitator opens the survey, the phones answer, then the
 * SWOT, the dot vote and the poll, each a burst of all 60 phones at once. The
 * child process takes those openings from the parent over IPC, so one process
 * lives through all of them; one test per activity kills it during that
 * activity's burst (so every kind of submission is killed mid-write once), and
 * the phases after the kill run on the restarted room.
 *
 * What must hold: every submission a phone got a receipt for is delivered,
 * with the exact content sent; a submission without a receipt is delivered at
 * most once; no room delivers an id twice; an id the facilitator's side has
 * acknowledged is never delivered again; the phones' retries of what had no
 * receipt are all taken, and the end result is every submission exactly once.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toDelivered } from '../../../shared/room/check';
import { POLL_COLOURS, type Activity, type Delivered, type Submission } from '../../../shared/room/protocol';
import { closeRooms, journalDir, startRoom } from './harness';

const SERVER = fileURLToPath(new URL('../../../electron/room/server.ts', import.meta.url));

/**
 * The child: a room on loopback (default limits, as the app runs it) that
 * reports each delivery to the parent and takes commands: open an activity,
 * acknowledge ids. Deliveries made at start (recovery) come before 'ready'.
 */
const CHILD = `
import { createRoom } from './room.mjs';

const [dir] = process.argv.slice(2);
const room = await createRoom({
  analysisId: 'analysis-1',
  host: '127.0.0.1',
  port: 0,
  journalDir: dir,
  page: { html: '', script: '' },
  onSubmission: (entry) => process.send({ type: 'delivered', entry }),
});
process.on('message', async (m) => {
  if (m.type === 'activity') room.setActivity(m.activity);
  if (m.type === 'ack') await room.acknowledge(m.ids);
  process.send({ type: 'done', seq: m.seq });
});
process.send({ type: 'ready', port: room.port, token: room.token });
`;

const PHONES = 60;
const TASKS = 40;
const NOTES_PER_PHONE = 3;
const DOTS_PER_PHONE = 5;

const SURVEY: Activity = {
  kind: 'survey',
  id: 'act-survey',
  round: 'r1',
  questions: { unit: 'hours', contract: true, mission: true, comments: true },
  roles: [
    {
      name: 'Barnskötare',
      fullTimeHours: 40,
      tasks: Array.from({ length: TASKS }, (_, t) => ({ id: `t-${String(t).padStart(2, '0')}`, title: `Uppgift ${t + 1}` })),
    },
  ],
};
const QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;
const quadrant = (i: number) => QUADRANTS[i % QUADRANTS.length] ?? 'strengths';
const colour = (i: number) => POLL_COLOURS[i % POLL_COLOURS.length] ?? 'green';
const SWOT: Activity = { kind: 'swot', id: 'act-swot', quadrants: [...QUADRANTS] };
const DOTS: Activity = {
  kind: 'dots',
  id: 'act-dots',
  budget: DOTS_PER_PHONE,
  notes: Array.from({ length: 12 }, (_, n) => ({ id: `n-${n}`, quadrant: quadrant(n), text: `Lapp ${n}` })),
};
const POLL: Activity = { kind: 'poll', id: 'act-poll', role: 'Barnskötare', taskId: 't-00', title: 'Uppgift 1' };

type Phase = 'survey' | 'notes' | 'dots' | 'poll';
const PHASES: readonly { phase: Phase; activity: Activity }[] = [
  { phase: 'survey', activity: SURVEY },
  { phase: 'notes', activity: SWOT },
  { phase: 'dots', activity: DOTS },
  { phase: 'poll', activity: POLL },
];
/**
 * Receipts in the phase after which the room is killed: early enough that
 * most of the burst is still on its way or not yet sent (a group commit can
 * receipt a few dozen at once), late enough that the journal has some of it.
 */
const KILL_AFTER: Record<Phase, number> = { survey: 3, notes: 60, dots: 100, poll: 3 };

/** What phone p sends in each phase, in order; ids unique per test run. */
function burst(run: string): Record<Phase, Submission[][]> {
  const phones = Array.from({ length: PHONES }, (_, p) => p);
  const voter = (p: number) => `voter-${run}-${p}`;
  return {
    survey: phones.map((p) => [
      {
        id: `s-${run}-${p}`,
        activityId: 'act-survey',
        kind: 'survey',
        role: 'Barnskötare',
        hours: Array.from({ length: TASKS }, (_, t) => ({ taskId: `t-${String(t).padStart(2, '0')}`, hours: ((p + t) % 8) / 4 + 0.25 })),
        contractHours: 30 + (p % 10),
        mission: `Barnens lärande och trygghet, telefon ${p}`,
        comment: p % 3 === 0 ? 'Planeringstiden räcker inte <b>alltid</b> till' : '',
      },
    ]),
    notes: phones.map((p) =>
      Array.from({ length: NOTES_PER_PHONE }, (_, n) => ({
        id: `n-${run}-${p}-${n}`,
        activityId: 'act-swot',
        kind: 'note',
        quadrant: quadrant(p + n),
        text: `Lapp ${n} från telefon ${p}: "bra" & <i>viktigt</i>`,
      })),
    ),
    dots: phones.map((p) =>
      Array.from({ length: DOTS_PER_PHONE }, (_, d) => ({
        id: `d-${run}-${p}-${d}`,
        activityId: 'act-dots',
        kind: 'dots',
        voter: voter(p),
        noteIds: [`n-${(p + d) % 12}`],
      })),
    ),
    poll: phones.map((p) => [{ id: `p-${run}-${p}`, activityId: 'act-poll', kind: 'poll', voter: voter(p), colour: colour(p) }]),
  };
}

let work: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'akr-room-crashmix-'));
  await build({
    entryPoints: [SERVER],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: path.join(work, 'room.mjs'),
    logLevel: 'silent',
  });
  fs.writeFileSync(path.join(work, 'child.mjs'), CHILD);
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

const children: ChildProcess[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await closeRooms();
});

interface Child {
  child: ChildProcess;
  port: number;
  token: string;
  /** Deliveries made at start, before the room listened. */
  recovered: Delivered[];
  /** Deliveries made after that. */
  delivered: Delivered[];
  exited: Promise<NodeJS.Signals | null>;
  command(message: { type: 'activity'; activity: Activity } | { type: 'ack'; ids: string[] }): Promise<void>;
}

function startChild(dir: string): Promise<Child> {
  const child = fork(path.join(work, 'child.mjs'), [dir], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const recovered: Delivered[] = [];
  const delivered: Delivered[] = [];
  const waiting = new Map<number, () => void>();
  let seq = 0;
  let ready = false;
  return new Promise((resolve, reject) => {
    child.on('message', (m: { type: 'delivered'; entry: Delivered } | { type: 'done'; seq: number } | { type: 'ready'; port: number; token: string }) => {
      if (m.type === 'delivered') (ready ? delivered : recovered).push(m.entry);
      else if (m.type === 'done') waiting.get(m.seq)?.();
      else {
        ready = true;
        resolve({
          child,
          port: m.port,
          token: m.token,
          recovered,
          delivered,
          exited,
          command: (message) =>
            new Promise<void>((done, fail) => {
              const n = ++seq;
              waiting.set(n, done);
              child.send({ ...message, seq: n }, (error) => error && fail(error));
            }),
        });
      }
    });
    child.once('exit', () => {
      if (!ready) reject(new Error(`the room exited before it listened: ${stderr}`));
    });
  });
}

/** Sends one submission on the phone's own connection; the receipt's status, or null when the connection failed. */
function post(port: number, token: string, submission: Submission, agent: http.Agent): Promise<number | null> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/submissions',
        agent,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? null));
        res.on('error', () => resolve(null));
      },
    );
    req.on('error', () => resolve(null));
    req.end(JSON.stringify(submission));
  });
}

interface BurstResult {
  receipted: string[];
  /** Sent, and the connection failed before a receipt came. */
  unanswered: string[];
  /** Any other status: a failure of the room. */
  refused: { id: string; status: number }[];
}

/**
 * All phones at once, each sending its list in order on its own keep-alive
 * connection, as a phone does; a phone stops at its first failed request (it
 * would retry later). `onReceipt` runs after each receipt, with the count so far.
 *
 * Where each phone sends one submission (survey, poll), half the phones send
 * at once and the other half as soon as the first receipt is back (or the
 * first half is done): phones in a room do not all tap at the same
 * millisecond, and a burst sent in one instant is taken in one or two group
 * commits, so a kill could never land in its middle.
 */
async function runBurst(port: number, token: string, lists: Submission[][], onReceipt?: (count: number) => void): Promise<BurstResult> {
  const result: BurstResult = { receipted: [], unanswered: [], refused: [] };
  const waves = lists.every((l) => l.length <= 1);
  let firstBack!: () => void;
  const secondWave = new Promise<void>((resolve) => (firstBack = resolve));
  const phone = async (list: Submission[]) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (const submission of list) {
        const status = await post(port, token, submission, agent);
        if (status === null) {
          result.unanswered.push(submission.id);
          return;
        }
        if (status !== 201) {
          result.refused.push({ id: submission.id, status });
          return;
        }
        result.receipted.push(submission.id);
        firstBack();
        onReceipt?.(result.receipted.length);
      }
    } finally {
      agent.destroy();
    }
  };
  const half = waves ? Math.ceil(lists.length / 2) : lists.length;
  const first = Promise.all(lists.slice(0, half).map(phone)).then(firstBack);
  const second = secondWave.then(() => Promise.all(lists.slice(half).map(phone)));
  await Promise.all([first, second]);
  return result;
}

const ids = (entries: readonly Delivered[]) => entries.map((e) => e.id);

describe('a crash of the room server in the middle of the real burst (60 phones: survey, notes, dots, poll)', () => {
  it.each(PHASES.map((p) => p.phase))('killed during the %s burst, every receipted submission is delivered exactly once', async (killPhase) => {
    const started = performance.now();
    const run = `${killPhase}-${process.pid}-${Date.now()}`;
    const sent = burst(run);
    const byId = new Map<string, Delivered>();
    for (const { phase } of PHASES) for (const list of sent[phase]) for (const s of list) byId.set(s.id, toDelivered(s));
    expect(byId.size).toBe(PHONES * (1 + NOTES_PER_PHONE + DOTS_PER_PHONE + 1));
    const dir = journalDir();

    // First life: the phases up to the kill.
    const first = await startChild(dir);
    expect(first.recovered).toEqual([]);
    const receipted = new Set<string>();
    let killed: BurstResult | null = null;
    let inFlightAtKill = 0;
    for (const { phase, activity } of PHASES) {
      await first.command({ type: 'activity', activity });
      const total = sent[phase].reduce((n, l) => n + l.length, 0);
      const result = await runBurst(first.port, first.token, sent[phase], (count) => {
        if (phase === killPhase && count === KILL_AFTER[phase] && first.child.signalCode === null) {
          inFlightAtKill = total - count;
          first.child.kill('SIGKILL');
        }
      });
      expect(result.refused).toEqual([]);
      for (const id of result.receipted) receipted.add(id);
      if (phase === killPhase) {
        killed = result;
        break;
      }
      expect(result.receipted).toHaveLength(total);
    }
    await expect(first.exited).resolves.toBe('SIGKILL');
    if (killed === null) throw new Error('the burst that was to be killed did not run');
    const atKill: BurstResult = killed;
    // The kill landed mid-burst: some of that phase had receipts, some were sent and never answered.
    expect(atKill.receipted.length).toBeGreaterThanOrEqual(KILL_AFTER[killPhase]);
    expect(atKill.unanswered.length).toBeGreaterThan(0);
    expect(inFlightAtKill).toBeGreaterThan(0);
    // Within one life, nothing is delivered twice.
    expect(new Set(ids(first.delivered)).size).toBe(first.delivered.length);

    // Second life on the same journal: what the journal held is delivered at start, once each, as sent.
    const second = await startChild(dir);
    const recovered = ids(second.recovered);
    expect(new Set(recovered).size).toBe(recovered.length);
    for (const id of receipted) expect(recovered).toContain(id);
    const attempted = new Set([...receipted, ...atKill.unanswered]);
    for (const entry of second.recovered) {
      expect(attempted.has(entry.id)).toBe(true);
      expect(entry).toEqual(byId.get(entry.id));
    }
    // The facilitator's side stores them and acknowledges them.
    await second.command({ type: 'ack', ids: recovered });

    // The phones retry what had no receipt (and send what they had not sent yet) in the phase that was killed,
    // then the session goes on with the phases after it.
    const killedAt = PHASES.findIndex((p) => p.phase === killPhase);
    for (const { phase, activity } of PHASES.slice(killedAt)) {
      await second.command({ type: 'activity', activity });
      const lists = sent[phase].map((list) => list.filter((s) => !receipted.has(s.id)));
      const result = await runBurst(second.port, second.token, lists);
      expect(result.refused).toEqual([]);
      expect(result.unanswered).toEqual([]);
      expect(result.receipted).toHaveLength(lists.reduce((n, l) => n + l.length, 0));
      for (const id of result.receipted) receipted.add(id);
    }
    expect(receipted.size).toBe(byId.size);
    // A retry of what the journal already held is answered, not delivered again.
    await expect.poll(() => second.delivered.length + recovered.length).toBe(byId.size);
    const later = ids(second.delivered);
    expect(new Set(later).size).toBe(later.length);
    for (const id of later) expect(recovered).not.toContain(id);
    for (const entry of second.delivered) expect(entry).toEqual(byId.get(entry.id));

    // Second crash, before the facilitator's side acknowledged what came after the start.
    second.child.kill('SIGKILL');
    await expect(second.exited).resolves.toBe('SIGKILL');

    // Third life: exactly what was not acknowledged comes again, and nothing that was.
    const { room, delivered, events } = await startRoom({ journalDir: dir });
    expect(ids(delivered).sort()).toEqual([...later].sort());
    // The room says what it recovered, and says nothing when there was nothing (the retries of a burst
    // killed last can all have been in the journal already, so that nothing came after the restart).
    if (later.length > 0) expect(events.find((e) => e.type === 'recovered')).toMatchObject({ entries: later.length });
    else expect(events.find((e) => e.type === 'recovered')).toBeUndefined();
    for (const entry of delivered) expect(entry).toEqual(byId.get(entry.id));
    // The facilitator's store, keyed by id: every submission, once.
    const store = new Set([...recovered, ...ids(delivered)]);
    expect(store.size).toBe(byId.size);
    expect(recovered.length + delivered.length).toBe(byId.size);

    await room.acknowledge(ids(delivered));
    await room.close();
    expect(fs.readdirSync(dir)).toEqual([]);
    console.info(
      `crash during ${killPhase}: ${atKill.receipted.length} receipted and ${atKill.unanswered.length} unanswered in the killed burst, ` +
        `${recovered.length} recovered, ${later.length} after; ${Math.round(performance.now() - started)} ms`,
    );
  });
});
