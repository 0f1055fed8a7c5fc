import { describe, expect, it } from 'vitest';
import { e2eSession } from './app.ts';
import { boardUrl, buildSeed, seedDatabase } from '../bench/seed.ts';

const session = e2eSession();

/** A browser with the bench's 1,000-card board in its database. */
async function seeded() {
  const running = await session.launch();
  const seed = buildSeed();
  await seedDatabase(running, session.url, seed);
  return { running, seed };
}

describe('a large board (1,000 cards)', () => {
  it('shows every card of the lane in view once it has opened, and a lane far below once it is scrolled to', async () => {
    const { running, seed } = await seeded();

    const page = await running.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(boardUrl(session.url, seed.analysis.id));
    const first = seed.roles[0];
    const last = seed.roles.at(-1);
    if (!first || !last) throw new Error('the seed has no roles');
    const inLane = (roleId: string) => seed.placements.filter((p) => p.roleId === roleId).length;

    // Every card of the first lane is in the DOM once the board has settled…
    await page.waitForFunction(
      ([roleId, n]) => document.querySelectorAll(`[data-card][data-role-id="${roleId}"]`).length === n,
      [first.id, inLane(first.id)] as const,
      { timeout: 15_000 },
    );
    await expect.poll(() => page.locator('.cell__later').count()).toBe(0);
    // …while the last lane, far below, is only a placeholder until it comes near.
    await expect.poll(() => page.locator(`[data-card][data-role-id="${last.id}"]`).count()).toBe(0);
    await page.locator('.lane-placeholder').last().scrollIntoViewIfNeeded();
    await page.waitForFunction(
      ([roleId, n]) => document.querySelectorAll(`[data-card][data-role-id="${roleId}"]`).length === n,
      [last.id, inLane(last.id)] as const,
      { timeout: 15_000 },
    );
  });

  it('opens on the board in one pass: no loading text before the first card', async () => {
    const { running, seed } = await seeded();

    const page = await running.newPage();
    // Notes, from the very start of the document, every text shown before the first card.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __before: string[] }).__before = seen;
      const observer = new MutationObserver(() => {
        if (document.querySelector('[data-card]')) {
          observer.disconnect();
          return;
        }
        const text = document.getElementById('root')?.textContent ?? '';
        if (text && seen.at(-1) !== text) seen.push(text);
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(boardUrl(session.url, seed.analysis.id));
    await page.locator('[data-card]').first().waitFor();
    const before = await page.evaluate(() => (window as unknown as { __before: string[] }).__before);
    expect(before.filter((text) => text.includes('Laddar'))).toEqual([]);
  });
});
