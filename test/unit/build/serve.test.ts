import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer } from '../../../build/scripts/serve.mjs';

let root: string;
let server: Awaited<ReturnType<typeof startServer>>;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'akr-serve-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>AKR</title>');
  // Port 0: the OS picks a free one, so parallel test runs never collide.
  server = await startServer({ root, port: 0 });
});

afterEach(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A raw GET over loopback: the path is sent as written, not normalised by a URL parser. */
function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the browser-mode server', () => {
  it.each(['/%', '/%E0%A4%A', '/assets/%zz.js', '/%C0%AF', '/board/%'])('answers %s, a malformed escape, with 400 and goes on serving', async (path) => {
    await expect(get(path)).resolves.toMatchObject({ status: 400 });
    await expect(get('/index.html')).resolves.toEqual({ status: 200, body: '<!doctype html><title>AKR</title>' });
  });

  it('still serves app routes and refuses paths outside its folder', async () => {
    await expect(get('/analyses/a1/board')).resolves.toMatchObject({ status: 200, body: expect.stringContaining('AKR') });
    await expect(get('/..%2f..%2fetc%2fpasswd')).resolves.toMatchObject({ status: 403 });
  });
});
