/**
 * The room in the browser mode: the room host lives in the local server
 * (`npm run web`, build/scripts/serve.mjs), reached on the page's own origin
 * through its link (shared/room/localLink.ts): calls as JSON POSTs with the
 * secret the served page carries, the host's events as an EventSource.
 * A page served any other way (vite dev, a static copy) has no secret, and
 * so no room.
 */
import { noRoom, type RoomBridge, type RoomHostEvent } from '../../shared/room/bridge.ts';
import { checkedRoomEvents } from './roomEvents.ts';
import { ROOM_LINK_CALLS, ROOM_LINK_HEADER, ROOM_LINK_META, ROOM_LINK_PATH, type RoomLinkCall } from '../../shared/room/localLink.ts';

/** How long open() waits for the event stream before going on without it (unacknowledged() still has what it missed). */
const STREAM_WAIT_MS = 3_000;

/** The part of the page's document the client reads: the `<meta>` with the secret. */
export interface RoomLinkPage {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}

/** What the link needs from the browser (injectable for tests). */
export interface BrowserRoomEnvironment {
  document: RoomLinkPage;
  fetch: typeof fetch;
  EventSource: typeof EventSource;
}

/** The secret the local server put in the page, or null when the page was not served with a room. */
export function roomLinkSecret(doc: RoomLinkPage): string | null {
  const content = doc.querySelector(`meta[name="${ROOM_LINK_META}"]`)?.getAttribute('content') ?? '';
  return content === '' ? null : content;
}

export function browserRoom(env: BrowserRoomEnvironment = { document, fetch: (...args) => fetch(...args), EventSource: globalThis.EventSource }): RoomBridge {
  const secret = roomLinkSecret(env.document);
  if (secret === null || typeof env.EventSource !== 'function') return noRoom;

  const call = async <T>(name: RoomLinkCall, args: unknown[]): Promise<T> => {
    if (args.length !== ROOM_LINK_CALLS[name]) throw new Error(`room ${name}: wrong number of arguments`);
    const response = await env.fetch(`${ROOM_LINK_PATH}/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [ROOM_LINK_HEADER]: secret },
      body: JSON.stringify(args),
      cache: 'no-store',
      credentials: 'same-origin',
    });
    const body: unknown = await response.json().catch(() => null);
    const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    if (typeof record.error === 'string') throw new Error(record.error);
    if (!response.ok) throw new Error(`the room host answered ${response.status}`);
    return record.value as T;
  };

  const listeners = new Set<(event: RoomHostEvent) => void>();
  const deliver = checkedRoomEvents((event) => {
    for (const listener of [...listeners]) listener(event);
  });
  let stream: EventSource | null = null;
  /** Resolves once the stream is connected (or after STREAM_WAIT_MS). */
  let connected: Promise<void> = Promise.resolve();

  const connect = (): void => {
    if (stream !== null) return;
    const source = new env.EventSource(`${ROOM_LINK_PATH}/events?s=${encodeURIComponent(secret)}`);
    stream = source;
    connected = new Promise((resolve) => {
      const timer = setTimeout(resolve, STREAM_WAIT_MS);
      source.addEventListener(
        'open',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });
    source.addEventListener('message', (message: MessageEvent) => {
      let data: unknown;
      try {
        data = JSON.parse(String(message.data));
      } catch {
        return;
      }
      deliver(data);
    });
  };

  return {
    supported: true,
    addresses: () => call('addresses', []),
    open: async (analysisId, options) => {
      // An earlier run's submissions are sent as the room starts: the stream must be listening first.
      if (listeners.size > 0) {
        connect();
        await connected;
      }
      return call('open', [analysisId, options ?? {}]);
    },
    current: () => call('current', []),
    setActivity: async (activity) => {
      await call('setActivity', [activity]);
    },
    newCode: () => call('newCode', []),
    close: async () => {
      await call('close', []);
    },
    unacknowledged: (analysisId) => call('unacknowledged', [analysisId]),
    acknowledge: async (analysisId, ids) => {
      await call('acknowledge', [analysisId, [...ids]]);
    },
    erase: async (analysisId) => {
      await call('erase', [analysisId]);
    },
    onEvent: (listener) => {
      listeners.add(listener);
      connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stream !== null) {
          stream.close();
          stream = null;
          connected = Promise.resolve();
        }
      };
    },
  };
}
