/**
 * The facilitator's side of the projector link: one channel and one sender
 * per window, made on first use. Every change of what should be projected is
 * sent as the whole state (numbered, so a late message cannot undo a newer
 * one); a presenter window that opens asks with "hello" and gets the latest.
 */
import { createSender, type ProjectionState } from '../../shared/presenter.ts';
import { openPresenterChannel, type PresenterChannel } from './channel.ts';

export interface FacilitatorLink {
  send(state: ProjectionState): void;
  /** The state last sent, for a presenter that asks. */
  last(): ProjectionState | null;
}

let link: FacilitatorLink | null = null;

export function facilitatorLink(open: () => PresenterChannel = () => openPresenterChannel()): FacilitatorLink {
  if (link) return link;
  const channel = open();
  const sender = createSender(crypto.randomUUID());
  let last: ProjectionState | null = null;
  channel.onMessage((msg) => {
    if (msg.kind === 'hello' && last) channel.post(sender.next(last));
  });
  // The presenter goes back to waiting when this window closes.
  if (typeof window !== 'undefined') window.addEventListener('pagehide', () => channel.post(sender.bye()));
  link = {
    send(state) {
      last = state;
      channel.post(sender.next(state));
    },
    last: () => last,
  };
  return link;
}
