import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSession, waitSaved } from './app.ts';
import { boardWith, card } from './board-helpers.ts';

const session = e2eSession();
const ROLE = 'Barnskötare';

async function sort(page: Page, title: string, key: '1' | '2' | '3' | '4') {
  await card(page, title, ROLE).focus();
  await page.keyboard.press(key);
  await waitSaved(page);
}

describe('hours for people, figures for the record', () => {
  it('shows cards and totals to the half hour, sums exact hours before rounding once, and keeps the exact value to edit and export', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    await boardWith(
      page,
      session.url,
      [ROLE],
      [
        { title: 'Planera veckan', hours: '2,4' },
        { title: 'Kopiera lappar', hours: '0,1' },
        { title: 'Vattna blommor', hours: '0,4' },
        { title: 'Sortera leksaker', hours: '0,4' },
        { title: 'Torka bord', hours: '0,4' },
      ],
    );
    await sort(page, 'Planera veckan', '1');
    await sort(page, 'Kopiera lappar', '2');
    for (const title of ['Vattna blommor', 'Sortera leksaker', 'Torka bord']) await sort(page, title, '3');

    const hoursOf = (title: string) => card(page, title, ROLE).locator('.card__hours').innerText();
    await expect.poll(() => hoursOf('Planera veckan')).toBe('2,5 h');
    await expect.poll(() => hoursOf('Kopiera lappar')).toBe('< 0,5 h');
    await expect.poll(() => hoursOf('Torka bord')).toBe('0,5 h');
    // Three cards of 0,4 h: each "0,5 h", together 1,2 h, shown as "1 h" (not the 1,5 h of the rounded cards).
    const red = page.getByRole('group', { name: `Röd, ${ROLE}`, exact: true });
    await expect.poll(() => red.locator('.cell__hours').innerText()).toBe('1 h');
    // The role's 3,7 h: to the half hour in the lane head and in the totals bar.
    const lane = page.getByRole('group', { name: ROLE, exact: true });
    await expect.poll(() => lane.locator('.lane-head__total').innerText()).toBe('3,5 h');
    const totals = page.locator(`[data-role-total]`, { hasText: ROLE });
    await expect.poll(() => totals.locator('.totals__sum').innerText()).toBe('3,5 h');
    // Each colour's share in whole percent, adding up to 100.
    const summary = await totals.locator('.totals__text').innerText();
    const shares = [...summary.matchAll(/\((\d+) %\)/g)].map((m) => Number(m[1]));
    expect(shares).toHaveLength(3);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
    expect(summary).toContain('Gul < 0,5 h (3 %)');
    await page.screenshot({ path: 'test-results/rounding-board.png' });

    // The edit field keeps the exact value.
    await card(page, 'Planera veckan', ROLE).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Redigera…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Redigera arbetsuppgift' });
    await expect.poll(() => dialog.getByLabel(`Timmar per vecka för ${ROLE}`).inputValue()).toBe('2,4');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();

    // So does the CSV.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera CSV' }).click()]);
    const lines = readFileSync(await download.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toContain(`Planera veckan;${ROLE};Grön;"2,4";`);
    expect(lines).toContain(`Kopiera lappar;${ROLE};Gul;"0,1";`);
  });
});
