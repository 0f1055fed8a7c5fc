/**
 * Phones in the room from end to end, with nothing doubled: the built app
 * served by serve.mjs with its room host (the room on loopback, as only tests
 * allow), the facilitator's room panel, the real room server and phone page,
 * and Chromium phones (phone screen, touch, a phone's user agent) that reach
 * the room by following the URL read off the QR code on screen. What they
 * send travels through the journal and the window's delivery into the
 * analysis: survey answers into the survey's results, notes through the
 * queue onto the canvas and the projector (a note not let through never gets
 * there), dots within the budget, and a colour poll's spread.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../build/scripts/serve.mjs';
import { waitSaved } from './app.ts';
import { axeViolations, launchBrowser, type RunningBrowser } from './browser.ts';
import { readQr } from './qr.ts';
import { roomFile, titles } from './roomFile.ts';

const IPHONE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6.1 Mobile/15E148 Safari/604.1';

let server: Awaited<ReturnType<typeof startServer>>;
let running: RunningBrowser | null = null;
const phoneProblems: string[] = [];
const phoneContexts: BrowserContext[] = [];

beforeAll(async () => {
  const journalDir = mkdtempSync(join(tmpdir(), 'akr-e2e-room-journal-'));
  server = await startServer({ port: 0, room: { loopback: true, journalDir, phonePageDir: 'dist/phone' } });
});

afterAll(async () => {
  await server.close();
});

afterEach(async () => {
  const problems = [...(running?.problems ?? []), ...phoneProblems];
  for (const context of phoneContexts.splice(0)) await context.close().catch(() => undefined);
  await running?.close();
  running = null;
  phoneProblems.length = 0;
  expect(problems).toEqual([]);
});

/** A phone: its own context with a phone's screen, touch and user agent; any error on it fails the test. */
async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    userAgent: IPHONE_UA,
    locale: 'sv-SE',
  });
  phoneContexts.push(context);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') phoneProblems.push(`phone console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => phoneProblems.push(`phone pageerror: ${error.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) phoneProblems.push(`phone got ${res.status()} for ${res.request().method()} ${new URL(res.url()).pathname}`);
  });
  page.on('request', (req) => {
    if (new URL(req.url()).hostname !== '127.0.0.1') phoneProblems.push(`phone request outside the room: ${req.url()}`);
  });
  return page;
}

const go = (page: Page, id: string, view: string) => page.evaluate(([analysisId, v]) => (location.hash = `#/analyses/${analysisId}/${v}`), [id, view] as const);

/** The room panel, opened from the analysis's "Rummet" button unless it is open already. */
async function showPanel(page: Page): Promise<Locator> {
  const panel = page.getByRole('dialog', { name: /Telefoner i rummet|Rummet är öppet/ });
  if ((await panel.count()) === 0)
    await page
      .getByRole('button', { name: /^Rummet/ })
      .first()
      .click();
  await panel.waitFor();
  return panel;
}

/** Opens what the phones see, from the room panel. */
async function openToPhones(panel: Locator, choice: RegExp) {
  await panel.getByRole('radio', { name: choice }).check();
  await panel.getByRole('button', { name: 'Öppna för telefonerna' }).click();
}

describe('phones in the room, end to end', () => {
  it('scan to answer: survey, notes through the queue, dots and a colour poll reach the analysis and the projector', async () => {
    running = await launchBrowser();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    const id = crypto.randomUUID();
    await page.goto(server.url);
    const file = roomFile(id, [
      { name: 'Förskollärare', colours: ['unsorted', 'unsorted', 'unsorted'] },
      { name: 'Barnskötare', colours: ['unsorted', 'unsorted'] },
    ]);
    await page.getByTestId('analysis-file').setInputFiles({ name: 'solrosen.akr.json', mimeType: 'application/json', buffer: file });
    const dialog = page.getByRole('dialog', { name: 'Importera analysfil' });
    await dialog.getByRole('button', { name: 'Importera' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitSaved(page);
    await go(page, id, 'board');
    await page.locator('[data-card]').first().waitFor();
    const [first, second] = titles(3);

    // The facilitator opens the room; the QR code on screen is what a phone scans.
    await showPanel(page);
    const panel = page.getByRole('dialog', { name: /Telefoner i rummet|Rummet är öppet/ });
    await panel.getByRole('button', { name: 'Öppna rummet' }).click();
    await panel.getByRole('heading', { name: 'Rummet är öppet' }).waitFor();
    const qr = panel.getByTestId('room-qr');
    await expect.poll(() => readQr(qr)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#t=[A-Za-z0-9_-]{43}$/);
    const url = (await readQr(qr)) ?? '';
    const shortUrl = url.replace(/\/#t=.*$/, '');
    await expect.poll(() => panel.getByTestId('room-address').innerText()).toBe(shortUrl);
    // The token is only in the QR code, never in the window's text.
    expect(await page.locator('body').innerText()).not.toContain(url.split('#t=')[1] ?? 'no token');
    expect(await axeViolations(page), 'the open room panel').toEqual([]);

    // The time survey on three phones, each joining by the scanned URL.
    await openToPhones(panel, /^Tidsenkäten/);
    const phones = [await phone(running.browser), await phone(running.browser), await phone(running.browser)];
    for (const p of phones) await p.goto(url);
    await expect.poll(() => panel.getByTestId('room-figures').innerText()).toContain('3 telefoner anslutna');
    for (const [i, p] of phones.entries()) {
      await p.getByRole('heading', { level: 2, name: 'Hur använder du din arbetstid?' }).waitFor();
      await p.getByLabel('Förskollärare', { exact: true }).check();
      await p.getByLabel(first ?? '', { exact: true }).fill(String(2 + i));
      await p.getByLabel(second ?? '', { exact: true }).fill('1,5');
      await p.getByRole('button', { name: 'Skicka svaret' }).tap();
      await p.getByRole('status').filter({ hasText: 'Skickat.' }).waitFor();
    }
    await expect.poll(() => panel.getByTestId('room-figures').innerText()).toContain('3 enkätsvar');

    // Notes: two posted, they wait in the queue; neither is on the canvas or the projector until let through.
    await page.keyboard.press('Escape');
    await go(page, id, 'swot');
    const controls = page.getByTestId('projector-controls');
    const [projector] = await Promise.all([running.context.waitForEvent('page'), controls.getByRole('button', { name: 'Öppna projektorfönster' }).click()]);
    const projectedNote = projector.locator('.presenter__stage').getByText('Vi hjälps åt i arbetslaget').filter({ visible: true });
    await showPanel(page);
    await openToPhones(panel, /^SWOT-lappar/);
    const [writer, other] = phones as [Page, Page, Page];
    await writer.getByRole('heading', { level: 2, name: 'SWOT – skriv lappar' }).waitFor();
    await writer.getByLabel(/^Styrkor/).check();
    await writer.getByLabel('Din lapp').fill('Vi hjälps åt i arbetslaget');
    await writer.getByRole('button', { name: 'Skicka lappen' }).tap();
    await writer.getByRole('status').filter({ hasText: 'Skickat.' }).waitFor();
    await other.getByRole('heading', { level: 2, name: 'SWOT – skriv lappar' }).waitFor();
    await other.getByLabel(/^Hot/).check();
    await other.getByLabel('Din lapp').fill('<b>Namn</b> på en kollega');
    await other.getByRole('button', { name: 'Skicka lappen' }).tap();
    await other.getByRole('status').filter({ hasText: 'Skickat.' }).waitFor();
    await expect.poll(() => panel.getByText('2 lappar väntar', { exact: false }).count()).toBe(1);
    const strengths = page.getByRole('region', { name: 'Styrkor', exact: true });
    expect(await strengths.innerText(), 'a queued note on the canvas').not.toContain('Vi hjälps åt');
    expect(await projector.locator('body').innerText(), 'a queued note on the projector').not.toContain('Vi hjälps åt');

    // One is let through: the canvas and the projector show it. The other is removed: it never reaches either.
    await panel.getByRole('button', { name: 'Släpp igenom ”Vi hjälps åt i arbetslaget”' }).click();
    await panel.getByRole('button', { name: 'Ta bort ”<b>Namn</b> på en kollega”' }).click();
    await expect.poll(() => panel.getByText('Inga lappar väntar.').count()).toBe(1);
    await expect.poll(() => strengths.getByText('Vi hjälps åt i arbetslaget').count()).toBe(1);
    await expect.poll(() => projectedNote.count()).toBeGreaterThan(0);
    expect(await projector.locator('body').innerText()).not.toContain('kollega');
    expect(await page.getByRole('region', { name: 'Hot', exact: true }).innerText()).not.toContain('kollega');

    // Dots: the budget from the canvas's setting; each phone's dots within it add to the note.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Prickröstning' }).click();
    await page.getByLabel('Prickar per person').fill('2');
    await waitSaved(page);
    await showPanel(page);
    await openToPhones(panel, /^Prickröstning/);
    for (const p of phones.slice(0, 2)) {
      const add = p.getByRole('button', { name: 'Lägg en prick på: Vi hjälps åt i arbetslaget' });
      await add.tap();
      await add.tap();
      await p.getByRole('button', { name: 'Skicka prickarna' }).tap();
      await p.getByRole('status').filter({ hasText: 'Skickat.' }).waitFor();
    }
    await expect.poll(() => strengths.locator('.note__votes').allInnerTexts()).toEqual(['4 prickar (varav 4 från mobiler)']);

    // A colour poll from the board: the phones vote, the spread shows the counts, never who.
    await page.keyboard.press('Escape');
    await go(page, id, 'board');
    const card = page
      .locator('[data-card]')
      .filter({ hasText: first ?? '' })
      .first();
    await card.focus();
    await page.keyboard.press('r');
    const boardPoll = page.getByTestId('board-poll');
    await expect.poll(() => boardPoll.innerText()).toContain(`Rummet röstar: ${first}`);
    const colours = ['Röd – någon annan bör göra', 'Röd – någon annan bör göra', 'Grön – mitt uppdrag'];
    for (const [i, p] of phones.entries()) {
      await p.getByRole('button', { name: colours[i] }).tap();
      await p.getByRole('status').filter({ hasText: 'Skickat.' }).waitFor();
    }
    await expect.poll(() => boardPoll.getByTestId('poll-count-red').innerText()).toBe('2');
    await expect.poll(() => boardPoll.getByTestId('poll-count-green').innerText()).toBe('1');
    await boardPoll.getByRole('button', { name: 'Visa omröstningens svar' }).click();
    const spread = projector.getByTestId('room-poll');
    await expect.poll(() => spread.getByTestId('poll-count-red').innerText()).toBe('2');
    expect(await axeViolations(projector), 'the poll on the projector').toEqual([]);

    // The survey's answers are in the analysis: three of the six preschool teachers answered.
    await go(page, id, 'survey');
    await expect.poll(() => page.locator('main').innerText()).toContain('3 av 6 har svarat');
  });
});
