import { describe, expect, it } from 'vitest';
import { e2eSession, waitSaved } from './app.ts';
import { announcement, boardWith, card, cellTitles, smallestText } from './board-helpers.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();

const FOUR_ROLES = ['Förskollärare', 'Barnskötare', 'Kock', 'Lokalvårdare'];
const THIRTY = [
  'Diska efter lunch',
  'Planera temaarbete',
  'Beställa material',
  'Samtal med vårdnadshavare',
  'Dokumentera lärande',
  'Tvätta dukar',
  'Städa lekrum',
  'Laga mellanmål',
  'Ta emot leveranser',
  'Skriva veckobrev',
  'Sköta blöjbyten',
  'Vila med barnen',
  'Utevistelse',
  'Samling',
  'Handla frukt',
  'Inventera förråd',
  'Reparera leksaker',
  'Fotografera aktiviteter',
  'Uppdatera vikarielista',
  'Sortera kläder',
  'Hämta post',
  'Torka bord',
  'Introducera vikarier',
  'Schemaläggning',
  'Föräldramöte',
  'Brandövning',
  'Allergilistor',
  'Kopiera papper',
  'Vattna blommor',
  'Byta glödlampor',
].map((title, i) => ({ title, hours: String((i % 5) + 1) }));

describe('the board in the room', () => {
  it('presents a 4-role, 30-task board full-window at 1920×1080 and 1280×720: large text, no sideways scrolling, cards still sortable', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await boardWith(page, session.url, FOUR_ROLES, THIRTY);
    await page.keyboard.press('F5');
    await page.locator('html[data-presenting]').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('header.topbar').isVisible()).toBe(false);
    await expect.poll(() => page.locator('nav.rail').count()).toBe(0);
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(100);
      const smallest = await smallestText(page);
      expect(smallest.size, `"${smallest.text}" at ${width}×${height}`).toBeGreaterThanOrEqual(smallest.min);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${width}×${height}`).toBeLessThanOrEqual(0);
      // The heading (and the ring it shows when a view opens with it focused) stops short of the countdown and exit button.
      const [heading, tools] = await Promise.all([page.locator('h1').boundingBox(), page.getByRole('button', { name: 'Avsluta presentation' }).boundingBox()]);
      expect(heading && tools && heading.x + heading.width, `heading against the exit button at ${width}×${height}`).toBeLessThanOrEqual(tools?.x ?? 0);
      await page.screenshot({ path: `test-results/presentation-${width}x${height}.png` });
    }
    // Colour-blind viewers: the same view under simulated deuteranopia and protanopia, for a person to look at.
    const cdp = await page.context().newCDPSession(page);
    for (const type of ['deuteranopia', 'protanopia'] as const) {
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type });
      await page.screenshot({ path: `test-results/presentation-1280x720-${type}.png` });
    }
    await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'none' });
    // Still sortable in presentation mode: to Kock (↓ twice), Tab to the card, 3 for red.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('.room-board__role').innerText()).toBe('Kock');
    const roomCard = (colour: string) => page.locator(`.room-column[data-colour="${colour}"] [data-room-card]`, { hasText: 'Diska efter lunch' });
    await roomCard('unsorted').focus();
    await page.keyboard.press('3');
    await expect.poll(() => roomCard('red').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('header.topbar').waitFor();
    await expect.poll(() => page.locator('html[data-presenting]').count()).toBe(0);
  });

  it('runs a countdown that survives a reload, and keeps the notes on the three questions', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1400, height: 1200 });
    await boardWith(page, session.url, ['Undersköterska'], [{ title: 'Dela ut mat', hours: '5' }]);
    const timer = page.getByRole('group', { name: 'Nedräkning' });
    await timer.getByLabel('Minuter').fill('2');
    await timer.getByLabel('Minuter').press('Enter');
    await expect.poll(() => page.getByTestId('timer-time').innerText()).toBe('02:00');
    await timer.getByRole('button', { name: 'Starta' }).click();
    await page.waitForTimeout(1500);
    const running1 = await page.getByTestId('timer-time').innerText();
    expect(running1 < '02:00' && running1 >= '01:55').toBe(true);
    await page.getByLabel('Gör vi rätt saker?').fill('Vi lägger mycket tid på disk.');
    await page.getByLabel('Gör rätt kompetens rätt saker?').fill('Nej, inte alltid.');
    await page.getByLabel('Gör vi saker rätt?').focus();
    await waitSaved(page);
    await page.reload();
    await page.getByTestId('timer-time').waitFor();
    const afterReload = await page.getByTestId('timer-time').innerText();
    // Still counting down from where it was (a fast reload can land within the same second).
    expect(afterReload <= running1 && afterReload >= '01:50').toBe(true);
    await page.getByRole('button', { name: 'Pausa' }).click();
    // Read the time once the pause has been drawn (the button turns back into "Starta"), not in between.
    await timer.getByRole('button', { name: 'Starta' }).waitFor();
    const paused = await page.getByTestId('timer-time').innerText();
    await page.waitForTimeout(1200);
    await expect.poll(() => page.getByTestId('timer-time').innerText()).toBe(paused);
    await page.getByRole('button', { name: 'Återställ' }).click();
    await expect.poll(() => page.getByTestId('timer-time').innerText()).toBe('02:00');
    await expect.poll(() => page.getByLabel('Gör vi rätt saker?').inputValue()).toBe('Vi lägger mycket tid på disk.');
    await expect.poll(() => page.getByLabel('Gör rätt kompetens rätt saker?').inputValue()).toBe('Nej, inte alltid.');
  });

  it('says calmly when the time is up', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await boardWith(page, session.url, ['Kock'], []);
    await page.clock.install();
    const timer = page.getByRole('group', { name: 'Nedräkning' });
    await timer.getByLabel('Minuter').fill('1');
    await timer.getByLabel('Minuter').press('Enter');
    await timer.getByRole('button', { name: 'Starta' }).click();
    await page.clock.runFor(61_000);
    await page.getByText('Tiden är slut').waitFor();
    await expect.poll(() => page.getByTestId('timer-time').innerText()).toBe('00:00');
  });

  it('filters by role, searches by text, and shows all roles in one lane where a move changes only that card', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1400, height: 1400 });
    await boardWith(
      page,
      session.url,
      ['Förskollärare', 'Barnskötare'],
      [
        { title: 'Diska', hours: '2' },
        { title: 'Planera', hours: '3' },
      ],
    );
    await page.getByLabel('Visa yrkesroll').selectOption({ label: 'Barnskötare' });
    await expect.poll(() => page.getByRole('group', { name: 'Förskollärare', exact: true }).count()).toBe(0);
    await page.getByLabel('Visa yrkesroll').selectOption({ label: 'Visa alla yrkesroller' });
    await page.getByPlaceholder('Sök uppgift').fill('disk');
    await expect.poll(() => page.locator('.card-item--dimmed').count()).toBe(2);
    await page.getByPlaceholder('Sök uppgift').fill('');

    await page.getByLabel('Alla roller på en rad').check();
    const lane = page.getByRole('group', { name: 'Alla yrkesroller', exact: true });
    await expect.poll(() => lane.locator('[data-card]').count()).toBe(4);
    await expect.poll(() => lane.locator('.card__role').allInnerTexts()).toEqual(['Förskollärare', 'Barnskötare', 'Förskollärare', 'Barnskötare']);
    await lane.locator('[data-card]', { hasText: 'Barnskötare' }).first().focus();
    await page.keyboard.press('2');
    await expect.poll(() => cellTitles(page, 'Alla yrkesroller', 'Gul')).toEqual(['Diska']);
    await expect.poll(() => announcement(page)).toBe('Kortet ”Diska” flyttat till Gul, Barnskötare, plats 1 av 1.');
    await page.getByLabel('Alla roller på en rad').uncheck();
    await expect.poll(() => cellTitles(page, 'Barnskötare', 'Gul')).toEqual(['Diska']);
    await expect.poll(() => cellTitles(page, 'Förskollärare', 'Gul')).toEqual([]);
    await expect.poll(() => cellTitles(page, 'Förskollärare', 'Osorterat')).toEqual(['Diska', 'Planera']);
  });

  it('is accessible: axe finds nothing serious with the menu and the dialogs open, in both languages', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1400, height: 1200 });
    await boardWith(page, session.url, ['Förskollärare', 'Barnskötare'], [{ title: 'Diska', hours: '2' }]);
    await card(page, 'Diska', 'Barnskötare').focus();
    await page.keyboard.press('3');
    await waitSaved(page);
    expect(await axeViolations(page)).toEqual([]);
    await card(page, 'Diska', 'Barnskötare').focus();
    await page.keyboard.press(' ');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await card(page, 'Diska', 'Barnskötare').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('menuitem', { name: 'Redigera…' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.locator('label.segmented__option', { hasText: 'English' }).click();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /AKR board/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
