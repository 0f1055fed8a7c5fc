import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRoomHost, roomAddresses, type RoomHost, type RoomHostOptions } from '../../../electron/room/host';
import { journalPath } from '../../../electron/room/journal';
import type { RoomHostEvent, RoomInfo } from '../../../shared/room/bridge';
import { answer, journalDir, note, PAGE, SWOT } from './harness';

const hosts: RoomHost[] = [];

afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.shutdown()));
});

/** A folder holding a small phone page, as `npm run build` leaves one in dist/phone. */
function phonePageDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akr-phone-'));
  fs.writeFileSync(path.join(dir, 'index.html'), PAGE.html);
  fs.writeFileSync(path.join(dir, 'room.js'), PAGE.script);
  return dir;
}

/** A host on loopback only (no other network reported), recording its events. */
function startHost(options: Partial<RoomHostOptions> = {}) {
  const events: RoomHostEvent[] = [];
  const host = createRoomHost({
    journalDir: journalDir(),
    phonePageDir: phonePageDir(),
    networkInterfaces: () => ({}),
    loopback: true,
    ...options,
  });
  host.onEvent((e) => events.push(e));
  hosts.push(host);
  return { host, events };
}

async function openRoom(host: RoomHost, analysisId = 'analysis-1'): Promise<RoomInfo> {
  const opened = await host.open(analysisId, { address: '127.0.0.1' });
  if (!opened.ok) throw new Error(`the room did not open: ${opened.problem} ${opened.detail}`);
  return opened.room;
}

/** What a phone does after scanning: the token from the link's fragment, then a POST. */
async function phoneSends(room: RoomInfo, submission: unknown): Promise<Response> {
  const token = new URL(room.url).hash.replace(/^#t=/, '');
  return fetch(`${room.shortUrl}/api/submissions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(submission),
  });
}

/** Whether something accepts connections on the port. */
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

const iface = (address: string, extra: Partial<os.NetworkInterfaceInfo> = {}): os.NetworkInterfaceInfo =>
  ({ address, netmask: '255.255.255.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: false, cidr: null, ...extra }) as os.NetworkInterfaceInfo;

describe('roomAddresses', () => {
  it('keeps reachable IPv4 addresses, wireless-looking interfaces first and virtual ones last', () => {
    const found = roomAddresses({
      lo: [iface('127.0.0.1', { internal: true })],
      docker0: [iface('172.17.0.1')],
      eth0: [iface('10.0.0.5'), iface('fe80::1', { family: 'IPv6' })],
      'Ethernet 2': [iface('169.254.10.20')],
      wlan0: [iface('192.168.1.23')],
      'Wi-Fi': [iface('192.168.137.1')],
    });
    expect(found).toEqual([
      { address: '192.168.1.23', name: 'wlan0' },
      { address: '192.168.137.1', name: 'Wi-Fi' },
      { address: '10.0.0.5', name: 'eth0' },
      { address: '172.17.0.1', name: 'docker0' },
    ]);
  });

  it('finds nothing on a machine with only loopback and link-local addresses', () => {
    expect(roomAddresses({ lo: [iface('127.0.0.1', { internal: true })], en0: [iface('169.254.3.4')] })).toEqual([]);
  });
});

describe('the room host', () => {
  it('says noNetwork, in words, when there is no address a phone could reach', async () => {
    const { host } = startHost({ loopback: false, networkInterfaces: () => ({ lo: [iface('127.0.0.1', { internal: true })] }) });
    expect(await host.addresses()).toEqual([]);
    const opened = await host.open('analysis-1');
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.problem).toBe('noNetwork');
      expect(opened.detail).toMatch(/network/);
    }
    expect(await host.current()).toBeNull();
  });

  it('refuses an address the machine does not have', async () => {
    const { host } = startHost();
    const opened = await host.open('analysis-1', { address: '10.9.9.9' });
    expect(opened).toMatchObject({ ok: false, problem: 'noNetwork' });
  });

  it('opens a room whose link carries the token, and a phone submission reaches the host as an event', async () => {
    const { host, events } = startHost();
    const room = await openRoom(host);
    expect(room).toMatchObject({ analysisId: 'analysis-1', address: '127.0.0.1', locked: false, phones: 0, activity: { kind: 'none' } });
    expect(room.shortUrl).toBe(`http://127.0.0.1:${room.port}`);
    expect(room.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${room.port}/#t=[A-Za-z0-9_-]{43}$`));
    expect(room.code).toMatch(/^\d{6}$/);
    expect(await host.current()).toEqual(room);

    await host.setActivity(SWOT);
    expect((await host.current())?.activity).toEqual(SWOT);
    const sent = note('Bra kollegor');
    const reply = await phoneSends(room, sent);
    expect(reply.status).toBe(201);
    expect(events).toContainEqual({ type: 'submission', analysisId: 'analysis-1', entry: sent });
    expect(await host.unacknowledged('analysis-1')).toEqual([sent]);
    await host.acknowledge('analysis-1', [sent.id]);
    expect(await host.unacknowledged('analysis-1')).toEqual([]);
  });

  it('forwards the room events in order: phones on the live channel, wrong codes, the lock-out, a new code', async () => {
    const { host, events } = startHost({ limits: { maxWrongCodes: 2 } });
    const room = await openRoom(host);
    const token = new URL(room.url).hash.slice(3);
    const controller = new AbortController();
    const stream = await fetch(`${room.shortUrl}/api/events?token=${token}`, { signal: controller.signal });
    expect(stream.status).toBe(200);
    await expect.poll(() => events.filter((e) => e.type === 'phones')).toEqual([{ type: 'phones', connected: 1 }]);
    expect((await host.current())?.phones).toBe(1);

    const wrong = room.code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 2; i++) {
      await fetch(`${room.shortUrl}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: wrong }) });
    }
    expect(events.filter((e) => e.type === 'wrongCode' || e.type === 'locked')).toEqual([
      { type: 'wrongCode', wrong: 1, limit: 2 },
      { type: 'wrongCode', wrong: 2, limit: 2 },
      { type: 'locked' },
    ]);
    expect((await host.current())?.locked).toBe(true);
    const code = await host.newCode();
    expect(code).toMatch(/^\d{6}$/);
    expect(await host.current()).toMatchObject({ locked: false, code });

    controller.abort();
    await expect.poll(() => events.filter((e) => e.type === 'phones').at(-1)).toEqual({ type: 'phones', connected: 0 });
  });

  it('keeps one room at a time: opening another closes the first and says so', async () => {
    const { host, events } = startHost();
    const first = await openRoom(host, 'analysis-1');
    const second = await openRoom(host, 'analysis-2');
    expect(events).toContainEqual({ type: 'closed', analysisId: 'analysis-1' });
    expect(await listening(first.port)).toBe(false);
    expect(await listening(second.port)).toBe(true);
    expect((await host.current())?.analysisId).toBe('analysis-2');
  });

  it('keeps the room open when the same analysis asks again on the same address', async () => {
    const { host, events } = startHost();
    const first = await openRoom(host, 'analysis-1');
    const again = await openRoom(host, 'analysis-1');
    expect(again).toEqual(first);
    expect(events).toEqual([]);
    expect(await listening(first.port)).toBe(true);
  });

  it('opens two rooms asked for at once one after the other, leaving one listening', async () => {
    const { host } = startHost();
    const [a, b] = await Promise.all([host.open('analysis-1', { address: '127.0.0.1' }), host.open('analysis-2', { address: '127.0.0.1' })]);
    if (!a.ok || !b.ok) throw new Error('a room did not open');
    expect(await listening(a.room.port)).toBe(false);
    expect(await listening(b.room.port)).toBe(true);
  });

  it('close stops listening, tells the window, and refuses calls that need a room', async () => {
    const { host, events } = startHost();
    const room = await openRoom(host);
    expect(await listening(room.port)).toBe(true);
    await host.close();
    expect(await listening(room.port)).toBe(false);
    expect(events.at(-1)).toEqual({ type: 'closed', analysisId: 'analysis-1' });
    expect(await host.current()).toBeNull();
    await expect(host.setActivity(SWOT)).rejects.toThrow(/no room/);
    await expect(host.newCode()).rejects.toThrow(/no room/);
  });

  it('reads what was not acknowledged after a restart, with no room open, and delivers it again when the room opens', async () => {
    const dir = journalDir();
    const pages = phonePageDir();
    const before = startHost({ journalDir: dir, phonePageDir: pages });
    const room = await openRoom(before.host);
    await before.host.setActivity(SWOT);
    const kept = note('Kvar');
    const committed = note('Klar');
    expect((await phoneSends(room, kept)).status).toBe(201);
    expect((await phoneSends(room, committed)).status).toBe(201);
    await before.host.acknowledge('analysis-1', [committed.id]);
    await before.host.shutdown();

    // A new process: the window asks before any room is open.
    const after = startHost({ journalDir: dir, phonePageDir: pages });
    expect(await after.host.unacknowledged('analysis-1')).toEqual([kept]);
    expect(await after.host.unacknowledged('analysis-2')).toEqual([]);
    await openRoom(after.host);
    expect(after.events.slice(0, 2)).toEqual([
      { type: 'recovered', entries: 1, skipped: 0 },
      { type: 'submission', analysisId: 'analysis-1', entry: kept },
    ]);
  });

  it('acknowledges in the journal of a room that is not open', async () => {
    const dir = journalDir();
    const pages = phonePageDir();
    const before = startHost({ journalDir: dir, phonePageDir: pages });
    const room = await openRoom(before.host);
    await before.host.setActivity(SWOT);
    const sent = note('Efter omstart');
    expect((await phoneSends(room, sent)).status).toBe(201);
    await before.host.shutdown();

    const after = startHost({ journalDir: dir, phonePageDir: pages });
    await after.host.acknowledge('analysis-1', [sent.id]);
    expect(await after.host.unacknowledged('analysis-1')).toEqual([]);
    // Nothing unacknowledged is left, so the file holding the person's note is gone.
    expect(fs.existsSync(journalPath(dir, 'analysis-1'))).toBe(false);
  });

  it('erase closes the analysis room and removes its journal', async () => {
    const dir = journalDir();
    const erasing = startHost({ journalDir: dir });
    const room = await openRoom(erasing.host);
    await erasing.host.setActivity({
      kind: 'survey',
      id: 'act-survey',
      round: 'r1',
      questions: { unit: 'hours', contract: true, mission: true, comments: false },
      roles: [
        {
          name: 'Barnskötare',
          fullTimeHours: 40,
          tasks: [
            { id: 't-diska', title: 'Diska' },
            { id: 't-planera', title: 'Planera' },
          ],
        },
      ],
    });
    expect((await phoneSends(room, answer())).status).toBe(201);
    expect(fs.existsSync(journalPath(dir, 'analysis-1'))).toBe(true);

    await erasing.host.erase('analysis-1');
    expect(await listening(room.port)).toBe(false);
    expect(erasing.events.at(-1)).toEqual({ type: 'closed', analysisId: 'analysis-1' });
    expect(fs.existsSync(journalPath(dir, 'analysis-1'))).toBe(false);
    expect(await erasing.host.unacknowledged('analysis-1')).toEqual([]);
  });

  it('erasing another analysis leaves the open room alone', async () => {
    const { host } = startHost();
    const room = await openRoom(host, 'analysis-1');
    await host.erase('analysis-2');
    expect(await listening(room.port)).toBe(true);
    expect((await host.current())?.analysisId).toBe('analysis-1');
  });

  it('says failed when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const { host } = startHost({ port });
      const opened = await host.open('analysis-1', { address: '127.0.0.1' });
      expect(opened).toMatchObject({ ok: false, problem: 'failed' });
      if (!opened.ok) expect(opened.detail).toMatch(/port/);
      // The journal the failed start opened is closed again: the next try may open it.
      const retried = createRoomHost({ journalDir: journalDir(), phonePageDir: phonePageDir(), networkInterfaces: () => ({}), loopback: true });
      hosts.push(retried);
      expect((await retried.open('analysis-1', { address: '127.0.0.1' })).ok).toBe(true);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('says failed when the journal folder cannot be written', async () => {
    const file = path.join(journalDir(), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const { host } = startHost({ journalDir: path.join(file, 'journal') });
    const opened = await host.open('analysis-1', { address: '127.0.0.1' });
    expect(opened).toMatchObject({ ok: false, problem: 'failed' });
    expect(await host.current()).toBeNull();
  });

  it('says failed when the phone page is missing', async () => {
    const { host } = startHost({ phonePageDir: path.join(journalDir(), 'missing') });
    expect(await host.open('analysis-1', { address: '127.0.0.1' })).toMatchObject({ ok: false, problem: 'failed' });
  });

  it('after shutdown the room is closed and no room opens again', async () => {
    const { host, events } = startHost();
    const room = await openRoom(host);
    await host.shutdown();
    expect(await listening(room.port)).toBe(false);
    expect(events.at(-1)).toEqual({ type: 'closed', analysisId: 'analysis-1' });
    expect(await host.open('analysis-1', { address: '127.0.0.1' })).toMatchObject({ ok: false, problem: 'failed' });
  });

  it('an unsubscribed listener hears nothing more', async () => {
    const { host, events } = startHost();
    const heard: RoomHostEvent[] = [];
    const off = host.onEvent((e) => heard.push(e));
    await openRoom(host);
    off();
    await host.close();
    expect(heard).toEqual([]);
    expect(events).toEqual([{ type: 'closed', analysisId: 'analysis-1' }]);
  });
});
