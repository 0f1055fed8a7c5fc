import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSession } from './app.ts';
import { smallestText } from './board-helpers.ts';
import { axeViolations } from './browser.ts';
import { MIXED_90, openRoomBoard, roomFile, SORTED_30, UNSORTED_30 } from './roomFile.ts';

const session = e2eSession();
const SIZES = [
  [1920, 1080],
  [1280, 720],
] as const;

/** What the projected board shows now: its role, its "1/3", and the ids of the cards on the page. */
async function projected(page: Page) {
  return page.evaluate(() => {
    const board = document.querySelector<HTMLElement>('.presenter__stage [data-testid="room-board"], .presented-board [data-testid="room-board"]');
    return {
      role: board?.querySelector('.room-board__role')?.textContent ?? '',
      page: board?.querySelector('[data-testid="room-page"]')?.textContent ?? '',
      cards: [...(board?.querySelectorAll<HTMLElement>('.room-column [data-room-card]') ?? [])].map((c) => c.dataset.roomCard ?? ''),
    };
  });
}

/** Every page of the role shown: turns with `next` until the last page, then back to the first with `previous`. */
async function everyPage(page: Page, next: () => Promise<void>, previous: () => Promise<void>) {
  const first = await projected(page);
  const count = first.page === '' ? 1 : Number(first.page.split('/')[1]);
  const seen: string[] = [...first.cards];
  for (let p = 2; p <= count; p++) {
    await next();
    await expect.poll(async () => (await projected(page)).page).toBe(`${p}/${count}`);
    seen.push(...(await projected(page)).cards);
  }
  for (let p = count - 1; p >= 1; p--) await previous();
  if (count > 1) await expect.poll(async () => (await projected(page)).page).toBe(`1/${count}`);
  return { count, seen };
}

/** The room's page fits the window: nothing below its bottom, no scrolling, text at least 2.5 % of the height. */
async function fits(page: Page, label: string) {
  const box = await page.evaluate(() => {
    const root = document.documentElement;
    const cards = [...document.querySelectorAll<HTMLElement>('.room-column [data-room-card]')].map((c) => c.getBoundingClientRect());
    return {
      scroll: root.scrollHeight - root.clientHeight,
      lowest: Math.max(0, ...cards.map((r) => r.bottom)),
      rightmost: Math.max(0, ...cards.map((r) => r.right)),
      height: window.innerHeight,
      width: window.innerWidth,
    };
  });
  expect(box.scroll, `${label}: scroll height beyond the window`).toBeLessThanOrEqual(0);
  expect(box.lowest, `${label}: a card below the window`).toBeLessThanOrEqual(box.height);
  expect(box.rightmost, `${label}: a card beyond the right edge`).toBeLessThanOrEqual(box.width);
  const smallest = await smallestText(page);
  expect(smallest.size, `${label}: "${smallest.text}"`).toBeGreaterThanOrEqual(smallest.min - 0.01);
}

/** Nothing only the facilitator should see is in the projected DOM: no menus, ⋮ buttons, inputs, costs or budget warnings. */
async function onlyTheRoomsThings(page: Page, scope: string) {
  const found = await page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return ['(no projection)'];
    const controls = [...root.querySelectorAll('input, select, textarea, button, [role="menu"], [data-card-menu], .card__menu')].map((e) =>
      e.outerHTML.slice(0, 80),
    );
    const text = root.textContent;
    const words = ['kr/mån', 'Fler prickar', 'Budget', 'kostnad'].filter((w) => text.includes(w));
    return [...controls, ...words];
  }, scope);
  expect(found).toEqual([]);
}

describe('the room’s board', () => {
  it('fits one role per page in presentation mode at both sizes, pages every card exactly once, and switches role with the keys', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    const id = crypto.randomUUID();
    await openRoomBoard(
      page,
      session.url,
      roomFile(id, [
        { name: 'Förskollärare', colours: SORTED_30 },
        { name: 'Barnskötare', colours: UNSORTED_30 },
        { name: 'Kock', colours: MIXED_90 },
      ]),
      id,
    );
    await page.keyboard.press('F5');
    await page.getByTestId('room-board').waitFor();
    await expect.poll(async () => (await projected(page)).role).toBe('Förskollärare');

    // 30 sorted tasks with real titles: one page at 1920×1080.
    await page.screenshot({ path: 'test-results/room-presenting-1920x1080-sorted30.png' });
    await expect.poll(async () => (await projected(page)).cards.length).toBe(30);
    expect((await projected(page)).page).toBe('');
    await fits(page, '30 sorted, 1920×1080');
    await onlyTheRoomsThings(page, '[data-testid="room-board"]');

    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      for (const [role, total] of [
        ['Förskollärare', 30],
        ['Barnskötare', 30],
        ['Kock', 90],
      ] as const) {
        await expect.poll(async () => (await projected(page)).role).toBe(role);
        // Each page fits; together the pages show every card of the role exactly once.
        const { seen } = await everyPage(
          page,
          async () => {
            await fits(page, `${role} at ${width}×${height}`);
            await page.keyboard.press('PageDown');
          },
          () => page.keyboard.press('PageUp'),
        );
        expect(seen, `${role} at ${width}×${height}`).toHaveLength(total);
        expect(new Set(seen).size).toBe(total);
        await fits(page, `${role} at ${width}×${height}, last page`);
        await page.screenshot({ path: `test-results/room-presenting-${width}x${height}-${role}.png` });
        await page.keyboard.press('ArrowDown');
      }
      // Round the list: back to the first role.
      await expect.poll(async () => (await projected(page)).role).toBe('Förskollärare');
    }
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await projected(page)).role).toBe('Kock');
    expect(await axeViolations(page)).toEqual([]);

    // A card is still sorted from the keyboard in presentation mode: Tab to it, 3 for red.
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await projected(page)).role).toBe('Förskollärare');
    const unsorted = page.locator('.room-column[data-colour="unsorted"] [data-room-card]').first();
    const cardId = await unsorted.getAttribute('data-room-card');
    await unsorted.focus();
    await page.keyboard.press('3');
    await expect.poll(() => page.locator(`.room-column[data-colour="red"] [data-room-card="${cardId}"]`).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.roomCard)).toBe(cardId);

    await page.keyboard.press('Escape');
    await page.locator('header.topbar').waitFor();
    await expect.poll(() => page.locator('html[data-presenting]').count()).toBe(0);
  });

  it('pages the projector window and turns pages and roles from either window', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    const id = crypto.randomUUID();
    await openRoomBoard(
      page,
      session.url,
      roomFile(id, [
        { name: 'Förskollärare', colours: SORTED_30 },
        { name: 'Kock', colours: MIXED_90 },
      ]),
      id,
    );
    const controls = page.getByTestId('projector-controls');
    const [projector] = await Promise.all([running.context.waitForEvent('page'), controls.getByRole('button', { name: 'Öppna projektorfönster' }).click()]);
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.getByTestId('room-board').waitFor();
    await expect.poll(async () => (await projected(projector)).role).toBe('Förskollärare');
    await expect.poll(async () => (await projected(projector)).cards.length).toBe(30);
    await fits(projector, 'projector, 30 sorted, 1920×1080');
    await onlyTheRoomsThings(projector, '.presenter__stage');
    await projector.screenshot({ path: 'test-results/room-projector-1920x1080-sorted30.png' });

    // The role from the facilitator's projector bar; the projector's page count shows there.
    await controls.getByLabel('Yrkesroll på projektorn').selectOption({ label: 'Kock' });
    await expect.poll(async () => (await projected(projector)).role).toBe('Kock');
    await expect.poll(async () => (await projected(projector)).page).toMatch(/^1\/\d+$/);
    const count = Number((await projected(projector)).page.split('/')[1]);
    await expect.poll(() => controls.getByTestId('projector-page').innerText()).toBe(`1/${count}`);

    // Pages from the facilitator's window (buttons) and from the projector's own keys.
    await controls.getByRole('button', { name: 'Nästa sida' }).click();
    await expect.poll(async () => (await projected(projector)).page).toBe(`2/${count}`);
    await projector.keyboard.press('PageDown');
    const third = Math.min(3, count);
    await expect.poll(async () => (await projected(projector)).page).toBe(`${third}/${count}`);
    await expect.poll(() => controls.getByTestId('projector-page').innerText()).toBe(`${third}/${count}`);
    await projector.keyboard.press('PageUp');
    await expect.poll(async () => (await projected(projector)).page).toBe(`${third - 1}/${count}`);

    // Every card of the 90 on exactly one page, at 1280×720 as well.
    for (const [width, height] of SIZES) {
      await projector.setViewportSize({ width, height });
      await projector.keyboard.press('PageUp');
      await projector.keyboard.press('PageUp');
      await projector.keyboard.press('PageUp');
      await expect.poll(async () => (await projected(projector)).page).toMatch(/^1\//);
      const { seen } = await everyPage(
        projector,
        async () => {
          await fits(projector, `projector, Kock at ${width}×${height}`);
          await projector.keyboard.press('PageDown');
        },
        () => projector.keyboard.press('PageUp'),
      );
      expect(seen).toHaveLength(90);
      expect(new Set(seen).size).toBe(90);
      await projector.screenshot({ path: `test-results/room-projector-${width}x${height}-kock.png` });
    }

    // The role from the projector's keys: the facilitator's window follows.
    await projector.keyboard.press('ArrowDown');
    await expect.poll(async () => (await projected(projector)).role).toBe('Förskollärare');
    await expect.poll(() => controls.getByLabel('Yrkesroll på projektorn').inputValue()).not.toBe('');
    await expect
      .poll(() => controls.getByLabel('Yrkesroll på projektorn').evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent))
      .toBe('Förskollärare');
    expect(await axeViolations(page)).toEqual([]);
    expect(await axeViolations(projector)).toEqual([]);
  });
});

describe('menus on a small window', () => {
  it('keeps the card menu inside the window, with every item reachable', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const id = crypto.randomUUID();
    await openRoomBoard(page, session.url, roomFile(id, [{ name: 'Förskollärare', colours: UNSORTED_30 }]), id);
    // The lowest card in view, with the window made short: the menu has more room above it than below.
    await page.setViewportSize({ width: 1366, height: 420 });
    const cards = page.locator('[data-card]');
    const lowest = await cards.evaluateAll((els) => {
      const inView = els.map((e, i) => ({ i, r: e.getBoundingClientRect() })).filter(({ r }) => r.bottom <= window.innerHeight && r.top >= 0);
      return inView.at(-1)?.i ?? 0;
    });
    await cards.nth(lowest).focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    const inside = async () =>
      page.evaluate(() => {
        const pop = document.querySelector('.popover');
        if (!pop) return 'no menu';
        const r = pop.getBoundingClientRect();
        return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth ? 'inside' : `outside: ${JSON.stringify(r)}`;
      });
    await expect.poll(inside).toBe('inside');
    // The last item, reached with End, is shown within the menu, not drawn below it.
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Ta bort');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const pop = document.querySelector('.popover')?.getBoundingClientRect();
          const item = document.activeElement?.getBoundingClientRect();
          return !!pop && !!item && item.top >= pop.top - 1 && item.bottom <= pop.bottom + 1;
        }),
      )
      .toBe(true);
    await page.screenshot({ path: 'test-results/card-menu-1366x420.png' });
    await page.keyboard.press('Escape');
  });
});
