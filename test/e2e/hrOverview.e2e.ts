/**
 * HR's overview across units on real Chromium, in the browser version. The
 * folder picker cannot be driven headless, so the page's
 * `showDirectoryPicker` hands over an OPFS directory (the same
 * FileSystemDirectoryHandle API) that the test filled with files the app's
 * own export code wrote; from the picker on, everything is the app's code:
 * the platform's folder reading, the worker, the view.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emptyRecord, serialize, type AnalysisRecord } from '../../shared/exchange/format.ts';
import { buildExport } from '../../shared/exchange/export.ts';
import type { Analysis, Placement, Role, Task } from '../../shared/model.ts';
import { EMPTY_ESTIMATE, type Hire } from '../../shared/economics.ts';
import { blankHire } from '../../shared/people.ts';
import { newRoleOf, partOf } from '../unit/shared/newRoleBuilders.ts';
import { e2eSession } from './app.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();
const at = '2026-12-02T09:00:00.000Z';
const BOU = 'Barn- och utbildningsförvaltningen';
const SOCIAL = 'Socialförvaltningen';

/** An analysis whose one new role takes all of one red card of `hours`. */
function recordOf(id: string, unitName: string, administration: string, hours: number, contract: 'AB' | 'BEA', rev = 1): AnalysisRecord {
  const analysis: Analysis = {
    id,
    rev,
    updatedAt: at,
    unitName,
    organisation: 'Norrby stad',
    facilitator: 'Eva',
    createdAt: at,
    deletedAt: null,
    administration,
  };
  const role: Role = { id: `${id}-r`, rev: 1, updatedAt: at, analysisId: id, name: 'Barnskötare', headcount: 5, fullTimeHours: 40, order: 'a0' };
  const task: Task = { id: `${id}-t`, rev: 1, updatedAt: at, analysisId: id, title: 'Disk', notes: '', createdAt: at };
  const card: Placement = { id: `${id}-p`, rev: 1, updatedAt: at, analysisId: id, taskId: task.id, roleId: role.id, colour: 'red', order: 'a0', hours };
  return {
    ...emptyRecord(analysis),
    roles: [role],
    tasks: [task],
    placements: [card],
    newRoles: [newRoleOf(`${id}-n`, 'Kökshjälp', { contract }, at, id)],
    roleParts: [{ ...partOf(`${id}-q`, `${id}-n`, card.id, null), analysisId: id }],
  };
}

/**
 * Three people hired into a unit's new role, on BEA, each with the estimate's inputs: salary cost
 * 25 000 × 12 × 1,40 = 420 000 kr a year, a wage subsidy of 80, 50 and 0 %, and 9 000 + 4 000 kr a
 * month no longer paid out. Net per person: 72 000, −54 000 and −264 000 kr; for the three,
 * 216 000, −162 000 and −792 000 kr: the widest figures the overview shows.
 */
function withHires(record: AnalysisRecord): AnalysisRecord {
  const newRoleId = record.newRoles[0]?.id ?? '';
  const hire = (n: number): Hire => ({
    id: `${record.analysis.id}-h${n}`,
    rev: 1,
    updatedAt: at,
    analysisId: record.analysis.id,
    newRoleId,
    ...blankHire(),
    startDate: '2026-09-01',
    contract: 'BEA',
    estimate: {
      ...EMPTY_ESTIMATE,
      monthlySalary: 25_000,
      onCostPercent: 40,
      payers: ['labourMarket', 'unit', 'unit'],
      subsidyPercent: [80, 50, 0],
      incomeSupport: 9_000,
      dailyActivity: 4_000,
    },
    order: `a${n}`,
    createdAt: at,
  });
  return { ...record, hires: [hire(1), hire(2), hire(3)] };
}

const fileOf = (record: AnalysisRecord) =>
  serialize(buildExport([record], { exportedAt: at, appVersion: '0.1.0', machine: 'm1', includePersonal: false, threshold: 3 }));

/** The folder: three units in two administrations, an older version's file, a damaged file, a backup and an older copy. */
function folderFiles(): Record<string, string> {
  const broken = fileOf(recordOf('e2e-x', 'Trasig enhet', BOU, 1, 'AB'));
  return {
    'Solrosen-a.akr': fileOf(recordOf('e2e-a', 'Solrosen', BOU, 6, 'BEA')),
    'Blåklinten-b.akr': fileOf(recordOf('e2e-b', 'Blåklinten', BOU, 4.5, 'AB')),
    'Hemtjänst Norr-c.akr': fileOf(withHires(recordOf('e2e-c', 'Hemtjänst Norr', SOCIAL, 10, 'BEA', 5))),
    // The same analysis, an older copy (lower revision) in a sub-folder: not counted.
    'arkiv/Hemtjänst Norr-c.akr': fileOf(recordOf('e2e-c', 'Hemtjänst Norr (gammal)', SOCIAL, 3, 'BEA', 2)),
    // A file from version 8, before the key figures: read in full (Förskolan Solrosen, one role of 6 h, no contract form).
    'Förskolan Solrosen.akr.json': readFileSync(new URL('../fixtures/files/format-v8.akr.json', import.meta.url), 'utf8'),
    // Cut off in the middle of its key figures.
    'Trasig enhet-x.akr': broken.slice(0, broken.indexOf('"keyFigures"') + 60),
    // A backup with a higher revision: would win if it were read.
    '.akr-backups/Solrosen-a.2026-12-01.akr': fileOf(recordOf('e2e-a', 'Solrosen (säkerhetskopia)', BOU, 99, 'BEA', 50)),
  };
}

/** Fills an OPFS folder with `files` and makes the folder picker hand it over. */
async function folderInPicker(page: Page, files: Record<string, string>) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('hr-folder'),
    });
  });
  await page.goto(session.url);
  await page.evaluate(async (given) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry('hr-folder', { recursive: true }).catch(() => undefined);
    const folder = await root.getDirectoryHandle('hr-folder', { create: true });
    for (const [path, text] of Object.entries(given)) {
      const parts = path.split('/');
      let dir = folder;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
}

/** At 1366 × 768 both tables fit the window: no sideways scrolling, in the page or in a table's box. */
async function fitsLaptop(page: Page, language: string) {
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const id of ['hr-administrations', 'hr-units']) {
    await expect
      .poll(() => page.getByTestId(id).evaluate((table) => (table.parentElement?.scrollWidth ?? 0) - (table.parentElement?.clientWidth ?? 0)), {
        message: `${id}, ${language}`,
      })
      .toBeLessThanOrEqual(0);
  }
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `test-results/hr-overview-1366-${language}.png`, fullPage: true });
  await page.setViewportSize({ width: 1400, height: 1000 });
}

/** The cells of a table's rows: the row header, then each cell's text. */
const rowsOf = (page: Page, testId: string, part = 'tbody') =>
  page
    .getByTestId(testId)
    .locator(`${part} tr`)
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.replace(/\u00ad/g, '').trim())));

describe("HR's overview across units", () => {
  it('reads a folder of files without importing them: units, administrations and totals, the damaged file listed with why, the backup ignored', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    await folderInPicker(page, folderFiles());
    await page.getByRole('heading', { level: 1, name: 'Analyser' }).waitFor();
    await page.getByRole('link', { name: 'Översikt för HR' }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt för HR' }).waitFor();
    await page.getByRole('button', { name: 'Välj mapp…' }).click();
    await page.getByTestId('hr-result').waitFor({ timeout: 30_000 });

    // Per unit, sorted by name: the newest copy of Hemtjänst Norr, never the backup's Solrosen.
    // Columns: unit, administration, new roles, hours moved, hours freed, roles AB, BEA, none, …
    const units = await rowsOf(page, 'hr-units');
    expect(units.map((r) => r.slice(0, 8))).toEqual([
      ['Blåklinten', BOU, '1', '4,5', '4,5', '1', '0', '0'],
      ['Förskolan Solrosen', 'Ingen förvaltning angiven', '1', '6', '6', '0', '0', '1'],
      ['Hemtjänst Norr', SOCIAL, '1', '10', '10', '0', '1', '0'],
      ['Solrosen', BOU, '1', '6', '6', '0', '1', '0'],
    ]);
    await expect.poll(() => page.getByTestId('hr-result').innerText()).not.toContain('säkerhetskopia');

    // Per administration and in total: 6 + 4,5 = 10,5 h; 10 h; 6 h; 26,5 h in all.
    const administrations = await rowsOf(page, 'hr-administrations');
    expect(administrations.map((r) => r.slice(0, 4))).toEqual([
      [BOU, '2', '2', '10,5'],
      [SOCIAL, '1', '1', '10'],
      ['Ingen förvaltning angiven', '1', '1', '6'],
    ]);
    const [total] = await rowsOf(page, 'hr-administrations', 'tfoot');
    expect(total?.slice(0, 8)).toEqual(['Totalt', '4', '4', '26,5', '26,5', '1', '2', '1']);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Enheter: 4' }).innerText()).toContain('Lästa filer: 6');
    await expect.poll(() => page.getByText('Äldre kopior av samma analys som inte räknas: 1.').count()).toBe(1);

    // The damaged file, by name and why; nothing else failed.
    const problems = await rowsOf(page, 'hr-problems');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.[0]).toBe('Trasig enhet-x.akr');
    expect(problems[0]?.[1]).toMatch(/^Filen är avbruten: den slutar mitt i innehållet/);

    // Sorting by hours moved, largest first.
    await page.getByTestId('hr-units').getByRole('button', { name: 'Flyttade timmar (h/v)' }).click();
    await expect
      .poll(async () => (await rowsOf(page, 'hr-units')).map((r) => r[0]))
      .toEqual(['Hemtjänst Norr', 'Förskolan Solrosen', 'Solrosen', 'Blåklinten']);
    await expect.poll(() => page.getByTestId('hr-units').locator('th[aria-sort="descending"]').getAttribute('data-column')).toBe('hoursMoved');
    // Under a heading of their group, the columns are short: "Flyttade" under "Timmar per vecka".
    await expect.poll(() => page.getByTestId('hr-units').locator('th[aria-sort="descending"]').innerText()).toMatch(/^Flyt\u00ad?ta\u00ad?de$/);
    await expect
      .poll(async () => (await page.getByTestId('hr-units').locator('th[scope="colgroup"]').allInnerTexts()).map((h) => h.replace(/\u00ad/g, '')))
      .toEqual(['Timmar per vecka', 'Nya roller efter anställningsform', 'Personer i nya roller', 'Netto per år (kr)']);

    // The same table as CSV for a Swedish Excel: the units in the order shown, then each administration and the total.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('hr-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^oversikt-hr-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Enhet;Förvaltning;Organisation;Nya roller;Flyttade timmar \(h\/v\);Frigjorda timmar \(h\/v\);Roller AB;Roller BEA;/);
    expect(lines.slice(1, 5).map((l) => l.split(';').slice(0, 2).join(';'))).toEqual([
      `Hemtjänst Norr;${SOCIAL}`,
      'Förskolan Solrosen;Ingen förvaltning angiven',
      `Solrosen;${BOU}`,
      `Blåklinten;${BOU}`,
    ]);
    expect(lines.at(-1)).toMatch(/^Alla enheter;Alla förvaltningar;;4;"26,5";"26,5";1;2;1;/);

    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/hr-overview-sv.png', fullPage: true });

    // Hemtjänst Norr's three people and their estimate: the widest figures of the tables.
    const norr = (await rowsOf(page, 'hr-units')).find((r) => r[0] === 'Hemtjänst Norr') ?? [];
    expect(norr.slice(8).map((c) => c.replace(/\s/g, ' '))).toEqual(['3', '0', '3', '0', '0', '0', '0', '216 000', '-162 000', '-792 000']);
    // On a laptop both tables fit the window: no sideways scrolling, in the page or in a table's box.
    await fitsLaptop(page, 'sv');

    // In English: the same figures, the view clean for axe.
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.locator('label.segmented__option', { hasText: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByRole('link', { name: 'Analyses' }).click();
    await page.getByRole('link', { name: 'Overview for HR' }).click();
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    await page.getByTestId('hr-result').waitFor({ timeout: 30_000 });
    const [totalEn] = await rowsOf(page, 'hr-administrations', 'tfoot');
    expect(totalEn?.slice(0, 4)).toEqual(['Total', '4', '4', '26.5']);
    expect(await axeViolations(page)).toEqual([]);
    await fitsLaptop(page, 'en');
  });
  it('shows its progress while a slow folder is read (a network drive), and stops when asked, with what it had read', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    // Each file's read takes 1.5 s, as from a slow network share: the same reading code, only later, and
    // slow enough that the reading is still under way when the test presses Avbryt.
    await page.addInitScript(() => {
      const text = Object.getOwnPropertyDescriptor(Blob.prototype, 'text')?.value as (this: Blob) => Promise<string>;
      Blob.prototype.text = async function slowText(this: Blob) {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        return text.call(this);
      };
    });
    await folderInPicker(page, folderFiles());
    await page.getByRole('link', { name: 'Översikt för HR' }).click();
    await page.getByRole('button', { name: 'Välj mapp…' }).click();
    const progress = page.getByTestId('hr-progress');
    await progress.waitFor();
    // Six files listed; the bar and its words count them as they are read.
    await expect.poll(() => progress.locator('progress').getAttribute('max')).toBe('6');
    await expect.poll(async () => Number(await progress.locator('progress').getAttribute('value'))).toBeGreaterThanOrEqual(1);
    await expect.poll(() => progress.getByRole('status').innerText()).toMatch(/^[12] av 6 filer lästa$/);
    await page.screenshot({ path: 'test-results/hr-overview-progress.png' });
    expect(await axeViolations(page)).toEqual([]);
    await progress.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByTestId('hr-result').waitFor();
    await expect
      .poll(() => page.getByTestId('hr-result').innerText())
      .toMatch(/Läsningen avbröts efter [1-5] av 6 filer\. Tabellerna visar bara de filer som hann läsas\./);
    await expect.poll(() => progress.count()).toBe(0);
  });
});
