/**
 * The browser mode's link to the room host, end to end: the built app served
 * by serve.mjs (with the room allowed on loopback, as only tests do), the
 * page's room client (renderer/platform/browserRoom.ts, the `room` of the
 * browser platform) evaluated in the served page, a phone's POST from Node
 * arriving in the page as an event, and what the link and the room server
 * refuse.
 */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../build/scripts/serve.mjs';
import type { OpenRoomResult, RoomBridge, RoomHostEvent } from '../../shared/room/bridge.ts';
import { ROOM_LINK_HEADER } from '../../shared/room/localLink.ts';
import type { Activity } from '../../shared/room/protocol.ts';
import { launchBrowser, type RunningBrowser } from './browser.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PHONE_HTML = '<!doctype html><html lang="sv"><title>Rummet</title><script src="/room.js"></script></html>';
const SWOT: Activity = { kind: 'swot', id: 'act-swot', quadrants: ['strengths', 'weaknesses', 'opportunities', 'threats'] };

let server: Awaited<ReturnType<typeof startServer>>;
/** The room client as the app bundles it, as one script to evaluate in the served page. */
let client: string;
let running: RunningBrowser | null = null;

beforeAll(async () => {
  const phoneDir = mkdtempSync(join(tmpdir(), 'akr-e2e-phone-'));
  writeFileSync(join(phoneDir, 'index.html'), PHONE_HTML);
  writeFileSync(join(phoneDir, 'room.js'), 'document.title = "Rummet";');
  const journalDir = join(mkdtempSync(join(tmpdir(), 'akr-e2e-journal-')), '.akr-room');
  mkdirSync(journalDir);
  server = await startServer({ port: 0, room: { loopback: true, journalDir, phonePageDir: phoneDir } });
  const bundled = await build({
    stdin: {
      contents: `import { browserRoom } from './renderer/platform/browserRoom.ts';
        const events = [];
        const room = browserRoom();
        room.onEvent((event) => events.push(event));
        window.roomTest = () => ({ room, events });`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
  });
  client = bundled.outputFiles[0]?.text ?? '';
}, 60_000);

afterAll(async () => {
  await server.close();
});

afterEach(async () => {
  const problems = running?.problems ?? [];
  await running?.close();
  running = null;
  expect(problems).toEqual([]);
});

interface RoomTest {
  room: RoomBridge;
  events: RoomHostEvent[];
}
declare global {
  interface Window {
    /** Defined in the page by the evaluated client (callbacks given to page.evaluate run there). */
    roomTest(): RoomTest;
  }
}

/** The served app, with the room client running in it. */
async function appPage(): Promise<Page> {
  running = await launchBrowser();
  const page = await running.newPage();
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(client);
  return page;
}

/** The secret as the served page carries it. */
async function servedSecret(): Promise<string> {
  const html = await (await fetch(server.url)).text();
  const match = /<meta name="akr-room-link" content="([^"]+)">/.exec(html);
  if (match?.[1] === undefined) throw new Error('the served page carries no secret');
  return match[1];
}

/** A raw request, so the test can set Host and Origin as another page or a rebound name would. */
function request(port: number, method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.setTimeout(5_000, () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

describe('the room through the browser mode link', () => {
  it('opens a room from the page, and a phone submission arrives in the page as an event', async () => {
    const page = await appPage();
    expect(await page.locator('meta[name="akr-room-link"]').getAttribute('content')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await page.evaluate(() => window.roomTest().room.supported)).toBe(true);
    expect(await page.evaluate(() => window.roomTest().room.addresses())).toContainEqual({ address: '127.0.0.1', name: 'loopback' });

    const opened: OpenRoomResult = await page.evaluate(() => window.roomTest().room.open('analysis-e2e', { address: '127.0.0.1' }));
    if (!opened.ok) throw new Error(`the room did not open: ${opened.detail}`);
    const room = opened.room;
    expect(room.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#t=[A-Za-z0-9_-]{43}$/);
    expect(room.port).not.toBe(server.port);
    expect(await page.evaluate(() => window.roomTest().room.current())).toEqual(room);
    await page.evaluate((activity) => window.roomTest().room.setActivity(activity), SWOT);

    // A phone that scanned the QR code: the token from the fragment, then its note.
    const token = new URL(room.url).hash.slice('#t='.length);
    const note = { id: 'note-from-phone-1', activityId: 'act-swot', kind: 'note', quadrant: 'strengths', text: 'Vi hjälper varandra' };
    const sent = await fetch(`${room.shortUrl}/api/submissions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(note),
    });
    expect(sent.status).toBe(201);
    await expect
      .poll(() => page.evaluate(() => window.roomTest().events.filter((e) => e.type === 'submission')), { timeout: 10_000 })
      .toEqual([{ type: 'submission', analysisId: 'analysis-e2e', entry: note }]);

    expect(await page.evaluate(() => window.roomTest().room.unacknowledged('analysis-e2e'))).toEqual([note]);
    await page.evaluate(() => window.roomTest().room.acknowledge('analysis-e2e', ['note-from-phone-1']));
    expect(await page.evaluate(() => window.roomTest().room.unacknowledged('analysis-e2e'))).toEqual([]);

    await page.evaluate(() => window.roomTest().room.close());
    await expect.poll(() => page.evaluate(() => window.roomTest().events.at(-1)), { timeout: 10_000 }).toEqual({ type: 'closed', analysisId: 'analysis-e2e' });
    await expect(fetch(`${room.shortUrl}/`)).rejects.toThrow();
    // A call that needs a room is refused with the host's words.
    await expect(page.evaluate(() => window.roomTest().room.newCode())).rejects.toThrow(/no room is open/);
  });

  it('refuses a call without the secret, from another Origin, or to a Host that is not the local server', async () => {
    const secret = await servedSecret();
    const origin = `http://localhost:${server.port}`;
    const json = { 'content-type': 'application/json' };
    const call = (headers: Record<string, string>) =>
      request(server.port, 'POST', '/__room/current', { host: `localhost:${server.port}`, ...json, ...headers }, '[]');

    // The page's own call goes through: the refusals below are for what is missing.
    expect(await call({ origin, [ROOM_LINK_HEADER]: secret })).toEqual({ status: 200, text: '{"value":null}' });
    expect((await call({ origin })).status).toBe(403);
    expect((await call({ origin, [ROOM_LINK_HEADER]: `${secret.slice(1)}x` })).status).toBe(403);
    expect((await call({ origin: 'http://evil.example', [ROOM_LINK_HEADER]: secret })).status).toBe(403);
    expect((await call({ origin: `http://127.0.0.1:${server.port + 1}`, [ROOM_LINK_HEADER]: secret })).status).toBe(403);
    expect((await call({ [ROOM_LINK_HEADER]: secret })).status).toBe(403);
    expect((await call({ origin, [ROOM_LINK_HEADER]: secret, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await call({ origin, [ROOM_LINK_HEADER]: secret, 'content-type': 'text/plain' })).status).toBe(415);
    // A name rebound to 127.0.0.1 reaches neither the link nor a page with the secret in it.
    const rebound = { host: `evil.example:${server.port}`, origin: `http://evil.example:${server.port}` };
    expect((await call({ ...rebound, [ROOM_LINK_HEADER]: secret })).status).toBe(403);
    const page = await request(server.port, 'GET', '/', { host: `evil.example:${server.port}` });
    expect(page.status).toBe(200);
    expect(page.text).not.toContain(secret);
    expect(page.text).not.toContain('akr-room-link');

    // The event stream, too, wants the secret.
    expect((await request(server.port, 'GET', '/__room/events', { host: `localhost:${server.port}` })).status).toBe(403);
    expect((await request(server.port, 'GET', `/__room/events?s=${secret}`, { host: `localhost:${server.port}`, origin: 'http://evil.example' })).status).toBe(
      403,
    );
  });

  it('a page of another origin cannot call the link', async () => {
    const secret = await servedSecret();
    const other = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Annan</title>'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const address = other.address();
    const otherPort = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      running = await launchBrowser();
      const page = await running.newPage();
      await page.goto(`http://127.0.0.1:${otherPort}/`);
      const outcome = await page.evaluate(
        async ({ url, header, value }) => {
          try {
            const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [header]: value }, body: '[]' });
            return `answered ${response.status}`;
          } catch {
            return 'refused';
          }
        },
        { url: `${server.url}__room/current`, header: ROOM_LINK_HEADER, value: secret },
      );
      expect(outcome).toBe('refused');
      // The browser reports the refused cross-origin call on the console: that is this test's point, not a problem.
      running.problems.splice(0);
    } finally {
      other.closeAllConnections();
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });

  it('the room server never serves the facilitator app, nor the link', async () => {
    const page = await appPage();
    const opened: OpenRoomResult = await page.evaluate(() => window.roomTest().room.open('analysis-e2e-2', { address: '127.0.0.1' }));
    if (!opened.ok) throw new Error(`the room did not open: ${opened.detail}`);
    const { port } = opened.room;
    const asset = readdirSync(join(ROOT, 'dist/renderer/assets')).find((name) => name.endsWith('.js'));
    if (asset === undefined) throw new Error('the build has no assets');
    // The app's server does have them.
    expect((await request(server.port, 'GET', `/assets/${asset}`, { host: `localhost:${server.port}` })).status).toBe(200);
    const secret = await servedSecret();
    const targets = ['/index.html', `/assets/${asset}`, '/__room/current', `/__room/events?s=${secret}`, '/__room/', '/favicon.ico', '/../index.html'];
    for (const target of targets) {
      const method = target.startsWith('/__room/current') ? 'POST' : 'GET';
      const reply = await request(
        port,
        method,
        target,
        { host: `127.0.0.1:${port}`, 'content-type': 'application/json', [ROOM_LINK_HEADER]: secret },
        method === 'POST' ? '[]' : undefined,
      );
      expect(reply.status, target).toBe(404);
    }
    // Its page is the phone page.
    const home = await request(port, 'GET', '/', { host: `127.0.0.1:${port}` });
    expect(home).toEqual({ status: 200, text: PHONE_HTML });
    await page.evaluate(() => window.roomTest().room.close());
  });
});
