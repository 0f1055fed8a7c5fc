/**
 * The room server: while the facilitator keeps a room open, phones on the
 * local network answer the survey, post SWOT notes, dot-vote and vote in a
 * colour poll. No Electron import: the desktop main process and the
 * browser-mode server both start it.
 *
 * Security model — the laptop is reachable from the room while it runs:
 * - It serves the phone page (given to it) and the room's API, nothing else:
 *   every other path is 404, and no path ever reaches the file system.
 * - Every API request needs the room's token (256 random bits, in the QR
 *   link). A person who types the address instead exchanges the short code
 *   for it; after `maxWrongCodes` wrong codes for the whole room the code is
 *   locked (the facilitator is told, and can make a new code).
 * - A closed room refuses everything, then stops listening.
 * - Limits: body size, requests per connection per time window, concurrent
 *   connections, time to send headers and the whole request, idle keep-alive.
 * - Every body is strict JSON checked with the protocol's zod schemas and
 *   against what is open now; only the open activity is writable. Text is
 *   stored verbatim and never rendered here (JSON only, nosniff, no HTML
 *   built from input). Nothing can be read back but the open activity.
 * - No IP address or device id is stored; the facilitator sees how many
 *   phones are connected, never which. A phone's voter id lives in memory
 *   only, for its dot budget and its one poll vote.
 * Submissions are journaled (fsync) before the phone gets its receipt; see
 * journal.ts for delivery and acknowledgement.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { checkSubmission, toDelivered } from '../../shared/room/check';
import { activitySchema, ROOM_LIMITS, type Activity, type Delivered, type Refusal, type Submission } from '../../shared/room/protocol';
import { Journal, nodeJournalFs, type JournalFs } from './journal';
import { readBody, readJoin, readSubmission } from './requests';

export interface RoomLimits {
  maxBodyBytes: number;
  maxConnections: number;
  /** Requests one connection may make per window. */
  requestsPerWindow: number;
  windowMs: number;
  /** Time to send the request's headers, and the whole request. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** Wrong short codes for the whole room before it is locked. */
  maxWrongCodes: number;
  /** How often the live channel says it is alive. */
  heartbeatMs: number;
}

export const DEFAULT_ROOM_LIMITS: RoomLimits = {
  // A 300-task survey answer with both free texts full is about 40 KB.
  maxBodyBytes: 64 * 1024,
  // 60 phones, each with its live channel and a connection for sending, and room to spare.
  maxConnections: 256,
  requestsPerWindow: 60,
  windowMs: 10_000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 20_000,
  keepAliveTimeoutMs: 5_000,
  maxWrongCodes: 20,
  heartbeatMs: 15_000,
};

/** What the facilitator's side hears from the room. */
export type RoomEvent =
  | { type: 'phones'; connected: number }
  | { type: 'wrongCode'; wrong: number; limit: number }
  | { type: 'locked' }
  | { type: 'recovered'; entries: number; skipped: number }
  | { type: 'journalFailed'; message: string };

export interface RoomOptions {
  analysisId: string;
  /** The network address to listen on (the laptop's address on the room's network; 127.0.0.1 in tests). */
  host: string;
  port?: number;
  journalDir: string;
  /** The phone page and its script, served at / and /room.js. */
  page: { html: string | Uint8Array; script: string | Uint8Array };
  /** Each submission once it is in the journal; unacknowledged ones from an earlier run are delivered at start. */
  onSubmission?: (entry: Delivered) => void;
  onEvent?: (event: RoomEvent) => void;
  limits?: Partial<RoomLimits>;
  fs?: JournalFs;
}

export interface Room {
  readonly port: number;
  /** The secret every API request carries; goes in the QR link. */
  readonly token: string;
  /** The short code a person can type instead; changes with newCode(). */
  code(): string;
  /** A new short code, with the count of wrong codes (and a lock-out) cleared. */
  newCode(): string;
  /** Opens an activity to the phones (checked against the protocol; throws on a wrong one). */
  setActivity(activity: Activity): void;
  activity(): Activity;
  /** Phones with the live channel open. */
  phones(): number;
  /** Journal entries not yet acknowledged, in order (for a window that reloaded). */
  unacknowledged(): Delivered[];
  /** The facilitator's side has committed these entries. */
  acknowledge(ids: readonly string[]): Promise<void>;
  /** Refuses everything from now on, ends the live channels, waits for submissions in flight, compacts the journal. */
  close(): Promise<void>;
}

const STATUS: Record<Refusal, number> = {
  notFound: 404,
  method: 405,
  token: 401,
  wrongCode: 403,
  locked: 423,
  closed: 410,
  tooLarge: 413,
  mediaType: 415,
  malformed: 400,
  invalid: 422,
  notOpen: 409,
  notAsked: 422,
  overBudget: 422,
  alreadyVoted: 409,
  rate: 429,
  busy: 503,
};

/** The phone page's policy: its own script and the room's API, nothing else. */
const PAGE_CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const COMMON_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

const sameSecret = (given: string, secret: string) => {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(secret, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
};

const newShortCode = () => String(randomInt(0, 10 ** ROOM_LIMITS.codeDigits)).padStart(ROOM_LIMITS.codeDigits, '0');

export async function createRoom(options: RoomOptions): Promise<Room> {
  const limits = { ...DEFAULT_ROOM_LIMITS, ...options.limits };
  const emit = (event: RoomEvent) => options.onEvent?.(event);
  const deliver = (entry: Delivered) => {
    try {
      options.onSubmission?.(entry);
    } catch {
      // The entry is in the journal and stays unacknowledged: it is delivered again (unacknowledged(), next start).
    }
  };
  const journal = await Journal.open(options.journalDir, options.analysisId, options.fs ?? nodeJournalFs);

  const token = randomBytes(32).toString('base64url');
  let code = newShortCode();
  let wrongCodes = 0;
  let closed = false;
  let activity: Activity = { kind: 'none' };
  const streams = new Set<ServerResponse>();
  /** Submissions being journaled, by id: a retry arriving meanwhile waits for the first. */
  const inFlight = new Map<string, Promise<boolean>>();
  /** Dots used and poll votes cast per activity and voter id; memory only. */
  const used = new Map<string, number>();
  const rate = new WeakMap<Socket, { start: number; count: number }>();
  const html = Buffer.from(options.page.html);
  const script = Buffer.from(options.page.script);

  /** Answers with JSON; true, so a handler can `return send(…)`. */
  const send = (res: ServerResponse, status: number, body: unknown, close = false): true => {
    if (res.headersSent) return true;
    const bytes = Buffer.from(JSON.stringify(body));
    res.writeHead(status, {
      ...COMMON_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      'content-length': bytes.length,
      ...(close ? { connection: 'close' } : {}),
    });
    res.end(bytes);
    return true;
  };
  const refuse = (res: ServerResponse, refusal: Refusal, close = false) => send(res, STATUS[refusal], { error: refusal }, close);

  const hasToken = (req: IncomingMessage, url: URL, queryAllowed: boolean) => {
    const header = req.headers.authorization;
    if (typeof header === 'string' && header.startsWith('Bearer ')) return sameSecret(header.slice(7), token);
    // EventSource cannot set headers: the live channel alone takes the token in its address.
    const query = url.searchParams.get('token');
    return queryAllowed && query !== null && sameSecret(query, token);
  };

  const overRate = (socket: Socket) => {
    const now = Date.now();
    const seen = rate.get(socket);
    if (seen === undefined || now - seen.start >= limits.windowMs) {
      rate.set(socket, { start: now, count: 1 });
      return false;
    }
    seen.count += 1;
    return seen.count > limits.requestsPerWindow;
  };

  const broadcast = () => {
    const data = `event: activity\ndata: ${JSON.stringify(activity)}\n\n`;
    for (const res of streams) res.write(data);
  };

  const servePage = (req: IncomingMessage, res: ServerResponse, body: Buffer, type: string) => {
    res.writeHead(200, {
      ...COMMON_HEADERS,
      'content-type': type,
      'content-length': body.length,
      'content-security-policy': PAGE_CSP,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };

  const openStream = (res: ServerResponse) => {
    res.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
    res.write(`retry: 3000\n\nevent: activity\ndata: ${JSON.stringify(activity)}\n\n`);
    streams.add(res);
    emit({ type: 'phones', connected: streams.size });
    res.on('close', () => {
      if (streams.delete(res)) emit({ type: 'phones', connected: streams.size });
    });
    return true;
  };

  const join = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const body = await readBody(req, limits.maxBodyBytes);
    if (!body.ok) return body.refusal === 'tooLarge' ? refuse(res, 'tooLarge', true) : false;
    if (closed) return refuse(res, 'closed', true);
    if (wrongCodes >= limits.maxWrongCodes) return refuse(res, 'locked');
    const read = readJoin(body.bytes);
    if (!read.ok) return refuse(res, read.refusal);
    if (sameSecret(read.value, code)) return send(res, 200, { token });
    wrongCodes += 1;
    emit({ type: 'wrongCode', wrong: wrongCodes, limit: limits.maxWrongCodes });
    if (wrongCodes >= limits.maxWrongCodes) emit({ type: 'locked' });
    return refuse(res, wrongCodes >= limits.maxWrongCodes ? 'locked' : 'wrongCode');
  };

  /** Journals a submission and delivers it; false if the journal could not take it. */
  const accept = async (submission: Submission): Promise<boolean> => {
    const entry = toDelivered(submission);
    try {
      await journal.append(entry);
    } catch (error) {
      emit({ type: 'journalFailed', message: error instanceof Error ? error.message : String(error) });
      return false;
    }
    deliver(entry);
    return true;
  };

  const submit = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (!/^application\/json(;|$)/i.test(req.headers['content-type'] ?? '')) return refuse(res, 'mediaType', true);
    const body = await readBody(req, limits.maxBodyBytes);
    if (!body.ok) return body.refusal === 'tooLarge' ? refuse(res, 'tooLarge', true) : false;
    if (closed) return refuse(res, 'closed', true);
    const read = readSubmission(body.bytes);
    if (!read.ok) return refuse(res, read.refusal);
    const submission = read.value;
    const receipt = { id: submission.id };
    // A retry gets the first one's receipt, whatever is open now.
    if (journal.has(submission.id)) return send(res, 201, receipt);
    const pending = inFlight.get(submission.id);
    if (pending !== undefined) return (await pending) ? send(res, 201, receipt) : refuse(res, 'busy');

    const wrong = checkSubmission(activity, submission);
    if (wrong !== null) return refuse(res, wrong);
    // Counted before the journal's await, so two requests at once cannot both fit the budget.
    let voterKey: string | null = null;
    if (submission.kind === 'dots' || submission.kind === 'poll') {
      voterKey = `${submission.activityId}\u0000${submission.voter}`;
      const before = used.get(voterKey) ?? 0;
      const cost = submission.kind === 'dots' ? submission.noteIds.length : 1;
      const allowed = activity.kind === 'dots' ? activity.budget : 1;
      if (before + cost > allowed) return refuse(res, submission.kind === 'dots' ? 'overBudget' : 'alreadyVoted');
      used.set(voterKey, before + cost);
    }
    const done = accept(submission);
    inFlight.set(submission.id, done);
    const ok = await done;
    inFlight.delete(submission.id);
    if (!ok && voterKey !== null && submission.kind !== 'survey' && submission.kind !== 'note') {
      const cost = submission.kind === 'dots' ? submission.noteIds.length : 1;
      used.set(voterKey, (used.get(voterKey) ?? cost) - cost);
    }
    return ok ? send(res, 201, receipt) : refuse(res, 'busy');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (closed) return refuse(res, 'closed', true);
    if (overRate(req.socket)) return refuse(res, 'rate');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://room.invalid');
    } catch {
      return refuse(res, 'notFound');
    }
    const route = `${req.method ?? ''} ${req.url?.startsWith('/') === true ? url.pathname : ''}`;
    switch (route) {
      case 'GET /':
      case 'HEAD /':
        return servePage(req, res, html, 'text/html; charset=utf-8');
      case 'GET /room.js':
      case 'HEAD /room.js':
        return servePage(req, res, script, 'text/javascript; charset=utf-8');
      case 'POST /api/join':
        return join(req, res);
      case 'GET /api/activity':
        return hasToken(req, url, false) ? send(res, 200, { activity }) : refuse(res, 'token');
      case 'GET /api/events':
        return hasToken(req, url, true) ? openStream(res) : refuse(res, 'token');
      case 'POST /api/submissions':
        return hasToken(req, url, false) ? submit(req, res) : refuse(res, 'token', true);
    }
    const known = ['/', '/room.js', '/api/join', '/api/activity', '/api/events', '/api/submissions'];
    return refuse(res, known.includes(url.pathname) && req.url?.startsWith('/') === true ? 'method' : 'notFound');
  };

  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often Node looks for requests over their time; the default of 30 s would let a slow body linger.
      connectionsCheckingInterval: Math.min(1_000, Math.max(50, Math.floor(limits.headersTimeoutMs / 4))),
      maxHeaderSize: 8 * 1024,
    },
    (req, res) => {
      handle(req, res).catch(() => refuse(res, 'busy', true));
    },
  );
  server.maxConnections = limits.maxConnections;
  const heartbeat = setInterval(() => {
    for (const res of streams) res.write(': alive\n\n');
  }, limits.heartbeatMs);
  heartbeat.unref();

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    clearInterval(heartbeat);
    await journal.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;

  const recovered = journal.unacknowledged();
  if (recovered.length > 0 || journal.skipped > 0) emit({ type: 'recovered', entries: recovered.length, skipped: journal.skipped });
  for (const entry of recovered) deliver(entry);

  let closing: Promise<void> | null = null;
  const shutDown = async () => {
    closed = true;
    clearInterval(heartbeat);
    for (const res of streams) res.end();
    streams.clear();
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await Promise.allSettled(inFlight.values());
    server.closeAllConnections();
    await stopped;
    await journal.close();
  };

  return {
    port,
    token,
    code: () => code,
    newCode: () => {
      code = newShortCode();
      wrongCodes = 0;
      return code;
    },
    setActivity: (next) => {
      activity = activitySchema.parse(next);
      broadcast();
    },
    activity: () => activity,
    phones: () => streams.size,
    unacknowledged: () => journal.unacknowledged(),
    acknowledge: (ids) => journal.acknowledge(ids),
    close: () => (closing ??= shutDown()),
  };
}
