import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { e2eSession, waitSaved } from './app.ts';
import { boardWith, quickAdd } from './board-helpers.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();

const TASKS = [
  { title: 'Planera och genomföra undervisning', role: 'Förskollärare' },
  { title: 'Omsorg: vila, blöjbyten', role: 'Barnskötare' },
  { title: 'Diska och ställa in i diskmaskin', role: 'Alla yrkesroller' },
  { title: 'Beställa förbrukningsmaterial', role: 'Alla yrkesroller' },
] as const;

/**
 * What six people answered in Forms: role, percent of the week on each task
 * (blank: not done), sysselsättningsgrad (blank: not given), core mission,
 * comment. Everyone's full-time week is 40 h.
 */
const ANSWERS = [
  ['Förskollärare', 50, '', 10, 5, 75, 'Undervisning', ''],
  ['Förskollärare', 60, '', 5, '', '', 'Leda lärandet', 'Mycket disk'],
  ['Förskollärare', 40, '', 10, 10, 100, 'Pedagogik', ''],
  ['Barnskötare', '', 50, 20, '', 50, 'Omsorg', ''],
  ['Barnskötare', '', 60, 10, 5, '', 'Trygghet', ''],
  ['Barnskötare', '', 70, '', '', 80, 'Omsorg och lek', 'Tvätten tar tid'],
] as const;

/** Per role, the group's hours: each answer on the person's own contract (sysselsättningsgrad × 40 h), else on 40 h; three of three answered. */
function expectedTeam(role: string): { total: number; byTask: number[] } {
  const byTask = [0, 0, 0, 0];
  for (const a of ANSWERS.filter((x) => x[0] === role)) {
    const basis = a[5] === '' ? 40 : (a[5] / 100) * 40;
    for (let i = 0; i < 4; i++) byTask[i] = (byTask[i] ?? 0) + (Number(a[i + 1] || 0) / 100) * basis;
  }
  return { total: byTask.reduce((s, h) => s + h, 0), byTask };
}

const half = (hours: number) => Math.round(hours * 2) / 2;
const hoursIn = (text: string) =>
  Number(
    /([\d\s\u00a0]+(?:,\d+)?)\s*h/
      .exec(text)?.[1]
      ?.replace(/[\s\u00a0]/g, '')
      .replace(',', '.') ?? NaN,
  );

async function download(page: Page, button: Locator): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

/** A workbook in exactly the shape Microsoft Forms exports: ID, Starttid, Sluttid, E-post, Namn, then the questions' titles. */
async function formsExport(titles: readonly string[]): Promise<string> {
  const header = ['ID', 'Starttid', 'Sluttid', 'E-post', 'Namn', ...titles];
  const rows = ANSWERS.map((a, i) => [
    i + 1,
    new Date(Date.UTC(2026, 8, 7, 8, i * 10)),
    new Date(Date.UTC(2026, 8, 7, 8, i * 10 + 7)),
    'anonymous',
    null,
    ...a.map((v) => (v === '' ? null : v)),
  ]);
  const blob = await writeXlsxFile([header, ...rows], { dateFormat: 'yyyy-mm-dd hh:mm' }).toBlob();
  const path = join(tmpdir(), `Personalenkät Solrosen(1-6)-${process.pid}.xlsx`);
  writeFileSync(path, Buffer.from(await blob.arrayBuffer()));
  return path;
}

describe('the survey in Microsoft Forms', () => {
  it('sets the questions, exports the Forms list and both templates, and imports a Forms export with no column changed', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    await boardWith(page, session.url, ['Förskollärare', 'Barnskötare'], []);
    for (const task of TASKS) await quickAdd(page, task.title, undefined, task.role);
    await waitSaved(page);
    await page.getByRole('link', { name: 'Enkät', exact: true }).click();
    const surveyUrl = page.url();

    // The questions: open while nothing is imported.
    const panel = page.getByRole('region', { name: 'Enkätens frågor' });
    await panel.getByRole('button', { name: 'Enkätens frågor', expanded: true }).waitFor();
    await panel.locator('label.segmented__option', { hasText: 'Procent av veckan' }).click();
    await panel.getByRole('checkbox', { name: 'Fråga om avtalad tid eller sysselsättningsgrad' }).check();
    await panel.getByRole('checkbox', { name: 'Fråga om övriga kommentarer (fritext)' }).check();
    await waitSaved(page);
    // Each change is an undo step: the comments question goes, and comes back.
    await panel.getByRole('button', { name: 'Ångra' }).click();
    await expect.poll(() => panel.getByRole('checkbox', { name: 'Fråga om övriga kommentarer (fritext)' }).isChecked()).toBe(false);
    await panel.getByRole('button', { name: 'Gör om' }).click();
    await expect.poll(() => panel.getByRole('checkbox', { name: 'Fråga om övriga kommentarer (fritext)' }).isChecked()).toBe(true);
    expect(await panel.getByRole('checkbox', { name: 'Fråga om grunduppdraget (fritext)' }).isChecked()).toBe(true);

    // A SWOT prompt of the unit's own, kept across a reload.
    const threats = panel.getByLabel('Hot', { exact: true });
    await expect.poll(() => threats.inputValue()).toMatch(/^Vad kan hota/);
    await threats.fill('Vad kan stoppa en ny fördelning hos oss?');
    await threats.blur();
    await waitSaved(page);
    await page.reload();
    await expect.poll(() => page.getByLabel('Hot', { exact: true }).inputValue()).toBe('Vad kan stoppa en ny fördelning hos oss?');
    await expect.poll(() => page.getByRole('radio', { name: 'Procent av veckan' }).isChecked()).toBe(true);

    // The question list for Forms, shown and saved as text.
    const forms = page.getByRole('region', { name: 'Microsoft Forms och svarsmall' });
    await expect.poll(() => forms.getByTestId('forms-summary').innerText()).toBe('8 frågor, varav 4 om uppgifter.');
    await forms.getByRole('button', { name: 'Visa frågelistan' }).click();
    const shown = await forms.getByLabel('Frågelista till Microsoft Forms').inputValue();
    const titles = ['Yrkesroll', ...TASKS.map((t) => `% av veckan: ${t.title}`), 'Sysselsättningsgrad (%)', 'Beskriv ditt grunduppdrag', 'Övriga kommentarer'];
    titles.forEach((title, i) => expect(shown.split('\n')).toContain(`${i + 1}. ${title}`));
    expect(shown).toContain('Alla kan svara');
    expect(shown).toContain('Mellan 0 och 100');
    expect(shown).toContain('Alternativ: Förskollärare; Barnskötare');
    await page.screenshot({ path: 'test-results/survey-forms-questions.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    const list = await download(page, forms.getByRole('button', { name: 'Frågelista (.txt)' }));
    expect(list.name).toBe('Förskolan-Solrosen-fragor-till-forms.txt');
    expect(readFileSync(list.path, 'utf8').replace(/^\uFEFF/, '')).toBe(shown);

    // The answer templates: the same titles after an answer number, in CSV and Excel.
    const csv = await download(page, forms.getByRole('button', { name: 'Svarsmall (CSV)' }));
    expect(csv.name).toBe('Förskolan-Solrosen-svarsmall.csv');
    expect(readFileSync(csv.path, 'utf8')).toBe(`\uFEFF${['Svars-id', ...titles].map((t) => (/[;,]/.test(t) ? `"${t}"` : t)).join(';')}\r\n`);
    const xlsx = await download(page, forms.getByRole('button', { name: 'Svarsmall (Excel)' }));
    expect(xlsx.name).toBe('Förskolan-Solrosen-svarsmall.xlsx');
    const [header] = await readSheet(xlsx.path);
    expect(header).toEqual(['Svars-id', ...titles]);

    // What Forms exports from those questions, imported: every column as guessed.
    await page.getByTestId('survey-file').setInputFiles(await formsExport(titles));
    const dialog = page.getByRole('dialog', { name: 'Importera enkät' });
    await dialog.getByRole('heading', { name: 'Det här hittades' }).waitFor();
    const preview = dialog.locator('[aria-labelledby="import-preview"]');
    await expect.poll(() => preview.innerText()).toContain('6 personer i 2 yrkesroller, 4 uppgifter.');
    const use = (column: string) => dialog.getByLabel(`Används som: ${column}`).inputValue();
    expect(await use('ID')).toBe('respondent');
    expect(await use('Starttid')).toBe('ignored');
    expect(await use('Yrkesroll')).toBe('role');
    for (const task of TASKS) expect(await use(`% av veckan: ${task.title}`)).toBe('task');
    expect(await use('Sysselsättningsgrad (%)')).toBe('contractPercent');
    expect(await use('Beskriv ditt grunduppdrag')).toBe('mission');
    expect(await use('Övriga kommentarer')).toBe('comment');
    expect(await dialog.locator('#import-unit').inputValue()).toBe('percent');
    await expect.poll(() => dialog.getByTestId('percent-basis').innerText()).toBe('Procent räknat på egen avtalad tid för 4 av 6, heltid 40 h för övriga.');
    expect(await preview.innerText()).not.toContain('kan inte användas');
    await page.screenshot({ path: 'test-results/survey-forms-import.png' });
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Importera 6 svar' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitSaved(page);

    // The results per role are the answers, each on its own basis.
    await expect.poll(() => page.getByTestId('percent-basis').innerText()).toBe('Procent räknat på egen avtalad tid för 4 av 6, heltid 40 h för övriga.');
    for (const role of ['Förskollärare', 'Barnskötare']) {
      const section = page.getByRole('region', { name: new RegExp(`^${role}`) });
      const { total, byTask } = expectedTeam(role);
      await expect.poll(() => section.locator('.survey-role__figures strong').innerText()).toMatch(/^Gruppens tid: /);
      expect(hoursIn(await section.locator('.survey-role__figures strong').innerText())).toBe(half(total));
      await expect.poll(() => section.locator('.survey-role__count').innerText()).toBe('3 av 3 har svarat');
      for (const [i, task] of TASKS.entries()) {
        const hours = byTask[i] ?? 0;
        const row = section.getByRole('table').getByRole('row', { name: new RegExp(`^${task.title.replace(/[:()]/g, '.')}`) });
        if (hours === 0) expect(await row.count()).toBe(0);
        else expect(hoursIn((await row.locator('td').last().textContent()) ?? '')).toBeCloseTo(hours, 2);
      }
    }
    // Still open from before the import: the questions and the results on one page.
    await page.getByRole('button', { name: 'Enkätens frågor', expanded: true }).waitFor();
    await page.screenshot({ path: 'test-results/survey-forms-results.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The same in English, axe clean too.
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.locator('label.segmented__option', { hasText: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.goto(surveyUrl);
    const english = page.getByRole('region', { name: 'The survey’s questions' });
    await english.getByRole('button', { name: 'The survey’s questions' }).click();
    await english.getByRole('radio', { name: 'Percent of the week' }).waitFor();
    await english.getByRole('button', { name: 'Show the question list' }).click();
    await expect.poll(() => english.getByLabel('Question list for Microsoft Forms').inputValue()).toContain('% of the week: Diska och ställa in i diskmaskin');
    await expect
      .poll(() => page.getByTestId('percent-basis').innerText())
      .toBe('Percent reckoned on their own contracted hours for 4 of 6, a full-time week of 40 h for the others.');
    await page.screenshot({ path: 'test-results/survey-forms-en.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });
});
