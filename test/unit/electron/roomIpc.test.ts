import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoomHost, type RoomHost } from '../../../electron/room/host';
import { registerRoomHandlers, stopRoomOnQuit, type RoomHandlers, type RoomWindow } from '../../../electron/room/roomIpc';
import { CHANNELS } from '../../../shared/ipc';
import type { OpenRoomResult, RoomHostEvent, RoomInfo } from '../../../shared/room/bridge';
import { journalDir, note, PAGE, SWOT } from '../room/harness';
import { invoker, TRUSTED, UNTRUSTED, type Handler, type SenderEvent } from './ipcHarness';

const electron = vi.hoisted(() => ({ handlers: new Map<string, Handler>() }));

vi.mock('electron', () => ({
  app: { getVersion: () => '1.2.3' },
  ipcMain: { handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler) },
  protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
}));

const invoke = invoker(electron.handlers);

/** A window's WebContents as far as the handlers see it: what main sent, and its `destroyed` event. */
class FakeContents implements RoomWindow {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  destroyed = false;
  private gone: (() => void)[] = [];
  send(channel: string, ...args: unknown[]): void {
    // Electron copies what it sends; a value that cannot be cloned throws.
    this.sent.push({ channel, args: structuredClone(args) });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  once(_event: 'destroyed', listener: () => void): this {
    this.gone.push(listener);
    return this;
  }
  destroy(): void {
    this.destroyed = true;
    for (const listener of this.gone.splice(0)) listener();
  }
  events(): RoomHostEvent[] {
    return this.sent.filter((m) => m.channel === CHANNELS.roomEvent).map((m) => m.args[0] as RoomHostEvent);
  }
}

const from = (contents: FakeContents, event: SenderEvent = TRUSTED) => ({ ...event, sender: contents });

/** Every channel with arguments it would accept. */
const VALID_CALLS: [string, unknown[]][] = [
  [CHANNELS.roomAddresses, []],
  [CHANNELS.roomOpen, ['analysis-1', { address: '127.0.0.1' }]],
  [CHANNELS.roomCurrent, []],
  [CHANNELS.roomSetActivity, [SWOT]],
  [CHANNELS.roomNewCode, []],
  [CHANNELS.roomClose, []],
  [CHANNELS.roomUnacknowledged, ['analysis-1']],
  [CHANNELS.roomAcknowledge, ['analysis-1', ['sub-1']]],
  [CHANNELS.roomErase, ['analysis-1']],
];

let host: RoomHost;
let handlers: RoomHandlers;

beforeEach(() => {
  electron.handlers.clear();
  const pages = fs.mkdtempSync(path.join(os.tmpdir(), 'akr-phone-'));
  fs.writeFileSync(path.join(pages, 'index.html'), PAGE.html);
  fs.writeFileSync(path.join(pages, 'room.js'), PAGE.script);
  host = createRoomHost({ journalDir: journalDir(), phonePageDir: pages, networkInterfaces: () => ({}), loopback: true });
  handlers = registerRoomHandlers(host);
});

afterEach(async () => {
  await handlers.shutdown();
});

async function openFrom(contents: FakeContents, analysisId = 'analysis-1'): Promise<RoomInfo> {
  const result = (await invoke(CHANNELS.roomOpen, from(contents), analysisId, { address: '127.0.0.1' })) as OpenRoomResult;
  if (!result.ok) throw new Error(`the room did not open: ${result.detail}`);
  return result.room;
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('room IPC handlers', () => {
  it('registers every room channel the window calls', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(VALID_CALLS.map(([channel]) => channel).sort());
  });

  it.each(VALID_CALLS)('%s refuses a sender that is not an AKR Studio page', async (channel, args) => {
    for (const event of UNTRUSTED) {
      await expect(invoke(channel, from(new FakeContents(), event), ...args)).rejects.toThrow(/not an AKR Studio page/);
    }
    expect(await host.current()).toBeNull();
  });

  it.each(VALID_CALLS)('%s refuses a wrong number of arguments', async (channel, args) => {
    await expect(invoke(channel, from(new FakeContents()), ...args, 'extra')).rejects.toThrow(/expected \d argument/);
  });

  it.each<[string, unknown[]]>([
    [CHANNELS.roomOpen, ['', {}]],
    [CHANNELS.roomOpen, ['x'.repeat(201), {}]],
    [CHANNELS.roomOpen, [42, {}]],
    [CHANNELS.roomOpen, ['analysis-1', { address: '127.0.0.1', port: 80 }]],
    [CHANNELS.roomOpen, ['analysis-1', { address: 7 }]],
    [CHANNELS.roomOpen, ['analysis-1', null]],
    [CHANNELS.roomSetActivity, [{ kind: 'swot', id: 'a', quadrants: ['nonsense'] }]],
    [CHANNELS.roomSetActivity, ['swot']],
    [CHANNELS.roomUnacknowledged, [{}]],
    [CHANNELS.roomAcknowledge, ['analysis-1', 'sub-1']],
    [CHANNELS.roomAcknowledge, ['analysis-1', [1, 2]]],
    [CHANNELS.roomAcknowledge, ['analysis-1', Array.from({ length: 10_001 }, (_, i) => `s${i}`)]],
    [CHANNELS.roomErase, [null]],
  ])('%s refuses malformed arguments %#', async (channel, args) => {
    await expect(invoke(channel, from(new FakeContents()), ...args)).rejects.toThrow(/malformed/);
    expect(await host.current()).toBeNull();
  });

  it('opens a room and pushes a phone submission to the window that opened it, and only to it', async () => {
    const opener = new FakeContents();
    const other = new FakeContents();
    const room = await openFrom(opener);
    expect(await invoke(CHANNELS.roomCurrent, from(other))).toEqual(room);
    await invoke(CHANNELS.roomSetActivity, from(opener), SWOT);

    const sent = note('Från telefonen');
    const token = new URL(room.url).hash.slice(3);
    const reply = await fetch(`${room.shortUrl}/api/submissions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(sent),
    });
    expect(reply.status).toBe(201);
    expect(opener.events()).toEqual([{ type: 'submission', analysisId: 'analysis-1', entry: sent }]);
    expect(other.sent).toEqual([]);

    expect(await invoke(CHANNELS.roomUnacknowledged, from(opener), 'analysis-1')).toEqual([sent]);
    await invoke(CHANNELS.roomAcknowledge, from(opener), 'analysis-1', [sent.id]);
    expect(await invoke(CHANNELS.roomUnacknowledged, from(opener), 'analysis-1')).toEqual([]);
  });

  it('tells the window whose room another window replaced that it closed', async () => {
    const first = new FakeContents();
    const second = new FakeContents();
    await openFrom(first, 'analysis-1');
    await openFrom(second, 'analysis-2');
    expect(first.events()).toEqual([{ type: 'closed', analysisId: 'analysis-1' }]);
    expect((await host.current())?.analysisId).toBe('analysis-2');
  });

  it('closes the room when the window that opened it closes, and not when another does', async () => {
    const opener = new FakeContents();
    const other = new FakeContents();
    const room = await openFrom(opener);
    await openFrom(other, 'analysis-2');
    const second = await openFrom(opener, 'analysis-3');
    other.destroy();
    expect(await listening(second.port)).toBe(true);
    opener.destroy();
    await expect.poll(() => listening(second.port)).toBe(false);
    expect(await host.current()).toBeNull();
    expect(await listening(room.port)).toBe(false);
    // A destroyed window is sent nothing more.
    expect(opener.sent.filter((m) => (m.args[0] as RoomHostEvent).type === 'closed')).toHaveLength(2);
  });

  it('answers the bridge calls: addresses, a new code, close', async () => {
    const window = new FakeContents();
    expect(await invoke(CHANNELS.roomAddresses, from(window))).toEqual([{ address: '127.0.0.1', name: 'loopback' }]);
    await expect(invoke(CHANNELS.roomNewCode, from(window))).rejects.toThrow(/no room/);
    const room = await openFrom(window);
    const code = await invoke(CHANNELS.roomNewCode, from(window));
    expect(code).toMatch(/^\d{6}$/);
    expect((await host.current())?.code).toBe(code);
    await invoke(CHANNELS.roomClose, from(window));
    expect(await listening(room.port)).toBe(false);
    expect(window.events().at(-1)).toEqual({ type: 'closed', analysisId: 'analysis-1' });
  });

  it('erase closes the analysis room', async () => {
    const window = new FakeContents();
    const room = await openFrom(window);
    await invoke(CHANNELS.roomErase, from(window), 'analysis-1');
    expect(await listening(room.port)).toBe(false);
    expect(await host.current()).toBeNull();
  });
});

describe('stopRoomOnQuit', () => {
  it('holds the quit until the room has stopped, then quits', async () => {
    const window = new FakeContents();
    const room = await openFrom(window);
    let willQuit: ((event: { preventDefault(): void }) => void) | undefined;
    const app = {
      on: vi.fn((_event: 'will-quit', listener: (event: { preventDefault(): void }) => void) => {
        willQuit = listener;
      }),
      quit: vi.fn(),
    };
    stopRoomOnQuit(app, handlers);
    expect(app.on).toHaveBeenCalledWith('will-quit', expect.any(Function));

    const first = { preventDefault: vi.fn() };
    willQuit?.(first);
    expect(first.preventDefault).toHaveBeenCalled();
    // A second quit while stopping waits too, and starts nothing new.
    const again = { preventDefault: vi.fn() };
    willQuit?.(again);
    expect(again.preventDefault).toHaveBeenCalled();
    await expect.poll(() => app.quit.mock.calls.length).toBe(1);
    expect(await listening(room.port)).toBe(false);

    // The quit it started goes through.
    const last = { preventDefault: vi.fn() };
    willQuit?.(last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });
});
