import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addRole, createAnalysis, e2eSession, waitSaved } from './app.ts';
import { axeViolations } from './browser.ts';
import { quickAdd } from './board-helpers.ts';

const session = e2eSession();

/**
 * Clicks a PDF button and returns the saved file's path, text (pdftotext -layout), page count and
 * fonts. With `goOn`, the app first says that cards are unsorted, and the PDF is made anyway.
 */
async function pdfFrom(page: Page, button: string, goOn = false) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    (async () => {
      await page.getByRole('button', { name: button }).first().click();
      if (goOn) await page.getByRole('alertdialog').getByRole('button', { name: 'Skapa PDF:en ändå' }).click();
    })(),
  ]);
  const path = await download.path();
  mkdirSync('test-results', { recursive: true });
  copyFileSync(path, `test-results/${download.suggestedFilename()}`);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
  const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
  return { name: download.suggestedFilename(), text, pages, fonts };
}

async function colour(page: Page, role: string, task: string, key: '1' | '2' | '3' | '4') {
  await page.getByRole('group', { name: role, exact: true }).locator('[data-card]', { hasText: task }).focus();
  await page.keyboard.press(key);
  await waitSaved(page);
}

describe('PDF handouts and the final report', () => {
  it('makes the handout, the report and a job description as real PDFs with embedded fonts, in Swedish, without loading the PDF code at start', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1400, height: 1200 });
    await page.goto(session.url);
    await createAnalysis(page, 'Hemtjänst Öster');
    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await addRole(page, 'Undersköterska', '12');
    await addRole(page, 'Sjuksköterska', '3');
    // The PDF code and fonts are not fetched until a PDF is made.
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect((await loaded()).filter((n) => /exportPdf|DejaVu/.test(n))).toEqual([]);

    await page.getByRole('link', { name: 'AKR-tavla' }).click();
    await quickAdd(page, 'Dokumentera insatser “i tid” – även kvällar', '6');
    await quickAdd(page, 'Beställa förbrukningsmaterial', '3');
    await quickAdd(page, 'Tvätta brukarnas kläder', '8');
    await quickAdd(page, 'Rapportera i pärm som ingen läser', '2');
    await quickAdd(page, 'Kopiera scheman', '0,1', 'Undersköterska');
    await colour(page, 'Undersköterska', 'Dokumentera insatser', '1');
    await colour(page, 'Undersköterska', 'Beställa förbrukningsmaterial', '3');
    await colour(page, 'Undersköterska', 'Tvätta brukarnas kläder', '3');
    await colour(page, 'Undersköterska', 'Rapportera i pärm', '4');
    await colour(page, 'Undersköterska', 'Kopiera scheman', '4');
    // The room's answer to one of the three questions, which the handout leads with.
    await page.getByLabel('Gör vi rätt saker?').fill('Vi lägger mycket tid på tvätt.');
    await page.getByLabel('Gör vi saker rätt?').focus();
    await waitSaved(page);

    // A new role for the job description.
    await page.getByRole('link', { name: 'Nya tjänster' }).click();
    await page.getByLabel('Tjänstens namn').fill('Serviceassistent');
    await page.getByRole('button', { name: 'Skapa tjänst' }).click();
    const item = page.locator('.source-item', { hasText: 'Tvätta brukarnas kläder' }).filter({ hasText: 'Undersköterska' });
    await item.getByRole('button', { name: /^Lägg till i tjänst… – / }).click();
    await page.getByRole('menuitem', { name: 'Serviceassistent' }).click();
    await waitSaved(page);
    const job = await pdfFrom(page, 'Uppdragsbeskrivning (PDF)');
    expect(job.name).toBe('Hemtjänst-Öster-Serviceassistent.pdf');
    expect(job.pages).toBe(1);
    expect(job.text).toContain('Serviceassistent');
    expect(job.text).toMatch(/Tvätta brukarnas kläder\s+Undersköterska\s+8/);
    expect((await loaded()).filter((n) => /exportPdf/.test(n)).length).toBe(1);

    await page.getByRole('link', { name: 'Översikt' }).click();
    // The sjuksköterska's four cards are still in Osorterat: the app says so before the PDF, and offers the board.
    await page.getByRole('button', { name: 'Sammanfattning till personalen (PDF)' }).click();
    const asked = page.getByRole('alertdialog', { name: 'Osorterade kort' });
    await expect.poll(() => asked.textContent()).toContain('4 kort ligger kvar i Osorterat.');
    expect(await axeViolations(page)).toEqual([]);
    await asked.getByRole('button', { name: 'Sortera dem först' }).click();
    await expect.poll(() => page.url()).toContain('/board');
    await page.getByRole('link', { name: 'Översikt' }).click();
    // Esc leaves it; nothing is made.
    await page.getByRole('button', { name: 'Sammanfattning till personalen (PDF)' }).click();
    await asked.waitFor();
    await page.keyboard.press('Escape');
    await asked.waitFor({ state: 'hidden' });
    const handout = await pdfFrom(page, 'Sammanfattning till personalen (PDF)', true);
    expect(handout.name).toBe('Hemtjänst-Öster-sammanfattning-till-personalen.pdf');
    expect(handout.pages).toBeLessThanOrEqual(2);
    expect(handout.text).toContain('Hemtjänst Öster');
    // It leads with what the room decided: the new role and the answers to the three questions, before the figures.
    const first = (text: string) => handout.text.indexOf(text);
    expect(first('Nya tjänster')).toBeGreaterThan(0);
    expect(handout.text).toMatch(/Serviceassistent\s+8\s?h\s+20 % av en heltid/);
    expect(first('Vi lägger mycket tid på tvätt.')).toBeGreaterThan(first('De tre frågorna'));
    expect(first('De tre frågorna')).toBeLessThan(first('Timmar per vecka per yrkesroll'));
    expect(handout.text).toContain('Undersköterska');
    expect(handout.text).toContain('Tvätta brukarnas kläder');
    expect(handout.text).toContain('Rapportera i pärm som ingen läser');
    // Hours to the half hour, totals from the exact hours (19,1 h) rounded once; shares in whole percent adding up to 100.
    const flat = handout.text.replace(/\u00a0/g, ' ');
    expect(flat).toMatch(/Kopiera scheman\s+Undersköterska\s+Svart\s+< 0,5 h/);
    // (pdftotext may close up the no-break space between a figure and its unit)
    expect(flat).toMatch(/Undersköterska\s+6\s?h\s+0\s?h\s+11\s?h\s+2\s?h\s+0\s?h\s+19\s?h/);
    expect(flat).not.toMatch(/\d,\d\d h/);
    // Grön 6 h, Röd 11 h and Svart 2,1 h of 19,1 h: 31, 58 and 11 %.
    const shares = /Undersköterska\s+((?:\d+ %\s+)+)19 h/.exec(flat)?.[1] ?? '';
    const percents = [...shares.matchAll(/(\d+) %/g)].map((m) => Number(m[1]));
    expect(percents).toEqual([31, 58, 11]);
    expect(percents.reduce((a, b) => a + b, 0)).toBe(100);
    // Real text with the characters Helvetica lacks, and no soft hyphen drawn.
    expect(handout.text).not.toMatch(/[\uFFFD\u00AD]/);
    // Three faces of DejaVu Sans at most, every one embedded.
    const rows = handout.fonts.split('\n').filter((l) => /DejaVu/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\byes\b/);

    const report = await pdfFrom(page, 'Slutrapport (PDF)', true);
    expect(report.pages).toBeGreaterThanOrEqual(3);
    expect(report.text).toContain('Hemtjänst Öster');
    expect(report.text).toContain(`Sida 2 av ${report.pages}`);
    expect(report.text).toContain('Dokumentera insatser “i tid” – även kvällar');
    expect(report.text).toContain('Serviceassistent');
    expect(report.text).not.toContain('\u00AD');
    // The sections come in the order of the method.
    const at = (s: string) => report.text.indexOf(s);
    expect(at('Tvätta brukarnas kläder')).toBeGreaterThan(0);
    for (const row of report.fonts.split('\n').filter((l) => /DejaVu/.test(l))) expect(row).toMatch(/\byes\b/);
  });
});
