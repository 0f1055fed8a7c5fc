/**
 * Phones in the room: a real room (createRoom on 127.0.0.1, its journal in a
 * temporary folder, the built phone page from dist/phone) and Chromium
 * emulating phones (a phone's viewport, touch, a phone's user agent), each
 * phone its own browser context (its own storage, its own network switch).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadPhonePage } from '../../electron/room/phonePage';
import { createRoom, type Room, type RoomLimits } from '../../electron/room/server';
import type { Activity, Delivered } from '../../shared/room/protocol';
import { axeViolations, launchBrowser, type RunningBrowser } from './browser.ts';

const IPHONE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6.1 Mobile/15E148 Safari/604.1';

const SURVEY: Extract<Activity, { kind: 'survey' }> = {
  kind: 'survey',
  id: 'act-survey',
  round: 'r1',
  questions: { unit: 'hours', contract: true, mission: true, comments: true },
  roles: [
    {
      name: 'Barnskötare',
      fullTimeHours: 40,
      tasks: [
        { id: 't-diska', title: 'Diska' },
        { id: 't-planera', title: 'Planera' },
      ],
    },
    { name: 'Förskollärare', fullTimeHours: 40, tasks: [{ id: 't-dokumentera', title: 'Dokumentera' }] },
  ],
};
const SWOT: Activity = { kind: 'swot', id: 'act-swot', quadrants: ['strengths', 'weaknesses', 'opportunities', 'threats'] };
const DOTS: Activity = {
  kind: 'dots',
  id: 'act-dots',
  budget: 3,
  notes: [
    { id: 'n1', quadrant: 'strengths', text: 'Bra sammanhållning' },
    { id: 'n2', quadrant: 'weaknesses', text: '<b>Stress</b> på morgonen' },
    { id: 'n3', quadrant: 'threats', text: 'Vikarier saknas' },
  ],
};
const POLL: Activity = { kind: 'poll', id: 'act-poll', role: 'Barnskötare', taskId: 't-diska', title: 'Diska' };

interface TestRoom {
  room: Room;
  received: Delivered[];
  link: string;
  address: string;
}

let running: RunningBrowser;
let browser: Browser;
const rooms: Room[] = [];
const contexts: BrowserContext[] = [];
/** Console errors, page errors and CSP violations on any phone; each test ends with none. */
let problems: string[] = [];

beforeAll(async () => {
  running = await launchBrowser();
  browser = running.browser;
});
afterAll(async () => {
  await running.close();
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
  await Promise.all(rooms.splice(0).map((r) => r.close()));
  const seen = problems;
  problems = [];
  expect(seen).toEqual([]);
});

async function openRoom(limits: Partial<RoomLimits> = {}, port = 0): Promise<TestRoom> {
  const received: Delivered[] = [];
  const room = await createRoom({
    analysisId: 'analysis-phones',
    host: '127.0.0.1',
    port,
    journalDir: mkdtempSync(join(tmpdir(), 'akr-phones-')),
    page: await loadPhonePage('dist/phone'),
    onSubmission: (entry) => received.push(entry),
    limits,
  });
  rooms.push(room);
  const address = `http://127.0.0.1:${room.port}/`;
  return { room, received, address, link: `${address}#t=${room.token}` };
}

/** A phone: its own context with a phone's screen, touch and user agent, and the language asked for. */
async function phone(locale = 'sv-SE'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    userAgent: IPHONE_UA,
    locale,
  });
  contexts.push(context);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    // A refused request (a wrong code, a phone offline) is logged by Chromium itself; it is what the test does.
    if (msg.type() === 'error' && !/^Failed to load resource|net::ERR_/.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (req) => {
    if (new URL(req.url()).hostname !== '127.0.0.1') problems.push(`request outside the room: ${req.url()}`);
  });
  return { context, page };
}

/** Joins by the QR link and waits for the live channel (the waiting screen, or what is open). */
async function joinByLink(page: Page, room: TestRoom) {
  await page.goto(room.link);
  await expect.poll(() => room.room.phones()).toBeGreaterThan(0);
}

const kept = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('akr-room') ?? 'null') as { outbox: unknown[]; voter: string } | null);

describe('phones in the room', () => {
  it('joins by the QR link: the token leaves the address bar, the activity changes live', async () => {
    const room = await openRoom();
    const { page } = await phone();
    await joinByLink(page, room);
    expect(room.room.phones()).toBe(1);
    expect(page.url()).toBe(room.address);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Väntar på processledaren');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    room.room.setActivity(SWOT);
    await page.getByRole('heading', { level: 2, name: 'SWOT – skriv lappar' }).waitFor();
    room.room.setActivity({ kind: 'none' });
    await page.getByRole('heading', { level: 2, name: 'Väntar på processledaren' }).waitFor();
    // It is a phone: touch, a coarse pointer, a phone's width and user agent.
    expect(
      await page.evaluate(() => ({
        touch: navigator.maxTouchPoints > 0,
        coarse: matchMedia('(pointer: coarse)').matches,
        width: innerWidth,
        ua: navigator.userAgent.includes('iPhone'),
      })),
    ).toEqual({ touch: true, coarse: true, width: 390, ua: true });
    // The watch on CSP violations works: an inline script is blocked by the room's policy, and reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.appendChild(script);
    });
    await expect.poll(() => problems.some((p) => p.includes('CSP violation: script-src'))).toBe(true);
    expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
    // That one was on purpose (reported twice: by the page's listener, and by Chromium itself).
    problems = problems.filter((p) => !p.includes('CSP violation: script-src') && !p.includes('Executing inline script violates'));
  });

  it('joins by the short code; a wrong code and a locked code are worded clearly', async () => {
    const room = await openRoom({ maxWrongCodes: 2 });
    const { page } = await phone();
    await page.goto(room.address);
    const code = page.getByLabel('Kod', { exact: true });
    const join = page.getByRole('button', { name: 'Gå med' });
    await code.fill('12');
    await join.click();
    await page.getByText('Koden har sex siffror. Skriv alla sex.').waitFor();
    const wrong = room.room.code() === '000000' ? '111111' : '000000';
    await code.fill(wrong);
    await join.click();
    await page.getByText('Fel kod. Kontrollera siffrorna på skärmen och försök igen.').waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    await code.fill(wrong);
    await join.click();
    await page.getByText(/koden är spärrad/).waitFor();
    // The facilitator makes a new code; typed with a space, as people do.
    const fresh = room.room.newCode();
    await code.fill(`${fresh.slice(0, 3)} ${fresh.slice(3)}`);
    await join.click();
    await page.getByRole('heading', { level: 2, name: 'Väntar på processledaren' }).waitFor();
    await expect.poll(() => room.room.phones()).toBe(1);
  });

  it('takes one anonymous survey answer from each of three phones', async () => {
    const room = await openRoom();
    room.room.setActivity(SURVEY);
    const answers: { role: string; values: Record<string, string>; contract: string; mission: string; comment: string }[] = [
      { role: 'Barnskötare', values: { Diska: '2,5', Planera: '4' }, contract: '30', mission: 'Omsorg och lek', comment: '' },
      { role: 'Barnskötare', values: { Diska: '10', Planera: '' }, contract: '', mission: '', comment: 'För lite tid' },
      { role: 'Förskollärare', values: { Dokumentera: '6.5' }, contract: '75 %', mission: 'Undervisning', comment: '' },
    ];
    for (const a of answers) {
      const { page } = await phone();
      await joinByLink(page, room);
      await page.getByRole('heading', { level: 2, name: 'Hur använder du din arbetstid?' }).waitFor();
      await page.getByLabel(a.role, { exact: true }).check();
      for (const [task, value] of Object.entries(a.values)) await page.getByLabel(task, { exact: true }).fill(value);
      await page.getByLabel('Hur mycket är du anställd?').fill(a.contract);
      await page.getByLabel(/Vad är ditt grunduppdrag/).fill(a.mission);
      await page.getByLabel('Kommentar (frivillig)').fill(a.comment);
      await page.getByRole('button', { name: 'Skicka svaret' }).tap();
      await page.getByText('Tack! Ditt svar är skickat.').waitFor();
      await page.getByRole('status').filter({ hasText: 'Skickat.' }).waitFor();
    }
    await expect.poll(() => room.received.length).toBe(3);
    const byRole = room.received.map((r) =>
      r.kind === 'survey' ? { role: r.role, hours: r.hours, contract: r.contractHours, mission: r.mission, comment: r.comment } : r,
    );
    expect(byRole).toEqual([
      {
        role: 'Barnskötare',
        hours: [
          { taskId: 't-diska', hours: 2.5 },
          { taskId: 't-planera', hours: 4 },
        ],
        contract: 30,
        mission: 'Omsorg och lek',
        comment: '',
      },
      { role: 'Barnskötare', hours: [{ taskId: 't-diska', hours: 10 }], contract: null, mission: '', comment: 'För lite tid' },
      // 75 % of a 40-hour full-time week.
      { role: 'Förskollärare', hours: [{ taskId: 't-dokumentera', hours: 6.5 }], contract: 30, mission: 'Undervisning', comment: '' },
    ]);
    expect(new Set(room.received.map((r) => r.id)).size).toBe(3);
  });

  it('turns percent of the week into hours on the contracted hours when given, else on the full-time week, and flags a wrong value', async () => {
    const room = await openRoom();
    room.room.setActivity({ ...SURVEY, id: 'act-percent', questions: { unit: 'percent', contract: true, mission: false, comments: false } });
    const { page } = await phone();
    await joinByLink(page, room);
    await page.getByLabel('Barnskötare', { exact: true }).check();
    await page.getByLabel('Diska', { exact: true }).fill('150');
    await page.getByLabel('Planera', { exact: true }).fill('25');
    await page.getByRole('button', { name: 'Skicka svaret' }).tap();
    await page.getByText('Skriv högst 100 procent.').waitFor();
    expect(await page.getByLabel('Diska', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Diska', { exact: true }).fill('50');
    await page.getByText('Summa: 75 % av veckan').waitFor();
    await page.getByLabel('Hur mycket är du anställd?').fill('75 %');
    await page.getByRole('button', { name: 'Skicka svaret' }).tap();
    await expect.poll(() => room.received.length).toBe(1);
    // 75 % of 40 h is a 30-hour week: 50 % of it is 15 h, 25 % is 7.5 h.
    expect(room.received[0]).toMatchObject({
      kind: 'survey',
      contractHours: 30,
      hours: [
        { taskId: 't-diska', hours: 15 },
        { taskId: 't-planera', hours: 7.5 },
      ],
    });
  });

  it('posts several SWOT notes in a row, shown as text', async () => {
    const room = await openRoom();
    room.room.setActivity(SWOT);
    const { page } = await phone();
    await joinByLink(page, room);
    await page.getByLabel(/^Styrkor/).check();
    const note = page.getByLabel('Din lapp');
    await note.fill('Vi hjälps åt');
    await page.getByRole('button', { name: 'Skicka lappen' }).tap();
    await page.getByText('Du har skickat en lapp.').waitFor();
    expect(await note.inputValue()).toBe('');
    await note.fill('<img src=x onerror=alert(1)> gamla rutiner');
    await page.getByLabel(/^Svagheter/).check();
    await page.getByRole('button', { name: 'Skicka lappen' }).tap();
    await page.getByText('Du har skickat 2 lappar.').waitFor();
    await expect.poll(() => room.received.length).toBe(2);
    expect(room.received.map((r) => (r.kind === 'note' ? [r.quadrant, r.text] : r.kind))).toEqual([
      ['strengths', 'Vi hjälps åt'],
      ['weaknesses', '<img src=x onerror=alert(1)> gamla rutiner'],
    ]);
  });

  it('dot-votes within the budget: a note takes several dots, a fourth is refused, and the room refuses dots over the budget', async () => {
    const room = await openRoom();
    room.room.setActivity(DOTS);
    const { page } = await phone();
    await joinByLink(page, room);
    await page.getByText('Prickar kvar: 3 av 3').first().waitFor();
    // The note's text is shown as text, never as markup.
    await page.getByText('<b>Stress</b> på morgonen').waitFor();
    expect(await page.locator('.note-text b').count()).toBe(0);
    const add = (text: string) => page.getByRole('button', { name: `Lägg en prick på: ${text}` });
    await add('Bra sammanhållning').tap();
    await add('Bra sammanhållning').tap();
    await add('Vikarier saknas').tap();
    await page.getByText('Prickar kvar: 0 av 3').first().waitFor();
    await add('<b>Stress</b> på morgonen').tap();
    await page.getByRole('alert').filter({ hasText: 'Du har inga prickar kvar.' }).waitFor();
    await page.getByRole('button', { name: 'Skicka prickarna' }).tap();
    await page.getByText('Tack! Dina prickar är skickade.').waitFor();
    await expect.poll(() => room.received.length).toBe(1);
    expect(room.received[0]).toMatchObject({ kind: 'dots', activityId: 'act-dots', noteIds: ['n1', 'n1', 'n3'] });
    expect(room.received[0]).not.toHaveProperty('voter');

    // The phone forgets what it spent (its storage edited), keeps its voter id: the room still counts, refuses, and the phone says so.
    await page.evaluate(() => {
      const state = JSON.parse(localStorage.getItem('akr-room') ?? '{}') as { spent: Record<string, number> };
      state.spent = {};
      localStorage.setItem('akr-room', JSON.stringify(state));
    });
    await page.reload();
    await add('Vikarier saknas').tap();
    await page.getByRole('button', { name: 'Skicka prickarna' }).tap();
    await page.getByRole('alert').filter({ hasText: 'Prickarna ryms inte i din budget, så de räknades inte.' }).waitFor();
    expect(room.received).toHaveLength(1);
    await expect.poll(async () => (await kept(page))?.outbox.length).toBe(0);
  });

  it('takes one colour vote per phone, the colours labelled in words', async () => {
    const room = await openRoom();
    room.room.setActivity(POLL);
    const first = await phone();
    const second = await phone();
    await joinByLink(first.page, room);
    await joinByLink(second.page, room);
    await first.page.getByText('Diska', { exact: true }).waitFor();
    const labels = await first.page.locator('.colours button').allTextContents();
    expect(labels).toEqual(['Grön – mitt uppdrag', 'Gul – stöd, kan göras av annan', 'Röd – någon annan bör göra', 'Svart – sluta göra']);
    await first.page.getByRole('button', { name: 'Röd – någon annan bör göra' }).tap();
    await first.page.getByText('Tack! Din röst: Röd – någon annan bör göra.').waitFor();
    await second.page.getByRole('button', { name: 'Grön – mitt uppdrag' }).tap();
    await expect.poll(() => room.received.length).toBe(2);
    expect(room.received.map((r) => (r.kind === 'poll' ? r.colour : r.kind))).toEqual(['red', 'green']);
    // A reload does not give a second vote.
    await first.page.reload();
    await first.page.getByText('Tack! Din röst: Röd – någon annan bör göra.').waitFor();
    expect(await first.page.locator('.colours button').count()).toBe(0);
    // Each phone its own voter id, kept for this room only.
    const [a, b] = [await kept(first.page), await kept(second.page)];
    expect(a?.voter).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(a?.voter).not.toBe(b?.voter);
  });

  it('keeps what is sent offline, says so, and sends it once when back; a lost receipt is retried without counting twice', async () => {
    const room = await openRoom();
    room.room.setActivity(SWOT);
    const { context, page } = await phone();
    await joinByLink(page, room);
    await page.getByLabel(/^Hot/).check();
    await context.setOffline(true);
    const banner = page.locator('.banner');
    await banner.getByText('Inte ansluten.').waitFor();
    await expect.poll(() => banner.textContent()).toContain('skickas när anslutningen är tillbaka');
    await page.getByLabel('Din lapp').fill('Skrivet utan nät');
    await page.getByRole('button', { name: 'Skicka lappen' }).tap();
    await page.getByRole('status').filter({ hasText: 'Sparat i telefonen. Skickas när anslutningen är tillbaka.' }).waitFor();
    await expect.poll(() => banner.textContent()).toContain('Ett svar väntar på att skickas.');
    expect((await kept(page))?.outbox).toHaveLength(1);
    expect(room.received).toHaveLength(0);
    await context.setOffline(false);
    await expect.poll(() => room.received.length).toBe(1);
    await banner.waitFor({ state: 'hidden' });
    // Back on one live channel, not two.
    await expect.poll(() => room.room.phones()).toBe(1);
    await expect.poll(async () => (await kept(page))?.outbox.length).toBe(0);

    // The room takes the next note, but its receipt never reaches the phone: the phone sends the same id again.
    let cut = 0;
    await page.route('**/api/submissions', async (route) => {
      if (cut > 0) return route.continue();
      cut += 1;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.getByLabel('Din lapp').fill('Kvittot kom bort');
    await page.getByRole('button', { name: 'Skicka lappen' }).tap();
    await expect.poll(async () => (await kept(page))?.outbox.length, { timeout: 20_000 }).toBe(0);
    expect(cut).toBe(1);
    expect(room.received.map((r) => (r.kind === 'note' ? r.text : r.kind))).toEqual(['Skrivet utan nät', 'Kvittot kom bort']);
    expect(room.room.unacknowledged()).toHaveLength(2);
  });

  it('reconnects by itself when the room goes away, asks for the code when a new room does not know it, and sends what waited there', async () => {
    const first = await openRoom();
    first.room.setActivity(SWOT);
    const { page } = await phone();
    await joinByLink(page, first);
    await page.getByLabel(/^Möjligheter/).check();
    await first.room.close();
    await page.locator('.banner').getByText('Inte ansluten.').waitFor();
    // Sent while the room is gone: it waits on the phone.
    await page.getByLabel('Din lapp').fill('Skickad medan rummet var stängt');
    await page.getByRole('button', { name: 'Skicka lappen' }).tap();
    await page.getByRole('status').filter({ hasText: 'Sparat i telefonen.' }).waitFor();
    await page.getByLabel('Din lapp').fill('Halvskriven');
    // The facilitator opens the room again on the same address with the same activity: a new token, which the phone's is not.
    const second = await openRoom({}, first.room.port);
    second.room.setActivity(SWOT);
    await page.getByText('Rummet känner inte längre igen telefonen. Gå med igen med koden på skärmen.').waitFor({ timeout: 20_000 });
    await page.getByLabel('Kod', { exact: true }).fill(second.room.code());
    await page.getByRole('button', { name: 'Gå med' }).tap();
    await page.getByRole('heading', { level: 2, name: 'SWOT – skriv lappar' }).waitFor();
    await expect.poll(() => second.room.phones()).toBe(1);
    await expect.poll(() => second.received.length).toBe(1);
    expect(second.received[0]).toMatchObject({ kind: 'note', quadrant: 'opportunities', text: 'Skickad medan rummet var stängt' });
    expect(first.received).toHaveLength(0);
    expect(await page.getByLabel('Din lapp').inputValue()).toBe('Halvskriven');
  });

  it('keeps drafts over a reload', async () => {
    const room = await openRoom();
    room.room.setActivity(SURVEY);
    const { page } = await phone();
    await joinByLink(page, room);
    await page.getByLabel('Förskollärare', { exact: true }).check();
    await page.getByLabel('Dokumentera', { exact: true }).fill('3,5');
    await page.getByLabel(/Vad är ditt grunduppdrag/).fill('Undervisa');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Hur använder du din arbetstid?' }).waitFor();
    expect(await page.getByLabel('Förskollärare', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Dokumentera', { exact: true }).inputValue()).toBe('3,5');
    expect(await page.getByLabel(/Vad är ditt grunduppdrag/).inputValue()).toBe('Undervisa');
    room.room.setActivity(SWOT);
    await page.getByLabel('Din lapp').fill('Halvfärdig lapp');
    await page.reload();
    await expect.poll(() => page.getByLabel('Din lapp').inputValue()).toBe('Halvfärdig lapp');
    expect(room.received).toHaveLength(0);
  });

  it('is axe-clean with large targets on every view, in Swedish and English', async () => {
    const room = await openRoom();
    const english = await phone('en-US');
    await english.page.goto(room.address);
    await english.page.getByRole('heading', { level: 2, name: 'Join the room' }).waitFor();
    const { page } = await phone();
    await page.goto(room.address);
    await page.getByRole('heading', { level: 2, name: 'Gå med i rummet' }).waitFor();
    const check = async (view: string) => {
      for (const lang of ['sv', 'en'] as const) {
        if ((await page.evaluate(() => document.documentElement.lang)) !== lang) {
          await page.getByRole('button', { name: lang === 'en' ? 'In English' : 'På svenska' }).click();
          await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
        }
        expect(await axeViolations(page), `${view} (${lang})`).toEqual([]);
        const targets = await page.evaluate(() => {
          const all = [...document.querySelectorAll<HTMLElement>('button, input[type="text"], textarea, .choice label')];
          const small = all.filter((e) => e.getBoundingClientRect().height < 44 || e.getBoundingClientRect().width < 44).map((e) => e.textContent || e.id);
          return { count: all.length, small };
        });
        // At least the language switch; and none under 44 × 44 px.
        expect(targets.count).toBeGreaterThan(0);
        expect(targets.small, `${view} (${lang}): targets under 44 px`).toEqual([]);
      }
    };
    await check('join');
    await page.getByLabel(/^(Kod|Code)$/).fill(room.room.code());
    await page.getByRole('button', { name: /^(Gå med|Join)$/ }).click();
    await page
      .locator('h2')
      .filter({ hasText: /^(Waiting for the facilitator|Väntar på processledaren)$/ })
      .waitFor();
    await check('waiting');
    const views: [Activity, string][] = [
      [SURVEY, 'survey'],
      [SWOT, 'swot'],
      [DOTS, 'dots'],
      [POLL, 'poll'],
    ];
    for (const [activity, name] of views) {
      room.room.setActivity(activity);
      await expect
        .poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem('akr-room') ?? '{}') as { activity?: { kind: string } }).activity?.kind))
        .toBe(activity.kind);
      if (activity.kind === 'survey') await page.locator('.choice input').first().check();
      await check(name);
    }
    await page.locator('.colours button').first().tap();
    await page.locator('.done').waitFor();
    await check('poll voted');
  });

  it('is one small page: room.js and index.html under 50 KB gzipped, the CSP-safe page with no inline script', async () => {
    const script = readFileSync('dist/phone/room.js');
    const html = readFileSync('dist/phone/index.html', 'utf8');
    const gzipped = gzipSync(script, { level: 9 }).length + gzipSync(html, { level: 9 }).length;
    console.log(`phone page: room.js ${script.length} B, index.html ${Buffer.byteLength(html)} B, ${(gzipped / 1024).toFixed(1)} KB gzipped together`);
    expect(gzipped).toBeLessThanOrEqual(50 * 1024);
    // The room's CSP takes scripts only from /room.js: no inline script, no event handler attribute.
    expect(html).toMatch(/<script src="\/room\.js" defer><\/script>/);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});
