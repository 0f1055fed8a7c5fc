import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eSession, waitSaved } from './app.ts';
import { announcement, boardWith, card, cellTitles, quickAdd } from './board-helpers.ts';
import { openRoomBoard, roomFile } from './roomFile.ts';

const session = e2eSession();
const ROLES = ['Förskollärare', 'Barnskötare'];
const TASKS = [
  { title: 'Diska', hours: '2,5' },
  { title: 'Planera tema', hours: '4' },
  { title: 'Beställa material', hours: '1.5' },
];

async function open(): Promise<Page> {
  const running = await session.launch();
  const page = await running.newPage();
  await page.setViewportSize({ width: 1400, height: 1600 });
  await boardWith(page, session.url, ROLES, TASKS);
  return page;
}

/** Drags with real mouse events, in steps, as dnd-kit's pointer sensor needs. */
async function mouseDrag(page: Page, from: ReturnType<typeof card>, to: { x: number; y: number }) {
  // Playwright's mouse does not scroll; the test window is tall enough for the whole board.
  const box = await from.boundingBox();
  if (!box) throw new Error('card not visible');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2 + 5, { steps: 5 });
  await page.locator('[data-drag-overlay]').waitFor();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.locator('[data-insertion-marker]').waitFor();
  await page.mouse.up();
}

async function cellBox(page: Page, role: string, colour: string) {
  const box = await page.getByRole('group', { name: `${colour}, ${role}`, exact: true }).boundingBox();
  if (!box) throw new Error('cell not visible');
  return box;
}

async function totalText(page: Page, role: string): Promise<string> {
  return page
    .locator('.totals__row', { has: page.locator('.totals__role', { hasText: role }) })
    .locator('.totals__text')
    .innerText();
}

describe('the AKR board', () => {
  it('moves cards with the mouse between columns and lanes, updates totals, and keeps them across a reload', async () => {
    const page = await open();
    await expect.poll(() => totalText(page, 'Barnskötare')).toBe('Osorterat 8 h (100 %)');

    const red = await cellBox(page, 'Barnskötare', 'Röd');
    await mouseDrag(page, card(page, 'Diska', 'Barnskötare'), { x: red.x + red.width / 2, y: red.y + 40 });
    await expect.poll(() => cellTitles(page, 'Barnskötare', 'Röd')).toEqual(['Diska']);
    await expect.poll(() => announcement(page)).toBe('Kortet ”Diska” flyttat till Röd, Barnskötare, plats 1 av 1.');
    await expect.poll(() => totalText(page, 'Barnskötare')).toBe('Osorterat 5,5 h (69 %), Röd 2,5 h (31 %)');

    // Onto the top of the same cell: reorder before Diska.
    const diska = await card(page, 'Diska', 'Barnskötare').boundingBox();
    await mouseDrag(page, card(page, 'Planera tema', 'Barnskötare'), { x: red.x + red.width / 2, y: (diska?.y ?? 0) + 4 });
    await expect.poll(() => cellTitles(page, 'Barnskötare', 'Röd')).toEqual(['Planera tema', 'Diska']);

    // Across lanes: Förskollärare's "Beställa material" cannot go to Barnskötare, who already has that task.
    const bsGreen = await cellBox(page, 'Barnskötare', 'Grön');
    await mouseDrag(page, card(page, 'Beställa material', 'Förskollärare'), { x: bsGreen.x + bsGreen.width / 2, y: bsGreen.y + 40 });
    await expect.poll(() => announcement(page)).toBe('”Beställa material” finns redan hos Barnskötare. Kortet flyttades inte.');
    // A task only Förskollärare does can move to Barnskötare's lane.
    await quickAdd(page, 'Samtal med vårdnadshavare', '3', 'Förskollärare');
    const bsGreenNow = await cellBox(page, 'Barnskötare', 'Grön'); // the lane above grew
    await mouseDrag(page, card(page, 'Samtal med vårdnadshavare', 'Förskollärare'), { x: bsGreenNow.x + bsGreenNow.width / 2, y: bsGreenNow.y + 40 });
    await expect.poll(() => cellTitles(page, 'Barnskötare', 'Grön')).toEqual(['Samtal med vårdnadshavare']);
    await waitSaved(page);

    await page.reload();
    await expect.poll(() => cellTitles(page, 'Barnskötare', 'Röd')).toEqual(['Planera tema', 'Diska']);
    await expect.poll(() => cellTitles(page, 'Barnskötare', 'Grön')).toEqual(['Samtal med vårdnadshavare']);
    await expect.poll(() => cellTitles(page, 'Förskollärare', 'Osorterat')).toEqual(['Diska', 'Planera tema', 'Beställa material']);
  });

  it('moves a card by touch (CDP touch events)', async () => {
    const page = await open();
    const cdp = await page.context().newCDPSession(page);
    const from = await card(page, 'Diska', 'Förskollärare').boundingBox();
    const to = await cellBox(page, 'Förskollärare', 'Gul');
    if (!from) throw new Error('no card');
    const point = (x: number, y: number) => [{ x, y, id: 1, radiusX: 5, radiusY: 5, force: 1 }];
    const x0 = from.x + from.width / 2;
    const y0 = from.y + from.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(x0, y0) });
    await page.waitForTimeout(300); // the touch sensor waits 150 ms so a finger can still scroll
    const steps = 12;
    for (let i = 1; i <= steps; i += 1) {
      const x = x0 + ((to.x + to.width / 2 - x0) * i) / steps;
      const y = y0 + ((to.y + 40 - y0) * i) / steps;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(x, y) });
      await page.waitForTimeout(16);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => cellTitles(page, 'Förskollärare', 'Gul')).toEqual(['Diska']);
    await expect.poll(() => announcement(page)).toBe('Kortet ”Diska” flyttat till Gul, Förskollärare, plats 1 av 1.');
  });

  it('moves cards by keyboard: pick up, arrows across columns, positions and lanes, drop, cancel', async () => {
    const page = await open();
    const diska = card(page, 'Diska', 'Förskollärare');
    await diska.focus();
    await page.keyboard.press(' ');
    await expect
      .poll(() => announcement(page))
      .toBe('Diska lyft. Osorterat, Förskollärare, plats 1 av 3. Flytta med piltangenterna, släpp med mellanslag, avbryt med Esc.');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => announcement(page)).toBe('Röd, Förskollärare, plats 1 av 1.');
    await page.keyboard.press('ArrowDown'); // past the end of an empty cell: into the next lane
    await expect.poll(() => announcement(page)).toBe('Röd, Barnskötare, plats 1 av 1.');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => announcement(page)).toBe('Röd, Förskollärare, plats 1 av 1.');
    await page.keyboard.press(' ');
    await expect.poll(() => cellTitles(page, 'Förskollärare', 'Röd')).toEqual(['Diska']);
    await expect.poll(() => announcement(page)).toBe('Kortet ”Diska” flyttat till Röd, Förskollärare, plats 1 av 1.');
    // The moved card keeps the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Diska');

    // Reorder within a column, then cancel a move with Esc.
    await card(page, 'Beställa material', 'Förskollärare').focus();
    await page.keyboard.press(' ');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => announcement(page)).toBe('Osorterat, Förskollärare, plats 1 av 2.');
    await page.keyboard.press(' ');
    await expect.poll(() => cellTitles(page, 'Förskollärare', 'Osorterat')).toEqual(['Beställa material', 'Planera tema']);
    await card(page, 'Planera tema', 'Förskollärare').focus();
    await page.keyboard.press(' ');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect.poll(() => announcement(page)).toBe('Flytten avbröts. Planera tema ligger kvar.');
    await expect.poll(() => cellTitles(page, 'Förskollärare', 'Osorterat')).toEqual(['Beställa material', 'Planera tema']);
  });

  it('sends a focused card to a colour with 1–4 and 0, and through the "Flytta till" menu', async () => {
    const page = await open();
    await card(page, 'Diska', 'Barnskötare').focus();
    for (const [key, colour] of [
      ['1', 'Grön'],
      ['2', 'Gul'],
      ['3', 'Röd'],
      ['4', 'Svart'],
      ['0', 'Osorterat'],
    ] as const) {
      await page.keyboard.press(key);
      await expect.poll(() => cellTitles(page, 'Barnskötare', colour)).toContain('Diska');
      await expect.poll(() => announcement(page)).toMatch(new RegExp(`^Kortet ”Diska” flyttat till ${colour}, Barnskötare, plats \\d av \\d\\.$`));
      await card(page, 'Diska', 'Barnskötare').focus();
    }
    // The keys only act on a focused card: typing 3 in the search field moves nothing.
    await page.getByPlaceholder('Sök uppgift').fill('3');
    await expect.poll(() => cellTitles(page, 'Barnskötare', 'Röd')).toEqual([]);
    await page.getByPlaceholder('Sök uppgift').fill('');

    // The non-drag path: Enter opens the card's menu, "Röd" moves it.
    await card(page, 'Planera tema', 'Barnskötare').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').getByRole('menuitem', { name: /Röd/ }).click();
    await expect.poll(() => cellTitles(page, 'Barnskötare', 'Röd')).toEqual(['Planera tema']);
    await expect.poll(() => announcement(page)).toBe('Kortet ”Planera tema” flyttat till Röd, Barnskötare, plats 1 av 1.');
  });

  it('merges two tasks, splits one, and undoes and redoes every step', async () => {
    const page = await open();
    await quickAdd(page, 'Diska koppar', '1', 'Barnskötare');
    await card(page, 'Diska', 'Barnskötare').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Slå ihop med…' }).click();
    await page.getByRole('dialog').getByLabel('Uppgift att slå ihop').selectOption({ label: 'Diska koppar' });
    await page.getByRole('dialog').getByRole('button', { name: 'Slå ihop' }).click();
    await expect.poll(() => card(page, 'Diska koppar').count()).toBe(0);
    await expect.poll(() => card(page, 'Diska', 'Barnskötare').innerText()).toContain('3,5 h');

    await card(page, 'Planera tema', 'Förskollärare').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Dela upp…' }).click();
    await page.getByRole('dialog').getByLabel('Namn på den nya uppgiften').fill('Dokumentera tema');
    await page
      .getByRole('dialog')
      .getByLabel(/Andel av timmarna/)
      .fill('25');
    await page.getByRole('dialog').getByRole('button', { name: 'Dela upp' }).click();
    await expect.poll(() => card(page, 'Dokumentera tema', 'Förskollärare').innerText()).toContain('1 h');
    await expect.poll(() => card(page, 'Planera tema', 'Förskollärare').innerText()).toContain('3 h');
    await expect.poll(() => cellTitles(page, 'Förskollärare', 'Osorterat')).toEqual(['Diska', 'Planera tema', 'Dokumentera tema', 'Beställa material']);

    // Undo the split with the toolbar, the merge with Ctrl+Z; redo with Ctrl+Shift+Z and Ctrl+Y.
    await page.getByRole('button', { name: 'Ångra' }).click();
    await expect.poll(() => card(page, 'Dokumentera tema').count()).toBe(0);
    await expect.poll(() => card(page, 'Planera tema', 'Förskollärare').innerText()).toContain('4 h');
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => card(page, 'Diska koppar', 'Barnskötare').count()).toBe(1);
    await expect.poll(() => card(page, 'Diska', 'Barnskötare').innerText()).toContain('2,5 h');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => card(page, 'Diska koppar').count()).toBe(0);
    await page.keyboard.press('Control+y');
    await expect.poll(() => card(page, 'Dokumentera tema').count()).toBe(2);
    await waitSaved(page);
    await page.reload();
    await expect.poll(() => card(page, 'Dokumentera tema').count()).toBe(2);
    await expect.poll(() => card(page, 'Diska koppar').count()).toBe(0);
  });

  it("edits a task's title, roles and hours in one step that one undo reverses", async () => {
    const page = await open();
    await card(page, 'Diska', 'Barnskötare').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Redigera…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Arbetsuppgift').fill('Diska efter lunch');
    await dialog.getByLabel('Timmar per vecka för Barnskötare').fill('6,5');
    await dialog.getByRole('checkbox', { name: 'Förskollärare' }).uncheck();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => card(page, 'Diska efter lunch', 'Barnskötare').innerText()).toContain('6,5 h');
    await expect.poll(() => card(page, 'Diska efter lunch', 'Förskollärare').count()).toBe(0);
    await page.getByRole('button', { name: 'Ångra' }).click();
    await expect.poll(() => card(page, 'Diska', 'Barnskötare').innerText()).toContain('2,5 h');
    await expect.poll(() => card(page, 'Diska', 'Förskollärare').count()).toBe(1);
    await expect.poll(() => card(page, 'Diska efter lunch').count()).toBe(0);
  });

  it('edits hours for roles whose ids, from a file, are named like members of Object.prototype', async () => {
    // A file may give a role any id; the dialog keeps hours per role id in a Map, so "__proto__" is just an id (as an object key it would set the prototype and lose the hours).
    const analysisId = crypto.randomUUID();
    const file = JSON.parse(
      roomFile(analysisId, [
        { name: 'Kock', colours: ['red'] },
        { name: 'Lokalvårdare', colours: ['yellow'] },
      ]).toString('utf8'),
    ) as { analyses: { roles: { id: string }[]; tasks: { id: string; title: string }[]; placements: { roleId: string; taskId: string }[] }[] };
    const [record] = file.analyses;
    if (!record) throw new Error('no analysis');
    const ids = new Map(record.roles.map((r, i) => [r.id, ['__proto__', 'constructor'][i] ?? r.id]));
    for (const r of record.roles) r.id = ids.get(r.id) ?? r.id;
    for (const p of record.placements) p.roleId = ids.get(p.roleId) ?? p.roleId;
    const title = 'Laga lunch';
    const kocksTask = record.placements.find((p) => p.roleId === '__proto__')?.taskId;
    for (const t of record.tasks) if (t.id === kocksTask) t.title = title;
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1400, height: 1200 });
    await openRoomBoard(page, session.url, Buffer.from(JSON.stringify(file)), analysisId);
    await card(page, title, 'Kock').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Redigera…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Timmar per vecka för Kock').fill('3,5');
    await dialog.getByRole('checkbox', { name: 'Lokalvårdare' }).check();
    await dialog.getByLabel('Timmar per vecka för Lokalvårdare').fill('1');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => card(page, title, 'Kock').innerText()).toContain('3,5 h');
    await expect.poll(() => card(page, title, 'Lokalvårdare').innerText()).toContain('1 h');
    await waitSaved(page);
    await page.reload();
    await expect.poll(() => card(page, title, 'Kock').innerText()).toContain('3,5 h');
  });

  it('exports the board as CSV that opens in a Swedish Excel', async () => {
    const page = await open();
    await card(page, 'Diska', 'Barnskötare').focus();
    await page.keyboard.press('3');
    await waitSaved(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('Förskolan-Solrosen-akr-tavla.csv');
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Uppgift;Yrkesroll;Färg;Timmar per vecka;Anteckningar');
    expect(lines).toContain('Diska;Barnskötare;Röd;"2,5";');
    expect(lines).toContain('Beställa material;Förskollärare;Osorterat;"1,5";');
    expect(lines).toHaveLength(1 + TASKS.length * ROLES.length);
  });
});
