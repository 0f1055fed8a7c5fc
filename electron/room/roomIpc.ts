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
import * as z from 'zod/mini';
import { CHANNELS } from '../../shared/ipc';
import { id } from '../../shared/records/fields';
import type { RoomHostEvent } from '../../shared/room/bridge';
import { activitySchema } from '../../shared/room/protocol';
import { assertArgumentCount, assertTrusted } from '../ipc';
import type { IpcSenderEvent } from '../security';
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

/** The most entries one acknowledgement may name (a full room's burst is well under this). */
export const ROOM_ACK_MAX = 10_000;

const openOptions = z.strictObject({ address: z.optional(z.string().check(z.minLength(1), z.maxLength(64))) });
const ids = z.array(id).check(z.maxLength(ROOM_ACK_MAX));

function parse<T>(schema: z.ZodMiniType<T>, value: unknown, channel: string, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`Refused ${channel}: ${what} is malformed.`);
  return result.data;
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
    const checkedId = parse(id, analysisId, CHANNELS.roomOpen, 'the analysis id');
    const checked = parse(openOptions, options, CHANNELS.roomOpen, 'the options');
    // The window is the owner before the room starts: an earlier run's submissions arrive while it does.
    adopt(event.sender);
    return host.open(checkedId, checked.address === undefined ? {} : { address: checked.address });
  });

  handle(CHANNELS.roomCurrent, 0, () => host.current());

  handle(CHANNELS.roomSetActivity, 1, async ([activity]) => {
    await host.setActivity(parse(activitySchema, activity, CHANNELS.roomSetActivity, 'the activity'));
  });

  handle(CHANNELS.roomNewCode, 0, () => host.newCode());

  handle(CHANNELS.roomClose, 0, () => host.close());

  handle(CHANNELS.roomUnacknowledged, 1, async ([analysisId]) => host.unacknowledged(parse(id, analysisId, CHANNELS.roomUnacknowledged, 'the analysis id')));

  handle(CHANNELS.roomAcknowledge, 2, async ([analysisId, entryIds]) => {
    const checkedId = parse(id, analysisId, CHANNELS.roomAcknowledge, 'the analysis id');
    await host.acknowledge(checkedId, parse(ids, entryIds, CHANNELS.roomAcknowledge, 'the entry ids'));
  });

  handle(CHANNELS.roomErase, 1, async ([analysisId]) => {
    await host.erase(parse(id, analysisId, CHANNELS.roomErase, 'the analysis id'));
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
