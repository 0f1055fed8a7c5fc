import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalysis, serveApp, waitSaved } from './app.ts';
import { boardWith, card, cellTitles } from './board-helpers.ts';
import { launchBrowser, newProfileDir } from './browser.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server.close();
});

const EDITS = 8;

describe('nothing is lost', () => {
  it(`keeps all ${EDITS} edits when the browser is killed right after the last "Sparat"`, async () => {
    const profile = newProfileDir();
    let running = await launchBrowser(profile);
    let page = await running.newPage();
    await page.goto(server.url);
    await createAnalysis(page, 'Äldreboendet Lärkan');
    const notes = page.locator('section.step-card').first().getByLabel('Anteckningar');
    for (let i = 1; i <= EDITS; i += 1) {
      await notes.pressSequentially(` rad ${i};`);
      await notes.blur();
      await waitSaved(page);
    }
    // The last edit is a step status: an immediate write, not a typed field.
    await page.locator('section.step-card').nth(1).locator('label.segmented__option', { hasText: 'Klart' }).click();
    await waitSaved(page);
    const savedSeenAt = Date.now();
    const killedAt = await running.kill();
    // The power cut comes within 50 ms of the app saying "Sparat".
    expect(killedAt - savedSeenAt).toBeLessThan(50);
    expect(running.problems).toEqual([]);

    running = await launchBrowser(profile);
    page = await running.newPage();
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Äldreboendet Lärkan' }).click();
    const expected = Array.from({ length: EDITS }, (_, i) => ` rad ${i + 1};`).join('');
    await expect.poll(() => page.locator('section.step-card').first().getByLabel('Anteckningar').inputValue()).toBe(expected);
    await expect.poll(() => page.locator('section.step-card').nth(1).getByRole('radio', { name: 'Klart' }).isChecked()).toBe(true);
    expect(running.problems).toEqual([]);
    await running.close();
  });

  it('keeps board moves, which a worker writes, when the browser is killed right after "Sparat"', async () => {
    const profile = newProfileDir();
    let running = await launchBrowser(profile);
    let page = await running.newPage();
    await page.setViewportSize({ width: 1440, height: 1000 });
    const tasks = ['Diska', 'Beställa material', 'Tvätta', 'Planera undervisning'];
    await boardWith(
      page,
      server.url,
      ['Förskollärare'],
      tasks.map((title) => ({ title, hours: '1' })),
    );
    // Direct keys on a focused card: 3 red, 1 green, 4 black, 2 yellow.
    const keys = ['3', '1', '4', '2'];
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    for (const [i, title] of tasks.entries()) {
      await card(page, title).focus();
      await page.keyboard.press(keys[i] ?? '0');
      await waitSaved(page);
    }
    const workers = page.workers().map((w) => w.url());
    const savedSeenAt = Date.now();
    const killedAt = await running.kill();
    expect(killedAt - savedSeenAt).toBeLessThan(50);
    expect(running.problems).toEqual([]);
    expect(workers).toEqual([expect.stringContaining('changeWriter.worker')]);
    expect(warnings.filter((w) => w.includes('change writer'))).toEqual([]);

    running = await launchBrowser(profile);
    page = await running.newPage();
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Förskolan Solrosen' }).click();
    await page.getByRole('link', { name: 'AKR-tavla' }).click();
    await card(page, 'Diska').waitFor();
    await expect.poll(() => cellTitles(page, 'Förskollärare', 'Röd')).toEqual(['Diska']);
    await expect.poll(() => cellTitles(page, 'Förskollärare', 'Grön')).toEqual(['Beställa material']);
    await expect.poll(() => cellTitles(page, 'Förskollärare', 'Svart')).toEqual(['Tvätta']);
    await expect.poll(() => cellTitles(page, 'Förskollärare', 'Gul')).toEqual(['Planera undervisning']);
    expect(running.problems).toEqual([]);
    await running.close();
  });
});
