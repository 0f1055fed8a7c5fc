import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addRole, createAnalysis, e2eSession, typeDate, waitSaved } from './app.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();

/** A survey with core missions: 3 + 3 respondents in two roles, and the cook alone (under the threshold of 3). */
const SURVEY = [
  'Svars-ID;Yrkesroll;Grunduppdrag;Timmar per vecka: Diska',
  '1;Förskollärare;Undervisa barnen;2',
  '2;Förskollärare;  undervisa BARNEN ;1',
  '3;Förskollärare;Leda den pedagogiska planeringen;0',
  '4;Barnskötare;Omsorg om barnen;3',
  '5;Barnskötare;omsorg om barnen;2',
  '6;Barnskötare;Trygghet och lek;4',
  '7;Kock;Laga mat med hemligt recept;5',
].join('\n');

async function pdfText(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: button }).first().click()]);
  const path = await download.path();
  mkdirSync('test-results', { recursive: true });
  copyFileSync(path, `test-results/${download.suggestedFilename()}`);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
}

/** Ticks a checkbox that is checked once its edit is committed (the view follows the store). */
async function tick(page: Page, name: string) {
  const box = page.getByRole('checkbox', { name });
  await box.click();
  await expect.poll(() => box.isChecked()).toBe(true);
}

/** An analysis with three roles and the survey imported, on its report view. */
async function reportViewWithSurvey(page: Page) {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(session.url);
  await createAnalysis(page, 'Förskolan Solrosen');
  await page.getByRole('link', { name: 'Yrkesroller' }).click();
  await addRole(page, 'Förskollärare', '6');
  await addRole(page, 'Barnskötare', '8');
  await addRole(page, 'Kock', '1');
  await page.getByRole('link', { name: 'Enkät', exact: true }).click();
  await page.getByTestId('survey-file').setInputFiles({ name: 'enkät.csv', mimeType: 'text/csv', buffer: Buffer.from(SURVEY) });
  const dialog = page.getByRole('dialog', { name: 'Importera enkät' });
  await dialog.getByRole('button', { name: 'Importera 7 svar' }).click();
  await dialog.waitFor({ state: 'detached' });
  await waitSaved(page);
  await page.getByRole('link', { name: 'Rapport', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Förankring och beslut' }).waitFor();
}

describe('the report view', () => {
  it('keeps the decision trail, attendance, the three texts and a core-mission summary, and prints them in the report PDF with the privacy rule', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await reportViewWithSurvey(page);

    // The decision trail.
    await tick(page, 'Chefens stöd: Klart');
    await typeDate(page.getByRole('group', { name: 'Chefens stöd: Datum' }), '2026-09-01');
    await page.getByLabel('Chefens stöd: Av vem').fill('Anna Rektor');
    await tick(page, 'Risk- och konsekvensbedömning: Klart');
    await page.getByLabel('Risk- och konsekvensbedömning: Av vem').fill('Berit Skyddsombud');
    await page.getByLabel('Risk- och konsekvensbedömning: Anteckning').fill('Inga risker som kräver åtgärd');

    // Attendance, with its totals.
    await page.getByLabel('Förskollärare, Workshop 1: antal').fill('5');
    await page.getByLabel('Barnskötare, Workshop 1: antal').fill('7');
    await page.getByLabel('Kock, Informationsmöte: antal').fill('1');
    await expect.poll(() => page.locator('[data-total="workshop1"]').innerText()).toBe('12');
    await expect.poll(() => page.locator('[data-total="info"]').innerText()).toBe('1');

    // The summary, with a bold word made by Ctrl+B (which selects its placeholder, typed over).
    const summary = page.getByRole('textbox', { name: 'Sammanfattning', exact: true });
    await summary.fill('Personalen lägger mycket tid på ');
    await summary.press('End');
    await summary.press('Control+b');
    await page.keyboard.type('disk och tvätt');
    await expect.poll(() => summary.inputValue()).toBe('Personalen lägger mycket tid på **disk och tvätt**');
    const summaryPreview = page.getByRole('region', { name: 'Förhandsvisning: Sammanfattning' });
    await expect.poll(() => summaryPreview.locator('strong').innerText()).toBe('disk och tvätt');

    // The conclusions as a bulleted list, made with the toolbar.
    const conclusions = page.getByRole('textbox', { name: 'Slutsatser', exact: true });
    await conclusions.fill('Köket är överbelastat\nBarnskötarna saknar planeringstid');
    await conclusions.press('Control+a');
    await page.getByRole('toolbar', { name: 'Formatering: Slutsatser' }).getByRole('button', { name: 'Punktlista' }).click();
    await expect.poll(() => conclusions.inputValue()).toBe('- Köket är överbelastat\n- Barnskötarna saknar planeringstid');
    await expect.poll(() => page.getByRole('region', { name: 'Förhandsvisning: Slutsatser' }).locator('li').count()).toBe(2);

    // The recommendations with a heading and a numbered list; HTML stays text.
    const recommendations = page.getByRole('textbox', { name: 'Rekommendationer', exact: true });
    await recommendations.fill('Nästa steg\nInrätta en serviceassistent\nFölj upp <b>i mars</b>');
    await recommendations.press('Control+Home');
    await page.getByRole('toolbar', { name: 'Formatering: Rekommendationer' }).getByRole('button', { name: 'Rubrik' }).click();
    await recommendations.press('Control+End');
    await recommendations.press('Shift+ArrowUp');
    await page.getByRole('toolbar', { name: 'Formatering: Rekommendationer' }).getByRole('button', { name: 'Numrerad lista' }).click();
    await expect.poll(() => recommendations.inputValue()).toBe('## Nästa steg\n1. Inrätta en serviceassistent\n2. Följ upp <b>i mars</b>');
    const recPreview = page.getByRole('region', { name: 'Förhandsvisning: Rekommendationer' });
    await expect.poll(() => recPreview.getByRole('heading', { name: 'Nästa steg' }).count()).toBe(1);
    await expect.poll(() => recPreview.locator('ol li').last().innerText()).toBe('Följ upp <b>i mars</b>');
    await expect.poll(() => recPreview.locator('b').count()).toBe(0);

    // A core-mission summary, with the survey's answers beside it: grouped and counted, the cook's hidden.
    const teacher = page.locator('.report-mission', { hasText: 'Grunduppdraget för Förskollärare' });
    await teacher.getByRole('textbox', { name: 'Grunduppdraget för Förskollärare' }).fill('Förskollärarna leder **undervisningen** och planeringen.');
    await expect.poll(() => teacher.locator('.report-answers').innerText()).toMatch(/Undervisa barnen\s*× 2/);
    await expect.poll(() => teacher.locator('.report-answers li').count()).toBe(2);
    const cook = page.locator('.report-mission', { hasText: 'Grunduppdraget för Kock' });
    await expect.poll(() => cook.innerText()).toContain('Färre än 3 svarade i rollen');
    expect(await page.locator('.report-view').innerText()).not.toContain('hemligt recept');

    // Moving away and back keeps everything (nothing lost on navigation).
    await page.getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('link', { name: 'Rapport', exact: true }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Sammanfattning', exact: true }).inputValue())
      .toBe('Personalen lägger mycket tid på **disk och tvätt**');
    await expect.poll(() => page.getByLabel('Risk- och konsekvensbedömning: Anteckning').inputValue()).toBe('Inga risker som kräver åtgärd');
    await waitSaved(page);

    const text = await pdfText(page, 'Slutrapport (PDF)');
    const at = (s: string) => text.indexOf(s);
    expect(at('Personalen lägger mycket tid på disk och tvätt')).toBeGreaterThan(0);
    expect(at('Köket är överbelastat')).toBeGreaterThan(at('Personalen lägger mycket tid på'));
    expect(at('Barnskötarna saknar planeringstid')).toBeGreaterThan(at('Köket är överbelastat'));
    expect(at('Nästa steg')).toBeGreaterThan(at('Barnskötarna saknar planeringstid'));
    expect(text).toMatch(/1\.\s+Inrätta en serviceassistent/);
    expect(text).toMatch(/2\.\s+Följ upp <b>i mars<\/b>/);
    expect(text).not.toContain('**');
    // The core missions: the summary, the grouped answers, and the hidden role's answer nowhere.
    expect(text).toContain('Förskollärarna leder undervisningen och planeringen.');
    expect(text).toMatch(/Undervisa barnen × 2/);
    expect(text).toContain('Omsorg om barnen × 2');
    expect(text).not.toContain('hemligt recept');
    // The decision trail and the attendance.
    expect(text).toMatch(/Chefens stöd\s+Ja\s+1 sep 2026\s+Anna Rektor/);
    expect(text).toMatch(/Risk- och\s+Ja\s+Berit\s+Inga risker/);
    expect(text).toContain('Skyddsombud');
    expect(text.lastIndexOf('Förankring och deltagande')).toBeGreaterThan(at('Nästa steg'));
    expect(text).toMatch(/Förskollärare\s+0\s+5/);
    expect(text).toMatch(/Totalt\s+1\s+12/);
  });

  it('undoes a text edit with Ctrl+Z, and axe finds nothing serious on the view in Swedish and English', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await reportViewWithSurvey(page);
    const summary = page.getByRole('textbox', { name: 'Sammanfattning', exact: true });
    await summary.fill('Första versionen');
    await summary.blur();
    await waitSaved(page);
    await summary.fill('Andra versionen');
    await summary.blur();
    await waitSaved(page);
    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => summary.inputValue()).toBe('Första versionen');
    // The toolbar is one tab stop before the text; the arrow keys move within it.
    await summary.focus();
    await summary.press('Control+End');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Rubrik');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Fetstil');
    await page.keyboard.press('Enter');
    await expect.poll(() => summary.inputValue()).toBe('Första versionen**fet text**');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await tick(page, 'HR:s stöd: Klart');
    await waitSaved(page);

    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.locator('label.segmented__option', { hasText: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Anchoring and decisions' }).waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: 'Summary', exact: true }).inputValue()).toBe('Första versionen**fet text**');
    expect(await axeViolations(page)).toEqual([]);
  });
});
