import type { Page } from 'playwright-core';
import { addRole, createAnalysis, waitSaved } from './app.ts';

/** An analysis with roles and tasks, ready on its board. */
export async function boardWith(page: Page, url: string, roles: string[], tasks: { title: string; hours?: string }[]) {
  await page.goto(url);
  await createAnalysis(page, 'Förskolan Solrosen');
  await page.getByRole('link', { name: 'Yrkesroller' }).click();
  for (const r of roles) await addRole(page, r, '3');
  await page.getByRole('link', { name: 'AKR-tavla' }).click();
  for (const task of tasks) await quickAdd(page, task.title, task.hours);
  await waitSaved(page);
}

export async function quickAdd(page: Page, title: string, hours?: string, role = 'Alla yrkesroller') {
  const form = page.getByRole('form', { name: 'Lägg till arbetsuppgift' });
  await form.getByLabel('Timmar per vecka').fill(hours ?? '');
  await form.getByLabel('För', { exact: true }).selectOption({ label: role });
  await form.getByLabel('Ny arbetsuppgift').fill(title);
  await form.getByLabel('Ny arbetsuppgift').press('Enter');
  await page.locator(`[data-card]`, { hasText: title }).first().waitFor();
}

/**
 * A pattern for text as drawn: the text (a regular expression source) with the
 * soft hyphens hyphenation puts between its letters allowed anywhere.
 */
export function drawnAs(source: string): RegExp {
  return new RegExp(`^\u00AD*${source.replace(/(\\?.)/gu, '$1\u00AD*')}$`);
}

/** The card of a task in a role's lane. */
export function card(page: Page, title: string, roleName?: string) {
  const scope = roleName ? page.getByRole('group', { name: roleName, exact: true }) : page.locator('[data-board]');
  return scope.locator('[data-card]', { has: page.locator('.card__title', { hasText: drawnAs(title) }) });
}

/** Titles in one cell, top to bottom (textContent: a lane not laid out yet, under content-visibility, has no innerText). */
export async function cellTitles(page: Page, roleName: string, colour: string): Promise<string[]> {
  const titles = await page
    .getByRole('group', { name: `${colour}, ${roleName}`, exact: true })
    .locator('.card__title')
    .allTextContents();
  // As typed: without the soft hyphens the titles are drawn with.
  return titles.map((t) => t.replaceAll('\u00AD', '').trim());
}

export async function announcement(page: Page): Promise<string> {
  return (await page.getByTestId('board-announcer').textContent()) ?? '';
}

/** Every visible text's computed font size must be at least 2.5 % of the window height. */
export async function smallestText(page: Page): Promise<{ size: number; text: string; min: number }> {
  return page.evaluate(() => {
    const min = window.innerHeight * 0.025;
    let smallest = { size: Infinity, text: '', min };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim()) continue;
      if (el.closest('.visually-hidden, [hidden], [aria-hidden="true"] .visually-hidden')) continue;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
      const size = parseFloat(style.fontSize);
      if (size < smallest.size) smallest = { size, text: node.textContent.trim().slice(0, 40), min };
    }
    return smallest;
  });
}
