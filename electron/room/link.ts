/**
 * The browser mode's local link to the room host: the part of the local
 * server (build/scripts/serve.mjs) that answers the facilitator's page under
 * ROOM_LINK_PATH. Bundled with the host into dist/room/link.mjs at build
 * time, since serve.mjs is plain JavaScript.
 *
 * Only the facilitator's own page may use it:
 * - every request carries the secret the served index.html holds (a
 *   `<meta>`, per server process); a page of another origin cannot read it;
 * - the Host header must name the local server (127.0.0.1, localhost, ::1,
 *   on its port), so a rebound DNS name reaches neither the link nor a page
 *   with the secret in it;
 * - a call must come with the page's own Origin, as JSON (which a form or a
 *   cross-origin "simple" request cannot send), and the stream refuses
 *   other origins and cross-site fetches.
 * The room server the phones use (server.ts) is another server, on another
 * port and address: it never serves the app, nor this link.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RoomHostEvent } from '../../shared/room/bridge';
import { isRoomLinkCall, ROOM_LINK_CALLS, ROOM_LINK_HEADER, ROOM_LINK_META, ROOM_LINK_PATH, type RoomLinkCall } from '../../shared/room/localLink';
import { readActivity, readAnalysisId, readEntryIds, readOpenOptions } from './args';
import type { RoomHost } from './host';

export { createRoomHost } from './host';

/** The largest call body: a survey activity for 50 roles of 300 tasks fits. */
export const ROOM_LINK_MAX_BODY = 8 * 1024 * 1024;
/** Event streams at once (a few tabs of the app). */
export const ROOM_LINK_MAX_STREAMS = 16;

export interface RoomLinkOptions {
  host: RoomHost;
  /** The local server's port, once it listens (for the Host and Origin checks). */
  port: () => number;
  /** By default 256 random bits. */
  secret?: string;
  /** How often the stream says it is alive. */
  heartbeatMs?: number;
  /**
   * How long an open room waits, once the last page of the app has stopped
   * listening (its tab closed), before it closes. A reload listens again well
   * within it (the stream retries after 2 s).
   */
  orphanMs?: number;
}

/** By default an open room outlives its last listening page by this long. */
export const ROOM_LINK_ORPHAN_MS = 15_000;

export interface RoomLink {
  readonly secret: string;
  /** Answers a request under ROOM_LINK_PATH; false (and nothing sent) for any other path. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** The app's index.html with the secret in its head, for a request that named the local server; unchanged otherwise. */
  page(html: string, req: Pick<IncomingMessage, 'headers'>): string;
  /** Ends the event streams and stops the room for good (the server is stopping). */
  close(): Promise<void>;
}

const HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
};

const sameSecret = (given: string | null | undefined, secret: string): boolean => {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(secret, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
};

const send = (res: ServerResponse, status: number, body: unknown): true => {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { ...HEADERS, 'content-type': 'application/json; charset=utf-8', 'content-length': bytes.length });
  res.end(bytes);
  return true;
};

/** Reads a body up to `max` bytes; null when it is larger (the rest is not read). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function createRoomLink(options: RoomLinkOptions): RoomLink {
  const { host } = options;
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  const streams = new Set<ServerResponse>();

  const localHosts = (): Set<string> => {
    const port = options.port();
    return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  };
  const hostIsLocal = (req: Pick<IncomingMessage, 'headers'>): boolean => localHosts().has((req.headers.host ?? '').toLowerCase());
  const originIsLocal = (origin: string): boolean => {
    if (!origin.startsWith('http://')) return false;
    return localHosts().has(origin.slice('http://'.length).toLowerCase());
  };
  /** Fetch metadata, where the browser sends it: the request must come from the page's own origin. */
  const sameOriginFetch = (req: IncomingMessage): boolean => {
    const site = req.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin';
  };

  host.onEvent((event: RoomHostEvent) => {
    const data = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of streams) res.write(data);
  });
  const heartbeat = setInterval(() => {
    for (const res of streams) res.write(': alive\n\n');
  }, options.heartbeatMs ?? 15_000);
  heartbeat.unref();

  // The desktop app closes the room with the window that opened it; here the tab is the window. When the
  // last listening page is gone and none comes back, the room closes: no room stays reachable from the
  // network after the facilitator has closed the app's tab.
  let orphaned: NodeJS.Timeout | null = null;
  let ended = false;
  const stopWaiting = (): void => {
    if (orphaned !== null) clearTimeout(orphaned);
    orphaned = null;
  };
  const lastPageGone = (): void => {
    stopWaiting();
    if (ended) return;
    orphaned = setTimeout(() => {
      orphaned = null;
      if (streams.size > 0) return;
      void host
        .current()
        .then((room) => (room === null ? undefined : host.close()))
        .catch(() => undefined);
    }, options.orphanMs ?? ROOM_LINK_ORPHAN_MS);
    orphaned.unref();
  };

  const run = async (call: RoomLinkCall, args: readonly unknown[]): Promise<unknown> => {
    const name = `${ROOM_LINK_PATH}/${call}`;
    switch (call) {
      case 'addresses':
        return host.addresses();
      case 'open':
        return host.open(readAnalysisId(args[0], name), readOpenOptions(args[1], name));
      case 'current':
        return host.current();
      case 'setActivity':
        return host.setActivity(readActivity(args[0], name));
      case 'newCode':
        return host.newCode();
      case 'close':
        return host.close();
      case 'unacknowledged':
        return host.unacknowledged(readAnalysisId(args[0], name));
      case 'acknowledge':
        return host.acknowledge(readAnalysisId(args[0], name), readEntryIds(args[1], name));
      case 'erase':
        return host.erase(readAnalysisId(args[0], name));
    }
  };

  const callLink = async (req: IncomingMessage, res: ServerResponse, call: RoomLinkCall): Promise<void> => {
    const origin = req.headers.origin;
    if (origin === undefined || !originIsLocal(origin)) return void send(res, 403, { error: 'origin' });
    if (!/^application\/json(;|$)/i.test(req.headers['content-type'] ?? '')) return void send(res, 415, { error: 'mediaType' });
    const header = req.headers[ROOM_LINK_HEADER];
    if (!sameSecret(Array.isArray(header) ? undefined : header, secret)) return void send(res, 403, { error: 'secret' });
    const body = await readBody(req, ROOM_LINK_MAX_BODY);
    if (body === null) return void send(res, 413, { error: 'tooLarge' });
    let args: unknown;
    try {
      args = JSON.parse(body.toString('utf8'));
    } catch {
      return void send(res, 400, { error: 'malformed' });
    }
    if (!Array.isArray(args) || args.length !== ROOM_LINK_CALLS[call]) return void send(res, 400, { error: 'malformed' });
    try {
      const value = await run(call, args);
      send(res, 200, value === undefined ? {} : { value });
    } catch (error) {
      // The host's own refusals ("no room is open", a malformed activity) are an answer, not a failure of
      // the link: the page throws them as the bridge says, and the browser logs no failed request.
      send(res, 200, { error: error instanceof Error ? error.message : String(error) });
    }
  };

  const openStream = (req: IncomingMessage, res: ServerResponse, url: URL): true => {
    const origin = req.headers.origin;
    if (origin !== undefined && !originIsLocal(origin)) return send(res, 403, { error: 'origin' });
    if (!sameSecret(url.searchParams.get('s'), secret)) return send(res, 403, { error: 'secret' });
    if (streams.size >= ROOM_LINK_MAX_STREAMS) return send(res, 503, { error: 'busy' });
    res.writeHead(200, { ...HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
    res.write('retry: 2000\n\n');
    streams.add(res);
    stopWaiting();
    res.on('close', () => {
      streams.delete(res);
      if (streams.size === 0) lastPageGone();
    });
    return true;
  };

  const handle = (req: IncomingMessage, res: ServerResponse): boolean => {
    const target = req.url ?? '';
    if (target !== ROOM_LINK_PATH && !target.startsWith(`${ROOM_LINK_PATH}/`) && !target.startsWith(`${ROOM_LINK_PATH}?`)) return false;
    if (!hostIsLocal(req) || !sameOriginFetch(req)) return send(res, 403, { error: 'origin' });
    let url: URL;
    try {
      url = new URL(target, 'http://link.invalid');
    } catch {
      return send(res, 404, { error: 'notFound' });
    }
    const name = url.pathname.slice(ROOM_LINK_PATH.length + 1);
    if (name === 'events') return req.method === 'GET' ? openStream(req, res, url) : send(res, 405, { error: 'method' });
    if (!isRoomLinkCall(name)) return send(res, 404, { error: 'notFound' });
    if (req.method !== 'POST') return send(res, 405, { error: 'method' });
    callLink(req, res, name).catch(() => {
      if (!res.headersSent) send(res, 500, { error: 'failed' });
      else res.destroy();
    });
    return true;
  };

  const page = (html: string, req: Pick<IncomingMessage, 'headers'>): string => {
    // In the head or not at all: before the doctype it would put the page in quirks mode.
    if (!hostIsLocal(req) || !html.includes('</head>')) return html;
    return html.replace('</head>', `<meta name="${ROOM_LINK_META}" content="${secret}"></head>`);
  };

  const close = async (): Promise<void> => {
    ended = true;
    stopWaiting();
    // The room first, so the page still hears that it closed.
    try {
      await host.shutdown();
    } finally {
      clearInterval(heartbeat);
      for (const res of streams) res.end();
      streams.clear();
    }
  };

  return { secret, handle, page, close };
}
