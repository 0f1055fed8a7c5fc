import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emptyRecord, type AnalysisRecord } from '../../shared/exchange/format.ts';
import type { Action } from '../../shared/swot.ts';
import { e2eSession, importAnalysisFile, waitSaved } from './app.ts';
import { analysesFile, EKEN_AT as at, ekenParts } from './ekenFile.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();
const LOGO = readFileSync(new URL('../fixtures/logo.png', import.meta.url));

/**
 * Äldreboendet Eken of the staffing test: 10 assistant nurses (40 h week,
 * 33,000 kr a month), 2 nurses (38.25 h week, 45,000 kr); a service assistant
 * on BEA (37 h week, 26,000 kr a month) takes 12 h of dishes and 4 h of
 * laundry from the assistant nurses and 2.5 h of ordering from the nurses.
 * Two actions, and the follow-up meeting on 15 March 2027.
 */
function analysisFile(a: string): Buffer {
  const { bundle, usk, ssk, task, place, serviceAssistant, part, staffing } = ekenParts(a);
  const tasks = [task('Diska'), task('Beställa varor'), task('Tvätta'), task('Omvårdnad')] as const;
  const p1 = place(tasks[0], usk.id, 'red', 12);
  const p2 = place(tasks[1], usk.id, 'yellow', 3);
  const p3 = place(tasks[1], ssk.id, 'red', 2.5);
  const p4 = place(tasks[2], usk.id, 'red', 8);
  const p5 = place(tasks[3], usk.id, 'green', 300);
  const service = serviceAssistant();
  const action = (text: string, owner: string, order: string): Action => ({
    id: crypto.randomUUID(),
    rev: 1,
    updatedAt: at,
    analysisId: a,
    text,
    owner,
    due: '2027-02-01',
    status: 'notStarted',
    link: null,
    order,
    createdAt: at,
  });
  const record: AnalysisRecord = {
    ...emptyRecord(bundle.analysis),
    steps: bundle.steps.map((s) => (s.key === 'report' ? { ...s, date: '2027-03-15', status: 'planned' as const } : s)),
    roles: [usk, ssk],
    tasks: [...tasks],
    placements: [p1, p2, p3, p4, p5],
    newRoles: [service],
    roleParts: [part(service, p1, null, 'a0'), part(service, p3, null, 'a1'), part(service, p4, 4, 'a2')],
    staffing: [staffing],
    actions: [action('Ta fram uppdragsbeskrivningen med HR', 'Anna Chef', 'a0'), action('Prata med facket om BEA-tjänsten', 'Lars Ombud', 'a1')],
  };
  return analysesFile([record], 'e2e-summary');
}

const go = (page: Page, hash: string) =>
  page.evaluate((h) => {
    location.hash = h;
  }, hash);
/** A total as seen (the arrow form, without the screen-reader wording), spaces made plain. */
const total = (page: Page, key: string) =>
  page.locator(`[data-total="${key}"] dd`).evaluate((dd) => (dd.querySelector('[aria-hidden="true"]') ?? dd).textContent.trim().replace(/\u00a0/g, ' '));
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the report leads with the result', () => {
  it('chooses who pays and whether posts are lowered, sets a logo, and prints page 2 with the new role and the app’s cost effect', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1400, height: 1200 });
    await page.goto(session.url);
    const id = crypto.randomUUID();
    await importAnalysisFile(page, analysisFile(id), 'eken.akr.json');

    // ---- The staffing section: BEA's defaults, then the facilitator's choice ----
    await go(page, `#/analyses/${id}/newRoles`);
    const section = page.locator('section.staffing');
    await section.getByRole('heading', { name: 'Bemanningsberäkning' }).waitFor();
    const payer = section.getByLabel('Vem som betalar Serviceassistent');
    const lowers = section.getByLabel('Om Serviceassistent sänker befintliga tjänster');
    // BEA: paid by the labour-market unit, the existing posts unchanged, both marked as the contract form's.
    await expect.poll(() => payer.inputValue()).toBe('labourMarket');
    await expect.poll(() => lowers.inputValue()).toBe('no');
    await expect
      .poll(() => section.locator('.staffing__choice .staffing__note').allInnerTexts())
      .toEqual(['enligt anställningsformen', 'enligt anställningsformen']);
    await expect.poll(() => payer.locator('option:checked').innerText()).toBe('Arbetsmarknadsenheten');
    // The unit pays 420,000 now and the same in the proposal; the labour-market unit 0.5 × 26,000 = 13,000.
    await expect.poll(() => total(page, 'monthly')).toBe('Ingen skillnad');
    await expect.poll(() => total(page, 'elsewhere')).toBe('13 000 kr');

    // Lowering the posts, chosen with the keyboard: 9.6 × 33,000 + (2 − 2.5/38.25) × 45,000 = 403,858.82,
    // against 420,000: 16,141.18 less a month, 193,694.12 less a year.
    await lowers.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => lowers.inputValue()).toBe('yes');
    await expect.poll(() => total(page, 'monthly')).toBe('Minskar med 16 141 kr');
    await expect.poll(() => total(page, 'yearly')).toBe('Minskar med 193 694 kr');
    await expect
      .poll(() => section.locator('.staffing__choice .staffing__note').allInnerTexts())
      .toEqual(['enligt anställningsformen', 'ändrat från anställningsformen']);
    await waitSaved(page);
    // Undone with Ctrl+Z, and chosen again.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await expect.poll(() => total(page, 'monthly')).toBe('Ingen skillnad');
    await expect.poll(() => page.locator('.toast').last().innerText()).toContain('om Serviceassistent sänker befintliga tjänster');
    await waitSaved(page);
    await lowers.selectOption('yes');
    await expect.poll(() => total(page, 'yearly')).toBe('Minskar med 193 694 kr');
    await waitSaved(page);
    expect(await axeViolations(page), 'staffing with the cost choices').toEqual([]);

    // ---- The logo on the overview ----
    await go(page, `#/analyses/${id}`);
    const logoPanel = page.locator('section.logo-panel');
    await logoPanel.getByRole('heading', { name: 'Organisationens logotyp' }).waitFor();
    await expect.poll(() => logoPanel.innerText()).toContain('Analysen har ingen logotyp.');
    const file = page.getByTestId('logo-file');
    const error = page.getByTestId('logo-error');
    await file.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
    await expect.poll(() => error.innerText()).toContain('”logo.svg” är en SVG-bild.');
    // Named .png, but not a PNG inside.
    await file.setInputFiles({ name: 'falsk.png', mimeType: 'image/png', buffer: Buffer.from('GIF89a\x01\x00\x01\x00') });
    await expect.poll(() => error.innerText()).toBe('”falsk.png” är en GIF-bild. Logotypen måste vara en PNG- eller JPEG-bild.');
    // 1,100,201 bytes: 1.05 MB, shown rounded up.
    await file.setInputFiles({ name: 'stor.png', mimeType: 'image/png', buffer: Buffer.concat([LOGO, Buffer.alloc(1_100_000)]) });
    await expect.poll(() => error.innerText()).toBe('”stor.png” är 1,1 MB. Logotypen får vara högst 1 MB. Gör bilden mindre och välj den igen.');
    await file.setInputFiles({ name: 'norrby.png', mimeType: 'image/png', buffer: LOGO });
    await page.getByTestId('logo-preview').waitFor();
    await expect.poll(() => error.isHidden()).toBe(true);
    await expect.poll(() => logoPanel.locator('figcaption').innerText()).toBe('160 × 48 bildpunkter, PNG');
    await waitSaved(page);
    expect(await axeViolations(page), 'overview with the logo').toEqual([]);

    // ---- The report ----
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Slutrapport (PDF)' }).click()]);
    const path = await download.path();
    mkdirSync('test-results', { recursive: true });
    copyFileSync(path, 'test-results/report-summary.pdf');
    const pageText = (n: number) => plain(execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), path, '-'], { encoding: 'utf8' }));
    const cover = pageText(1);
    expect(cover).toContain('Slutrapport');
    expect(cover).toContain('Äldreboendet Eken');
    expect(cover).toContain('Norrby stad');
    expect(cover).toContain('Eva Processledare');
    const two = pageText(2);
    expect(two).toContain('Resultatet i korthet');
    expect(two).toMatch(/Serviceassistent\s+18,5 h\s+50 %\s+BEA\s+arbetsmarknadsenheten \*\s+sänks/);
    expect(two).toContain('Kostnadseffekt för enheten (uppskattning)');
    // The figures the app showed.
    expect(two).toMatch(/Per månad\s+Minskar med 16 141 kr/);
    expect(two).toMatch(/Per år\s+Minskar med 193 694 kr/);
    expect(two).toContain('Arbetsmarknadsenheten betalar 13 000 kr per månad');
    expect(two).toMatch(/Ta fram uppdragsbeskrivningen med HR\s+Anna Chef/);
    expect(two).toContain('Uppföljningsmötet är 15 mars 2027.');
    expect(pageText(3)).toContain('Innehåll');
    // The logo is a picture on the cover, and only there.
    const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => l.trim().split(/\s+/));
    expect(images.map((cols) => [cols[0], cols[3], cols[4]])).toEqual([['1', '160', '48']]);
    // The staffing section prints the same cost effect.
    const all = plain(execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }));
    expect(all.split('Minskar med 193 694 kr').length - 1).toBe(2);

    // ---- The changed views in English ----
    await go(page, '#/settings');
    await page.locator('label.segmented__option', { hasText: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await go(page, `#/analyses/${id}`);
    await page.getByRole('heading', { name: 'The organisation’s logo' }).waitFor();
    expect(await axeViolations(page), 'overview with the logo, in English').toEqual([]);
    await go(page, `#/analyses/${id}/newRoles`);
    await section.getByLabel('Who pays Serviceassistent').waitFor();
    await expect.poll(() => section.getByLabel('Who pays Serviceassistent').locator('option:checked').innerText()).toBe('The labour-market unit');
    expect(await axeViolations(page), 'staffing with the cost choices, in English').toEqual([]);
  });
});
