/**
 * The room host: owns the one room server (server.ts) and answers what the
 * facilitator's window asks through the RoomBridge contract. No Electron
 * import: the desktop main process (roomIpc.ts) and the browser-mode server
 * (build/scripts/serve.mjs, through a bundle of this file) both use it.
 *
 * One room at a time: opening another closes the first. Every call that
 * changes which room is open runs in turn, so two windows (or a double
 * click) cannot leave two servers listening. The room's events and every
 * submission reach the subscribers in the order the room produced them.
 */
import os from 'node:os';
import type { Activity, Delivered } from '../../shared/room/protocol';
import type { OpenRoomResult, RoomAddress, RoomHostEvent, RoomInfo } from '../../shared/room/bridge';
import { eraseJournal, Journal, nodeJournalFs, type JournalFs } from './journal';
import { loadPhonePage } from './phonePage';
import { createRoom, type Room, type RoomLimits } from './server';

/** What os.networkInterfaces() returns (injectable, so tests choose the machine's networks). */
export type NetworkInterfaces = () => NodeJS.Dict<os.NetworkInterfaceInfo[]>;

export interface RoomHostOptions {
  /** Where the journals live (desktop: `<userData>/room-journal`; browser mode: `.akr-room/`). */
  journalDir: string;
  /** The folder holding the built phone page (index.html and room.js). */
  phonePageDir: string;
  networkInterfaces?: NetworkInterfaces;
  /**
   * Offers 127.0.0.1 as an address too, first, so a room a test opens
   * listens on loopback unless it picks another address. For tests only: a
   * room on loopback cannot be reached by a phone, so the app never turns this on.
   */
  loopback?: boolean;
  /** The port to listen on; by default one the system picks. */
  port?: number;
  limits?: Partial<RoomLimits>;
  fs?: JournalFs;
}

/** The host as the window's side sees it: the bridge, without `supported`, plus shutting down for app exit. */
export interface RoomHost {
  addresses(): Promise<RoomAddress[]>;
  open(analysisId: string, options?: { address?: string }): Promise<OpenRoomResult>;
  current(): Promise<RoomInfo | null>;
  setActivity(activity: Activity): Promise<void>;
  newCode(): Promise<string>;
  close(): Promise<void>;
  unacknowledged(analysisId: string): Promise<Delivered[]>;
  acknowledge(analysisId: string, ids: readonly string[]): Promise<void>;
  erase(analysisId: string): Promise<void>;
  onEvent(listener: (event: RoomHostEvent) => void): () => void;
  /** Closes the room for good (the app is quitting): later opens fail. */
  shutdown(): Promise<void>;
}

/** Wi-Fi, WLAN and hotspot-looking names: where phones usually are. */
const WIRELESS = /wi-?fi|wlan|^wl|wireless|airport|hotspot|^ap\d|^bridge\d|local area connection\*|lokal anslutning\*/i;
/** Virtual machines, containers and VPNs: a phone in the room cannot reach those. */
const VIRTUAL = /docker|^veth|^br-|virbr|vmnet|vbox|vethernet|hyper-v|^utun|^tun|^tap|^zt|tailscale|wireguard|^wg\d|^llw|^awdl|^anpi/i;

const rank = (name: string): number => (WIRELESS.test(name) ? 0 : VIRTUAL.test(name) ? 2 : 1);

/**
 * The IPv4 addresses a phone could reach, from what the system reports:
 * not internal, not link-local (169.254/16, which a machine gives itself
 * when no network answered). Wireless-looking interfaces first, virtual
 * ones last, else in the system's order. Pure.
 */
export function roomAddresses(interfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]>): RoomAddress[] {
  const found: (RoomAddress & { rank: number; order: number })[] = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      // Node 18.0–18.3 reported the family as a number.
      const family: unknown = info.family;
      if ((family !== 'IPv4' && family !== 4) || info.internal) continue;
      if (info.address.startsWith('169.254.') || info.address.startsWith('127.')) continue;
      found.push({ address: info.address, name, rank: rank(name), order: found.length });
    }
  }
  found.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return found.map(({ address, name }) => ({ address, name }));
}

const LOOPBACK: RoomAddress = { address: '127.0.0.1', name: 'loopback' };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

interface OpenRoom {
  analysisId: string;
  room: Room;
  address: string;
  /** Wrong codes locked the room (told by the room's event); a new code clears it. */
  state: { locked: boolean };
}

export function createRoomHost(options: RoomHostOptions): RoomHost {
  const fs = options.fs ?? nodeJournalFs;
  const listeners = new Set<(event: RoomHostEvent) => void>();
  let open: OpenRoom | null = null;
  let shutDown = false;
  /** The calls that open, close or touch a journal, one after another. */
  let queue: Promise<unknown> = Promise.resolve();

  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };

  const emit = (event: RoomHostEvent): void => {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch {
        // One subscriber's failure must not keep the event from the others; a submission stays in the journal.
      }
    }
  };

  const addresses = (): RoomAddress[] => {
    const found = roomAddresses((options.networkInterfaces ?? os.networkInterfaces)());
    return options.loopback === true ? [LOOPBACK, ...found] : found;
  };

  const info = (current: OpenRoom): RoomInfo => {
    const base = `http://${current.address}:${current.room.port}`;
    return {
      analysisId: current.analysisId,
      url: `${base}/#t=${current.room.token}`,
      shortUrl: base,
      address: current.address,
      port: current.room.port,
      code: current.room.code(),
      locked: current.state.locked,
      phones: current.room.phones(),
      activity: current.room.activity(),
    };
  };

  const closeOpen = async (): Promise<void> => {
    const current = open;
    if (current === null) return;
    open = null;
    try {
      await current.room.close();
    } finally {
      emit({ type: 'closed', analysisId: current.analysisId });
    }
  };

  const start = async (analysisId: string, wanted: string | undefined): Promise<OpenRoomResult> => {
    if (shutDown) return { ok: false, problem: 'failed', detail: 'the room host has shut down' };
    const found = addresses();
    if (found.length === 0) {
      return {
        ok: false,
        problem: 'noNetwork',
        detail: 'this computer has no network address a phone could reach (no Wi-Fi, hotspot or local network connection)',
      };
    }
    const address = wanted === undefined ? found[0]?.address : found.find((a) => a.address === wanted)?.address;
    if (address === undefined) {
      return { ok: false, problem: 'noNetwork', detail: `the address ${wanted ?? ''} is not on this computer's networks any more` };
    }
    // The same room asked for again (a second click, a reloaded window): it stays, with its code and the phones on it.
    if (open !== null && open.analysisId === analysisId && open.address === address) return { ok: true, room: info(open) };
    await closeOpen();

    let page;
    try {
      page = await loadPhonePage(options.phonePageDir);
    } catch (error) {
      return { ok: false, problem: 'failed', detail: `the phone page could not be read: ${messageOf(error)}` };
    }
    const state = { locked: false };
    let room: Room;
    try {
      room = await createRoom({
        analysisId,
        host: address,
        journalDir: options.journalDir,
        page,
        fs,
        ...(options.port === undefined ? {} : { port: options.port }),
        ...(options.limits === undefined ? {} : { limits: options.limits }),
        onSubmission: (entry) => emit({ type: 'submission', analysisId, entry }),
        onEvent: (event) => {
          if (event.type === 'locked') state.locked = true;
          emit(event);
        },
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const what = code === 'EADDRINUSE' || code === 'EADDRNOTAVAIL' || code === 'EACCES' ? 'the port could not be opened' : 'the room could not start';
      return { ok: false, problem: 'failed', detail: `${what}: ${messageOf(error)}` };
    }
    open = { analysisId, room, address, state };
    return { ok: true, room: info(open) };
  };

  /** Runs `use` on an analysis's journal: the open room's, or the file opened for the call and closed after. */
  const withJournal = async <T>(analysisId: string, fromRoom: (room: Room) => Promise<T>, fromFile: (journal: Journal) => Promise<T>): Promise<T> => {
    if (open !== null && open.analysisId === analysisId) return fromRoom(open.room);
    const journal = await Journal.open(options.journalDir, analysisId, fs);
    try {
      return await fromFile(journal);
    } finally {
      await journal.close();
    }
  };

  const requireOpen = (): OpenRoom => {
    if (open === null) throw new Error('no room is open');
    return open;
  };

  return {
    addresses: async () => addresses(),
    open: (analysisId, openOptions) => inTurn(() => start(analysisId, openOptions?.address)),
    current: async () => (open === null ? null : info(open)),
    setActivity: async (activity) => {
      requireOpen().room.setActivity(activity);
    },
    newCode: async () => {
      const current = requireOpen();
      current.state.locked = false;
      return current.room.newCode();
    },
    close: () => inTurn(closeOpen),
    unacknowledged: (analysisId) =>
      inTurn(() =>
        withJournal(
          analysisId,
          async (room) => room.unacknowledged(),
          async (journal) => journal.unacknowledged(),
        ),
      ),
    acknowledge: (analysisId, ids) =>
      inTurn(() =>
        withJournal(
          analysisId,
          (room) => room.acknowledge(ids),
          (journal) => journal.acknowledge(ids),
        ),
      ),
    erase: (analysisId) =>
      inTurn(async () => {
        if (open !== null && open.analysisId === analysisId) await closeOpen();
        await eraseJournal(options.journalDir, analysisId, fs);
      }),
    onEvent: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    shutdown: () =>
      inTurn(async () => {
        shutDown = true;
        await closeOpen();
      }),
  };
}
