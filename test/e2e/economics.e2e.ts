import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emptyRecord, type AnalysisRecord } from '../../shared/exchange/format.ts';
import { e2eSession, importAnalysisFile, waitSaved } from './app.ts';
import { analysesFile, ekenParts } from './ekenFile.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();

/**
 * Äldreboendet Eken of the staffing test: 10 assistant nurses (40 h week, a
 * post 33,000 kr a month), 2 nurses (38.25 h week, 45,000 kr); a service
 * assistant on BEA takes 12 h of dishes and 4 h of laundry from the assistant
 * nurses and 2.5 h of ordering from the nurses. Nobody hired yet.
 */
function analysisFile(a: string): Buffer {
  const { bundle, usk, ssk, task, place, serviceAssistant, part, staffing } = ekenParts(a);
  const tasks = [task('Diska'), task('Beställa varor'), task('Tvätta')] as const;
  const p1 = place(tasks[0], usk.id, 'red', 12);
  const p3 = place(tasks[1], ssk.id, 'red', 2.5);
  const p4 = place(tasks[2], usk.id, 'red', 8);
  const service = serviceAssistant();
  const record: AnalysisRecord = {
    ...emptyRecord(bundle.analysis),
    steps: bundle.steps,
    roles: [usk, ssk],
    tasks: [...tasks],
    placements: [p1, p3, p4],
    newRoles: [service],
    roleParts: [part(service, p1, null, 'a0'), part(service, p3, null, 'a1'), part(service, p4, 4, 'a2')],
    staffing: [staffing],
  };
  return analysesFile([record], 'e2e-economics');
}

const go = (page: Page, hash: string) =>
  page.evaluate((h) => {
    location.hash = h;
  }, hash);
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
/** A row of the result table, its three years as seen. */
const row = (section: Locator, key: string) =>
  section
    .locator(`tr[data-row="${key}"] td`)
    .allInnerTexts()
    .then((cells) => cells.map(plain));

async function type(field: Locator, text: string) {
  await field.fill(text);
  await field.press('Enter');
}

async function setThreshold(page: Page, value: string) {
  await go(page, '#/settings');
  const field = page.getByLabel('Minsta antal svarande per yrkesroll');
  await field.fill(value);
  await field.press('Tab');
  await waitSaved(page);
}

async function reportText(page: Page): Promise<{ all: string; page: (n: number) => string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: 'Slutrapport (PDF)' }).click()]);
  const path = await download.path();
  return {
    all: plain(execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })),
    page: (n: number) => plain(execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), path, '-'], { encoding: 'utf8' })),
  };
}

describe('the economic estimate', () => {
  it('takes one person’s inputs by hand, shows the three years, and prints them in the report only from the threshold on', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1400, height: 1200 });
    await page.goto(session.url);
    const id = crypto.randomUUID();
    await importAnalysisFile(page, analysisFile(id), 'eken.akr.json');

    await go(page, `#/analyses/${id}/newRoles`);
    const section = page.locator('details.estimate');
    await section.locator('summary', { hasText: 'Ekonomisk uppskattning för kommunen' }).click();
    await expect.poll(() => section.innerText()).toContain('En uppskattning, med dessa antaganden');
    await expect.poll(() => section.innerText()).toContain('Ingen person är registrerad i tjänsten än.');
    // The freed time, valued from the staffing inputs: 16 h ÷ 40 h × 33 000 × 12 = 158 400;
    // 2.5 h ÷ 38.25 h × 45 000 × 12 = 35 294.12.
    const freed = section.locator('table', { has: page.locator('caption', { hasText: 'Frigjord tid' }) });
    await expect
      .poll(() =>
        freed
          .locator('tbody tr')
          .allInnerTexts()
          .then((r) => r.map(plain)),
      )
      .toEqual(['Undersköterska\t16 h\t33 000 kr\t158 400 kr', 'Sjuksköterska\t2,5 h\t45 000 kr\t35 294 kr']);
    await expect.poll(() => section.innerText()).toContain('De befintliga tjänsterna sänks inte');

    await section.getByRole('button', { name: 'Lägg till en person i tjänsten' }).click();
    const person = section.locator('fieldset', { has: page.locator('legend', { hasText: 'Person 1' }) });
    await person.waitFor();
    // Nothing typed: nothing assumed, every input missing.
    await expect.poll(() => section.getByTestId('estimate-missing-Serviceassistent').innerText()).toContain('månadslön för person 1');
    await type(person.getByLabel('Månadslön, kr'), '25 000');
    await type(person.getByLabel('Personalomkostnader, %'), '40');
    // The salary cost is known (25 000 × 12 × 1.40 = 420 000), the cost for the municipality not yet: the subsidy is missing.
    await expect.poll(() => row(section, 'salaryCost')).toEqual(['420 000 kr', '420 000 kr', '420 000 kr']);
    await expect.poll(() => row(section, 'cost')).toEqual(['inte angivet', 'inte angivet', 'inte angivet']);
    await expect.poll(() => section.getByTestId('estimate-missing-Serviceassistent').innerText()).toContain('lönebidrag år 2 för person 1');

    await person.getByLabel('Betalas av år 1').selectOption('labourMarket');
    await person.getByLabel('Betalas av år 2').selectOption('unit');
    await person.getByLabel('Betalas av år 3').selectOption('unit');
    await type(person.getByLabel('Lönebidrag år 1, % av lönekostnaden'), '80');
    await type(person.getByLabel('Lönebidrag år 2, % av lönekostnaden'), '50');
    await type(person.getByLabel('Lönebidrag år 3, % av lönekostnaden'), '0');
    await type(person.getByLabel('Försörjningsstöd som inte längre betalas, kr per månad'), '9000');
    await type(person.getByLabel('Daglig verksamhet som inte längre betalas, kr per månad'), '4000');
    await waitSaved(page);

    // Subsidy 80/50/0 % of 420 000; cost 84 000, 210 000, 420 000; savings (9 000 + 4 000) × 12 = 156 000;
    // net 72 000, −54 000, −264 000. BEA keeps the existing posts: 193 694 kr of time for the core mission, outside the net.
    await expect.poll(() => row(section, 'subsidy')).toEqual(['336 000 kr', '210 000 kr', '0 kr']);
    await expect.poll(() => row(section, 'cost')).toEqual(['84 000 kr', '210 000 kr', '420 000 kr']);
    await expect.poll(() => row(section, 'unit')).toEqual(['0 kr', '210 000 kr', '420 000 kr']);
    await expect.poll(() => row(section, 'labourMarket')).toEqual(['84 000 kr', '0 kr', '0 kr']);
    await expect.poll(() => row(section, 'savings')).toEqual(['156 000 kr', '156 000 kr', '156 000 kr']);
    await expect.poll(() => row(section, 'net')).toEqual(['sparar 72 000 kr', 'kostar 54 000 kr', 'kostar 264 000 kr']);
    await expect.poll(() => row(section, 'coreMission')).toEqual(['193 694 kr', '193 694 kr', '193 694 kr']);
    await expect.poll(() => section.getByTestId('estimate-missing-Serviceassistent').count()).toBe(0);

    // A slip, undone: 5 000 in daily activity makes year 1 save 84 000; Ctrl+Z puts back 4 000.
    await type(person.getByLabel('Daglig verksamhet som inte längre betalas, kr per månad'), '5000');
    await expect.poll(() => row(section, 'net')).toEqual(['sparar 84 000 kr', 'kostar 42 000 kr', 'kostar 252 000 kr']);
    await waitSaved(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await expect.poll(() => row(section, 'net')).toEqual(['sparar 72 000 kr', 'kostar 54 000 kr', 'kostar 264 000 kr']);
    await expect.poll(() => person.getByLabel('Daglig verksamhet som inte längre betalas, kr per månad').inputValue()).toBe('4000');
    // A bad value is refused and changes nothing.
    await type(person.getByLabel('Personalomkostnader, %'), 'fyrtio');
    await expect.poll(() => person.locator('.field__error:not([hidden])').first().innerText()).toBe('Skriv en procentsats, till exempel 31,4.');
    await person.getByLabel('Personalomkostnader, %').press('Escape');
    await expect.poll(() => person.getByLabel('Personalomkostnader, %').inputValue()).toBe('40');

    await section.getByLabel('Vad den frigjorda tiden används till').fill('Mer tid med de boende');
    await section.getByLabel('Vad den frigjorda tiden används till').press('Tab');
    await waitSaved(page);
    expect(await axeViolations(page), 'the estimate, in Swedish').toEqual([]);

    // ---- The report: one person is under the default threshold (3), so no sum of theirs is printed ----
    await go(page, `#/analyses/${id}`);
    const hidden = await reportText(page);
    expect(hidden.page(2)).toContain('Ekonomisk uppskattning');
    expect(hidden.page(2)).toContain('För få personer för att visa.');
    expect(hidden.all).toContain('Ekonomisk uppskattning för kommunen');
    expect(hidden.all).not.toContain('72 000 kr');
    expect(hidden.all).not.toContain('84 000 kr');
    expect(hidden.all).not.toContain('sparar');
    expect(hidden.all).toMatch(/Undersköterska: 16 h per vecka, värde 158 400 kr per år/);

    // ---- From a threshold of 1, the figures the app showed ----
    await setThreshold(page, '1');
    await go(page, `#/analyses/${id}`);
    const shown = await reportText(page);
    expect(shown.page(2)).toMatch(/Netto för kommunen år 1: sparar 72 000 kr, år 2: kostar 54 000 kr, år 3: kostar\s+264 000 kr/);
    expect(shown.all).toMatch(/Kostnad för kommunen\s+84 000 kr\s+210 000 kr\s+420 000 kr/);
    expect(shown.all).toMatch(/varav arbetsmarknadsenheten\s+84 000 kr\s+0 kr\s+0 kr/);
    expect(shown.all).toMatch(/Netto för kommunen\s+sparar 72 000 kr\s+kostar 54 000 kr\s+kostar 264 000 kr/);
    expect(shown.all).toMatch(/Tid för grunduppdraget \*\s+193 694 kr\s+193 694 kr\s+193 694 kr/);
    expect(shown.all).toContain('Den frigjorda tiden används till: Mer tid med de boende');
    // The Word report is made from the same document: the section and its figures are there too.
    const [docx] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: 'Slutrapport (Word)' }).click()]);
    const { value: word } = await mammoth.extractRawText({ buffer: readFileSync(await docx.path()) });
    expect(plain(word)).toContain('Ekonomisk uppskattning för kommunen');
    expect(plain(word)).toContain('sparar 72 000 kr');
    expect(plain(word)).toContain('Netto för kommunen år 1: sparar 72 000 kr, år 2: kostar 54 000 kr, år 3: kostar 264 000 kr.');

    // ---- In English ----
    await go(page, '#/settings');
    await page.locator('label.segmented__option', { hasText: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await go(page, `#/analyses/${id}/newRoles`);
    const en = page.locator('details.estimate');
    await en.locator('summary', { hasText: 'Economic estimate for the municipality' }).click();
    await expect.poll(() => row(en, 'net')).toEqual(['saves 72,000 kr', 'costs 54,000 kr', 'costs 264,000 kr']);
    expect(await axeViolations(page), 'the estimate, in English').toEqual([]);
  });
});
