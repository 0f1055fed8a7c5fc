import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRoomHost } from '../../../electron/room/host';
import { createRoomLink, ROOM_LINK_MAX_BODY, type RoomLink } from '../../../electron/room/link';
import type { OpenRoomResult } from '../../../shared/room/bridge';
import { ROOM_LINK_HEADER } from '../../../shared/room/localLink';
import { journalDir, note, PAGE, SWOT } from './harness';

interface Served {
  link: RoomLink;
  port: number;
  server: http.Server;
}

const running: Served[] = [];

afterEach(async () => {
  for (const { link, server } of running.splice(0)) {
    await link.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

/** A local server as serve.mjs makes it: the link first, then (here) a stand-in for the app's page. */
async function serve(orphanMs?: number): Promise<Served> {
  const pages = fs.mkdtempSync(path.join(os.tmpdir(), 'akr-phone-'));
  fs.writeFileSync(path.join(pages, 'index.html'), PAGE.html);
  fs.writeFileSync(path.join(pages, 'room.js'), PAGE.script);
  const host = createRoomHost({ journalDir: journalDir(), phonePageDir: pages, networkInterfaces: () => ({}), loopback: true });
  let port = 0;
  const link = createRoomLink({ host, port: () => port, heartbeatMs: 50, ...(orphanMs === undefined ? {} : { orphanMs }) });
  const server = http.createServer((req, res) => {
    if (link.handle(req, res)) return;
    res.writeHead(200, { 'content-type': 'text/html' }).end(link.page('<!doctype html><html><head><title>AKR</title></head></html>', req));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address !== null ? address.port : 0;
  const served = { link, port, server };
  running.push(served);
  return served;
}

interface Reply {
  status: number;
  json: unknown;
  text: string;
}

function request(served: Served, method: string, target: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: served.port, method, path: target, headers: { host: `localhost:${served.port}`, ...headers }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = null;
          try {
            json = JSON.parse(text);
          } catch {
            json = null;
          }
          resolve({ status: res.statusCode ?? 0, json, text });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A call as the page makes it. */
const call = (served: Served, name: string, args: unknown[], headers: Record<string, string> = {}) =>
  request(
    served,
    'POST',
    `/__room/${name}`,
    { origin: `http://localhost:${served.port}`, 'content-type': 'application/json', [ROOM_LINK_HEADER]: served.link.secret, ...headers },
    JSON.stringify(args),
  );

describe('the room link', () => {
  it('puts the secret in the page for the local server only', async () => {
    const served = await serve();
    expect(served.link.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const page = await request(served, 'GET', '/');
    expect(page.text).toContain(`<meta name="akr-room-link" content="${served.link.secret}"></head>`);
    for (const host of [`127.0.0.1:${served.port}`, `[::1]:${served.port}`]) {
      expect((await request(served, 'GET', '/', { host })).text).toContain(served.link.secret);
    }
    for (const host of [`evil.example:${served.port}`, `localhost:${served.port + 1}`, 'localhost']) {
      expect((await request(served, 'GET', '/', { host })).text).not.toContain(served.link.secret);
    }
    // A page with no head gets nothing: before its doctype the tag would put it in quirks mode.
    const headless = '<!doctype html><title>AKR</title>';
    expect(served.link.page(headless, { headers: { host: `localhost:${served.port}` } })).toBe(headless);
  });

  it('answers the bridge calls, and the host refusals as answers', async () => {
    const served = await serve();
    expect(await call(served, 'addresses', [])).toEqual({
      status: 200,
      json: { value: [{ address: '127.0.0.1', name: 'loopback' }] },
      text: expect.any(String),
    });
    expect((await call(served, 'current', [])).json).toEqual({ value: null });
    expect((await call(served, 'newCode', [])).json).toEqual({ error: 'no room is open' });
    const opened = (await call(served, 'open', ['analysis-1', { address: '127.0.0.1' }])).json as { value: OpenRoomResult };
    expect(opened.value.ok).toBe(true);
    expect((await call(served, 'setActivity', [SWOT])).json).toEqual({});
    expect((await call(served, 'newCode', [])).json).toEqual({ value: expect.stringMatching(/^\d{6}$/) });
    expect((await call(served, 'unacknowledged', ['analysis-1'])).json).toEqual({ value: [] });
    expect((await call(served, 'acknowledge', ['analysis-1', ['x1']])).json).toEqual({});
    expect((await call(served, 'close', [])).json).toEqual({});
    expect((await call(served, 'erase', ['analysis-1'])).json).toEqual({});
  });

  it.each<[string, unknown[]]>([
    ['open', ['', {}]],
    ['open', ['analysis-1', { address: '127.0.0.1', port: 1 }]],
    ['setActivity', [{ kind: 'nonsense' }]],
    ['acknowledge', ['analysis-1', 'x1']],
    ['unacknowledged', [7]],
  ])('refuses malformed arguments to %s, as the host would', async (name, args) => {
    const served = await serve();
    const reply = await call(served, name, args);
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ error: expect.stringMatching(/malformed/) });
    expect((await call(served, 'current', [])).json).toEqual({ value: null });
  });

  it('refuses a wrong count of arguments, a body that is not JSON, an unknown call and a wrong method', async () => {
    const served = await serve();
    expect((await call(served, 'current', ['extra'])).status).toBe(400);
    expect((await call(served, 'open', ['analysis-1'])).status).toBe(400);
    const headers = { origin: `http://localhost:${served.port}`, 'content-type': 'application/json', [ROOM_LINK_HEADER]: served.link.secret };
    expect((await request(served, 'POST', '/__room/current', headers, '{not json')).status).toBe(400);
    expect((await request(served, 'POST', '/__room/current', headers, '{}')).status).toBe(400);
    expect((await request(served, 'POST', '/__room/shutdown', headers, '[]')).status).toBe(404);
    expect((await request(served, 'POST', '/__room/__proto__', headers, '[]')).status).toBe(404);
    expect((await request(served, 'GET', '/__room/current', headers)).status).toBe(405);
    expect((await request(served, 'POST', '/__room/events', headers, '[]')).status).toBe(405);
  });

  it('refuses a body over the limit without reading it all', async () => {
    const served = await serve();
    const reply = await call(served, 'setActivity', ['x'.repeat(ROOM_LINK_MAX_BODY)]);
    expect(reply.status).toBe(413);
  });

  it('refuses calls without the secret, from another origin, to another Host, or cross-site', async () => {
    const served = await serve();
    expect((await call(served, 'current', [], { [ROOM_LINK_HEADER]: '' })).status).toBe(403);
    expect((await call(served, 'current', [], { [ROOM_LINK_HEADER]: 'a'.repeat(43) })).status).toBe(403);
    expect((await call(served, 'current', [], { origin: 'http://evil.example' })).status).toBe(403);
    expect((await call(served, 'current', [], { origin: 'null' })).status).toBe(403);
    expect((await call(served, 'current', [], { origin: `https://localhost:${served.port}` })).status).toBe(403);
    expect((await call(served, 'current', [], { host: `evil.example:${served.port}` })).status).toBe(403);
    expect((await call(served, 'current', [], { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await call(served, 'current', [], { 'content-type': 'text/plain' })).status).toBe(415);
    // The same call with everything in place is answered.
    expect((await call(served, 'current', [], { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('streams the host events to a page holding the secret, and nothing to one without', async () => {
    const served = await serve();
    expect((await request(served, 'GET', '/__room/events')).status).toBe(403);
    expect((await request(served, 'GET', `/__room/events?s=${served.link.secret}`, { origin: 'http://evil.example' })).status).toBe(403);

    const received: string[] = [];
    const ended = new Promise<void>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: served.port, path: `/__room/events?s=${served.link.secret}`, headers: { host: `localhost:${served.port}` }, agent: false },
        (res) => {
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          res.on('data', (c: Buffer) => received.push(c.toString('utf8')));
          res.on('end', () => resolve());
        },
      );
      req.on('error', reject);
    });
    await expect.poll(() => received.join('')).toContain('retry:');
    const opened = (await call(served, 'open', ['analysis-1', { address: '127.0.0.1' }])).json as { value: OpenRoomResult };
    if (!opened.value.ok) throw new Error('the room did not open');
    await call(served, 'setActivity', [SWOT]);
    const sent = note('Via länken');
    const token = new URL(opened.value.room.url).hash.slice(3);
    const reply = await fetch(`${opened.value.room.shortUrl}/api/submissions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(sent),
    });
    expect(reply.status).toBe(201);
    await expect.poll(() => received.join('')).toContain(`data: ${JSON.stringify({ type: 'submission', analysisId: 'analysis-1', entry: sent })}\n\n`);
    await expect.poll(() => received.join('')).toContain(': alive');

    // Closing the link ends the stream and the room.
    await served.link.close();
    await ended;
    expect(received.join('')).toContain(`data: ${JSON.stringify({ type: 'closed', analysisId: 'analysis-1' })}`);
  });

  it('closes an open room once no page of the app listens any more, but not over a reload', async () => {
    const served = await serve(2_000);
    /** A page's event stream, as its tab holds it open; the returned function closes the tab. */
    const listen = async (): Promise<() => void> => {
      const req = http.get({
        host: '127.0.0.1',
        port: served.port,
        path: `/__room/events?s=${served.link.secret}`,
        headers: { host: `localhost:${served.port}` },
        agent: false,
      });
      await new Promise<void>((resolve, reject) => {
        req.on('response', (res) => {
          res.resume();
          resolve();
        });
        req.on('error', reject);
      });
      return () => req.destroy();
    };
    const current = async () => ((await call(served, 'current', [])).json as { value: unknown }).value;

    const tab = await listen();
    const opened = (await call(served, 'open', ['analysis-1', { address: '127.0.0.1' }])).json as { value: OpenRoomResult };
    expect(opened.value.ok).toBe(true);
    // A reload: the stream drops and comes back before the wait is over; the room stays open.
    tab();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const reloaded = await listen();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await current()).not.toBeNull();
    // The tab closes for good: the room closes, and its server refuses the phones.
    reloaded();
    await expect.poll(current, { timeout: 10_000 }).toBeNull();
    if (!opened.value.ok) return;
    const token = new URL(opened.value.room.url).hash.slice(3);
    await expect(fetch(`${opened.value.room.shortUrl}/api/state`, { headers: { authorization: `Bearer ${token}` } })).rejects.toThrow();
  });

  it('leaves every other path to the app', async () => {
    const served = await serve();
    for (const target of ['/', '/index.html', '/__roomy', '/assets/__room/x.js']) {
      const reply = await request(served, 'GET', target);
      expect(reply.status, target).toBe(200);
      expect(reply.text).toContain('<title>AKR</title>');
    }
  });
});
