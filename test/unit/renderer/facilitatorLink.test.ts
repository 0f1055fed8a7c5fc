import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPresenterChannel } from '../../../renderer/presenter/channel.ts';
import { PRESENTER_PROTOCOL, type LayoutMessage, type ProjectionState, type TurnMessage } from '../../../shared/presenter.ts';

const STATE: ProjectionState = { analysisId: 'a1', view: 'board', lane: null, page: 0, blank: false, frozen: false, timer: null };
const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const close of cleanup.splice(0)) close();
  vi.resetModules();
});

/** A fresh facilitator link (the module keeps one per window) on a channel of its own, and a presenter's raw end of it. */
async function linkAndPresenter(name: string) {
  const { facilitatorLink } = await import('../../../renderer/presenter/facilitatorLink.ts');
  const link = facilitatorLink(() => {
    const channel = openPresenterChannel(name);
    cleanup.push(() => channel.close());
    return channel;
  });
  const presenter = new BroadcastChannel(name);
  cleanup.push(() => presenter.close());
  return { link, presenter };
}

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true), { timeout: 2_000, interval: 5 });

describe('facilitatorLink', () => {
  it('knows a projector is open from its hello or page count, until each has said goodbye', async () => {
    const { link, presenter } = await linkAndPresenter(`akr-link-presence-${process.pid}`);
    let changes = 0;
    link.onPresence(() => (changes += 1));
    expect(link.projectorOpen()).toBe(false);
    presenter.postMessage({ protocol: PRESENTER_PROTOCOL, kind: 'hello', session: 'p1' });
    await until(() => link.projectorOpen());
    presenter.postMessage({ protocol: PRESENTER_PROTOCOL, kind: 'layout', session: 'p2', view: 'board', lane: null, pages: 2 });
    presenter.postMessage({ protocol: PRESENTER_PROTOCOL, kind: 'bye', session: 'p1' });
    await until(() => changes === 3);
    expect(link.projectorOpen()).toBe(true);
    // Another facilitator window's goodbye is not a projector's.
    presenter.postMessage({ protocol: PRESENTER_PROTOCOL, kind: 'bye', session: 'someone-else' });
    presenter.postMessage({ protocol: PRESENTER_PROTOCOL, kind: 'bye', session: 'p2' });
    await until(() => !link.projectorOpen());
    expect(changes).toBe(4);
  });

  it('passes a projector’s page count and keys on, and answers its hello with the state', async () => {
    const { link, presenter } = await linkAndPresenter(`akr-link-requests-${process.pid}`);
    const heard: (LayoutMessage | TurnMessage)[] = [];
    link.onRequest((msg) => heard.push(msg));
    const answers: unknown[] = [];
    presenter.onmessage = (event: MessageEvent) => answers.push(event.data);
    link.send(STATE);
    presenter.postMessage({ protocol: PRESENTER_PROTOCOL, kind: 'turn', session: 'p1', what: 'page', step: 1 });
    presenter.postMessage({ protocol: PRESENTER_PROTOCOL, kind: 'layout', session: 'p1', view: 'board', lane: null, pages: 3 });
    presenter.postMessage({ protocol: PRESENTER_PROTOCOL, kind: 'turn', session: 'p1', what: 'page', step: 5 });
    presenter.postMessage({ protocol: PRESENTER_PROTOCOL, kind: 'hello', session: 'p1' });
    await until(() => heard.length === 2 && answers.length === 2);
    expect(heard.map((m) => m.kind)).toEqual(['turn', 'layout']);
    expect(answers.map((a) => (a as { state: ProjectionState }).state)).toEqual([STATE, STATE]);
  });
});
