import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createReceiver, helloMessage, PRESENTER_PROTOCOL, type ProjectionState } from '../../shared/presenter.ts';
import { useT } from '../i18n/i18n.ts';
import { useServices } from '../store/context.ts';
import { routeToHash } from '../store/route.ts';
import { Timer } from '../workshop/Timer.tsx';
import { openPresenterChannel, type PresenterChannel } from './channel.ts';
import { roomKey } from './roomKeys.ts';
import { RoomView } from './RoomView.tsx';

/**
 * What the room sees of a projection state: the countdown with its agenda
 * item, and the view. Also the facilitator's preview. `onLayout` hears how
 * many pages the view takes here.
 */
export function ProjectionStage({ state, onLayout }: { state: ProjectionState; onLayout?: (pages: number, lane: string | null) => void }) {
  const id = state.analysisId;
  return (
    <>
      <div className="presenter__timer">
        {state.timer && (
          <span className="presenter__label" data-testid="presenter-label">
            {state.timer.label}
          </span>
        )}
        <Timer analysisId={id} compact />
      </div>
      <RoomView view={state.view} analysisId={id} lane={state.lane} page={state.page} onLayout={onLayout} room={state.room ?? null} />
    </>
  );
}

/**
 * The projector window: view-only, in presentation styling, following the
 * facilitator's window over the presenter channel. The data itself comes
 * from the same database (its live queries see the facilitator's edits);
 * the channel says which view and lane, and whether to blank or freeze.
 */
export function PresenterPage({ analysisId }: { analysisId: string }) {
  const { t } = useT();
  const { store } = useServices();
  const [state, setState] = useState<ProjectionState | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const still = useRef<HTMLDivElement>(null);
  const link = useRef<{ channel: PresenterChannel; session: string } | null>(null);
  // The page count last said, said again to a facilitator's window that takes over (it may be new).
  const lastLayout = useRef<{ view: ProjectionState['view']; lane: string | null; pages: number } | null>(null);

  useEffect(() => {
    const channel = openPresenterChannel();
    const receiver = createReceiver();
    const session = crypto.randomUUID();
    link.current = { channel, session };
    let following: string | null = null;
    const off = channel.onMessage((msg) => {
      const next = receiver.accept(msg);
      if (next) {
        setState(next);
        const layout = lastLayout.current;
        if (receiver.session() !== following && layout) channel.post({ protocol: PRESENTER_PROTOCOL, kind: 'layout', session, ...layout });
        following = receiver.session();
      } else if (msg.kind === 'bye' && receiver.current() === null) setState(null);
    });
    channel.post(helloMessage(session));
    // The facilitator's window stops saying what the projector shows once it is closed.
    const goodbye = () => channel.post({ protocol: PRESENTER_PROTOCOL, kind: 'bye', session });
    window.addEventListener('pagehide', goodbye);
    // The room's keys pressed here (a presentation clicker sends Page Down and Page Up) go to the
    // facilitator's window, which decides, so both windows always show the same page and role.
    const onKey = (event: KeyboardEvent) => {
      const request = roomKey(event);
      if (!request) return;
      event.preventDefault();
      channel.post({ protocol: PRESENTER_PROTOCOL, kind: 'turn', session, what: request.what, step: request.step });
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pagehide', goodbye);
      window.removeEventListener('keydown', onKey);
      link.current = null;
      off();
      channel.close();
    };
  }, []);
  const stateView = state?.view;
  // This window's page count, for "1/3" in the facilitator's projector bar.
  const onLayout = (pages: number, lane: string | null) => {
    const to = link.current;
    if (!to || !stateView) return;
    lastLayout.current = { view: stateView, lane, pages };
    to.channel.post({ protocol: PRESENTER_PROTOCOL, kind: 'layout', session: to.session, view: stateView, lane, pages });
  };

  // Presentation styling, without asking for full screen (the window itself is placed by the app).
  useLayoutEffect(() => {
    store.setState({ presenting: true });
    document.documentElement.toggleAttribute('data-presenting', true);
    document.documentElement.toggleAttribute('data-projector', true);
    return () => {
      store.setState({ presenting: false });
      document.documentElement.removeAttribute('data-presenting');
      document.documentElement.removeAttribute('data-projector');
    };
  }, [store]);

  // The facilitator moved to another analysis: follow.
  useEffect(() => {
    if (state && state.analysisId !== analysisId) location.hash = routeToHash({ name: 'present', id: state.analysisId });
  }, [state, analysisId]);

  // Freeze: keep a still copy of what is shown, while the live view goes on underneath, unseen.
  const frozen = state?.frozen ?? false;
  useLayoutEffect(() => {
    const holder = still.current;
    if (!holder) return;
    if (frozen && stage.current) {
      const copy = stage.current.cloneNode(true) as HTMLElement;
      // The live stage is already hidden in this commit; the copy is what the room sees.
      copy.hidden = false;
      holder.replaceChildren(copy);
    } else holder.replaceChildren();
  }, [frozen]);

  if (!state) {
    return (
      <main className="presenter presenter--waiting">
        <p>{t('projector.waiting')}</p>
      </main>
    );
  }
  return (
    <main
      className={`presenter${state.blank ? ' presenter--blank' : ''}${frozen ? ' presenter--frozen' : ''}`}
      data-view={state.view}
      aria-label={t('projector.title')}
    >
      <div ref={still} className="presenter__still" aria-hidden={!frozen} />
      <div ref={stage} className="presenter__stage" inert hidden={frozen || state.blank}>
        <ProjectionStage state={state} onLayout={onLayout} />
      </div>
    </main>
  );
}
