import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { e2eSession } from './app.ts';
import { boardWith } from './board-helpers.ts';

const session = e2eSession();
const ROLES = ['Förskollärare', 'Barnskötare', 'Undersköterska'];
const TASKS = [
  { title: 'Diska', hours: '2,5' },
  { title: 'Planera tema', hours: '4' },
  { title: 'Beställa material', hours: '1,5' },
  { title: 'Dokumentera lärandet', hours: '3' },
];

async function laptopBoard(width = 1366, height = 768): Promise<Page> {
  // Set up where the rail shows (the helpers follow its links); narrower windows are resized to afterwards.
  const running = await session.launch();
  const page = await running.newPage();
  await page.setViewportSize({ width, height });
  await boardWith(page, session.url, ROLES, TASKS);
  return page;
}

let axeSource: string | null = null;
/** Every axe violation (any impact) inside the element the selector finds. */
async function axeIn(page: Page, selector: string): Promise<string[]> {
  axeSource ??= readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
      .axe;
    const result = await axe.run({ include: [include] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

/** Switches the language in Settings and comes back to the analysis's board. */
async function switchTo(page: Page, language: 'English' | 'Svenska') {
  const back = page.url();
  await page.getByRole('link', { name: /^(Inställningar|Settings)$/ }).click();
  await page.locator('label.segmented__option', { hasText: language }).click();
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language === 'English' ? 'en' : 'sv');
  await page.goto(back);
  await page.getByRole('heading', { level: 1, name: /Förskolan Solrosen/ }).waitFor();
}

async function insideWindow(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

describe('the board on a laptop', () => {
  it('shows the first row of cards at 1366×768 and 1440×900, under the storage reminder and the projector controls', async () => {
    const page = await laptopBoard();
    // The realistic worst case: the reminder and the projector bar are both there.
    await page.getByRole('region', { name: 'Lagring' }).waitFor();
    await page.getByTestId('projector-controls').waitFor();
    for (const [width, height] of [
      [1366, 768],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      await expect.poll(() => insideWindow(page, page.locator('[data-card]').first()), { message: `first card at ${width}×${height}` }).toBe(true);
      await expect.poll(() => insideWindow(page, page.getByRole('list', { name: 'Färgernas betydelse' }))).toBe(true);
    }
    // N still jumps to the new-task field from the board.
    await page.locator('[data-card]').first().focus();
    await page.keyboard.press('n');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toBe('Ny arbetsuppgift');
    expect(await axeIn(page, '.board-toolbar'), 'toolbar, sv').toEqual([]);
    expect(await axeIn(page, '.board-summary'), 'totals fold, sv').toEqual([]);
    await switchTo(page, 'English');
    await page.locator('[data-card]').first().waitFor();
    expect(await axeIn(page, '.board-toolbar'), 'toolbar, en').toEqual([]);
    expect(await axeIn(page, '.board-summary'), 'totals fold, en').toEqual([]);
  });

  it('folds the totals away on a laptop and remembers the choice across a reload', async () => {
    const page = await laptopBoard();
    const toggle = page.getByRole('button', { name: 'Timmar per färg och yrkesroll' });
    const bars = page.locator('[data-role-total]');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => bars.count()).toBe(0);
    await toggle.click();
    await expect.poll(() => bars.count()).toBe(3);
    await page.reload();
    await page.locator('[data-card]').first().waitFor();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => bars.count()).toBe(3);
    await toggle.click();
    await page.reload();
    await page.locator('[data-card]').first().waitFor();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => bars.count()).toBe(0);
  });

  it('puts the storage reminder away for good once a file of all analyses is saved', async () => {
    const page = await laptopBoard();
    const banner = page.locator('.banner', { hasText: 'Webbläsaren kan rensa sparade analyser' });
    await banner.waitFor();
    // No copy yet: the reminder closes for this session only.
    await expect.poll(() => banner.getByRole('button', { name: 'Visa inte igen' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Analyser', exact: true }).click();
    await page.getByRole('button', { name: 'Exportera alla analyser' }).click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: 'Spara fil' }).click()]);
    await banner.getByText('Du har en kopia i en fil eller en synkmapp.').waitFor();
    await banner.getByRole('button', { name: 'Visa inte igen' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Inställningar' }).click();
    // Settings still says the browser has not promised to keep the data; only the banner is gone.
    await expect.poll(() => page.getByTestId('storage-status').getAttribute('data-status')).toBe('bestEffort');
    await expect.poll(() => banner.count()).toBe(0);
  });

  it('opens the agenda in a drawer by keyboard, follows the view’s workshop, and closes with Esc back to its button', async () => {
    const page = await laptopBoard();
    const button = page.getByRole('button', { name: 'Agenda', exact: true });
    const drawer = page.getByRole('dialog', { name: 'Agenda' });
    await button.focus();
    await page.keyboard.press('Enter');
    await drawer.waitFor();
    await expect.poll(() => drawer.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await drawer.getByRole('button', { name: 'Använd agendamallen' }).click();
    // On the board: workshop 1. Start the sorting and read its notes.
    await expect.poll(() => drawer.getByRole('radio', { name: 'Workshop 1' }).isChecked()).toBe(true);
    await drawer.getByRole('button', { name: 'Starta Sortering per yrkesroll (30 min)' }).click();
    await expect.poll(() => drawer.getByTestId('agenda-notes').innerText()).toContain('En yrkesroll i taget.');
    expect(await axeIn(page, '#agenda-drawer'), 'drawer, sv').toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.count()).toBe(0);
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');

    // The room sees the item's name over the board (the preview shows what the projector gets) …
    await page.getByRole('button', { name: 'Förhandsvisning' }).click();
    await expect.poll(() => page.getByTestId('presenter-label').innerText()).toBe('Sortering per yrkesroll');
    // … but not over the SWOT, where the agenda shows workshop 2.
    await page.getByRole('link', { name: 'SWOT', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /SWOT/ }).waitFor();
    await expect.poll(() => page.getByTestId('presenter-label').count()).toBe(0);
    await page.getByRole('button', { name: 'Agenda', exact: true }).press('Enter');
    await expect.poll(() => drawer.getByRole('radio', { name: 'Workshop 2' }).isChecked()).toBe(true);
    await drawer.getByText('SWOT-enkätens resultat').waitFor();
    await drawer.getByRole('button', { name: 'Stäng agendan' }).click();
    await expect.poll(() => drawer.count()).toBe(0);

    await switchTo(page, 'English');
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    await page.getByRole('dialog', { name: 'Agenda' }).waitFor();
    expect(await axeIn(page, '#agenda-drawer'), 'drawer, en').toEqual([]);
  });

  it('folds the navigation into a menu at half a laptop screen, and keeps role names whole', async () => {
    const page = await laptopBoard();
    await page.setViewportSize({ width: 683, height: 768 });
    await page.getByRole('button', { name: 'Meny' }).waitFor();
    await expect.poll(() => page.getByRole('navigation', { name: 'Analysens delar' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(0);
    // Every lane's role name fits its box: nothing cut off or broken inside a word.
    const names = page.locator('.lane-head__name');
    await expect.poll(() => names.count()).toBe(3);
    for (const name of await names.all()) {
      const fits = await name.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getClientRects().length === 1 && el.clientHeight < 40);
      expect(fits, await name.innerText()).toBe(true);
    }
    const menuButton = page.getByRole('button', { name: 'Meny' });
    await menuButton.click();
    const menu = page.getByRole('menu', { name: 'Meny' });
    await menu.waitFor();
    expect(await axeIn(page, '[role="menu"]'), 'menu, sv').toEqual([]);
    await menu.getByRole('menuitemradio', { name: 'SWOT' }).click();
    await page.getByRole('heading', { level: 1, name: /SWOT/ }).waitFor();
    // By keyboard: open, go to the second item (Inställningar), Enter.
    await menuButton.focus();
    await page.keyboard.press('Enter');
    await menu.waitFor();
    await expect.poll(() => menu.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Inställningar');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    await page.locator('label.segmented__option', { hasText: 'English' }).click();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('menu', { name: 'Menu' }).waitFor();
    expect(await axeIn(page, '[role="menu"]'), 'menu, en').toEqual([]);
    await page.getByRole('menuitemradio', { name: 'Analyses' }).click();
    await page.getByRole('heading', { level: 1, name: 'Analyses' }).waitFor();
  });
});
