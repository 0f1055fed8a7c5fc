import { parseMessage, type PresenterMessage } from '../../shared/presenter.ts';

/**
 * The part of BroadcastChannel the presenter link uses (a seam for tests).
 * One mechanism for both modes: in Electron and in the browser the facilitator
 * and presenter windows share the app's one origin, so a BroadcastChannel
 * reaches across them without IPC.
 */
export interface PresenterPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message' | 'messageerror', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message' | 'messageerror', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export interface PresenterChannel {
  /** Sends a message to the other windows; false (nothing sent) when it is invalid or the channel is closed. */
  post(msg: PresenterMessage): boolean;
  /** Calls `listener` with every valid incoming message; returns the unsubscribe function. */
  onMessage(listener: (msg: PresenterMessage) => void): () => void;
  /** Stops sending and delivering, and releases the channel. */
  close(): void;
  /** How many incoming messages were dropped as invalid (or undeserialisable). */
  dropped(): number;
}

export const PRESENTER_CHANNEL = 'akr-presenter';

export function openPresenterChannel(
  name: string = PRESENTER_CHANNEL,
  makeChannel: (name: string) => PresenterPort = (n) => new BroadcastChannel(n),
): PresenterChannel {
  const port = makeChannel(name);
  const listeners = new Set<(msg: PresenterMessage) => void>();
  let droppedCount = 0;
  let closed = false;

  const onMessage = (event: MessageEvent): void => {
    if (closed) return;
    const msg = parseMessage(event.data);
    if (msg === null) {
      droppedCount += 1;
      return;
    }
    for (const listener of [...listeners]) listener(msg);
  };
  const onMessageError = (): void => {
    if (!closed) droppedCount += 1;
  };
  port.addEventListener('message', onMessage);
  port.addEventListener('messageerror', onMessageError);

  return {
    post(msg) {
      if (closed) return false;
      // Validate on the way out too: the receiving side would drop it anyway,
      // and building a fresh object leaves nothing but the known fields.
      const valid = parseMessage(msg);
      if (valid === null) return false;
      port.postMessage(valid);
      return true;
    },
    onMessage(listener) {
      if (closed) return () => {};
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      port.removeEventListener('message', onMessage);
      port.removeEventListener('messageerror', onMessageError);
      port.close();
    },
    dropped() {
      return droppedCount;
    },
  };
}
