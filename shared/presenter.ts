/**
 * Projector mode: the messages by which a facilitator window drives a
 * view-only presenter window, and the rules for trusting them.
 *
 * The transport (a BroadcastChannel on the app's one origin, in Electron and
 * in the browser alike) lives in renderer/presenter/channel.ts; this module is
 * pure: message shapes, a hand-written validator (no eval, no schema library)
 * and the ordering rules of sender and receiver.
 *
 * Every message carries `protocol`; a message of another protocol version is
 * not understood and dropped, so an old presenter never misreads a newer
 * facilitator (or the other way round).
 */

import type { PollColour } from './room/protocol.ts';

export const PRESENTER_PROTOCOL = 2;

export const PRESENTER_VIEWS = ['board', 'swot', 'survey', 'newRoles', 'roomJoin', 'poll', 'info', 'followUp'] as const;
export type PresenterView = (typeof PRESENTER_VIEWS)[number];

/** How the room sees a projected view. */
export interface ViewRules {
  /** One role per screen, the state's `lane`; ↑ ↓ (and the projector bar's role list) change it. Otherwise ↑ ↓ do nothing. */
  byRole: boolean;
}

/**
 * The rules of every projected view, in one place. Every view is paged (its
 * pages measured in the window that shows it); a view added here gets the
 * page keys, "1/3" and the projector bar's page buttons with no other change.
 */
export const VIEW_RULES = {
  board: { byRole: true },
  swot: { byRole: false },
  survey: { byRole: true },
  newRoles: { byRole: false },
  /** How phones join the room: its QR code, address and short code (ProjectionState.room). */
  roomJoin: { byRole: false },
  /** The spread of the colour poll open to the phones (ProjectionState.room.poll). */
  poll: { byRole: false },
  /** The information meeting's slides (step 1): one slide a page, the hidden ones left out. */
  info: { byRole: false },
  /** The follow-up's comparison (step 6): every role's hours then and now, roles in two columns. */
  followUp: { byRole: false },
} as const satisfies Record<PresenterView, ViewRules>;

/** Longest id (analysis, role, session) a message may carry. */
export const MAX_ID_LENGTH = 200;
/** Longest timer label a message may carry; the sender clips longer ones. */
export const MAX_LABEL_LENGTH = 200;
/** Latest instant a JavaScript Date can hold, in epoch ms. */
export const MAX_EPOCH_MS = 8.64e15;
/** Longest countdown a message may carry (a day; timeboxes are far shorter). */
export const MAX_REMAINING_MS = 24 * 60 * 60 * 1000;
/** Most pages a projection may have (pages are numbered 0 … MAX_PAGES − 1). */
export const MAX_PAGES = 1000;

export interface ProjectionTimer {
  label: string;
  /** Running: when the countdown reaches zero, in epoch ms. Takes precedence over `remainingMs`. */
  endsAt: number | null;
  /** Paused (or not started): the time left, in ms. */
  remainingMs: number | null;
}

/** The colours of a poll's spread, in the board's order. */
export const PROJECTED_COLOURS = ['green', 'yellow', 'red', 'black'] as const satisfies readonly PollColour[];
/** Longest join address a message may carry (it holds the room's token). */
export const MAX_URL_LENGTH = 500;
/** Most votes of one colour a message may carry. */
export const MAX_VOTES = 1_000_000;

/** A colour poll as the room sees it: the task, its role, and how many phones gave each colour (never who). */
export interface ProjectedPoll {
  role: string;
  title: string;
  counts: Record<PollColour, number>;
}

/**
 * The open room, for its projected views. It travels with the state because
 * only the facilitator's window hears the room host; the projector window
 * draws `url` (which holds the token) as a QR code only, never as text.
 */
export interface ProjectedRoom {
  url: string;
  shortUrl: string;
  code: string;
  /** The poll open to the phones, or null. */
  poll: ProjectedPoll | null;
}

export interface ProjectionState {
  analysisId: string;
  view: PresenterView;
  /** Role id whose lane is shown, or null for the first role. */
  lane: string | null;
  /** The page of the view shown, from 0; the projector keeps it inside the pages it has. */
  page: number;
  /** The projection shows nothing (a black screen). */
  blank: boolean;
  /** The projection keeps showing what it showed; the facilitator works unseen. */
  frozen: boolean;
  /** An agenda item's countdown, shown on the projection; null = none. */
  timer: ProjectionTimer | null;
  /** The open room (for the room's views); absent or null when none is open. */
  room?: ProjectedRoom | null;
}

export interface StateMessage {
  protocol: typeof PRESENTER_PROTOCOL;
  kind: 'state';
  /** The facilitator window's random id, new for every window. */
  session: string;
  /** 1, 2, 3, … within the session. */
  seq: number;
  /** Epoch ms when sent (both windows share one machine's clock). */
  sentAt: number;
  state: ProjectionState;
}

/** A presenter asks for the current state (sent when it opens). */
export interface HelloMessage {
  protocol: typeof PRESENTER_PROTOCOL;
  kind: 'hello';
  session: string;
}

/** The facilitator window closed. */
export interface ByeMessage {
  protocol: typeof PRESENTER_PROTOCOL;
  kind: 'bye';
  session: string;
}

/** A presenter says how many pages the projection takes in its window (for "1/3" in the facilitator's window). */
export interface LayoutMessage {
  protocol: typeof PRESENTER_PROTOCOL;
  kind: 'layout';
  /** The presenter window's own random id. */
  session: string;
  /** The view and lane the count is for, so a count for what was shown a moment ago is not taken for the new one. */
  view: PresenterView;
  lane: string | null;
  pages: number;
}

/** A key pressed in the projector window: the next or previous page, or role. The facilitator's window decides. */
export interface TurnMessage {
  protocol: typeof PRESENTER_PROTOCOL;
  kind: 'turn';
  session: string;
  what: 'page' | 'role';
  step: 1 | -1;
}

export type PresenterMessage = StateMessage | HelloMessage | ByeMessage | LayoutMessage | TurnMessage;

// ---------------------------------------------------------------------------
// Validation

type Fields = (key: string) => unknown;

/**
 * Reads a plain object's own data properties only: inherited keys (a polluted
 * Object.prototype) and getters are never consulted. Null for non-objects and arrays.
 */
function fieldsOf(data: unknown): Fields | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  return (key) => {
    const descriptor = Object.getOwnPropertyDescriptor(data, key);
    return descriptor !== undefined && 'value' in descriptor ? (descriptor.value as unknown) : undefined;
  };
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

function isNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function isView(value: unknown): value is PresenterView {
  return typeof value === 'string' && (PRESENTER_VIEWS as readonly string[]).includes(value);
}

function parseTimer(data: unknown): ProjectionTimer | null {
  const get = fieldsOf(data);
  if (get === null) return null;
  const label = get('label');
  const endsAt = get('endsAt');
  const remainingMs = get('remainingMs');
  if (typeof label !== 'string' || label.length > MAX_LABEL_LENGTH) return null;
  if (endsAt !== null && !isNumberIn(endsAt, 0, MAX_EPOCH_MS)) return null;
  if (remainingMs !== null && !isNumberIn(remainingMs, 0, MAX_REMAINING_MS)) return null;
  return { label, endsAt, remainingMs };
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function parsePoll(data: unknown): ProjectedPoll | null {
  const get = fieldsOf(data);
  if (get === null) return null;
  const role = get('role');
  const title = get('title');
  const counts = fieldsOf(get('counts'));
  if (!isText(role, MAX_LABEL_LENGTH) || !isText(title, MAX_LABEL_LENGTH) || counts === null) return null;
  const read = (colour: PollColour) => {
    const n = counts(colour);
    return isNumberIn(n, 0, MAX_VOTES) && Number.isInteger(n) ? n : null;
  };
  const [green, yellow, red, black] = PROJECTED_COLOURS.map(read);
  if (green == null || yellow == null || red == null || black == null) return null;
  return { role, title, counts: { green, yellow, red, black } };
}

/** The room, or undefined when the field is there but not a room (the state is then refused). */
function parseRoom(data: unknown): ProjectedRoom | null | undefined {
  if (data === undefined || data === null) return null;
  const get = fieldsOf(data);
  if (get === null) return undefined;
  const url = get('url');
  const shortUrl = get('shortUrl');
  const code = get('code');
  const rawPoll = get('poll');
  if (!isText(url, MAX_URL_LENGTH) || !isText(shortUrl, MAX_URL_LENGTH) || !isText(code, MAX_ID_LENGTH)) return undefined;
  if (!/^https?:\/\//.test(url) || !/^https?:\/\//.test(shortUrl)) return undefined;
  let poll: ProjectedPoll | null = null;
  if (rawPoll !== null && rawPoll !== undefined) {
    poll = parsePoll(rawPoll);
    if (poll === null) return undefined;
  }
  return { url, shortUrl, code, poll };
}

/** A deep copy of a room, so a caller's later edits do not leak into a message. */
function copyRoom(room: ProjectedRoom): ProjectedRoom {
  return {
    url: room.url,
    shortUrl: room.shortUrl,
    code: room.code,
    poll: room.poll && { role: room.poll.role, title: room.poll.title, counts: { ...room.poll.counts } },
  };
}

function parseState(data: unknown): ProjectionState | null {
  const get = fieldsOf(data);
  if (get === null) return null;
  const analysisId = get('analysisId');
  const view = get('view');
  const lane = get('lane');
  const page = get('page');
  const blank = get('blank');
  const frozen = get('frozen');
  const rawTimer = get('timer');
  if (!isId(analysisId) || !isView(view)) return null;
  if (lane !== null && !isId(lane)) return null;
  if (!isPage(page)) return null;
  if (typeof blank !== 'boolean' || typeof frozen !== 'boolean') return null;
  let timer: ProjectionTimer | null = null;
  if (rawTimer !== null) {
    timer = parseTimer(rawTimer);
    if (timer === null) return null;
  }
  const room = parseRoom(get('room'));
  if (room === undefined) return null;
  return room === null ? { analysisId, view, lane, page, blank, frozen, timer } : { analysisId, view, lane, page, blank, frozen, timer, room };
}

function isPage(value: unknown): value is number {
  return isNumberIn(value, 0, MAX_PAGES - 1) && Number.isInteger(value);
}

/**
 * The message in `data` (e.g. a MessageEvent's data), or null when it is not
 * one of this protocol's messages exactly: every field present with the right
 * type, strings bounded, numbers finite and in range. Unknown extra keys are
 * ignored; the result is always a freshly built object, so nothing but the
 * known fields (never `__proto__` or `constructor`) is carried over.
 */
export function parseMessage(data: unknown): PresenterMessage | null {
  try {
    const get = fieldsOf(data);
    if (get === null || get('protocol') !== PRESENTER_PROTOCOL) return null;
    const kind = get('kind');
    const session = get('session');
    if (!isId(session)) return null;
    if (kind === 'hello' || kind === 'bye') return { protocol: PRESENTER_PROTOCOL, kind, session };
    if (kind === 'layout') {
      const view = get('view');
      const lane = get('lane');
      const pages = get('pages');
      if (!isView(view) || (lane !== null && !isId(lane)) || !isNumberIn(pages, 1, MAX_PAGES) || !Number.isInteger(pages)) return null;
      return { protocol: PRESENTER_PROTOCOL, kind, session, view, lane, pages };
    }
    if (kind === 'turn') {
      const what = get('what');
      const step = get('step');
      if ((what !== 'page' && what !== 'role') || (step !== 1 && step !== -1)) return null;
      return { protocol: PRESENTER_PROTOCOL, kind, session, what, step };
    }
    if (kind !== 'state') return null;
    const seq = get('seq');
    const sentAt = get('sentAt');
    if (!isNumberIn(seq, 1, Number.MAX_SAFE_INTEGER) || !Number.isInteger(seq)) return null;
    if (!isNumberIn(sentAt, 0, MAX_EPOCH_MS)) return null;
    const state = parseState(get('state'));
    if (state === null) return null;
    return { protocol: PRESENTER_PROTOCOL, kind, session, seq, sentAt, state };
  } catch {
    // A hostile object (a Proxy) may throw while being inspected.
    return null;
  }
}

// ---------------------------------------------------------------------------
// Sender (facilitator window)

export interface PresenterSender {
  /** The next state message: seq 1, 2, 3, … */
  next(state: ProjectionState): StateMessage;
  /** The message announcing that this facilitator window closes. */
  bye(): ByeMessage;
}

/** Clips to `max` UTF-16 units without splitting a surrogate pair. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * Numbers the facilitator's states. `session` should be a random id made once
 * per window (e.g. crypto.randomUUID()). The state is copied, its timer label
 * clipped to MAX_LABEL_LENGTH, so the message stays valid and later edits of
 * the caller's object do not leak into it.
 */
export function createSender(session: string, now: () => number = Date.now): PresenterSender {
  let seq = 0;
  return {
    next(state) {
      seq += 1;
      const timer = state.timer === null ? null : { ...state.timer, label: clip(state.timer.label, MAX_LABEL_LENGTH) };
      return {
        protocol: PRESENTER_PROTOCOL,
        kind: 'state',
        session,
        seq,
        sentAt: now(),
        state: {
          analysisId: state.analysisId,
          view: state.view,
          lane: state.lane,
          page: state.page,
          blank: state.blank,
          frozen: state.frozen,
          timer,
          ...(state.room ? { room: copyRoom(state.room) } : {}),
        },
      };
    },
    bye() {
      return { protocol: PRESENTER_PROTOCOL, kind: 'bye', session };
    },
  };
}

/** The message a presenter window sends when it opens, asking for the current state. */
export function helloMessage(session: string): HelloMessage {
  return { protocol: PRESENTER_PROTOCOL, kind: 'hello', session };
}

// ---------------------------------------------------------------------------
// Receiver (presenter window)

export interface PresenterReceiver {
  /** The state to show now if `msg` changes it, else null (stale, ignored, hello or bye). */
  accept(msg: PresenterMessage): ProjectionState | null;
  /** The state last accepted from the current session; null before any and after its bye. */
  current(): ProjectionState | null;
  /** The session followed now, or null. */
  session(): string | null;
}

/** How many superseded sessions the receiver remembers (so they cannot take over again). */
const RETIRED_LIMIT = 32;

/**
 * Decides which state messages a presenter shows. The rules:
 *
 * 1. Within a session, `seq` orders: a state whose seq is not above the last
 *    accepted seq of that session is stale (a duplicate or overtaken) and ignored.
 * 2. With no session followed yet, the first state starts following its session.
 * 3. A state of another session replaces the followed session only if its
 *    `sentAt` is later than that of the last accepted message (a reopened
 *    facilitator window; both windows read one machine's clock). The replaced
 *    session is retired: its later messages are ignored, so two facilitator
 *    windows open at once cannot take turns — the newer one wins.
 * 4. `bye` of the followed session clears the state (current() becomes null)
 *    and forgets the retired sessions, so whichever facilitator speaks next is
 *    followed; its state must still be later by `sentAt` than the last one
 *    accepted, and the closed session's own late states still obey rule 1.
 *    `bye` of any other session, and `hello`, change nothing.
 */
export function createReceiver(): PresenterReceiver {
  /** The last accepted state message; kept after a bye as the watermark of rules 1 and 3. */
  let last: StateMessage | null = null;
  let showing = false;
  let retired: string[] = [];

  return {
    accept(msg) {
      // A presenter's own messages (hello, layout, turn) are for the facilitator's window.
      if (msg.kind === 'hello' || msg.kind === 'layout' || msg.kind === 'turn') return null;
      if (msg.kind === 'bye') {
        if (last !== null && showing && msg.session === last.session) {
          showing = false;
          retired = [];
        }
        return null;
      }
      if (retired.includes(msg.session)) return null;
      if (last !== null) {
        if (msg.session === last.session) {
          if (msg.seq <= last.seq) return null;
        } else {
          if (msg.sentAt <= last.sentAt) return null;
          if (showing) {
            retired.push(last.session);
            if (retired.length > RETIRED_LIMIT) retired = retired.slice(-RETIRED_LIMIT);
          }
        }
      }
      last = msg;
      showing = true;
      return msg.state;
    },
    current() {
      return showing && last !== null ? last.state : null;
    },
    session() {
      return showing && last !== null ? last.session : null;
    },
  };
}

// ---------------------------------------------------------------------------
// Turning pages and roles (facilitator window)

/**
 * The lane and page after a turn: the next or previous page (kept inside
 * `pages` when the projector has said how many there are), or the next or
 * previous role (round the list; a new role starts on its first page).
 * `lane` null means the first role. In a view not shown by role (VIEW_RULES),
 * a turn of the role changes nothing.
 */
export function turn(
  at: { lane: string | null; page: number },
  what: 'page' | 'role',
  step: 1 | -1,
  roleIds: readonly string[],
  pages: number | null,
  view: PresenterView = 'board',
): { lane: string | null; page: number } {
  if (what === 'role' && !VIEW_RULES[view].byRole) return { lane: at.lane, page: at.page };
  if (what === 'page') {
    const last = Math.min(MAX_PAGES, pages ?? MAX_PAGES) - 1;
    return { lane: at.lane, page: Math.max(0, Math.min(last, at.page + step)) };
  }
  if (roleIds.length === 0) return { lane: at.lane, page: 0 };
  const here = at.lane === null ? 0 : Math.max(0, roleIds.indexOf(at.lane));
  const next = (here + step + roleIds.length) % roleIds.length;
  return { lane: roleIds[next] ?? null, page: 0 };
}
