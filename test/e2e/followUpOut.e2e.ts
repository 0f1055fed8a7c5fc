import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { smallestText } from './board-helpers.ts';
import { axeViolations } from './browser.ts';
import { e2eSession } from './app.ts';
import { FOLLOW_UP_ROLES, followUpFile, importFile } from './followUpFile.ts';

const session = e2eSession();
const SIZES = [
  [1920, 1080],
  [1366, 768],
] as const;

let seq = 0;

/**
 * Says to the projector window, as the facilitator's window does over the presenter channel, to show
 * the follow-up's comparison at `page`, until it does. A BroadcastChannel delivers to every other
 * channel of its name, the projector's own in this window too; a later message of a new session
 * takes over from the facilitator's window (shared/presenter.ts, createReceiver).
 */
async function project(projector: Page, analysisId: string, page: number) {
  await expect
    .poll(async () => {
      await projector.evaluate(
        ({ analysisId, page, seq }) => {
          const channel = new BroadcastChannel('akr-presenter');
          channel.postMessage({
            protocol: 2,
            kind: 'state',
            session: 'e2e-facilitator',
            seq,
            sentAt: Date.now(),
            state: { analysisId, view: 'followUp', lane: null, page, blank: false, frozen: false, timer: null, room: null },
          });
          channel.close();
        },
        { analysisId, page, seq: ++seq },
      );
      return projector.locator('.presenter[data-view="followUp"] [data-testid="room-follow-up"]').count();
    })
    .toBe(1);
}

/** What the projected comparison shows now: its "1/2", the roles on the page, and whether each is inside the window. */
async function shown(projector: Page) {
  return projector.evaluate(() => {
    const view = document.querySelector<HTMLElement>('[data-testid="room-follow-up"]');
    const roles = [...(view?.querySelectorAll<HTMLElement>('.room-follow-up__columns > ol [data-room-item]') ?? [])];
    const root = document.documentElement;
    return {
      page: view?.querySelector('[data-testid="room-page"]')?.textContent ?? '',
      names: roles.map((r) => r.querySelector('.room-follow-up__name span')?.textContent ?? ''),
      outside: roles
        .flatMap((r) => [r, ...r.querySelectorAll<HTMLElement>('*')])
        .filter((e) => {
          const box = e.getBoundingClientRect();
          return box.width > 0 && (box.bottom > window.innerHeight + 0.5 || box.right > window.innerWidth + 0.5 || box.top < 0 || box.left < 0);
        })
        .map((e) => e.textContent.slice(0, 40) || e.className),
      // A role's box inside its list: the list clips (overflow hidden), so a role below its bottom would be cut.
      clipped: roles
        .filter((r) => {
          const list = r.parentElement?.getBoundingClientRect();
          const box = r.getBoundingClientRect();
          return !list || box.bottom > list.bottom + 0.5 || box.right > list.right + 0.5;
        })
        .map((r) => r.textContent.slice(0, 40)),
      scroll: root.scrollHeight - root.clientHeight,
      changes: roles.map((r) => r.querySelector('.room-follow-up__change')?.textContent ?? ''),
      bars: roles.slice(0, 1).flatMap((r) => [...r.querySelectorAll('[role="img"]')].map((b) => b.getAttribute('aria-label') ?? '')),
    };
  });
}

describe('the follow-up on the projector', () => {
  it('shows every role’s hours then and now at 1920×1080 and 1366×768, paged with nothing cut, readable from the back, and axe-clean in Swedish and English', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    const id = crypto.randomUUID();
    await importFile(page, session.url, followUpFile(id));

    const projector = await running.newPage();
    for (const [width, height] of SIZES) {
      await projector.setViewportSize({ width, height });
      await projector.goto(`${session.url}#/present/${id}`);
      await project(projector, id, 0);
      await projector.getByTestId('room-follow-up').locator('[data-room-item]').first().waitFor();
      await expect.poll(async () => (await shown(projector)).names.length).toBeGreaterThan(0);
      const first = await shown(projector);
      const count = first.page === '' ? 1 : Number(first.page.split('/')[1]);
      const seen: string[] = [];
      for (let p = 0; p < count; p++) {
        if (p > 0) {
          await project(projector, id, p);
          await expect.poll(async () => (await shown(projector)).page).toBe(`${p + 1}/${count}`);
        }
        const now = await shown(projector);
        const label = `page ${p + 1} at ${width}×${height}`;
        expect(now.outside, label).toEqual([]);
        expect(now.clipped, label).toEqual([]);
        expect(now.scroll, label).toBeLessThanOrEqual(0);
        const smallest = await smallestText(projector);
        expect(smallest.size, `${label}: "${smallest.text}"`).toBeGreaterThanOrEqual(smallest.min - 0.01);
        // Every role's red and black work went from 12 h to 5 h.
        expect(new Set(now.changes), label).toEqual(new Set(['Röd + svart: \u22127 h']));
        seen.push(...now.names);
        await projector.screenshot({ path: `test-results/follow-up-room-${width}x${height}-${p + 1}.png` });
      }
      // Every role exactly once over the pages, in the board's order.
      expect(seen, `${width}×${height}`).toEqual(FOLLOW_UP_ROLES);
      if (width === 1366) expect(count, 'twelve roles need more than one page on a laptop').toBeGreaterThan(1);
    }

    // The first role's bars say their hours in words, then and now (the new work apart).
    await project(projector, id, 0);
    await expect
      .poll(async () => (await shown(projector)).bars)
      .toEqual(['Förskollärare då: Grön 30 h, Gul 8 h, Röd 10 h, Svart 2 h', 'Förskollärare nu: Grön 32 h, Gul 8 h, Röd 5 h, Ny 5 h']);
    expect(await projector.getByTestId('room-follow-up').locator('.room-head__figure').innerText()).toBe('Röda och svarta timmar: 144 h då, 60 h nu');
    expect(await axeViolations(projector), 'sv').toEqual([]);

    // In English, from the settings the two windows share.
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.locator('label.segmented__option', { hasText: 'English' }).click();
    await projector.reload();
    await project(projector, id, 0);
    await projector.getByRole('heading', { name: 'The board then and now' }).waitFor();
    await expect.poll(async () => (await shown(projector)).changes[0]).toBe('Red + black: \u22127 h');
    expect(await axeViolations(projector), 'en').toEqual([]);
  });

  it('says why there is nothing to compare before the board was saved at the report', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.goto(session.url);
    const projector = await running.newPage();
    await projector.setViewportSize({ width: 1366, height: 768 });
    await projector.goto(`${session.url}#/present/none`);
    await project(projector, 'none', 0);
    await projector.getByText('Ingen jämförelse ännu: tavlan sparas som den var när slutrapporten görs.').waitFor();
  });
});
