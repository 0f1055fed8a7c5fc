import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import mammoth from 'mammoth';
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
    await expect
      .poll(() => projector.getByTestId('room-follow-up').locator('.room-head__figure').innerText())
      .toBe('Röda och svarta timmar: 144 h då, 60 h nu');
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

  it('is presented (F5) from the follow-up view, as the facilitator’s controls show it', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const id = crypto.randomUUID();
    await importFile(page, session.url, followUpFile(id, FOLLOW_UP_ROLES.slice(0, 3)));
    await page.evaluate((id) => {
      location.hash = `#/analyses/${id}/followUp`;
    }, id);
    await page.getByTestId('follow-up-exports').waitFor();
    await page.keyboard.press('F5');
    const room = page.locator('.presented-board [data-testid="room-follow-up"]');
    await expect.poll(() => room.locator('.room-follow-up__columns > ol [data-room-item]').count()).toBe(3);
    await expect.poll(() => room.locator('.room-follow-up__change').first().innerText()).toBe('Röd + svart: \u22127 h');
  });
});

/** Clicks a document button of the follow-up view and returns the download's name and path. */
async function documentFrom(page: Page, button: string) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: button }).click()]);
  const path = await download.path();
  mkdirSync('test-results', { recursive: true });
  copyFileSync(path, `test-results/${download.suggestedFilename()}`);
  return { name: download.suggestedFilename(), path };
}

describe('the follow-up document for the unit', () => {
  it('is made as a PDF and as a Word file from the follow-up view, with the hours then and now, the actions and the notes', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    const id = crypto.randomUUID();
    await importFile(page, session.url, followUpFile(id, FOLLOW_UP_ROLES.slice(0, 2)));
    await page.evaluate((id) => {
      location.hash = `#/analyses/${id}/followUp`;
    }, id);
    const exports = page.getByTestId('follow-up-exports');
    await exports.waitFor();
    // The document code is not fetched until it is asked for.
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect((await loaded()).filter((n) => /exportFollowUp|jspdf/i.test(n))).toEqual([]);
    expect(await axeViolations(page), 'the follow-up view with its documents').toEqual([]);

    const pdf = await documentFrom(page, 'Uppföljning (PDF)');
    expect(pdf.name).toBe('Förskolan-Solrosen-uppfoljning.pdf');
    await expect.poll(() => page.getByText('Förskolan-Solrosen-uppfoljning.pdf är sparad.').count()).toBe(1);
    const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
    expect(text).toContain('Uppföljning – Förskolan Solrosen');
    expect(text).toMatch(/Nu\s+Uppföljning hösten 2027/);
    // Hand-worked per role: then green 30, yellow 8, red 10, black 2 (50 h; red + black 12 h);
    // now green 32, yellow 8, red 5, black none, new 5 (50 h; red + black 5 h, 7 h less).
    expect(text).toMatch(/Förskollärare\s+Då\s+30 ?h\s+8 ?h\s+10 ?h\s+2 ?h\s+50 ?h\s+12 ?h/);
    expect(text).toMatch(/Nu\s+32 ?h\s+8 ?h\s+5 ?h\s+–\s+5 ?h\s+50 ?h\s+5 ?h \(\u22127 ?h\)/);
    expect(text).toMatch(/Hela enheten\s+Då\s+60 ?h\s+16 ?h\s+20 ?h\s+4 ?h\s+100 ?h\s+24 ?h/);
    expect(text).toMatch(/Röda och svarta uppgifter tog 24 ?h i veckan då och 10 ?h nu \(\u221214 ?h\)/);
    expect(text).toMatch(/Digital dokumentation i lärplattformen\s+10 ?h/);
    expect(text).toMatch(/Anställ en serviceassistent för\s+Pågår\s+Klar\s+Serviceassistent anställd på AB/);
    expect(text).toContain('1 klara, 0 pågår och 1 avbrutna, av 3 åtgärder.');
    expect(text).toMatch(/Ny rutin för hallen vid lämning\s+Ny sedan\s+Inte bedömd/);
    expect(text).toContain('Vi behåller serviceassistenten och ses igen i mars.');
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf.path, 'test-results/follow-up-pdf']);

    const docx = await documentFrom(page, 'Uppföljning (Word)');
    expect(docx.name).toBe('Förskolan-Solrosen-uppfoljning.docx');
    const { value: html } = await mammoth.convertToHtml({ buffer: readFileSync(docx.path) });
    const headings = [...html.matchAll(/<h([1-3])>(.*?)<\/h\1>/g)].map((m) => `${m[1]} ${(m[2] ?? '').replace(/<[^>]+>/g, '')}`);
    expect(headings).toEqual([
      '1 Uppföljning – Förskolan Solrosen',
      '2 Tavlan då och nu',
      '3 Nya uppgifter sedan slutrapporten',
      '2 Åtgärderna',
      '2 Anteckningar från uppföljningsmötet',
    ]);
    const cells = [...html.matchAll(/<td>(.*?)<\/td>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').replace(/\u00a0/g, ' '));
    const at = cells.indexOf('Förskollärare');
    expect(cells.slice(at, at + 18)).toEqual([
      'Förskollärare',
      'Då',
      '30 h',
      '8 h',
      '10 h',
      '2 h',
      '',
      '50 h',
      '12 h',
      '',
      'Nu',
      '32 h',
      '8 h',
      '5 h',
      '–',
      '5 h',
      '50 h',
      '5 h (\u22127 h)',
    ]);
    expect(html).toContain('Serviceassistent anställd på AB sedan maj.');
    expect(html).toMatch(/<strong>behåller<\/strong>/);
  });
});
