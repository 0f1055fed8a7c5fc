import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSession } from './app.ts';
import { smallestText } from './board-helpers.ts';
import { axeViolations } from './browser.ts';
import { openRoomBoard, roomViewsFile } from './roomFile.ts';

const session = e2eSession();
const SIZES = [
  [1920, 1080],
  [1280, 720],
] as const;
const SHOTS = process.env.ROOM_SHOTS ?? 'test-results';

/** The projected views, and what the fixture puts on each: per role where shown by role. */
const VIEWS = {
  board: { testId: 'room-board', roles: { Förskollärare: 30, Barnskötare: 30, Kock: 90 } },
  survey: { testId: 'room-survey', roles: { Förskollärare: 30, 'Övriga (Barnskötare)': 12, Kock: 90 } },
  swot: { testId: 'room-swot', roles: { SWOT: 60 } },
  newRoles: { testId: 'room-new-roles', roles: { 'Nya tjänster': 48 } },
} as const;
type View = keyof typeof VIEWS;

/** Where the room's view is in each window: the projector's stage, or presentation mode's. */
const ROOM = '.presenter__stage .room-view, .presented-board .room-view';

/** What the projected view shows now: its heading, its "1/3", and the ids of the items on the page. */
async function projected(page: Page) {
  return page.evaluate((selector) => {
    const view = document.querySelector<HTMLElement>(selector);
    const measured = '.room-measure, .room-board__measure';
    return {
      title: view?.querySelector('.room-head__title, .room-board__role')?.textContent ?? '',
      page: view?.querySelector('[data-testid="room-page"]')?.textContent ?? '',
      items: [...(view?.querySelectorAll<HTMLElement>('[data-room-item], [data-room-card]') ?? [])]
        .filter((item) => !item.closest(measured))
        .map((item) => item.dataset.roomItem ?? item.dataset.roomCard ?? ''),
    };
  }, ROOM);
}

/** The page fits the window: no scrolling, nothing of the view beyond its edges or cut by its list, text at least 2.5 % of the height. */
async function fits(page: Page, label: string) {
  const box = await page.evaluate((selector) => {
    const root = document.documentElement;
    const view = document.querySelector(selector);
    const shown = [...(view?.querySelectorAll<HTMLElement>('*') ?? [])].filter((e) => !e.closest('.room-measure, .room-board__measure'));
    const out = shown.flatMap((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && (r.bottom > window.innerHeight + 0.5 || r.right > window.innerWidth + 0.5) ? [`${e.className}: ${r.bottom}×${r.right}`] : [];
    });
    // A list hides what overflows it: every item shown must end inside its list.
    const cut = shown
      .filter((e) => e.matches('[data-room-item], [data-room-card]'))
      .flatMap((e) => {
        const list = e.parentElement?.getBoundingClientRect();
        const r = e.getBoundingClientRect();
        return list && r.bottom > list.bottom + 0.5 ? [`${e.textContent.slice(0, 30)}: ${r.bottom} > ${list.bottom}`] : [];
      });
    return { scroll: root.scrollHeight - window.innerHeight, out, cut, any: shown.length };
  }, ROOM);
  expect(box.any, `${label}: nothing projected`).toBeGreaterThan(0);
  expect(box.scroll, `${label}: scroll height beyond the window`).toBeLessThanOrEqual(0);
  expect(box.out, `${label}: beyond the window`).toEqual([]);
  expect(box.cut, `${label}: cut off by its list`).toEqual([]);
  const smallest = await smallestText(page);
  expect(smallest.size, `${label}: "${smallest.text}"`).toBeGreaterThanOrEqual(smallest.min - 0.01);
}

/**
 * Nothing only the facilitator should see is in the projected view: no fields, buttons or menus, no costs ("kr", the
 * fixture's monthly costs), no dot budget ("Fler prickar än deltagarna har: 48 av 45.", "… prickar använda").
 */
async function onlyTheRoomsThings(page: Page, label: string) {
  const found = await page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return ['(no projection)'];
    const controls = [...root.querySelectorAll('input, select, textarea, button, [role="button"], [role="menu"], [contenteditable]')].map((e) =>
      e.outerHTML.slice(0, 80),
    );
    const text = root.textContent;
    const words = [/\bkr\b/, /kostnad/i, /31\s?500|34\s?000/, /Fler prickar/, /prickar använda/, /⋮/].filter((w) => w.test(text)).map(String);
    return [...controls, ...words];
  }, ROOM);
  expect(found, label).toEqual([]);
}

/**
 * Every page of what is shown, each checked to fit: turns with `next` to the
 * last page, then back to the first with `previous`. The items seen, page by page.
 */
async function everyPage(page: Page, label: string, next: () => Promise<void>, previous: () => Promise<void>) {
  await fits(page, `${label}, page 1`);
  const first = await projected(page);
  const count = first.page === '' ? 1 : Number(first.page.split('/')[1]);
  const seen = [...first.items];
  for (let p = 2; p <= count; p++) {
    await next();
    await expect.poll(async () => (await projected(page)).page).toBe(`${p}/${count}`);
    await fits(page, `${label}, page ${p}`);
    seen.push(...(await projected(page)).items);
  }
  for (let p = count - 1; p >= 1; p--) await previous();
  if (count > 1) await expect.poll(async () => (await projected(page)).page).toBe(`1/${count}`);
  return { count, seen };
}

/** Walks every role (↓ in `keys`' window, round to the first) and every page of `view`, at both sizes. */
async function everyRoleAndPage(page: Page, keys: Page, view: View, where: string) {
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    const roles = Object.entries(VIEWS[view].roles);
    for (const [title, total] of roles) {
      await expect.poll(async () => (await projected(page)).title).toBe(title);
      const label = `${where}, ${view}, ${title} at ${width}×${height}`;
      const { seen } = await everyPage(
        page,
        label,
        () => keys.keyboard.press('PageDown'),
        () => keys.keyboard.press('PageUp'),
      );
      expect(seen, label).toHaveLength(total);
      expect(new Set(seen).size, label).toBe(total);
      await page.screenshot({ path: `${SHOTS}/room-${where}-${view}-${width}x${height}-${title.replace(/\W+/g, '_')}.png` });
      await keys.keyboard.press('ArrowDown');
    }
    // Round the list (a view not by role stays where it is).
    await expect.poll(async () => (await projected(page)).title).toBe(roles[0]?.[0]);
  }
}

async function showView(page: Page, analysisId: string, view: View) {
  await page.evaluate(([id, v]) => (location.hash = `#/analyses/${id}/${v}`), [analysisId, view] as const);
}

describe('survey results, SWOT and new roles in the room', () => {
  it(
    'fit the projector window and presentation mode at 1920×1080 and 1280×720, paged with every item once, roles changed from either window',
    { timeout: 300_000 },
    async () => {
      const running = await session.launch();
      const page = await running.newPage();
      await page.setViewportSize({ width: 1400, height: 1000 });
      const id = crypto.randomUUID();
      await openRoomBoard(page, session.url, roomViewsFile(id), id);
      const controls = page.getByTestId('projector-controls');
      const [projector] = await Promise.all([running.context.waitForEvent('page'), controls.getByRole('button', { name: 'Öppna projektorfönster' }).click()]);
      await projector.locator('.presenter__stage .room-view').waitFor();

      // The projector window, its pages and roles turned by its own keys.
      for (const view of Object.keys(VIEWS) as View[]) {
        await showView(page, id, view);
        await projector.locator(`.presenter[data-view="${view}"] [data-testid="${VIEWS[view].testId}"]`).waitFor();
        await onlyTheRoomsThings(projector, `projector, ${view}`);
        await everyRoleAndPage(projector, projector, view, 'projector');
      }

      // The facilitator's projector bar: the role list for the survey (not for SWOT), and the projector's page count.
      await showView(page, id, 'survey');
      await controls.getByLabel('Yrkesroll på projektorn').selectOption({ label: 'Kock' });
      await expect.poll(async () => (await projected(projector)).title).toBe('Kock');
      await expect.poll(async () => (await projected(projector)).page).toMatch(/^1\/\d+$/);
      const count = (await projected(projector)).page.split('/')[1];
      await expect.poll(() => controls.getByTestId('projector-page').innerText()).toBe(`1/${count}`);
      await controls.getByRole('button', { name: 'Nästa sida' }).click();
      await expect.poll(async () => (await projected(projector)).page).toBe(`2/${count}`);
      await showView(page, id, 'swot');
      await expect.poll(() => controls.getByLabel('Yrkesroll på projektorn').count()).toBe(0);
      await expect.poll(async () => (await projected(projector)).title).toBe('SWOT');
      await expect.poll(() => controls.getByTestId('projector-page').innerText()).toBe(`1/${(await projected(projector)).page.split('/')[1] ?? ''}`);
      expect(await axeViolations(projector)).toEqual([]);

      // Presentation mode (F5) in the facilitator's window: the same room views, its own keys.
      // Back on the board, the first role again, from the projector bar.
      await showView(page, id, 'board');
      await controls.getByLabel('Yrkesroll på projektorn').selectOption({ label: 'Förskollärare' });
      await expect.poll(async () => (await projected(projector)).title).toBe('Förskollärare');
      await page.keyboard.press('F5');
      await page.locator('.presented-board .room-view').waitFor();
      for (const view of Object.keys(VIEWS) as View[]) {
        await showView(page, id, view);
        await page.locator(`.presented-board [data-testid="${VIEWS[view].testId}"]`).waitFor();
        await onlyTheRoomsThings(page, `presenting, ${view}`);
        await everyRoleAndPage(page, page, view, 'presenting');
      }
      // The projector follows the role turned in presentation mode.
      await showView(page, id, 'survey');
      await page.setViewportSize({ width: 1920, height: 1080 });
      await expect.poll(async () => (await projected(projector)).title).toBe((await projected(page)).title);
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await projected(page)).title).toBe('Övriga (Barnskötare)');
      await expect.poll(async () => (await projected(projector)).title).toBe('Övriga (Barnskötare)');
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});
