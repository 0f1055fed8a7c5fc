import { describe, expect, it, vi } from 'vitest';
import type { DesktopRoomApi } from '../../../shared/ipc';
import type { RoomHostEvent } from '../../../shared/room/bridge';
import { ROOM_LINK_HEADER } from '../../../shared/room/localLink';
import { browserRoom, roomLinkSecret, type BrowserRoomEnvironment } from '../../../renderer/platform/browserRoom';
import { desktopRoom } from '../../../renderer/platform/electronPlatform';

const SECRET = 'S'.repeat(43);
const NOTE = { id: 'note-0001', activityId: 'act-swot', kind: 'note', quadrant: 'strengths', text: 'Bra' } as const;

/** A page's document with (or without) the link's `<meta>`. */
const pageWith = (secret: string | null): BrowserRoomEnvironment['document'] => ({
  querySelector: (selector: string) =>
    secret !== null && selector === 'meta[name="akr-room-link"]' ? { getAttribute: (name: string) => (name === 'content' ? secret : null) } : null,
});

/** An EventSource the test drives: `open()` connects it, `message()` delivers data. */
class FakeEventSource {
  static all: FakeEventSource[] = [];
  private listeners = new Map<string, ((event: unknown) => void)[]>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.all.push(this);
  }
  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close(): void {
    this.closed = true;
  }
  open(): void {
    for (const listener of this.listeners.get('open') ?? []) listener({});
  }
  message(data: string): void {
    for (const listener of this.listeners.get('message') ?? []) listener({ data });
  }
}

function environment(answer: (name: string, args: unknown[]) => { status?: number; body: unknown }) {
  FakeEventSource.all = [];
  const calls: { url: string; init: RequestInit }[] = [];
  // The client always calls with a path and a string body.
  const fetchFake = vi.fn(async (url: string, init?: RequestInit & { body?: string }) => {
    calls.push({ url, init: init ?? {} });
    const args = JSON.parse(init?.body ?? 'null') as unknown[];
    const reply = answer(url.split('/').at(-1) ?? '', args);
    return new Response(JSON.stringify(reply.body), { status: reply.status ?? 200 });
  });
  const env: BrowserRoomEnvironment = {
    document: pageWith(SECRET),
    fetch: fetchFake as unknown as typeof fetch,
    EventSource: FakeEventSource as unknown as typeof EventSource,
  };
  return { env, calls };
}

describe('the browser room client', () => {
  it('has no room when the page carries no secret (vite dev, a static copy)', async () => {
    expect(roomLinkSecret(pageWith(null))).toBeNull();
    expect(roomLinkSecret(pageWith(''))).toBeNull();
    const room = browserRoom({ ...environment(() => ({ body: {} })).env, document: pageWith(null) });
    expect(room.supported).toBe(false);
    expect(await room.open('a1')).toMatchObject({ ok: false, problem: 'unsupported' });
  });

  it('posts each call as JSON with the secret, and throws the host refusal in its words', async () => {
    const { env, calls } = environment((name) => (name === 'newCode' ? { body: { error: 'no room is open' } } : { body: { value: [] } }));
    const room = browserRoom(env);
    expect(room.supported).toBe(true);
    expect(await room.unacknowledged('a1')).toEqual([]);
    expect(calls[0]?.url).toBe('/__room/unacknowledged');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.headers).toEqual({ 'content-type': 'application/json', [ROOM_LINK_HEADER]: SECRET });
    expect(calls[0]?.init.body).toBe('["a1"]');
    await room.acknowledge('a1', ['x1', 'x2']);
    expect(calls[1]?.init.body).toBe('["a1",["x1","x2"]]');
    await room.open('a1');
    expect(calls[2]?.init.body).toBe('["a1",{}]');
    await expect(room.newCode()).rejects.toThrow('no room is open');
  });

  it('throws when the link refuses (a stale secret after the server restarted)', async () => {
    const { env } = environment(() => ({ status: 403, body: { error: 'secret' } }));
    await expect(browserRoom(env).current()).rejects.toThrow('secret');
  });

  it('hands checked events to listeners, drops malformed ones, and waits for the stream before opening', async () => {
    const { env, calls } = environment(() => ({ body: { value: { ok: false, problem: 'noNetwork', detail: 'x' } } }));
    const room = browserRoom(env);
    const heard: RoomHostEvent[] = [];
    const off = room.onEvent((event) => heard.push(event));
    const [source] = FakeEventSource.all;
    if (source === undefined) throw new Error('no stream opened');
    expect(source.url).toBe(`/__room/events?s=${SECRET}`);

    const opening = room.open('a1', { address: '10.0.0.2' });
    await Promise.resolve();
    expect(calls).toEqual([]);
    source.open();
    await opening;
    expect(calls[0]?.init.body).toBe('["a1",{"address":"10.0.0.2"}]');

    source.message(JSON.stringify({ type: 'submission', analysisId: 'a1', entry: NOTE }));
    source.message(JSON.stringify({ type: 'submission', analysisId: 'a1', entry: { ...NOTE, kind: 'virus' } }));
    source.message('{not json');
    source.message(JSON.stringify({ type: 'phones', connected: 3 }));
    await expect
      .poll(() => heard)
      .toEqual([
        { type: 'submission', analysisId: 'a1', entry: NOTE },
        { type: 'phones', connected: 3 },
      ]);
    off();
    expect(source.closed).toBe(true);
  });
});

describe('the desktop room', () => {
  it('is none when the shell offers no room', () => {
    expect(desktopRoom(undefined).supported).toBe(false);
  });

  it('passes the calls to main and checks the events main sends', async () => {
    let push: (message: unknown) => void = () => undefined;
    const api: DesktopRoomApi = {
      addresses: vi.fn(async () => [{ address: '10.0.0.2', name: 'wlan0' }]),
      open: vi.fn(async () => ({ ok: false as const, problem: 'noNetwork' as const, detail: 'x' })),
      current: vi.fn(async () => null),
      setActivity: vi.fn(async () => undefined),
      newCode: vi.fn(async () => '123456'),
      close: vi.fn(async () => undefined),
      unacknowledged: vi.fn(async () => []),
      acknowledge: vi.fn(async () => undefined),
      erase: vi.fn(async () => undefined),
      onEvent: vi.fn((listener: (event: RoomHostEvent) => void) => {
        push = listener as (message: unknown) => void;
        return () => undefined;
      }),
    };
    const room = desktopRoom(api);
    expect(room.supported).toBe(true);
    expect(await room.addresses()).toEqual([{ address: '10.0.0.2', name: 'wlan0' }]);
    await room.open('a1', { address: '10.0.0.2' });
    expect(api.open).toHaveBeenCalledWith('a1', { address: '10.0.0.2' });
    await room.acknowledge('a1', ['x']);
    expect(api.acknowledge).toHaveBeenCalledWith('a1', ['x']);
    const heard: RoomHostEvent[] = [];
    room.onEvent((event) => heard.push(event));
    push({ type: 'locked' });
    push({ type: 'locked', extra: true });
    push({ type: 'closed', analysisId: '' });
    push({ type: 'phones', connected: 1 });
    // In order, the malformed ones dropped.
    await expect.poll(() => heard).toEqual([{ type: 'locked' }, { type: 'phones', connected: 1 }]);
  });
});
