import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import { APP_ORIGIN, handleAppProtocol, isAppUrl, registerAppScheme, resolveAppRequest, serveAppRequest } from '../../../electron/protocol';

type Handler = (request: Request) => Promise<Response>;

const electron = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  privileged: new Array<unknown>(),
}));

vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: Handler) => electron.handlers.set(scheme, handler),
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.privileged.push(...schemes),
  },
}));

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'akr-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>AKR Studio</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log("akr");');
  await writeFile(path.join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'font.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(path.join(root, 'assets', 'app.js.map'), '{}');
  // A file next to the served directory that no request may ever read.
  await writeFile(path.join(base, 'secret.txt'), 'top secret');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

beforeEach(() => {
  electron.handlers.clear();
});

const get = (url: string): Promise<Response> => serveAppRequest(root, { url, method: 'GET' });

describe('isAppUrl', () => {
  it('accepts pages on app://akr', () => {
    expect(isAppUrl('app://akr/index.html')).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/`)).toBe(true);
  });

  it('rejects other schemes, hosts, ports and credentials', () => {
    for (const url of ['https://akr/', 'app://evil/', 'app://akr.evil.com/', 'app://akr:8080/', 'app://x@akr/', 'file:///etc/passwd', 'not a url']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('resolveAppRequest', () => {
  it('maps a file URL into the root directory', () => {
    expect(resolveAppRequest(root, 'app://akr/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
  });

  it('serves index.html for the root and for extension-less client routes', () => {
    expect(resolveAppRequest(root, 'app://akr/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequest(root, 'app://akr')).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequest(root, 'app://akr/analyses/42?tab=board#x')).toBe(path.join(root, 'index.html'));
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppRequest(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppRequest(root, 'file:///etc/passwd')).toBeNull();
  });

  it.each([
    ['an encoded slash after ..', 'app://akr/..%2fsecret.txt'],
    ['an encoded dot-dot segment', 'app://akr/assets/..%2f..%2fsecret.txt'],
    ['fully encoded dots and slash', 'app://akr/%2e%2e%2fsecret.txt'],
    ['a backslash', 'app://akr/..\\secret.txt'],
    ['an encoded backslash', 'app://akr/..%5csecret.txt'],
    ['a null byte', 'app://akr/index.html%00.js'],
    ['malformed percent-encoding', 'app://akr/%E0%A4%A.js'],
  ])('refuses a path with %s', (_name, url) => {
    expect(resolveAppRequest(root, url)).toBeNull();
  });

  it('never resolves outside the root, even when the URL parser removes the dot-dots', () => {
    for (const url of ['app://akr/../secret.txt', 'app://akr/%2e%2e/secret.txt', 'app://akr/a/.%2e/.%2e/secret.txt']) {
      const resolved = resolveAppRequest(root, url);
      expect(resolved === null || resolved.startsWith(root + path.sep), `${url} -> ${resolved}`).toBe(true);
    }
  });
});

describe('serveAppRequest', () => {
  it('serves index.html as HTML with the CSP and nosniff headers', async () => {
    const response = await get('app://akr/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>AKR Studio</title>');
  });

  it('serves the app shell for a client-side route', async () => {
    const response = await get('app://akr/analyses/42');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>AKR Studio</title>');
  });

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/app.js.map', 'application/json; charset=utf-8'],
  ])('serves %s as %s', async (file, type) => {
    const response = await get(`app://akr/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('returns the file bytes unchanged', async () => {
    const response = await get('app://akr/assets/font.woff2');
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0x77, 0x4f, 0x46, 0x32]);
  });

  it('answers 404 for a missing file', async () => {
    const response = await get('app://akr/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 403 for a traversal attempt and never returns the secret', async () => {
    for (const url of ['app://akr/..%2fsecret.txt', 'app://akr/%2e%2e/secret.txt', 'app://akr/..%5csecret.txt']) {
      const response = await get(url);
      expect(response.status, url).not.toBe(200);
      expect(await response.text()).not.toContain('top secret');
    }
    expect((await get('app://akr/..%2fsecret.txt')).status).toBe(403);
  });

  it('answers 403 for another host', async () => {
    expect((await get('app://evil/index.html')).status).toBe(403);
  });

  it('answers HEAD without a body and refuses POST', async () => {
    const head = await serveAppRequest(root, { url: 'app://akr/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await serveAppRequest(root, { url: 'app://akr/index.html', method: 'POST' });
    expect(post.status).toBe(405);
  });
});

describe('Electron registration', () => {
  it('registers app: as a standard, secure scheme with fetch and code cache', () => {
    registerAppScheme();
    expect(electron.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  });

  it('serves the root directory through the handler given to protocol.handle', async () => {
    handleAppProtocol(root);
    const handler = electron.handlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler?.(new Request('app://akr/assets/app.js'));
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response?.text()).toBe('console.log("akr");');
  });
});
