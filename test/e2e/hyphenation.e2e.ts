import { mkdirSync, readFileSync } from 'node:fs';
import { generateNKeysBetween } from 'fractional-indexing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAnalysis, createRole } from '../../shared/analysis.ts';
import { emptyRecord, serialize } from '../../shared/exchange/format.ts';
import { buildExport } from '../../shared/exchange/export.ts';
import type { Colour, Placement, Role, Task } from '../../shared/model.ts';
import { e2eSession, waitSaved } from './app.ts';
import { card } from './board-helpers.ts';
import { openRoomBoard, surveyTitles } from './roomFile.ts';

const session = e2eSession();
const SHOTS = '/tmp/shots-i17-hyphen';
const at = '2026-12-02T09:00:00.000Z';
const LONG = 'Förbrukningsmaterialbeställning';

/** The survey fixture's real titles, and single long compounds, as staff write them. */
const TITLES = [
  LONG,
  'Dubbeldokumentation av incidenter i två system',
  'Utvecklingssamtal',
  'Arbetsmiljöverksamhetsplanering och skyddsronder',
  'Läkemedelsgenomgångar',
  ...surveyTitles(),
];
const ROLES = ['Barnskötare', 'Förskollärare', 'Kock'];
const COLOURS: Colour[] = ['unsorted', 'green', 'yellow', 'red', 'black'];

/** An analysis file with every title for every role, spread over the five columns. */
function boardFile(analysisId: string): Buffer {
  const bundle = createAnalysis({ unitName: 'Förskolan Solrosen', organisation: 'Norrby stad', facilitator: 'Eva Processledare' }, analysisId, at);
  const roles: Role[] = [];
  for (const name of ROLES) roles.push(createRole(analysisId, { name, headcount: 4, fullTimeHours: 40 }, roles, crypto.randomUUID(), at));
  const tasks: Task[] = TITLES.map((title) => ({ id: crypto.randomUUID(), rev: 1, updatedAt: at, analysisId, title, notes: '', createdAt: at }));
  const placements: Placement[] = roles.flatMap((role, r) => {
    const orders = generateNKeysBetween(null, null, tasks.length);
    return tasks.map((task, i) => ({
      id: crypto.randomUUID(),
      rev: 1,
      updatedAt: at,
      analysisId,
      taskId: task.id,
      roleId: role.id,
      colour: COLOURS[(i + r) % COLOURS.length] ?? 'unsorted',
      order: orders[i] ?? 'a0',
      hours: 1 + (i % 4),
    }));
  });
  const record = { ...emptyRecord(bundle.analysis), steps: bundle.steps, roles, tasks, placements };
  return Buffer.from(serialize(buildExport([record], { exportedAt: at, appVersion: '0.1.0', machine: 'e2e-hyphen', includePersonal: false })));
}

/**
 * Where the visible titles wrap. Each character of the title's text node is
 * measured on its own (Range.getClientRects); where the line changes, the
 * characters since the last one drawn on the line before must hold a space,
 * a hyphen or a soft hyphen (drawn as a hyphen at the break).
 */
function lineBreaks(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const bad: string[] = [];
    let wrapped = 0;
    let atSoftHyphen = 0;
    let hyphenated = 0;
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const box = el.getBoundingClientRect();
      // A lane not laid out yet (content-visibility) has nothing to measure.
      if (box.width === 0) continue;
      const node = el.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE || el.childNodes.length !== 1) {
        bad.push(`not one text node: ${el.textContent}`);
        continue;
      }
      const text = node.textContent ?? '';
      if (text.includes('\u00AD')) hyphenated++;
      const range = document.createRange();
      let previous: { index: number; top: number } | null = null;
      let lines = 1;
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        // The last box: after a break at a soft hyphen, Chromium also gives the next letter the hyphen's box on the line before.
        const rect = [...range.getClientRects()].filter((r) => r.width > 0).at(-1);
        if (!rect) continue;
        if (previous && rect.top > previous.top + rect.height / 2) {
          lines++;
          const between = text.slice(previous.index, i);
          if (!/[\s\-\u00AD]/.test(between)) bad.push(`${text.replaceAll('\u00AD', '|')}: breaks between "${text.slice(0, i)}" and "${text.slice(i)}"`);
          if (between.includes('\u00AD')) atSoftHyphen++;
        }
        previous = { index: i, top: rect.top };
      }
      if (lines > 1) wrapped++;
    }
    return { bad, wrapped, atSoftHyphen, hyphenated };
  }, selector);
}

describe('hyphenation', () => {
  it('wraps card titles on a narrow board and in the room only at spaces and hyphens, and keeps stored text as typed', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const analysisId = crypto.randomUUID();
    await openRoomBoard(page, session.url, boardFile(analysisId), analysisId);
    // The patterns are loaded after start-up: then the long word is drawn with its points.
    await expect.poll(() => card(page, LONG, 'Barnskötare').locator('.card__title').textContent()).toContain('\u00AD');

    await page.locator('[data-board] [data-card]').first().scrollIntoViewIfNeeded();
    const board = await lineBreaks(page, '[data-board] .card__title');
    expect(board.bad).toEqual([]);
    // Not vacuous: titles wrap, and some inside a word at a soft hyphen.
    expect(board.wrapped).toBeGreaterThan(10);
    expect(board.atSoftHyphen).toBeGreaterThan(3);
    await page.screenshot({ path: `${SHOTS}/board-1366x768.png` });

    // Search reads the stored titles: a part of a hyphenated word finds the card.
    await page.getByPlaceholder('Sök uppgift').fill('materialbeställ');
    await expect.poll(() => card(page, LONG, 'Barnskötare').locator('xpath=ancestor::li[1]').getAttribute('class')).not.toContain('dimmed');
    await expect.poll(() => card(page, 'Utvecklingssamtal', 'Barnskötare').locator('xpath=ancestor::li[1]').getAttribute('class')).toContain('dimmed');
    await page.getByPlaceholder('Sök uppgift').fill('');

    // Presentation mode (F5) at 1920×1080: the room's cards.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator('[data-card]').first().focus();
    await page.keyboard.press('F5');
    await page.locator('html[data-presenting]').waitFor({ state: 'attached' });
    await page.locator('.room-column [data-room-card]').first().waitFor();
    await expect.poll(async () => (await lineBreaks(page, '.room-column .room-card__title')).hyphenated).toBeGreaterThan(0);
    const room = await lineBreaks(page, '.room-column .room-card__title');
    expect(room.bad).toEqual([]);
    expect(room.wrapped).toBeGreaterThan(3);
    await page.screenshot({ path: `${SHOTS}/presentation-1920x1080.png` });
    await page.keyboard.press('Escape');

    // The analysis file holds the titles as typed: no soft hyphen reaches an export.
    await page.getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('button', { name: 'Exportera analysen' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Exportera analysen' });
    await exportDialog.getByRole('button', { name: 'Spara fil' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), exportDialog.getByRole('button', { name: 'Spara fil' }).click()]);
    const exported = readFileSync(await download.path(), 'utf8');
    expect(exported).toContain(LONG);
    expect(exported).not.toContain('\u00AD');
    await waitSaved(page);
  });
});
