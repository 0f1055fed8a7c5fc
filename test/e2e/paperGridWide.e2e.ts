import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSession } from './app.ts';
import { axeViolations } from './browser.ts';
import { PAPER_FORMS, PAPER_GRID_TASKS, seedGrid } from '../bench/paper.ts';

const session = e2eSession();

/** The focused box's row and column, and whether the whole of it is in view in the grid's scrolled box, below its sticky header. */
const focusedCell = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLInputElement) || el.dataset.r === undefined) return null;
    const box = el.getBoundingClientRect();
    const scroller = el.closest('.paper-grid__scroll')?.getBoundingClientRect();
    // Right of the form number's column, which stays in place over the others.
    const left = el.dataset.c === '0' ? (scroller?.left ?? 0) : (el.closest('tr')?.querySelector('.paper-grid__form')?.getBoundingClientRect().right ?? 0);
    // Below the header row, which stays in place over the rows.
    const top = el.closest('table')?.querySelector('thead th')?.getBoundingClientRect().bottom ?? scroller?.top ?? 0;
    const inView = scroller !== undefined && box.left >= left - 1 && box.right <= scroller.right + 1 && box.top >= top - 1 && box.bottom <= scroller.bottom + 1;
    return { row: Number(el.dataset.r), col: Number(el.dataset.c), inView };
  });

describe('the paper entry grid with 100 forms of 40 tasks', () => {
  it('draws only the columns in view, and takes the keyboard to any box, scrolled into view and focused', async () => {
    const running = await session.launch();
    const { url, roleName } = await seedGrid(running, session.url);
    const page = await running.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(url);
    await page.getByLabel('Yrkesroll', { exact: true }).selectOption({ label: roleName });
    const table = page.getByRole('table', { name: `Inskrivna blanketter för ${roleName}` });
    await table.waitFor({ timeout: 30_000 });
    // The form number, 40 tasks and what else the survey asks; in a row, also the week's total, the status and the delete button.
    await expect.poll(async () => Number(await table.getAttribute('aria-colcount'))).toBeGreaterThanOrEqual(PAPER_GRID_TASKS + 4);
    const lastCol = Number(await table.getAttribute('aria-colcount')) - 4;

    // The first row draws its form number and the first tasks, not the last ones.
    await expect.poll(() => table.locator('input[data-r="0"][data-c="1"]').count()).toBe(1);
    await expect.poll(() => table.locator(`input[data-r="0"][data-c="${PAPER_GRID_TASKS}"]`).count()).toBe(0);
    await expect.poll(() => table.locator('tr[data-row="0"] input').count()).toBeLessThan(PAPER_GRID_TASKS / 2);
    // The status is always drawn: the boxes' problems point to it.
    await expect.poll(() => table.locator('tr[data-row="0"] [data-testid="paper-status"]').textContent()).toBe('Sparad');

    // Scrolled sideways to the middle by hand: every task column whose header is in view has its box drawn (none left blank).
    const blankColumns = () =>
      page.evaluate(() => {
        const scroller = document.querySelector('.paper-grid__scroll');
        const form = document.querySelector('tr[data-row="0"] .paper-grid__form');
        if (!scroller || !form) return ['no grid'];
        const view = scroller.getBoundingClientRect();
        const from = form.getBoundingClientRect().right;
        const heads = [...scroller.querySelectorAll('thead tr > *')];
        // Header cells: the form number, the week's total, then the grid's columns from 1, the status and the delete button.
        return heads.slice(2, -2).flatMap((head, i) => {
          const r = head.getBoundingClientRect();
          const inView = r.right > from + 1 && r.left < view.right - 1;
          return inView && !scroller.querySelector(`input[data-r="0"][data-c="${i + 1}"]`) ? [head.textContent] : [];
        });
      });
    for (const part of [0.5, 0.8]) {
      await page.locator('.paper-grid__scroll').evaluate((el, at) => {
        el.scrollLeft = (el.scrollWidth - el.clientWidth) * at;
      }, part);
      await expect.poll(blankColumns).toEqual([]);
    }
    await page.locator('.paper-grid__scroll').evaluate((el) => {
      el.scrollLeft = 0;
    });
    await expect.poll(() => table.locator('input[data-r="0"][data-c="1"]').count()).toBe(1);

    // End and Home go to the row's ends, Ctrl+End and Ctrl+Home to the grid's.
    await table.locator('input[data-r="0"][data-c="0"]').focus();
    await page.keyboard.press('End');
    await expect.poll(() => focusedCell(page)).toEqual({ row: 0, col: lastCol, inView: true });
    await page.keyboard.press('Home');
    await expect.poll(() => focusedCell(page)).toEqual({ row: 0, col: 0, inView: true });
    await page.keyboard.press('Control+End');
    await expect.poll(() => focusedCell(page)).toEqual({ row: PAPER_FORMS, col: lastCol, inView: true });
    await page.keyboard.press('Control+Home');
    await expect.poll(() => focusedCell(page)).toEqual({ row: 0, col: 0, inView: true });

    // Tab along the whole row: each box in turn is drawn, shown and focused.
    for (let col = 1; col <= lastCol; col++) {
      await page.keyboard.press('Tab');
      await expect.poll(() => focusedCell(page)).toEqual({ row: 0, col, inView: true });
    }
    for (let col = lastCol - 1; col >= 0; col--) {
      await page.keyboard.press('Shift+Tab');
      await expect.poll(() => focusedCell(page)).toEqual({ row: 0, col, inView: true });
    }

    // A focused box keeps its element while the grid is scrolled far away from it, and takes typing.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedCell(page)).toEqual({ row: 1, col: 2, inView: true });
    await page.evaluate(() => {
      (window as unknown as { __box: Element | null }).__box = document.activeElement;
    });
    const scroller = page.locator('.paper-grid__scroll');
    await scroller.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
      el.scrollTop = el.scrollHeight;
    });
    await expect.poll(() => table.locator(`input[data-r="${PAPER_FORMS - 1}"][data-c="${lastCol}"]`).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __box: Element | null }).__box === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('75');
    await expect.poll(() => page.getByTestId('paper-message').textContent()).toContain('Högst 60 timmar.');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __box: Element | null }).__box === document.activeElement)).toBe(true);
    // Moving on from it brings its neighbour into view.
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedCell(page)).toEqual({ row: 1, col: 3, inView: true });
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('7');
    await expect.poll(() => page.getByTestId('paper-message').textContent()).toBe('');

    // Up the rows from far down: each box lands below the header, never under it.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    await expect.poll(() => focusedCell(page)).toEqual({ row: PAPER_FORMS, col: 0, inView: true });
    for (let row = PAPER_FORMS - 1; row >= PAPER_FORMS - 30; row--) {
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => focusedCell(page)).toEqual({ row, col: 0, inView: true });
    }
    // Scrolled by hand so the row above the focused one is exactly under the header: ↑ brings it out.
    await table.locator(`input[data-r="${PAPER_FORMS - 31}"][data-c="2"]`).focus();
    await scroller.evaluate((el, row) => {
      const head = el.querySelector('thead th')?.getBoundingClientRect().bottom ?? 0;
      const top = el.querySelector(`tr[data-row="${row}"]`)?.getBoundingClientRect().top ?? head;
      el.scrollTop += top - head;
    }, PAPER_FORMS - 31);
    await expect.poll(() => focusedCell(page)).toEqual({ row: PAPER_FORMS - 31, col: 2, inView: true });
    // The row above is drawn, under the header.
    const underHead = (row: number) =>
      scroller.evaluate((el, r) => {
        const head = el.querySelector('thead th')?.getBoundingClientRect();
        const box = el.querySelector(`input[data-r="${r}"][data-c="2"]`)?.getBoundingClientRect();
        return head !== undefined && box !== undefined && box.top < head.bottom - 1;
      }, row);
    await expect.poll(() => underHead(PAPER_FORMS - 32)).toBe(true);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedCell(page)).toEqual({ row: PAPER_FORMS - 32, col: 2, inView: true });

    expect(await axeViolations(page)).toEqual([]);
  });
});
