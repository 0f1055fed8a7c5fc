import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addRole, createAnalysis, e2eSession, waitSaved } from './app.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const DISHES = 'Diska och ställa in i diskmaskin';
const LAUNDRY = 'Tvätta och vika tvätt (dukar, handdukar, sängkläder)';
const CLEANING = 'Städa och plocka undan på avdelningen';

/** "12,5 h" → 12.5 */
const hoursOf = (text: string) =>
  Number(
    /([\d\s\u00a0]+(?:,\d+)?)\s*h/
      .exec(text)?.[1]
      ?.replace(/[\s\u00a0]/g, '')
      .replace(',', '.') ?? NaN,
  );

/** A preschool from the survey fixture, with the board seeded from it. */
async function preschoolBoard(page: Page) {
  await page.setViewportSize({ width: 1400, height: 1400 });
  await page.goto(session.url);
  await createAnalysis(page, 'Förskolan Solrosen');
  await page.getByRole('link', { name: 'Yrkesroller' }).click();
  await addRole(page, 'Förskollärare', '6');
  await addRole(page, 'Barnskötare', '10');
  await page.getByRole('link', { name: 'Enkät', exact: true }).click();
  await page.getByTestId('survey-file').setInputFiles(`${FIXTURES}survey-forskola-wide.csv`);
  const dialog = page.getByRole('dialog', { name: 'Importera enkät' });
  await dialog.getByRole('button', { name: /^Importera \d+ svar$/ }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Fyll AKR-tavlan' }).click();
  await page.getByRole('dialog', { name: 'Fyll AKR-tavlan' }).getByRole('button', { name: 'Fyll AKR-tavlan' }).click();
  await waitSaved(page);
  await page.getByRole('link', { name: 'AKR-tavla' }).click();
  await page.locator('[data-card]').first().waitFor();
}

/** Gives a card a colour with its number key (1 green, 2 yellow, 3 red). */
async function colour(page: Page, role: string, task: string, key: '1' | '2' | '3') {
  const card = page.getByRole('group', { name: role, exact: true }).locator('[data-card]', { hasText: task });
  await card.focus();
  await page.keyboard.press(key);
  await waitSaved(page);
}

const source = (page: Page, task: string, role: string) => page.locator('.source-item', { hasText: task }).filter({ hasText: role });
const roleCard = (page: Page, name: string) => page.locator('[data-new-role]', { has: page.getByRole('heading', { name, exact: true }) });

describe('new roles', () => {
  it('builds a role from red tasks by keyboard, menu and mouse; shows hours, share, relief and advice; flags a task no longer red; prints the job description', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.addInitScript(() => {
      // The print dialog cannot be driven headless; page.pdf() prints the same print styles.
      window.print = () => undefined;
    });
    await preschoolBoard(page);
    // The meeting marks three of the barnskötare's tasks red, and one of the förskollärare's.
    await colour(page, 'Barnskötare', DISHES, '3');
    await colour(page, 'Barnskötare', LAUNDRY, '3');
    await colour(page, 'Barnskötare', CLEANING, '2');
    await colour(page, 'Förskollärare', DISHES, '3');

    await page.getByRole('link', { name: 'Nya tjänster' }).click();
    await page.getByRole('heading', { name: 'Röda och gula uppgifter' }).waitFor();
    await expect.poll(() => page.locator('.source-item').count()).toBe(4);
    /** "4,5 h av 6 h kvar": what is left, and the card's hours. */
    const meta = async (task: string, role: string) => {
      const m = /([\d,]+) h av ([\d,]+) h kvar/.exec(await source(page, task, role).locator('.movable__meta').innerText());
      return { left: Number(m?.[1]?.replace(',', '.')), hours: Number(m?.[2]?.replace(',', '.')) };
    };
    const hoursLeft = async (task: string, role: string) => (await meta(task, role)).hours;
    const dishesB = await hoursLeft(DISHES, 'Barnskötare');
    const laundryB = await hoursLeft(LAUNDRY, 'Barnskötare');
    const dishesF = await hoursLeft(DISHES, 'Förskollärare');
    expect(dishesB).toBeGreaterThan(0);

    await page.getByLabel('Tjänstens namn').fill('Serviceassistent');
    await page.getByRole('button', { name: 'Skapa tjänst' }).click();
    const card = roleCard(page, 'Serviceassistent');
    await card.waitFor();
    await expect.poll(() => card.innerText()).toContain('Släpp uppgifter här');

    // Keyboard: Space picks up, Space drops on the (only) role.
    await source(page, DISHES, 'Barnskötare').locator('[data-movable]').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('new-roles-announcer').innerText()).toContain(`${DISHES} är lyft.`);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('new-roles-announcer').innerText()).toBe(`${DISHES} ligger nu i Serviceassistent.`);
    await waitSaved(page);

    // "Lägg till i tjänst…"
    await source(page, LAUNDRY, 'Barnskötare')
      .getByRole('button', { name: /^Lägg till i tjänst… – / })
      .click();
    await page.getByRole('menuitem', { name: 'Serviceassistent' }).click();
    await waitSaved(page);

    // Mouse: a real pointer drag (dnd-kit needs moves, not a synthetic drop).
    const from = await source(page, DISHES, 'Förskollärare').locator('[data-movable]').boundingBox();
    const to = await card.boundingBox();
    if (!from || !to) throw new Error('no boxes');
    await page.mouse.move(from.x + 20, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 40, from.y + from.height / 2, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 12 });
    await page.mouse.up();
    await waitSaved(page);

    const total = dishesB + laundryB + dishesF;
    const figures = page.getByTestId('new-role-figures-Serviceassistent');
    await expect.poll(async () => hoursOf(await figures.innerText())).toBeCloseTo(total, 5);
    // Over one post it says how many; under, the share of one.
    const share = total / 40;
    await expect
      .poll(() => figures.innerText())
      .toContain(
        share > 1
          ? `${String(Math.round(share * 100) / 100).replace('.', ',')} heltidstjänster (40 h per vecka)`
          : `${Math.round(share * 100)} % av en heltid (40 h)`,
      );
    // Relief per role and per person: barnskötare are 10, förskollärare 6.
    const relief = await card.locator('.new-role__relief').innerText();
    const perPerson = (hours: number, people: number) => `${String(Math.round((hours / people) * 100) / 100).replace('.', ',')} h per person`;
    expect(relief).toContain(perPerson(dishesB + laundryB, 10));
    expect(relief).toContain(perPerson(dishesF, 6));
    await expect.poll(() => card.locator('.new-role__advice').count()).toBe(0);

    // Split a task: only 1,5 h of the förskollärare's dishes.
    await card.getByLabel(`Timmar per vecka för ${DISHES}`).nth(1).fill('1,5');
    await card.getByLabel(`Timmar per vecka för ${DISHES}`).nth(1).press('Tab');
    await waitSaved(page);
    await expect.poll(async () => hoursOf(await figures.innerText())).toBeCloseTo(dishesB + laundryB + 1.5, 5);
    // What is left of it can go elsewhere.
    await page.getByLabel('Visa även uppgifter som redan finns i en tjänst').check();
    await expect.poll(async () => (await meta(DISHES, 'Förskollärare')).left).toBeCloseTo(dishesF - 1.5, 5);
    // The rest goes to a second role, which is thin: advice, not a block.
    await page.getByLabel('Tjänstens namn').first().fill('Kökshjälp');
    await page.getByRole('button', { name: 'Skapa tjänst' }).click();
    const kitchen = roleCard(page, 'Kökshjälp');
    await kitchen.waitFor();
    await source(page, DISHES, 'Förskollärare')
      .getByRole('button', { name: /^Lägg till i tjänst… – / })
      .click();
    await page.getByRole('menuitem', { name: 'Kökshjälp' }).click();
    await waitSaved(page);
    await expect.poll(async () => hoursOf(await page.getByTestId('new-role-figures-Kökshjälp').innerText())).toBeCloseTo(dishesF - 1.5, 5);
    await expect.poll(() => kitchen.locator('.new-role__advice').innerText()).toContain('Under halvtid blir det sällan en riktig tjänst');
    // Flagged as an extra (guldkant), the dishes make the kitchen role all extras; the service role is not.
    await source(page, DISHES, 'Förskollärare').getByLabel('Guldkant').check();
    await waitSaved(page);
    await expect.poll(() => kitchen.locator('.new-role__advice').innerText()).toContain('bara av uppgifter markerade som guldkant');
    await expect.poll(() => card.locator('.new-role__advice').count()).toBe(0);
    await kitchen.getByRole('button', { name: 'Ta bort tjänsten Kökshjälp' }).click();
    await kitchen.waitFor({ state: 'detached' });

    // Requirements and contract form.
    await card.getByText('Krav på tjänsten').click();
    await card.getByLabel('Syfte').fill('Avlasta pedagogerna i kök och tvätt.');
    await card.getByLabel(/^Kompetens och egenskaper/).fill('Social kompetens, stresstålighet.');
    await card.getByLabel('AB – ordinarie anställning').check();
    await card.getByLabel('Syfte').click();
    await waitSaved(page);
    await expect.poll(() => card.innerText()).toContain('Allmänna bestämmelser (AB)');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/new-roles.png', fullPage: true });

    // On the board the barnskötare's dishes turn green: the part stays, flagged.
    await page.getByRole('link', { name: 'AKR-tavla' }).click();
    await page.locator('[data-card]').first().waitFor();
    await colour(page, 'Barnskötare', DISHES, '1');
    await page.getByRole('link', { name: 'Nya tjänster' }).click();
    const flagged = card.locator('.new-role__part', { hasText: DISHES }).filter({ hasText: 'från Barnskötare' });
    await expect.poll(() => flagged.innerText()).toContain('Inte längre röd eller gul på tavlan');

    // The job description, printed with Chromium's own print to PDF.
    await card.getByRole('button', { name: 'Skriv ut uppdragsbeskrivning' }).click();
    await page.getByTestId('job-description').waitFor({ state: 'attached' });
    const dir = mkdtempSync(join(tmpdir(), 'akr-job-'));
    const pdf = join(dir, 'uppdrag.pdf');
    const bytes = await page.pdf({ format: 'A4' });
    writeFileSync(pdf, bytes);
    writeFileSync('test-results/job-description.pdf', bytes);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('UPPDRAGSBESKRIVNING');
    expect(text).toContain('Serviceassistent');
    expect(text).toContain('Förskolan Solrosen');
    expect(text).toContain('Avlasta pedagogerna i kök och tvätt.');
    expect(text).toContain('Social kompetens, stresstålighet.');
    expect(text).toContain('AB – ordinarie anställning');
    expect(text).toMatch(new RegExp(`${DISHES}\\s+Barnskötare\\s+${String(dishesB).replace('.', ',')}`));
    expect(text).toMatch(new RegExp(`${DISHES}\\s+Förskollärare\\s+1,5`));
    expect(text).toMatch(/Totalt\s+[\d,]+/);
    // Nothing of the app's screen is on the paper.
    expect(text).not.toContain('Röda och gula uppgifter');
    expect(Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1])).toBe(1);

    // Everything is still there after a reload.
    await page.reload();
    await roleCard(page, 'Serviceassistent').waitFor();
    await expect.poll(() => roleCard(page, 'Serviceassistent').locator('.new-role__part').count()).toBe(3);
  });
});
