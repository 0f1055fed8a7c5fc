import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eSession, waitSaved } from './app.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();
const EXAMPLE = 'Exempel: Förskolan Solrosen';
/** Screenshots for a person to look at (not compared): the overview with Nästa steg, the list with the example. */
const SHOTS = process.env.AKR_SHOTS_DIR ?? 'test-results/guide';

async function open(): Promise<Page> {
  const running = await session.launch();
  const page = await running.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(session.url);
  await page.getByRole('heading', { level: 1, name: 'Analyser' }).waitFor();
  return page;
}

function stepCard(page: Page, title: string) {
  return page.locator('section.step-card').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

async function checked(card: ReturnType<typeof stepCard>): Promise<string | null> {
  return card.locator('label.segmented__option:has(input:checked)').textContent();
}

describe('guidance through the method, and the example analysis', () => {
  it('makes the example from the empty list, guides to the board, follows the work, lets the facilitator decide, and deletes it', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await open();

    // The empty list offers the example; it opens on its overview, marked as an example.
    await page.getByText('Inga analyser än').waitFor();
    await page.getByRole('button', { name: 'Utforska ett exempel' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(EXAMPLE) }).waitFor();
    await waitSaved(page);
    await expect.poll(() => page.locator('.example-note').textContent()).toContain('skrivs aldrig till synkmappen');
    await expect.poll(() => page.locator('.example-note .badge--example').textContent()).toBe('Exempel');

    // Its survey is imported and its board filled: the survey step (and the meeting before it) follow that work.
    const survey = stepCard(page, 'Enkät');
    await expect.poll(() => checked(survey)).toBe('Klart');
    await expect.poll(() => survey.locator('.step-card__source').textContent()).toBe('Klart, eftersom enkäten är importerad.');
    await expect.poll(() => checked(stepCard(page, 'Informationsmöte'))).toBe('Klart');
    await expect.poll(() => checked(stepCard(page, 'Workshop 1'))).toBe('Ej påbörjat');

    // Nästa steg says workshop 1, on the board.
    const next = page.locator('section.next-step');
    await expect.poll(() => next.textContent()).toContain('Håll workshop 1');
    expect(await axeViolations(page), 'overview with Nästa steg').toEqual([]);
    await page.screenshot({ path: `${SHOTS}/overview-next-step.png` });

    // Help text on a step, behind "Om steget".
    const workshop1 = stepCard(page, 'Workshop 1');
    await workshop1.getByText('Om steget').click();
    await expect.poll(() => workshop1.locator('.step-card__about').textContent()).toContain('grönt är mitt uppdrag');

    await next.getByRole('button', { name: 'Öppna AKR-tavlan' }).click();
    await expect.poll(() => new URL(page.url()).hash).toMatch(/\/board$/);
    await page.getByRole('heading', { level: 1, name: /AKR-tavla/ }).waitFor();

    // Work in the SWOT view: a note there marks the SWOT survey done.
    await page.goto(page.url().replace(/\/board$/, '/swot'));
    const noteField = page.getByLabel('Ny lapp i Styrkor');
    await noteField.fill('Vi känner barnen väl');
    await noteField.press('Enter');
    await waitSaved(page);
    await page.goto(page.url().replace(/\/swot$/, ''));
    const swotSurvey = stepCard(page, 'SWOT-enkät');
    await expect.poll(() => checked(swotSurvey)).toBe('Klart');
    await expect.poll(() => swotSurvey.locator('.step-card__source').textContent()).toBe('Klart, eftersom det finns lappar i SWOT:en.');

    // The facilitator's own status wins over the work, across a reload, until they reset it.
    await survey.locator('label.segmented__option', { hasText: 'Planerat' }).click();
    await waitSaved(page);
    await expect.poll(() => checked(survey)).toBe('Planerat');
    await expect.poll(() => survey.locator('.step-card__source').textContent()).toBe('Du har satt statusen själv. Enligt arbetet i appen: klart.');
    await expect.poll(() => page.locator('.rail__steps li').nth(1).textContent()).toContain('Planerat');
    await expect.poll(() => next.textContent()).toContain('Importera enkäten');
    await survey.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/step-set-by-facilitator.png` });
    await page.reload();
    await expect.poll(() => checked(stepCard(page, 'Enkät'))).toBe('Planerat');
    await stepCard(page, 'Enkät').getByRole('button', { name: 'Följ arbetet igen' }).click();
    await waitSaved(page);
    await expect.poll(() => checked(stepCard(page, 'Enkät'))).toBe('Klart');
    await expect.poll(() => stepCard(page, 'Enkät').getByRole('button', { name: 'Följ arbetet igen' }).count()).toBe(0);
    await expect.poll(() => page.locator('section.next-step').textContent()).toContain('Håll workshop 1');

    // Back in the list: the example's card carries its badge; it is deleted like any analysis.
    await page.getByRole('link', { name: 'Till alla analyser' }).first().click();
    const card = page.locator('article.analysis-card').filter({ hasText: EXAMPLE });
    await expect.poll(() => card.locator('.badge--example').textContent()).toBe('Exempel');
    await expect.poll(() => card.textContent()).toContain('3 av 6 steg klara');
    await page.screenshot({ path: `${SHOTS}/analyses-with-example.png` });
    await card.getByRole('button', { name: `Fler val för ${EXAMPLE}` }).click();
    await page.getByRole('menuitem', { name: 'Ta bort' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort analysen' }).click();
    await waitSaved(page);
    await expect.poll(() => page.locator('article.analysis-card').count()).toBe(0);
    await expect.poll(() => page.locator('.trash').textContent()).toContain(EXAMPLE);
    // The list is empty again and offers the example once more.
    await page.getByRole('button', { name: 'Utforska ett exempel' }).waitFor();
  });
});
