import { afterEach, describe, expect, it } from 'vitest';
import { openPresenterChannel, type PresenterChannel, type PresenterPort } from '../../../renderer/presenter/channel.ts';
import { createSender, helloMessage, PRESENTER_PROTOCOL, type PresenterMessage, type ProjectionState } from '../../../shared/presenter.ts';

const STATE: ProjectionState = {
  analysisId: 'a1',
  view: 'swot',
  lane: null,
  page: 0,
  blank: false,
  frozen: false,
  timer: { label: 'Styrkor', endsAt: null, remainingMs: 300_000 },
};

// Node 20's global BroadcastChannel: channels of one name in one process
// deliver to each other (never to themselves), asynchronously.
const cleanup: (() => void)[] = [];
let nameCounter = 0;

function uniqueName(): string {
  nameCounter += 1;
  return `akr-presenter-test-${process.pid}-${nameCounter}`;
}

function open(name: string): PresenterChannel {
  const channel = openPresenterChannel(name);
  cleanup.push(() => channel.close());
  return channel;
}

function raw(name: string): BroadcastChannel {
  const channel = new BroadcastChannel(name);
  cleanup.push(() => channel.close());
  return channel;
}

function nextMessage(channel: PresenterChannel): Promise<PresenterMessage> {
  return new Promise((resolve) => {
    const off = channel.onMessage((msg) => {
      off();
      resolve(msg);
    });
  });
}

/** Lets pending BroadcastChannel deliveries run (they go through the event loop). */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 30));
}

afterEach(() => {
  for (const close of cleanup.splice(0)) close();
});

describe('openPresenterChannel over BroadcastChannel', () => {
  it('delivers a state from the facilitator to the presenter and a hello back', async () => {
    const name = uniqueName();
    const facilitator = open(name);
    const presenter = open(name);
    const sent = createSender('s1', () => 1_000).next(STATE);

    const arriving = nextMessage(presenter);
    expect(facilitator.post(sent)).toBe(true);
    expect(await arriving).toEqual(sent);

    const hello = nextMessage(facilitator);
    expect(presenter.post(helloMessage('p1'))).toBe(true);
    expect(await hello).toEqual({ protocol: PRESENTER_PROTOCOL, kind: 'hello', session: 'p1' });
    expect(facilitator.dropped()).toBe(0);
    expect(presenter.dropped()).toBe(0);
  });

  it("keeps the order of one sender's messages", async () => {
    const name = uniqueName();
    const facilitator = open(name);
    const presenter = open(name);
    const seqs: number[] = [];
    presenter.onMessage((msg) => {
      if (msg.kind === 'state') seqs.push(msg.seq);
    });
    const sender = createSender('s1');
    for (let i = 0; i < 5; i += 1) facilitator.post(sender.next(STATE));
    await settle();
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
  });

  it('drops invalid data from the channel and counts it', async () => {
    const name = uniqueName();
    const presenter = open(name);
    const intruder = raw(name);
    const received: PresenterMessage[] = [];
    presenter.onMessage((msg) => received.push(msg));

    intruder.postMessage('hello');
    intruder.postMessage(null);
    intruder.postMessage({ protocol: 3, kind: 'hello', session: 'p' });
    intruder.postMessage({ protocol: PRESENTER_PROTOCOL, kind: 'state', session: 's', seq: NaN, sentAt: 0, state: STATE });
    intruder.postMessage({ protocol: PRESENTER_PROTOCOL, kind: 'bye', session: 'x'.repeat(10_000) });
    intruder.postMessage({ protocol: PRESENTER_PROTOCOL, kind: 'bye', session: 's', extra: 1 });
    await settle();

    expect(received).toEqual([{ protocol: PRESENTER_PROTOCOL, kind: 'bye', session: 's' }]);
    expect(presenter.dropped()).toBe(5);
  });

  it('refuses to post an invalid message', async () => {
    const name = uniqueName();
    const facilitator = open(name);
    const listener = raw(name);
    const seen: unknown[] = [];
    listener.onmessage = (event: MessageEvent) => seen.push(event.data);
    const bad = { ...createSender('s1').next(STATE), seq: 0 };
    expect(facilitator.post(bad)).toBe(false);
    await settle();
    expect(seen).toEqual([]);
  });

  it('stops delivering to a listener that unsubscribed', async () => {
    const name = uniqueName();
    const facilitator = open(name);
    const presenter = open(name);
    const first: PresenterMessage[] = [];
    const second: PresenterMessage[] = [];
    const off = presenter.onMessage((msg) => first.push(msg));
    presenter.onMessage((msg) => second.push(msg));
    off();
    facilitator.post(helloMessage('p'));
    await settle();
    expect(first).toEqual([]);
    expect(second).toHaveLength(1);
  });

  it('stops delivery and sending once closed', async () => {
    const name = uniqueName();
    const facilitator = open(name);
    const presenter = open(name);
    const witness = open(name);
    const received: PresenterMessage[] = [];
    const witnessed: PresenterMessage[] = [];
    presenter.onMessage((msg) => received.push(msg));
    witness.onMessage((msg) => witnessed.push(msg));
    presenter.close();
    presenter.close();

    expect(facilitator.post(helloMessage('p'))).toBe(true);
    await settle();
    expect(witnessed).toHaveLength(1);
    expect(received).toEqual([]);
    expect(presenter.post(helloMessage('p'))).toBe(false);

    const other = open(name);
    const seen: PresenterMessage[] = [];
    other.onMessage((msg) => seen.push(msg));
    facilitator.close();
    expect(facilitator.post(helloMessage('p'))).toBe(false);
    await settle();
    expect(seen).toEqual([]);
  });
});

describe('openPresenterChannel over an injected port', () => {
  it('uses the given name and factory, counts messageerror as dropped and releases the port on close', () => {
    const listeners = new Map<string, (event: MessageEvent) => void>();
    const posted: unknown[] = [];
    let closed = false;
    let opened = '';
    const port: PresenterPort = {
      postMessage: (message) => posted.push(message),
      addEventListener: (type, listener) => listeners.set(type, listener),
      removeEventListener: (type) => listeners.delete(type),
      close: () => {
        closed = true;
      },
    };
    const channel = openPresenterChannel(undefined, (n) => {
      opened = n;
      return port;
    });
    expect(opened).toBe('akr-presenter');

    const received: PresenterMessage[] = [];
    channel.onMessage((msg) => received.push(msg));
    const fire = (type: string, data?: unknown) => listeners.get(type)?.(new MessageEvent(type, { data }));
    fire('message', helloMessage('p'));
    fire('message', { protocol: PRESENTER_PROTOCOL, kind: 'hello' });
    fire('messageerror');
    expect(received).toEqual([helloMessage('p')]);
    expect(channel.dropped()).toBe(2);

    channel.post(helloMessage('f'));
    expect(posted).toEqual([helloMessage('f')]);
    channel.close();
    expect(closed).toBe(true);
    expect(listeners.size).toBe(0);
  });
});
