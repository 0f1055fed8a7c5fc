/**
 * The `app://akr` origin the renderer is served from.
 *
 * One fixed, secure, standard origin (instead of file://) gives the renderer
 * the same IndexedDB, BroadcastChannel and CSP behaviour as in a browser, and
 * lets the navigation and IPC guards recognise our own pages by origin.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, CONTENT_TYPES } from '../shared/csp';

const SCHEME = 'app';
const HOST = 'akr';

/** The renderer's origin. Every trusted page and IPC sender lives here. */
export const APP_ORIGIN = `${SCHEME}://${HOST}`;

/**
 * True when `url` is on APP_ORIGIN. Node's URL reports `origin === 'null'` for
 * custom schemes, so protocol and host are compared instead; `host` includes
 * any port, so `app://akr:1/` is not ours either.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${SCHEME}:` && parsed.host === HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** Content-Type for a file name; unknown types are served as opaque bytes. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an `app://akr/...` URL to an absolute file path inside `rootDir`, or
 * `null` when the request must be refused: another scheme or host, a path that
 * would escape `rootDir` (`..`, also percent-encoded), backslashes (a separator
 * on Windows) or NUL bytes. Paths without an extension are client-side routes
 * and resolve to index.html. Pure: it does not touch the file system.
 */
export function resolveAppRequest(rootDir: string, url: string): string | null {
  if (!isAppUrl(url)) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;

  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return null;

  const last = segments.at(-1);
  if (last === undefined || path.extname(last) === '') return path.join(rootDir, 'index.html');

  // Belt and braces: whatever the checks above missed, never leave rootDir.
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return filePath;
}

function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  });
}

function errorResponse(status: 403 | 404 | 405, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/**
 * Answers one request for the app protocol: the file's bytes with CSP and
 * nosniff headers, 403 for refused paths, 404 for missing files. Only GET and
 * HEAD are served: the renderer never posts anything to its own origin.
 */
export async function serveAppRequest(rootDir: string, request: Pick<Request, 'url' | 'method'>): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405, 'Method Not Allowed');

  const filePath = resolveAppRequest(rootDir, request.url);
  if (filePath === null) return errorResponse(403, 'Forbidden');

  let body: Buffer;
  try {
    body = await readFile(filePath);
  } catch {
    return errorResponse(404, 'Not Found');
  }
  const headers = securityHeaders(contentTypeFor(filePath));
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

/**
 * Declares `app:` privileged (standard URL parsing, secure context, fetch, V8
 * code cache). Electron only accepts this before the `ready` event.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

/** Serves the built renderer in `rootDir` on APP_ORIGIN. Call after `ready`. */
export function handleAppProtocol(rootDir: string): void {
  protocol.handle(SCHEME, (request) => serveAppRequest(rootDir, request));
}
