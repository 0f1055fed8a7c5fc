/**
 * The facilitator's side of phones in the room, in the built app: the room
 * panel, asking the room about a card, and the room's views on the
 * projector. The room host is a double behind `window.api.room` (the
 * desktop shell's bridge), installed before the app loads like the other
 * desktop doubles (policy.e2e.ts); it answers as the host does and the test
 * sends its events (phones, wrong codes). Everything else is the app's own
 * code; the QR code is read back with jsQR as a phone's camera would.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesktopApi } from '../../shared/ipc.ts';
import type { RoomBridge, RoomHostEvent, RoomInfo } from '../../shared/room/bridge.ts';
import type { Activity } from '../../shared/room/protocol.ts';
import { e2eSession } from './app.ts';
import { boardWith, card } from './board-helpers.ts';
import { axeViolations } from './browser.ts';
import { readQr } from './qr.ts';

const session = e2eSession();
const SHOTS = '/tmp/roomui';
const F5_SHOTS = '/tmp/f5room';

/** What the test reaches of the host double in the page. */
interface RoomDouble {
  calls: string[];
  activities: Activity[];
  /** The next open() answers with this problem, once. */
  failNext: 'noNetwork' | 'failed' | null;
  emit(event: RoomHostEvent): void;
  room: RoomInfo | null;
}
type WithDouble = Window & { roomDouble: RoomDouble };

/** The desktop shell's bridge, with a room host double that knows two network addresses. */
async function desktopWithRoom(page: Page) {
  await page.addInitScript(() => {
    const listeners = new Set<(event: RoomHostEvent) => void>();
    const double: RoomDouble = {
      calls: [],
      activities: [],
      failNext: 'noNetwork',
      room: null,
      emit: (event) => listeners.forEach((listener) => listener(event)),
    };
    let codes = 0;
    const room: RoomBridge = {
      supported: true,
      addresses: async () => [
        { address: '192.168.1.20', name: 'Wi-Fi' },
        { address: '192.168.137.1', name: 'Mobil hotspot' },
      ],
      open: async (analysisId, options) => {
        double.calls.push(`open ${options?.address ?? '-'}`);
        if (double.failNext) {
          const problem = double.failNext;
          double.failNext = null;
          return { ok: false, problem, detail: 'no address a phone can reach' };
        }
        const address = options?.address ?? '192.168.1.20';
        double.room = {
          analysisId,
          url: `http://${address}:41234/#t=Zk3xQ9-roomtoken-Vb7pL2wHs0dTq4`,
          shortUrl: `http://${address}:41234`,
          address,
          port: 41234,
          code: '482913',
          locked: false,
          phones: 0,
          activity: { kind: 'none' },
        };
        return { ok: true, room: double.room };
      },
      current: async () => double.room,
      setActivity: async (activity) => {
        if (!double.room) throw new Error('no room open');
        double.activities.push(activity);
        double.room = { ...double.room, activity };
      },
      newCode: async () => {
        double.calls.push('newCode');
        codes += 1;
        const code = String(700000 + codes * 1111);
        if (double.room) double.room = { ...double.room, code, locked: false };
        return code;
      },
      close: async () => {
        double.calls.push('close');
        const was = double.room;
        double.room = null;
        if (was) double.emit({ type: 'closed', analysisId: was.analysisId });
      },
      unacknowledged: async () => [],
      acknowledge: async (_analysisId, ids) => {
        double.calls.push(`ack ${ids.join(',')}`);
      },
      erase: async () => undefined,
      onEvent: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
    const api = {
      appInfo: () => Promise.resolve({ name: 'AKR Studio', version: '0.0.0-e2e', electronVersion: '45.4.1', platform: 'win32' }),
      setLanguage: () => Promise.resolve(),
      policy: () => Promise.resolve(null),
      onMenuCommand: () => () => undefined,
      sync: {
        choose: () => Promise.resolve({ ok: false, problem: 'denied', detail: 'none' }),
        current: () => Promise.resolve(null),
        forget: () => Promise.resolve(),
        write: () => ok({ sha256: '0'.repeat(64) }),
        list: () => ok([]),
        read: () => Promise.resolve({ ok: false, problem: 'missing', detail: 'no such file' }),
        backups: () => ok([]),
        remove: () => ok(undefined),
        retire: () => ok(true),
      },
      openedFiles: { take: () => Promise.resolve([]), onOpened: () => () => undefined },
      presenter: { open: () => Promise.resolve(), close: () => Promise.resolve() },
      room,
    } satisfies DesktopApi;
    Object.defineProperty(window, 'api', { value: api });
    Object.defineProperty(window, 'roomDouble', { value: double });
  });
}

const hostCalls = (page: Page) => page.evaluate(() => (window as unknown as WithDouble).roomDouble.calls);
const emit = (page: Page, event: RoomHostEvent) => page.evaluate((e) => (window as unknown as WithDouble).roomDouble.emit(e), event);
const lastActivity = (page: Page) => page.evaluate(() => (window as unknown as WithDouble).roomDouble.activities.at(-1) ?? null);
const roomUrl = (page: Page) => page.evaluate(() => (window as unknown as WithDouble).roomDouble.room?.url ?? null);

describe('the room panel, the board’s poll and the room’s views on the projector', () => {
  // One long story (two windows, two languages, seven axe runs): bounded well above its ~50 s on a loaded machine.
  it('opens the room, shows how to join, asks the room about a card, projects the join view and the poll, and closes', { timeout: 180_000 }, async () => {
    mkdirSync(SHOTS, { recursive: true });
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await desktopWithRoom(page);
    await boardWith(page, session.url, ['Kock', 'Måltidsbiträde'], [{ title: 'Laga lunch' }, { title: 'Diska' }]);
    const analysisId = decodeURIComponent(/#\/analyses\/([^/]+)/.exec(page.url())?.[1] ?? '');
    expect(analysisId).not.toBe('');

    // No network a phone can reach: the panel says what works instead.
    await page.getByRole('button', { name: 'Rummet', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Telefoner i rummet' });
    await panel.getByLabel('Nätverk som telefonerna ansluter via').selectOption({ label: 'Mobil hotspot (192.168.137.1)' });
    await panel.getByRole('button', { name: 'Öppna rummet' }).click();
    const help = panel.getByTestId('no-network');
    await expect.poll(() => help.innerText()).toContain('Mobil hotspot');
    const helpText = await help.innerText();
    expect(helpText).toContain('Internetdelning');
    expect(helpText).toContain('fickrouter');
    expect(helpText).toContain('Gästnätverk');
    expect(await axeViolations(page), 'the panel explaining the network, in Swedish').toEqual([]);
    await page.screenshot({ path: `${SHOTS}/panel-no-network-1366.png` });

    // Open: the QR code holds the room's address with its token; the address and code are in large type.
    await panel.getByRole('button', { name: 'Öppna rummet' }).click();
    const open = page.getByRole('dialog', { name: 'Rummet är öppet' });
    await open.getByTestId('room-qr').waitFor();
    expect(await hostCalls(page)).toEqual(['open 192.168.137.1', 'open 192.168.137.1']);
    const url = await roomUrl(page);
    expect(url).toContain('#t=');
    await expect.poll(() => readQr(open.getByTestId('room-qr'))).toBe(url);
    expect(await open.getByTestId('room-address').innerText()).toBe('http://192.168.137.1:41234');
    expect(await open.getByTestId('room-code').innerText()).toBe('482913');
    // The token is only ever in the QR code, never in text.
    expect(await page.locator('body').innerText()).not.toContain('roomtoken');

    // Phones come in; too many wrong codes lock the code until a new one is made.
    await emit(page, { type: 'phones', connected: 12 });
    await expect.poll(() => open.getByTestId('room-figures').innerText()).toContain('12 telefoner anslutna');
    await page.getByRole('button', { name: 'Rummet: 12 telefoner' }).waitFor();
    await emit(page, { type: 'locked' });
    await expect.poll(() => open.getByRole('alert').first().innerText()).toContain('Koden är spärrad');
    await open.getByRole('button', { name: 'Ny kod' }).click();
    await expect.poll(() => open.getByTestId('room-code').innerText()).toBe('701111');
    await expect.poll(() => open.getByText('Koden är spärrad').count()).toBe(0);

    // What is open to the phones: the survey, built from the board's tasks per role.
    // Passing over a choice opens nothing: only the button does.
    await open.getByRole('radio', { name: 'Tidsenkäten' }).check();
    expect(await lastActivity(page)).toBeNull();
    await open.getByRole('button', { name: 'Öppna för telefonerna' }).click();
    await expect.poll(() => lastActivity(page).then((a) => a?.kind)).toBe('survey');
    const survey = await lastActivity(page);
    expect(survey?.kind === 'survey' && survey.roles.map((r) => [r.name, r.fullTimeHours, r.tasks.map((t) => t.title)])).toEqual([
      ['Kock', 40, ['Laga lunch', 'Diska']],
      ['Måltidsbiträde', 40, ['Laga lunch', 'Diska']],
    ]);
    await expect.poll(() => open.getByRole('radio', { name: 'Tidsenkäten' }).isChecked()).toBe(true);
    // A dot vote needs notes: the panel says so and leaves the survey open.
    await open.getByRole('radio', { name: 'Prickröstning på SWOT-lapparna' }).check();
    await open.getByRole('button', { name: 'Öppna för telefonerna' }).click();
    await expect.poll(() => open.getByRole('alert').last().innerText()).toContain('inga SWOT-lappar');
    expect((await lastActivity(page))?.kind).toBe('survey');
    expect(await page.evaluate(() => (window as unknown as WithDouble).roomDouble.activities.map((a) => a.kind))).toEqual(['survey']);
    // SWOT notes: a phone's note reaches the queue through delivery, and waits there until let through.
    await open.getByRole('radio', { name: 'SWOT-lappar', exact: true }).check();
    await open.getByRole('button', { name: 'Öppna för telefonerna' }).click();
    await expect.poll(() => lastActivity(page).then((a) => a?.kind)).toBe('swot');
    const swot = await lastActivity(page);
    await emit(page, {
      type: 'submission',
      analysisId,
      entry: {
        id: 'phone-note-0001',
        activityId: swot?.kind === 'swot' ? swot.id : '',
        kind: 'note',
        quadrant: 'threats',
        text: 'Vikarier saknas på morgonen',
      },
    });
    const queue = open.getByRole('region', { name: 'Lappar som väntar' });
    await expect.poll(() => queue.getByTestId('queued-note').count()).toBe(1);
    expect(await queue.innerText()).toContain('Vikarier saknas på morgonen');
    await expect.poll(() => open.getByTestId('room-figures').innerText()).toMatch(/^1 SWOT-lapp$/m);
    await expect.poll(() => hostCalls(page)).toContain('ack phone-note-0001');
    expect(await axeViolations(page), 'the open room panel, in Swedish').toEqual([]);
    await page.screenshot({ path: `${SHOTS}/panel-open-1366.png` });
    await queue.getByRole('button', { name: 'Släpp igenom ”Vikarier saknas på morgonen”' }).click();
    await expect.poll(() => queue.innerText()).toContain('Inga lappar väntar.');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `${SHOTS}/panel-open-1920.png` });
    await page.setViewportSize({ width: 1366, height: 768 });

    // The projector window, following this one.
    const projector = await running.newPage();
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.goto(`${session.url}#/present/${encodeURIComponent(analysisId)}`);
    await projector.locator('main.presenter[data-view="board"]').waitFor();

    // The join view on the projector: the QR code as a phone reads it, the address and code; no token in text.
    await open.getByRole('button', { name: 'Visa hur man ansluter' }).click();
    const join = projector.getByTestId('room-join');
    await join.waitFor();
    await expect.poll(() => readQr(join.getByTestId('room-qr'))).toBe(url);
    expect(await join.getByTestId('room-join-address').innerText()).toBe('http://192.168.137.1:41234');
    expect(await join.getByTestId('room-join-code').innerText()).toBe('701111');
    expect(await projector.locator('body').innerText()).not.toContain('roomtoken');
    // Readable from the back of the room: the code is at least 8 % of the window's height, the QR code over half of it.
    const codeHeight = await join.getByTestId('room-join-code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize) / window.innerHeight);
    expect(codeHeight).toBeGreaterThan(0.08);
    const qrBox = await join.getByTestId('room-qr').boundingBox();
    expect((qrBox?.height ?? 0) / 1080).toBeGreaterThan(0.5);
    expect(await axeViolations(projector), 'the join view on the projector, in Swedish').toEqual([]);
    await projector.screenshot({ path: `${SHOTS}/projector-join-1920.png` });
    await projector.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(() => readQr(join.getByTestId('room-qr'))).toBe(url);
    await projector.screenshot({ path: `${SHOTS}/projector-join-1366.png` });

    // Asking the room about a card, from its menu: its task for its role becomes the poll.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Rummet är öppet' }).count()).toBe(0);
    const lunch = card(page, 'Laga lunch', 'Kock');
    await lunch.click({ button: 'right' });
    await page.getByRole('menuitem', { name: /Fråga rummet/ }).click();
    await expect.poll(() => lastActivity(page)).toMatchObject({ kind: 'poll', role: 'Kock', title: 'Laga lunch' });
    const boardPoll = page.getByTestId('board-poll');
    await expect.poll(() => boardPoll.innerText()).toContain('Rummet röstar: Laga lunch (Kock)');
    // …and with R on a focused card.
    await card(page, 'Diska', 'Måltidsbiträde').focus();
    await page.keyboard.press('r');
    await expect.poll(() => lastActivity(page)).toMatchObject({ kind: 'poll', role: 'Måltidsbiträde', title: 'Diska' });
    await expect.poll(() => boardPoll.innerText()).toContain('Rummet röstar: Diska (Måltidsbiträde)');
    // The spread stays in view beside the card being placed, however far down its lane is.
    const pollBox = await boardPoll.boundingBox();
    const cardBox = await card(page, 'Diska', 'Måltidsbiträde').boundingBox();
    expect(pollBox && cardBox && [pollBox.y >= 0, pollBox.y + pollBox.height <= 768, cardBox.y + cardBox.height <= pollBox.y]).toEqual([true, true, true]);
    expect(await axeViolations(page), 'the board with a poll under way, in Swedish').toEqual([]);
    await page.screenshot({ path: `${SHOTS}/board-poll-1366.png` });

    // Phones vote; delivery tallies their colours and the board's spread shows them, never who.
    const poll = await lastActivity(page);
    const votes = ['green', 'green', 'yellow', 'green', 'black'] as const;
    for (const [i, colour] of votes.entries())
      await emit(page, {
        type: 'submission',
        analysisId,
        entry: { id: `phone-vote-000${i}`, activityId: poll?.kind === 'poll' ? poll.id : '', kind: 'poll', colour },
      });
    await expect.poll(() => boardPoll.getByTestId('poll-count-green').innerText()).toBe('3');
    await expect.poll(() => boardPoll.innerText()).toContain('5 röster');

    // The poll's spread on the projector: the task, the four colours with their labels, a count each.
    await boardPoll.getByRole('button', { name: 'Visa omröstningens svar' }).click();
    const spread = projector.getByTestId('room-poll');
    await spread.waitFor();
    await expect.poll(() => spread.getByRole('heading').innerText()).toBe('Diska');
    const rows = () =>
      spread
        .locator('[data-colour]')
        .evaluateAll((els) => els.map((el) => [el.getAttribute('data-colour'), (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim()]));
    await expect.poll(rows).toEqual([
      ['green', 'Grön – mitt uppdrag 3'],
      ['yellow', 'Gul – stöd, kan göras av annan 1'],
      ['red', 'Röd – någon annan bör göra 0'],
      ['black', 'Svart – sluta göra 1'],
    ]);
    // A vote that comes in while the spread is shown moves it on the projector.
    await emit(page, {
      type: 'submission',
      analysisId,
      entry: { id: 'phone-vote-0009', activityId: poll?.kind === 'poll' ? poll.id : '', kind: 'poll', colour: 'red' },
    });
    await expect.poll(() => spread.getByTestId('poll-count-red').innerText()).toBe('1');
    expect(await projector.locator('body').innerText()).not.toContain('roomtoken');
    expect(await axeViolations(projector), 'the poll on the projector, in Swedish').toEqual([]);
    await projector.screenshot({ path: `${SHOTS}/projector-poll-1366.png` });
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.screenshot({ path: `${SHOTS}/projector-poll-1920.png` });

    // Ending the poll takes it off the phones and the projector goes back to the board.
    await boardPoll.getByRole('button', { name: 'Avsluta omröstningen' }).click();
    await expect.poll(() => lastActivity(page).then((a) => a?.kind)).toBe('none');
    await projector.locator('main.presenter[data-view="board"]').waitFor();

    // In English, the panel and the projected views read as well and stay axe clean.
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.locator('label.segmented__option', { hasText: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.goBack();
    await page.getByRole('button', { name: 'Room: 12 phones' }).click();
    const english = page.getByRole('dialog', { name: 'The room is open' });
    await english.getByTestId('room-qr').waitFor();
    expect(await english.innerText()).toContain('Open to the phones now');
    expect(await axeViolations(page), 'the open room panel, in English').toEqual([]);
    await english.getByRole('button', { name: 'Show how to join' }).click();
    await expect.poll(() => projector.getByTestId('room-join').getByRole('heading').innerText()).toBe('Join from your phone');
    expect(await axeViolations(projector), 'the join view on the projector, in English').toEqual([]);

    // Closing the room: the host is told, the panel offers to open it again, the projector leaves the join view.
    await english.getByRole('button', { name: 'Close the room' }).click();
    await page.getByRole('dialog', { name: 'Phones in the room' }).getByRole('button', { name: 'Open the room' }).waitFor();
    expect((await hostCalls(page)).filter((c) => c === 'close')).toEqual(['close']);
    await projector.locator('main.presenter[data-view="board"]').waitFor();
    await page.getByRole('button', { name: 'Room', exact: true }).waitFor();

    // Leaving the analysis for the list of analyses closes its room too (the panel is still open).
    await page.getByRole('dialog', { name: 'Phones in the room' }).getByRole('button', { name: 'Open the room' }).click();
    await page.getByRole('dialog', { name: 'The room is open' }).getByTestId('room-qr').waitFor();
    await page.keyboard.press('Escape');
    const closes = (await hostCalls(page)).filter((c) => c === 'close').length;
    await page.getByRole('link', { name: 'All analyses' }).click();
    await page.getByRole('heading', { level: 1, name: 'Analyses' }).waitFor();
    await expect.poll(async () => (await hostCalls(page)).filter((c) => c === 'close').length).toBe(closes + 1);
  });
});

/**
 * The note queue is delivery's (useRoomInbox, a separate part): here the
 * panel's own queue and spread run in a page of their own (roomHarness/,
 * served by Vite on loopback) with an in-memory inbox.
 */
describe('the note queue in the room panel', () => {
  let harness: Awaited<ReturnType<typeof createServer>> | null = null;
  let base = '';
  beforeAll(async () => {
    harness = await createServer({
      configFile: false,
      root: 'test/e2e/roomHarness',
      plugins: [react()],
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 0, hmr: false },
    });
    await harness.listen();
    const address = harness.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('the harness has no port');
    base = `http://127.0.0.1:${address.port}/`;
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('lets one note through, discards one, lets all the rest through, and turns on letting them through at once', { timeout: 120_000 }, async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(base);
    const queue = page.getByRole('region', { name: 'Lappar som väntar' });
    await expect.poll(() => queue.getByTestId('queued-note').count()).toBe(4);
    expect(await queue.innerText()).toContain('4 lappar väntar');
    // Text from a phone is shown as text, never as markup.
    expect(await queue.getByText('<b>Dokumentationen</b> tar för lång tid').count()).toBe(1);
    expect(await page.locator('.phones-queue b').count()).toBe(0);
    expect(await axeViolations(page), 'the queue, in Swedish').toEqual([]);
    await page.screenshot({ path: `${SHOTS}/queue-1366.png` });
    const log = () => page.evaluate(() => window.inboxLog);

    await queue.getByRole('button', { name: 'Släpp igenom ”Vikarier saknas på morgonen”' }).click();
    await expect.poll(log).toEqual(['through n2']);
    await expect.poll(() => queue.getByTestId('queued-note').count()).toBe(3);
    await queue.getByRole('button', { name: 'Ta bort ”<b>Dokumentationen</b> tar för lång tid”' }).click();
    await expect.poll(log).toEqual(['through n2', 'discard n3']);
    await queue.getByRole('button', { name: 'Släpp igenom alla (2)' }).click();
    await expect.poll(log).toEqual(['through n2', 'discard n3', 'through n1,n4']);
    await expect.poll(() => queue.innerText()).toContain('Inga lappar väntar.');
    await queue.getByRole('switch', { name: 'Släpp igenom direkt' }).check();
    await expect.poll(log).toEqual(['through n2', 'discard n3', 'through n1,n4', 'auto true']);
    await expect.poll(() => queue.getByRole('switch', { name: 'Släpp igenom direkt' }).isChecked()).toBe(true);

    // The keyboard reaches every action.
    await page.reload();
    await expect.poll(() => queue.getByTestId('queued-note').count()).toBe(4);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('switch');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Släpp igenom ”Vi hjälper varandra när det är mycket”');
    await page.keyboard.press('Enter');
    await expect.poll(() => queue.getByTestId('queued-note').count()).toBe(3);

    await page.goto(`${base}?lang=en`);
    const english = page.getByRole('region', { name: 'Notes waiting' });
    await expect.poll(() => english.getByTestId('queued-note').count()).toBe(4);
    expect(await english.innerText()).toContain('4 notes are waiting');
    expect(await page.getByTestId('poll-spread').innerText()).toContain('Green');
    expect(await axeViolations(page), 'the queue, in English').toEqual([]);
  });
});

// One screen mirrored to the projector: the room's views in this window's presentation mode (F5).
describe('the room’s views in presentation mode', () => {
  it('shows how to join and the poll’s spread in presentation mode, and gives the screen back', { timeout: 120_000 }, async () => {
    mkdirSync(F5_SHOTS, { recursive: true });
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await desktopWithRoom(page);
    await boardWith(page, session.url, ['Kock', 'Måltidsbiträde'], [{ title: 'Laga lunch' }, { title: 'Diska' }]);
    const analysisId = decodeURIComponent(/#\/analyses\/([^/]+)/.exec(page.url())?.[1] ?? '');
    await page.evaluate(() => ((window as unknown as WithDouble).roomDouble.failNext = null));
    const presenting = () => page.locator('html[data-presenting]').count();

    // The join view sent from the room panel, then F5: the room sees it in this window.
    await page.getByRole('button', { name: 'Rummet', exact: true }).click();
    await page.getByRole('dialog', { name: 'Telefoner i rummet' }).getByRole('button', { name: 'Öppna rummet' }).click();
    const open = page.getByRole('dialog', { name: 'Rummet är öppet' });
    await open.getByTestId('room-qr').waitFor();
    const url = await roomUrl(page);
    expect(url).toContain('#t=');
    await open.getByRole('button', { name: 'Visa hur man ansluter' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => open.count()).toBe(0);
    await page.keyboard.press('F5');
    await expect.poll(presenting).toBe(1);
    const join = page.getByTestId('room-join');
    // Readable from the back of the room: the address and the code are at least 2.5 % of the window's height.
    const share = (testId: string) =>
      join.getByTestId(testId).evaluate((el) => {
        const box = el.getBoundingClientRect();
        return { font: parseFloat(getComputedStyle(el).fontSize) / window.innerHeight, inside: box.top >= 0 && box.bottom <= window.innerHeight };
      });
    for (const [width, height] of [
      [1920, 1080],
      [1366, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await expect.poll(() => readQr(join.getByTestId('room-qr'))).toBe(url);
      expect(await join.getByTestId('room-join-address').innerText()).toBe('http://192.168.1.20:41234');
      expect(await join.getByTestId('room-join-code').innerText()).toBe('482913');
      for (const testId of ['room-join-address', 'room-join-code']) {
        const seen = await share(testId);
        expect(seen.font, `${testId} at ${width}×${height}`).toBeGreaterThanOrEqual(0.025);
        expect(seen.inside, `${testId} in the window at ${width}×${height}`).toBe(true);
      }
      const qr = await join.getByTestId('room-qr').boundingBox();
      expect(qr && qr.y >= 0 && qr.y + qr.height <= height).toBe(true);
      // Only the room's things: no token in text, nothing to type in or pick from, no panel or rail.
      expect(await page.locator('body').innerText()).not.toContain('roomtoken');
      expect(await page.locator('input, select, textarea, [role="menu"], [role="dialog"], nav.rail').count()).toBe(0);
      expect(await axeViolations(page), `the join view in presentation mode at ${width}×${height}`).toEqual([]);
      await page.screenshot({ path: `${F5_SHOTS}/join-${width}.png` });
    }

    // The bar's pressed button gives the screen back to what was shown before: the presented board.
    const back = page.getByRole('button', { name: 'Visa hur man ansluter', pressed: true });
    await back.click();
    await expect.poll(() => join.count()).toBe(0);
    await page.locator('.presented-board').first().waitFor();
    await page.getByTestId('room-board').waitFor();
    expect(await presenting()).toBe(1);

    // A poll from the board (R on a card), its spread sent from the board's poll box, then F5.
    await page.keyboard.press('Escape');
    await expect.poll(presenting).toBe(0);
    await card(page, 'Diska', 'Måltidsbiträde').focus();
    await page.keyboard.press('r');
    await expect.poll(() => lastActivity(page)).toMatchObject({ kind: 'poll', role: 'Måltidsbiträde', title: 'Diska' });
    const poll = await lastActivity(page);
    const boardPoll = page.getByTestId('board-poll');
    await boardPoll.getByRole('button', { name: 'Visa omröstningens svar' }).click();
    await page.keyboard.press('F5');
    await expect.poll(presenting).toBe(1);
    const spread = page.getByTestId('room-poll');
    await expect.poll(() => spread.getByRole('heading').innerText()).toBe('Diska');
    const vote = (id: string, colour: 'green' | 'yellow' | 'red' | 'black') =>
      emit(page, {
        type: 'submission',
        analysisId,
        entry: { id, activityId: poll?.kind === 'poll' ? poll.id : '', kind: 'poll', colour },
      });
    // Votes coming in while it is shown move the spread live.
    await expect.poll(() => spread.getByTestId('poll-count-green').innerText()).toBe('0');
    await vote('phone-vote-0001', 'green');
    await vote('phone-vote-0002', 'green');
    await vote('phone-vote-0003', 'black');
    await expect.poll(() => spread.getByTestId('poll-count-green').innerText()).toBe('2');
    await expect.poll(() => spread.getByTestId('poll-count-black').innerText()).toBe('1');
    await vote('phone-vote-0004', 'red');
    await expect.poll(() => spread.getByTestId('poll-count-red').innerText()).toBe('1');
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      const box = await spread.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= height).toBe(true);
      expect(await page.locator('input, select, textarea, [role="menu"], [role="dialog"], nav.rail').count()).toBe(0);
      expect(await axeViolations(page), `the poll in presentation mode at ${width}×${height}`).toEqual([]);
      await page.screenshot({ path: `${F5_SHOTS}/poll-${width}.png` });
    }

    // The keys that leave presentation mode still do over a room view; F5 brings the same spread back.
    await page.keyboard.press('Escape');
    await expect.poll(presenting).toBe(0);
    await page.keyboard.press('F5');
    await expect.poll(presenting).toBe(1);
    await expect.poll(() => spread.getByTestId('poll-count-green').innerText()).toBe('2');
    await page.keyboard.press('F5');
    await expect.poll(presenting).toBe(0);
    // Ending the poll from the board gives presentation mode the board back.
    await boardPoll.getByRole('button', { name: 'Avsluta omröstningen' }).click();
    await expect.poll(() => lastActivity(page).then((a) => a?.kind)).toBe('none');
    await page.keyboard.press('F5');
    await expect.poll(presenting).toBe(1);
    await page.getByTestId('room-board').waitFor();
    expect(await spread.count()).toBe(0);
  });
});
