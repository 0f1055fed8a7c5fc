/**
 * The facilitator's side of the projector link: one channel and one sender
 * per window, made on first use. Every change of what should be projected is
 * sent as the whole state (numbered, so a late message cannot undo a newer
 * one); a presenter window that opens asks with "hello" and gets the latest.
 */
import { createSender, type LayoutMessage, type ProjectionState, type TurnMessage } from '../../shared/presenter.ts';
import { openPresenterChannel, type PresenterChannel } from './channel.ts';

export interface FacilitatorLink {
  send(state: ProjectionState): void;
  /** The state last sent, for a presenter that asks. */
  last(): ProjectionState | null;
  /** Calls `listener` with what a presenter window says: its page count, and the keys pressed in it. */
  onRequest(listener: (msg: LayoutMessage | TurnMessage) => void): () => void;
  /** Whether a projector window is open (one has spoken and not said goodbye). */
  projectorOpen(): boolean;
  /** Calls `listener` whenever projectorOpen() may have changed; returns the unsubscribe function. */
  onPresence(listener: () => void): () => void;
}

let link: FacilitatorLink | null = null;

export function facilitatorLink(open: () => PresenterChannel = () => openPresenterChannel()): FacilitatorLink {
  if (link) return link;
  const channel = open();
  const sender = createSender(crypto.randomUUID());
  let last: ProjectionState | null = null;
  const listeners = new Set<(msg: LayoutMessage | TurnMessage) => void>();
  // The projector windows that have spoken (hello, or their page count) and not said goodbye.
  const presenters = new Set<string>();
  const presence = new Set<() => void>();
  const present = (session: string, here: boolean) => {
    if (presenters.has(session) === here) return;
    if (here) presenters.add(session);
    else presenters.delete(session);
    for (const listener of [...presence]) listener();
  };
  channel.onMessage((msg) => {
    if (msg.kind === 'hello' && last) channel.post(sender.next(last));
    if (msg.kind === 'hello' || msg.kind === 'layout') present(msg.session, true);
    if (msg.kind === 'bye') present(msg.session, false);
    if (msg.kind === 'layout' || msg.kind === 'turn') for (const listener of [...listeners]) listener(msg);
  });
  // The presenter goes back to waiting when this window closes.
  if (typeof window !== 'undefined') window.addEventListener('pagehide', () => channel.post(sender.bye()));
  link = {
    send(state) {
      last = state;
      channel.post(sender.next(state));
    },
    last: () => last,
    projectorOpen: () => presenters.size > 0,
    onPresence(listener) {
      presence.add(listener);
      return () => {
        presence.delete(listener);
      };
    },
    onRequest(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  return link;
}
