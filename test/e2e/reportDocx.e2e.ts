import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addRole, createAnalysis, e2eSession, waitSaved } from './app.ts';
import { quickAdd } from './board-helpers.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();

async function colour(page: Page, role: string, task: string, key: '1' | '2' | '3' | '4') {
  await page.getByRole('group', { name: role, exact: true }).locator('[data-card]', { hasText: task }).focus();
  await page.keyboard.press(key);
  await waitSaved(page);
}

describe('the final report as a Word file', () => {
  it('is made from its button next to the report PDF, loads the Word code only then, and reads back with its headings', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(session.url);
    await createAnalysis(page, 'Hemtjänst Öster');
    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await addRole(page, 'Undersköterska', '12');
    await page.getByRole('link', { name: 'AKR-tavla' }).click();
    await quickAdd(page, 'Dokumentera insatser – även kvällar', '6');
    await quickAdd(page, 'Tvätta brukarnas kläder', '8');
    await colour(page, 'Undersköterska', 'Dokumentera insatser', '1');
    await colour(page, 'Undersköterska', 'Tvätta brukarnas kläder', '3');

    await page.getByRole('link', { name: 'Översikt' }).click();
    const button = page.getByRole('button', { name: 'Slutrapport (Word)' });
    await button.waitFor();
    // The Word code is not fetched until a Word file is asked for.
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect((await loaded()).filter((n) => /exportDocx|reportDocx/.test(n))).toEqual([]);
    expect(await axeViolations(page), 'overview with the Word button').toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
    expect(download.suggestedFilename()).toBe('Hemtjänst-Öster-slutrapport.docx');
    await expect.poll(() => page.getByText('Hemtjänst-Öster-slutrapport.docx är sparad.').count()).toBe(1);
    await expect.poll(async () => (await loaded()).filter((n) => /exportDocx/.test(n)).length).toBe(1);
    // The Word file is made without the PDF code: neither jsPDF nor the PDF fonts are fetched for it.
    expect((await loaded()).filter((n) => /exportPdf|jspdf|\/fonts-[^/]*\.js$|DejaVu/i.test(n))).toEqual([]);

    const buffer = readFileSync(await download.path());
    const { value: html } = await mammoth.convertToHtml({ buffer });
    const headings = [...html.matchAll(/<h([1-3])>(.*?)<\/h\1>/g)].map((m) => `${m[1]} ${(m[2] ?? '').replace(/<[^>]+>/g, '')}`);
    expect(headings).toEqual(expect.arrayContaining(['1 Om analysen', '1 AKR-tavlan', '2 Timmar per vecka per yrkesroll', '2 Undersköterska']));
    expect(headings.indexOf('1 Om analysen')).toBeLessThan(headings.indexOf('1 AKR-tavlan'));
    expect(headings.some((h) => /^3 Grön/.test(h))).toBe(true);
    expect(html).toContain('Dokumentera insatser – även kvällar');
    // The colour bar as a picture, with its figures in a table beside the hours.
    expect(html).toMatch(/<img [^>]*src="data:image\/png;base64,/);
  });
});
