/**
 * Kills a real room server process with SIGKILL in the middle of a burst of
 * submissions and starts a room again on the same journal: every submission
 * a phone got a receipt for is delivered, each exactly once.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeRooms, journalDir, note, startRoom, SWOT } from './harness';

const SERVER = fileURLToPath(new URL('../../../electron/room/server.ts', import.meta.url));

/** The child: a room on loopback with the SWOT open, telling the parent its port and token. */
const CHILD = `
import { createRoom } from './room.mjs';

const [dir] = process.argv.slice(2);
const room = await createRoom({
  analysisId: 'analysis-1',
  host: '127.0.0.1',
  port: 0,
  journalDir: dir,
  page: { html: '', script: '' },
  limits: { requestsPerWindow: 10000 },
});
room.setActivity(${JSON.stringify(SWOT)});
process.send({ port: room.port, token: room.token });
`;

const TOTAL = 400;
const KILL_AFTER = 120;
const PARALLEL = 16;

let work: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'akr-room-crash-'));
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

afterEach(closeRooms);

function startChild(dir: string): Promise<{ child: ChildProcess; port: number; token: string; exited: Promise<NodeJS.Signals | null> }> {
  const child = fork(path.join(work, 'child.mjs'), [dir], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  return new Promise((resolve, reject) => {
    child.once('message', (m: { port: number; token: string }) => resolve({ child, port: m.port, token: m.token, exited }));
    child.once('exit', () => reject(new Error(`the room exited before it listened: ${stderr}`)));
  });
}

/** Sends one submission; resolves with the receipt's status, or null when the connection failed. */
function post(port: number, token: string, body: string, agent: http.Agent): Promise<number | null> {
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
    req.end(body);
  });
}

describe('a crash of the room server in the middle of a burst', () => {
  it('delivers every submission that got a receipt, exactly once, at the next start', { timeout: 60_000 }, async () => {
    const dir = journalDir();
    const { child, port, token, exited } = await startChild(dir);
    const notes = Array.from({ length: TOTAL }, (_, i) => note(`Lapp ${i} <b>från</b> telefon`));
    const receipted = new Set<string>();
    let sent = 0;
    let killedWithInFlight = 0;
    const agent = new http.Agent({ keepAlive: true, maxSockets: PARALLEL });
    const worker = async () => {
      for (let n = notes[sent++]; n !== undefined; n = notes[sent++]) {
        const status = await post(port, token, JSON.stringify(n), agent);
        if (status === 201) receipted.add(n.id);
        if (receipted.size === KILL_AFTER && child.exitCode === null && child.signalCode === null) {
          killedWithInFlight = sent - receipted.size;
          child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    agent.destroy();
    await expect(exited).resolves.toBe('SIGKILL');
    // The kill landed mid-burst: some requests were on their way, and most were never answered.
    expect(killedWithInFlight).toBeGreaterThan(0);
    expect(receipted.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(receipted.size).toBeLessThan(TOTAL);

    const { room, delivered, events } = await startRoom({ journalDir: dir, limits: { requestsPerWindow: 10_000 } });
    const ids = delivered.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of receipted) expect(ids).toContain(id);
    // What was delivered is what was sent, byte for byte (also entries written just before the kill, with no receipt yet).
    const byId = new Map(notes.map((n) => [n.id, n]));
    for (const d of delivered) expect(d).toEqual(byId.get(d.id));
    expect(events.find((e) => e.type === 'recovered')).toMatchObject({ entries: ids.length });

    // The phones retry what had no receipt: each is taken once, and the others are not counted again.
    room.setActivity(SWOT);
    const retryAgent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    const statuses = await Promise.all(notes.map((n) => post(room.port, room.token, JSON.stringify(n), retryAgent)));
    retryAgent.destroy();
    expect(statuses.every((s) => s === 201)).toBe(true);
    const all = delivered.map((d) => d.id);
    expect(all).toHaveLength(TOTAL);
    expect(new Set(all).size).toBe(TOTAL);

    await room.acknowledge(all);
    await room.close();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
