/**
 * Hostile requests, each refused without disturbing the room: oversized,
 * malformed and wrong bodies, HTML in text, path traversal, too many
 * connections, slow headers and bodies, too many requests; and retries,
 * which must never count twice. Every test is bounded in count and time.
 */
import fs from 'node:fs';
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { journalPath } from '../../../electron/room/journal';
import { answer, closeRooms, connect, note, raw, request, startRoom, submit, SURVEY, SWOT } from './harness';

afterEach(closeRooms);

const journalLines = (dir: string) => {
  const file = journalPath(dir, 'analysis-1');
  return fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
    : [];
};

/** After each refusal the room still takes a good submission. */
async function stillWorks(room: Awaited<ReturnType<typeof startRoom>>['room']): Promise<void> {
  room.setActivity(SWOT);
  expect((await submit(room, note('Fortfarande öppet'))).status).toBe(201);
}

describe('hostile requests to the room', () => {
  it('refuses a body over the limit, declared or streamed, before reading it all', async () => {
    const { room, dir, delivered } = await startRoom({ limits: { maxBodyBytes: 1024 } });
    room.setActivity(SWOT);
    const big = JSON.stringify(note('x'.repeat(2000)));
    expect(await submit(room, JSON.parse(big))).toMatchObject({ status: 413, json: { error: 'tooLarge' } });
    // Chunked, with no length declared: refused once it grows over the limit.
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: room.port,
          method: 'POST',
          path: '/api/submissions',
          agent: false,
          headers: { authorization: `Bearer ${room.token}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      for (let i = 0; i < 8; i++) req.write('x'.repeat(512));
      req.end();
    });
    expect(streamed).toBe(413);
    expect(delivered).toEqual([]);
    expect(journalLines(dir)).toEqual([]);
    await stillWorks(room);
  });

  it('refuses malformed JSON, invalid UTF-8, prototype keys and deep nesting as malformed', async () => {
    const { room, delivered } = await startRoom();
    room.setActivity(SWOT);
    const bodies: (string | Uint8Array)[] = [
      '',
      '{',
      'null',
      '{"id":"abcdefgh",}',
      new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      `{"__proto__":{"kind":"note"},"id":"abcdefgh"}`,
      JSON.stringify({ a: { b: { c: { d: { e: {} } } } } }),
    ];
    const replies = [];
    for (const body of bodies) replies.push(await request(room, 'POST', '/api/submissions', { token: room.token, body }));
    expect(replies.map((r) => r.json)).toEqual([
      { error: 'malformed' },
      { error: 'malformed' },
      { error: 'invalid' },
      { error: 'malformed' },
      { error: 'malformed' },
      { error: 'malformed' },
      { error: 'malformed' },
    ]);
    expect(replies.every((r) => r.status === 400 || r.status === 422)).toBe(true);
    // Not JSON by its type: refused before the body is read.
    const form = await request(room, 'POST', '/api/submissions', { token: room.token, body: 'a=1', headers: { 'content-type': 'text/plain' } });
    expect(form.status).toBe(415);
    expect(delivered).toEqual([]);
    await stillWorks(room);
  });

  it('refuses a body of the wrong shape: unknown kind, extra fields, wrong types, too long text, blank text, control characters, a bad id', async () => {
    const { room, delivered } = await startRoom();
    room.setActivity(SWOT);
    const good = note('Bra samarbete');
    const wrong = [
      { ...good, kind: 'essay' },
      { ...good, extra: 1 },
      { ...good, text: 42 },
      { ...good, quadrant: 'middle' },
      { ...good, text: 'x'.repeat(501) },
      { ...good, text: '   ' },
      { ...good, text: 'a\u0000b' },
      { ...good, id: 'short' },
      { ...good, id: '../../etc/passwd' },
      [good],
    ];
    for (const body of wrong) expect(await submit(room, body)).toMatchObject({ status: 422, json: { error: 'invalid' } });
    expect(delivered).toEqual([]);
    expect((await submit(room, good)).status).toBe(201);
  });

  it('keeps HTML in text as the text it is: stored and delivered verbatim, never sent back to be rendered', async () => {
    const { room, dir, delivered } = await startRoom();
    room.setActivity(SWOT);
    const html = '<img src=x onerror="alert(1)"><script>alert("x")</script> & &amp;';
    const sent = note(html);
    const reply = await submit(room, sent);
    expect(reply).toMatchObject({ status: 201, json: { id: sent.id } });
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.text).not.toContain('<');
    expect(delivered).toEqual([sent]);
    expect(JSON.parse(journalLines(dir)[0] ?? '')).toEqual({ s: sent });
  });

  it('serves nothing outside the page and the API: path traversal and other paths are 404', async () => {
    const { room } = await startRoom();
    const paths = [
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
      '//etc/passwd',
      '/room.js/../../package.json',
      '/index.html',
      '/api',
      '/api/../package.json',
      '/renderer/main.tsx',
      '/.git/config',
      'http://example.com/',
      '*',
    ];
    for (const target of paths) {
      const reply = await raw(room.port, `GET ${target} HTTP/1.1\r\nHost: room\r\nConnection: close\r\n\r\n`);
      expect(reply, target).toMatch(/^HTTP\/1\.1 (404|400)/);
      expect(reply).not.toContain('root:');
      expect(reply).not.toContain('console.log');
    }
    expect((await request(room, 'DELETE', '/')).status).toBe(405);
    expect((await request(room, 'PUT', '/api/submissions', { token: room.token, body: '{}' })).status).toBe(405);
  });

  it('drops connections over the limit and keeps serving those it has', async () => {
    const { room } = await startRoom({ limits: { maxConnections: 3 } });
    const held = [await connect(room.port), await connect(room.port), await connect(room.port)];
    const extra = await connect(room.port);
    await extra.closed;
    // One of those held is still served.
    const first = held[0];
    if (!first) throw new Error('no socket');
    const reply = new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      first.socket.on('data', (c: Buffer) => chunks.push(c));
      first.socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    });
    first.socket.end('GET / HTTP/1.1\r\nHost: room\r\nConnection: close\r\n\r\n');
    expect(await reply).toMatch(/^HTTP\/1\.1 200/);
    for (const h of held) h.socket.destroy();
    await Promise.all(held.map((h) => h.closed));
    // A free place is taken again.
    await expect.poll(async () => (await request(room, 'GET', '/').catch(() => ({ status: 0 }))).status).toBe(200);
  });

  it('times out a slow body and slow headers, and the room carries on', { timeout: 20_000 }, async () => {
    const { room, delivered } = await startRoom({ limits: { headersTimeoutMs: 300, requestTimeoutMs: 600 } });
    room.setActivity(SWOT);
    const slowBody = raw(
      room.port,
      `POST /api/submissions HTTP/1.1\r\nHost: room\r\nAuthorization: Bearer ${room.token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"id":`,
      { end: false },
    );
    const slowHeaders = raw(room.port, 'GET / HTTP/1.1\r\nHost: ro', { end: false });
    const silent = raw(room.port, '', { end: false });
    expect(await slowBody).toMatch(/^HTTP\/1\.1 408/);
    expect(await slowHeaders).toMatch(/^(HTTP\/1\.1 408|$)/);
    expect(await silent).toMatch(/^(HTTP\/1\.1 408|$)/);
    expect(delivered).toEqual([]);
    await stillWorks(room);
  });

  it('limits the requests of one connection per time window', async () => {
    const { room } = await startRoom({ limits: { requestsPerWindow: 5, windowMs: 60_000 } });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const statuses: number[] = [];
    const ports = new Set<number>();
    for (let i = 0; i < 7; i++) {
      const reply = await new Promise<{ status: number; port: number }>((resolve, reject) => {
        const req = http.get(
          { host: '127.0.0.1', port: room.port, path: '/api/activity', agent, headers: { authorization: `Bearer ${room.token}` } },
          (res) => {
            const port = res.socket.localPort ?? 0;
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode ?? 0, port }));
          },
        );
        req.on('error', reject);
      });
      statuses.push(reply.status);
      ports.add(reply.port);
    }
    agent.destroy();
    expect(ports.size).toBe(1);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    // Another connection is not held back by it.
    expect((await request(room, 'GET', '/api/activity', { token: room.token })).status).toBe(200);
  });

  it('gives a retry the same receipt and never counts it twice, also when the copies arrive at once', async () => {
    const { room, dir, delivered } = await startRoom();
    room.setActivity(SURVEY);
    const sent = answer();
    const first = await submit(room, sent);
    const again = await submit(room, sent);
    expect(first).toMatchObject({ status: 201, json: { id: sent.id } });
    expect(again).toMatchObject({ status: 201, json: { id: sent.id } });
    const twin = answer();
    const copies = await Promise.all(Array.from({ length: 5 }, () => submit(room, twin)));
    expect(copies.map((c) => c.status)).toEqual([201, 201, 201, 201, 201]);
    // Even after the facilitator opened something else, a late retry gets its receipt.
    room.setActivity(SWOT);
    expect((await submit(room, sent)).status).toBe(201);
    expect(delivered.map((d) => d.id)).toEqual([sent.id, twin.id]);
    expect(journalLines(dir)).toHaveLength(2);
  });
});
