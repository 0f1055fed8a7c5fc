import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createAnalysis, e2eSession, typeDate, waitSaved } from './app.ts';
import { axeViolations } from './browser.ts';
import { drawnAs } from './board-helpers.ts';

const session = e2eSession();
const FIXTURE = fileURLToPath(new URL('../fixtures/swot-forskola.csv', import.meta.url));

const quadrantTexts = async (page: Page, name: string) =>
  // As typed: without the soft hyphens the notes are drawn with.
  (await page.getByRole('region', { name, exact: true }).locator('[data-note] .note__text').allInnerTexts()).map((t) => t.replaceAll('\u00AD', ''));
const note = (page: Page, text: string) => page.locator('[data-note]', { has: page.locator('.note__text', { hasText: drawnAs(text) }) });
const announcement = async (page: Page) => (await page.getByTestId('swot-announcer').textContent()) ?? '';

async function openSwot(page: Page) {
  await page.setViewportSize({ width: 1400, height: 1400 });
  await page.goto(session.url);
  await createAnalysis(page, 'Förskolan Solrosen');
  await page.getByRole('link', { name: 'SWOT', exact: true }).click();
  await page.getByRole('region', { name: 'Styrkor', exact: true }).waitFor();
}

describe('the SWOT canvas', () => {
  it('imports the survey, adds notes by keyboard, moves them by keyboard and mouse, groups, votes, sorts, and keeps it all after a reload', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await openSwot(page);

    // Import the SWOT survey.
    await page.getByTestId('swot-file').setInputFiles(FIXTURE);
    const dialog = page.getByRole('dialog', { name: 'Importera SWOT-enkäten' });
    await expect.poll(() => dialog.innerText()).toContain('11 lappar från 11 svar.');
    await dialog.getByRole('button', { name: 'Lägg till 11 lappar' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitSaved(page);
    await expect.poll(() => quadrantTexts(page, 'Styrkor')).toHaveLength(3);
    await expect.poll(() => quadrantTexts(page, 'Hot')).toHaveLength(3);

    // Add notes by keyboard only: type, Enter, and the field is ready for the next.
    await page.getByLabel('Ny lapp i Svagheter').focus();
    await page.keyboard.type('Mycket dubbeldokumentation');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Avbrott under samling');
    await page.keyboard.press('Enter');
    await waitSaved(page);
    await expect.poll(async () => (await quadrantTexts(page, 'Svagheter')).slice(-2)).toEqual(['Mycket dubbeldokumentation', 'Avbrott under samling']);

    // Move by keyboard: Space, arrows, Space.
    await note(page, 'Avbrott under samling').focus();
    await page.keyboard.press(' ');
    await expect.poll(() => announcement(page)).toContain('Avbrott under samling lyft, i Svagheter');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => announcement(page)).toMatch(/^Styrkor, plats 4 av 4\.$/);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press(' ');
    await expect.poll(() => quadrantTexts(page, 'Styrkor')).toContain('Avbrott under samling');
    await expect.poll(async () => (await quadrantTexts(page, 'Styrkor'))[2]).toBe('Avbrott under samling');
    await expect.poll(() => announcement(page)).toBe('Lappen ”Avbrott under samling” flyttad till Styrkor, plats 3 av 4.');
    // Key 2 sends the focused note to Svagheter (the moved note keeps the focus, once drawn); Esc cancels a carried move.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Avbrott under samling');
    await page.keyboard.press('2');
    await expect.poll(() => quadrantTexts(page, 'Svagheter')).toContain('Avbrott under samling');
    await note(page, 'Mycket dubbeldokumentation').focus();
    await page.keyboard.press(' ');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect.poll(() => announcement(page)).toBe('Flytten avbröts. Mycket dubbeldokumentation ligger kvar.');

    // Move by mouse into Möjligheter.
    const from = await note(page, 'Mycket dubbeldokumentation').boundingBox();
    const to = await page.getByRole('region', { name: 'Möjligheter', exact: true }).boundingBox();
    if (!from || !to) throw new Error('not visible');
    await page.mouse.move(from.x + 20, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 30, from.y + from.height / 2 + 5, { steps: 5 });
    await page.locator('[data-drag-overlay]').waitFor();
    await page.mouse.move(to.x + 40, to.y + to.height - 70, { steps: 12 });
    await page.mouse.up();
    await expect.poll(() => quadrantTexts(page, 'Möjligheter')).toContain('Mycket dubbeldokumentation');

    // Group two notes into a named stack, then split it.
    await note(page, 'Ingen har tid att introducera en ny kollega').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Gruppera med…' }).click();
    const group = page.getByRole('dialog', { name: 'Gruppera lappar' });
    await group.getByLabel('Gruppens namn').fill('Tid och ansvar');
    await group.getByLabel('Oklart vem som äger beställningar i dag').check();
    await group.getByRole('button', { name: 'Gruppera' }).click();
    await page.getByRole('heading', { name: 'Grupp: Tid och ansvar' }).waitFor();
    await page.getByRole('button', { name: 'Dela upp gruppen: Tid och ansvar' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Grupp: Tid och ansvar' }).count()).toBe(0);
    await page.keyboard.press('Control+z');
    await page.getByRole('heading', { name: 'Grupp: Tid och ansvar' }).waitFor();

    // Dot voting: 2 participants × 3 dots; votes shown large; over budget warns; sort by votes.
    await page.getByRole('button', { name: 'Prickröstning' }).click();
    await page.getByLabel('Prickar per person').fill('3');
    await page.getByLabel('Deltagare').fill('2');
    await waitSaved(page);
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'En prick till för Färre avbrott under samlingar' }).click();
    for (let i = 0; i < 2; i++)
      await page.getByRole('button', { name: 'En prick till för En serviceassistent kan få ett meningsfullt arbete hos oss' }).click();
    // A count can be typed too.
    await page.getByLabel('Prickar för Personalen känner barnen och rutinerna väl').fill('1');
    await page.getByLabel('Prickar för Personalen känner barnen och rutinerna väl').press('Enter');
    await expect.poll(() => page.getByTestId('voting-tally').innerText()).toBe('Fler prickar än deltagarna har: 7 av 6.');
    await page.getByRole('region', { name: 'Möjligheter', exact: true }).getByRole('button', { name: 'Sortera efter prickar' }).click();
    await expect
      .poll(async () => (await quadrantTexts(page, 'Möjligheter')).slice(0, 2))
      .toEqual(['Färre avbrott under samlingar', 'En serviceassistent kan få ett meningsfullt arbete hos oss']);
    await page.screenshot({ path: 'test-results/swot.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // Discussion and actions.
    await page.getByLabel('Ny rad i Effekter').fill('Mer tid för undervisning');
    await page.getByLabel('Ny rad i Effekter').press('Enter');
    await waitSaved(page);
    await page.getByRole('link', { name: 'Åtgärder', exact: true }).click();
    await page.getByLabel('Åtgärd', { exact: true }).fill('Ta fram tjänstebeskrivning för serviceassistent');
    await page.getByLabel('Ansvarig', { exact: true }).fill('Eva');
    await typeDate(page.getByRole('group', { name: 'Klart senast', exact: true }), '2020-01-31');
    await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    await waitSaved(page);
    await page.locator('.actions-table__overdue').waitFor();
    await expect.poll(() => page.locator('.overdue').first().innerText()).toBe('Försenad');
    expect(await axeViolations(page)).toEqual([]);

    // Everything is there after a reload; the overview lists the open action as overdue.
    await page.reload();
    await page.getByRole('link', { name: 'SWOT', exact: true }).click();
    await page.getByRole('heading', { name: 'Grupp: Tid och ansvar' }).waitFor();
    await expect.poll(async () => (await quadrantTexts(page, 'Möjligheter'))[0]).toBe('Färre avbrott under samlingar');
    await expect.poll(() => page.getByText('Mer tid för undervisning').count()).toBe(1);
    await page.getByRole('link', { name: 'Till alla analyser' }).click();
    const overview = page.getByRole('region', { name: 'Öppna åtgärder i alla analyser' });
    await overview.getByText('Ta fram tjänstebeskrivning för serviceassistent').waitFor();
    await expect.poll(() => overview.innerText()).toContain('Försenad');
  });

  it('refuses files it cannot use, shows HTML as text, and lets unknown categories be placed or skipped', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await openSwot(page);
    const dialog = page.getByRole('dialog', { name: 'Importera SWOT-enkäten' });

    await page.getByTestId('swot-file').setInputFiles({ name: 'tom.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
    await expect.poll(() => dialog.getByRole('alert').innerText()).toBe('Filen har inga rader med svar.');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();

    // A 21 MB file made in the page: the browser is driven over the DevTools protocol, which
    // would carry a file from disk as 28 MB of base64 and can take longer than the timeout on a loaded machine.
    await page.getByTestId('swot-file').evaluate((input: HTMLInputElement) => {
      const picked = new DataTransfer();
      picked.items.add(new File([new Uint8Array(21 * 1024 * 1024).fill(0x61)], 'stor.csv', { type: 'text/csv' }));
      input.files = picked.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => dialog.getByRole('alert').innerText()).toBe('Filen är 21 MB. Den får vara högst 20 MB.');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => page.locator('[data-note]').count()).toBe(0);

    const csv = 'Kategori;Svar\nÖvrigt;<img src=x onerror=alert(1)>\nBlandat;Något annat\n';
    await page.getByTestId('swot-file').setInputFiles({ name: 'okand.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => dialog.innerText()).toContain('Ingen kategori känns igen');
    await expect.poll(() => dialog.getByRole('button', { name: 'Lägg till 0 lappar' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Kategori för rad 2').selectOption('threats');
    await dialog.getByRole('button', { name: 'Lägg till 1 lapp' }).click();
    await waitSaved(page);
    await expect.poll(() => quadrantTexts(page, 'Hot')).toEqual(['<img src=x onerror=alert(1)>']);
    await expect.poll(() => page.locator('.swot img').count()).toBe(0);
  });
});
