/**
 * Main-process handlers for the room: the RoomBridge calls from the
 * facilitator's window, answered by the room host (host.ts). Like every
 * handler, these check who is asking, then what (zod), and nothing of the
 * server crosses but the room's address, code and what phones sent.
 *
 * The host's events go to the window that opened the room; that the room
 * closed goes to every window that has had one, so a window whose room
 * another window replaced stops showing it. The room closes with the
 * window that opened it, and the server stops before the app quits.
 */
import { ipcMain } from 'electron';
import { CHANNELS } from '../../shared/ipc';
import type { RoomHostEvent } from '../../shared/room/bridge';
import { assertArgumentCount, assertTrusted } from '../ipc';
import type { IpcSenderEvent } from '../security';
import { readActivity, readAnalysisId, readEntryIds, readOpenOptions } from './args';
import type { RoomHost } from './host';

/** The parts of a window's WebContents the handlers use. */
export interface RoomWindow {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  once(event: 'destroyed', listener: () => void): unknown;
}

/** An invoke's event: who sent it (the page's frame, checked) and its WebContents (where events go). */
export interface RoomIpcEvent extends IpcSenderEvent {
  readonly sender: RoomWindow;
}

export interface RoomHandlers {
  /** Stops the room for good (the app is quitting). */
  shutdown(): Promise<void>;
}

/** Registers the room channels over `host`. Call once. */
export function registerRoomHandlers(host: RoomHost): RoomHandlers {
  /** The window that opened the room now open, if any. */
  let owner: RoomWindow | null = null;
  /** Every window that has opened a room and is still there. */
  const windows = new Set<RoomWindow>();

  const deliver = (target: RoomWindow, event: RoomHostEvent): void => {
    if (!target.isDestroyed()) target.send(CHANNELS.roomEvent, event);
  };
  host.onEvent((event) => {
    if (event.type === 'closed') {
      for (const target of windows) deliver(target, event);
    } else if (owner !== null) {
      deliver(owner, event);
    }
  });

  const adopt = (sender: RoomWindow): void => {
    owner = sender;
    if (windows.has(sender)) return;
    windows.add(sender);
    sender.once('destroyed', () => {
      windows.delete(sender);
      if (owner !== sender) return;
      owner = null;
      host.close().catch((error: unknown) => {
        console.error('AKR Studio could not close the room of a closed window:', error);
      });
    });
  };

  /** One checked handler: trusted sender, exact argument count, then `run`. */
  const handle = (channel: string, argumentCount: number, run: (args: readonly unknown[], event: RoomIpcEvent) => Promise<unknown>): void => {
    ipcMain.handle(channel, async (event: RoomIpcEvent, ...args: unknown[]) => {
      assertTrusted(event, channel);
      assertArgumentCount(args, argumentCount, channel);
      return run(args, event);
    });
  };

  handle(CHANNELS.roomAddresses, 0, () => host.addresses());

  handle(CHANNELS.roomOpen, 2, async ([analysisId, options], event) => {
    const checkedId = readAnalysisId(analysisId, CHANNELS.roomOpen);
    const checked = readOpenOptions(options, CHANNELS.roomOpen);
    // The window is the owner before the room starts: an earlier run's submissions arrive while it does.
    adopt(event.sender);
    return host.open(checkedId, checked);
  });

  handle(CHANNELS.roomCurrent, 0, () => host.current());

  handle(CHANNELS.roomSetActivity, 1, async ([activity]) => {
    await host.setActivity(readActivity(activity, CHANNELS.roomSetActivity));
  });

  handle(CHANNELS.roomNewCode, 0, () => host.newCode());

  handle(CHANNELS.roomClose, 0, () => host.close());

  handle(CHANNELS.roomUnacknowledged, 1, async ([analysisId]) => host.unacknowledged(readAnalysisId(analysisId, CHANNELS.roomUnacknowledged)));

  handle(CHANNELS.roomAcknowledge, 2, async ([analysisId, entryIds]) => {
    const checkedId = readAnalysisId(analysisId, CHANNELS.roomAcknowledge);
    await host.acknowledge(checkedId, readEntryIds(entryIds, CHANNELS.roomAcknowledge));
  });

  handle(CHANNELS.roomErase, 1, async ([analysisId]) => {
    await host.erase(readAnalysisId(analysisId, CHANNELS.roomErase));
  });

  return { shutdown: () => host.shutdown() };
}

/** The parts of Electron's app that stopping on quit uses. */
export interface QuittingApp {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * Stops the room's server before the app quits: the quit waits until the
 * live channels are ended and the journal is compacted, then goes on.
 */
export function stopRoomOnQuit(app: QuittingApp, room: RoomHandlers): void {
  let state: 'running' | 'stopping' | 'stopped' = 'running';
  app.on('will-quit', (event) => {
    if (state === 'stopped') return;
    event.preventDefault();
    if (state === 'stopping') return;
    state = 'stopping';
    room
      .shutdown()
      .catch((error: unknown) => {
        console.error('AKR Studio could not stop the room cleanly:', error);
      })
      .finally(() => {
        state = 'stopped';
        app.quit();
      });
  });
}
