/**
 * How the facilitator's window reaches the room host: the one contract the
 * desktop app (IPC through the preload) and the browser mode (the local
 * server's link, with a secret) both fulfil. The window never talks to the
 * room server the phones use; the host (electron/room/host.ts, no Electron
 * import) owns it.
 *
 * Only data crosses: the room's address, its short code, what phones sent.
 * The token goes into the address the QR code shows (after `#`, so it is
 * never in a request line or a log); nothing else of the server crosses.
 */
import type { Activity, Delivered } from './protocol.ts';

/** An open room as the facilitator's window sees it. */
export interface RoomInfo {
  analysisId: string;
  /** What the QR code holds: `http://<address>:<port>/#t=<token>`. */
  url: string;
  /** What a person types: `http://<address>:<port>` (then the short code). */
  shortUrl: string;
  address: string;
  port: number;
  /** The short code a person types instead of scanning (six digits). */
  code: string;
  /** Wrong short codes were tried too often: the code is locked until a new one is made. */
  locked: boolean;
  /** Phones with the live channel open. */
  phones: number;
  /** What is open to the phones now. */
  activity: Activity;
}

/** Why a room could not be opened. */
export type RoomProblem =
  /** No network address a phone could reach (no Wi-Fi, no hotspot, cable only to the internet…). */
  | 'noNetwork'
  /** The port could not be taken, or the journal folder could not be written. */
  | 'failed'
  /** This platform has no room (a build without the host). */
  | 'unsupported';

export type OpenRoomResult = { ok: true; room: RoomInfo } | { ok: false; problem: RoomProblem; detail: string };

/** A network address the room could listen on, for the facilitator to pick when there are several. */
export interface RoomAddress {
  address: string;
  /** The interface's name ("Wi-Fi", "en0", "wlan0"), to tell them apart. */
  name: string;
}

/** What the host tells the facilitator's window, in order. */
export type RoomHostEvent =
  | { type: 'phones'; connected: number }
  | { type: 'wrongCode'; wrong: number; limit: number }
  | { type: 'locked' }
  | { type: 'recovered'; entries: number; skipped: number }
  | { type: 'journalFailed'; message: string }
  /** A phone's submission, in the journal; the window commits it, then acknowledges it. */
  | { type: 'submission'; analysisId: string; entry: Delivered }
  /** The room stopped (closed here, by another window, or the host shut down). */
  | { type: 'closed'; analysisId: string };

export interface RoomBridge {
  /** False where there is no host (then every call resolves to 'unsupported' or does nothing). */
  readonly supported: boolean;
  /** Addresses on this machine a phone could reach; empty when there are none. */
  addresses(): Promise<RoomAddress[]>;
  /**
   * Opens the room for an analysis (one room at a time: opening another
   * closes the first). `address` picks one of addresses(); by default the first.
   * Unacknowledged submissions from an earlier run arrive as events at once.
   */
  open(analysisId: string, options?: { address?: string }): Promise<OpenRoomResult>;
  /** The open room, or null (after the window reloads). */
  current(): Promise<RoomInfo | null>;
  /** Opens an activity to the phones; throws when no room is open or the activity is malformed. */
  setActivity(activity: Activity): Promise<void>;
  /** A new short code, with the count of wrong codes (and a lock-out) cleared. */
  newCode(): Promise<string>;
  /** Stops the server; delivered entries leave the journal. */
  close(): Promise<void>;
  /** Journal entries of the open room (or of `analysisId`'s journal) not yet acknowledged, in order. */
  unacknowledged(analysisId: string): Promise<Delivered[]>;
  /** The window has committed these entries; the journal may forget them. */
  acknowledge(analysisId: string, ids: readonly string[]): Promise<void>;
  /** Erases an analysis's journal (the analysis is erased); closes its room first. */
  erase(analysisId: string): Promise<void>;
  /** Subscribes to the host's events; returns an unsubscribe function. */
  onEvent(listener: (event: RoomHostEvent) => void): () => void;
}

/** For a platform with no room host. */
export const noRoom: RoomBridge = {
  supported: false,
  addresses: async () => [],
  open: async () => ({ ok: false, problem: 'unsupported', detail: 'no room on this platform' }),
  current: async () => null,
  setActivity: async () => {
    throw new Error('no room on this platform');
  },
  newCode: async () => {
    throw new Error('no room on this platform');
  },
  close: async () => undefined,
  unacknowledged: async () => [],
  acknowledge: async () => undefined,
  erase: async () => undefined,
  onEvent: () => () => undefined,
};
