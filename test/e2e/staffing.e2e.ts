import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAnalysis as newAnalysis, createRole } from '../../shared/analysis.ts';
import { emptyRecord, type AnalysisRecord } from '../../shared/exchange/format.ts';
import type { Placement, Task } from '../../shared/model.ts';
import type { NewRole } from '../../shared/newRoles.ts';
import { e2eSession, importAnalysisFile, waitSaved } from './app.ts';
import { analysesFile, ekenParts } from './ekenFile.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();
const at = '2026-12-02T09:00:00.000Z';
const NBSP = '\u00a0';

function newRole(analysisId: string, id: string, name: string, extra: Partial<NewRole>): NewRole {
  return {
    id,
    rev: 1,
    updatedAt: at,
    analysisId,
    name,
    purpose: '',
    fullTimeHours: 40,
    contract: null,
    monthlyCost: null,
    skills: '',
    training: '',
    adaptations: '',
    supervision: '',
    order: 'a0',
    createdAt: at,
    ...extra,
  };
}

function record(analysisId: string, unitName: string): AnalysisRecord {
  const bundle = newAnalysis({ unitName, organisation: 'Norrby stad', facilitator: 'Eva Processledare' }, analysisId, at);
  return { ...emptyRecord(bundle.analysis), steps: bundle.steps, roles: bundle.roles, tasks: bundle.tasks, placements: bundle.placements };
}

/**
 * Two analyses. Äldreboendet Eken, the unit test's care unit: 10 assistant
 * nurses (40 h week), 2 nurses (38.25 h week); a service assistant (BEA, a
 * 37 h week) takes 12 h of dishes and 4 of 8 h of laundry from the assistant
 * nurses and 2.5 h of ordering from the nurses. Hemtjänst Norr: a kitchen
 * help (AB) takes 6 h of the assistant nurses' cooking.
 */
function analysisFile(ids: { eken: string; norr: string }): Buffer {
  const a = ids.eken;
  const { bundle, usk, ssk, task, place, serviceAssistant, part, staffing } = ekenParts(a);
  const eken: AnalysisRecord = { ...emptyRecord(bundle.analysis), steps: bundle.steps };
  const [dishes, ordering, laundry] = [task('Diska'), task('Beställa varor'), task('Tvätta')];
  const p1 = place(dishes, usk.id, 'red', 12);
  const p2 = place(ordering, usk.id, 'yellow', 3);
  const p3 = place(ordering, ssk.id, 'red', 2.5);
  const p4 = place(laundry, usk.id, 'red', 8);
  // Paid by the unit and lowering the existing posts: the facilitator's choices, not what BEA means by default.
  const service = serviceAssistant({ purpose: '', monthlyCost: null, payer: 'unit', lowersPosts: true });
  Object.assign(eken, {
    roles: [usk, ssk],
    tasks: [dishes, ordering, laundry],
    placements: [p1, p2, p3, p4],
    newRoles: [service],
    roleParts: [part(service, p1, null, 'a0'), part(service, p3, null, 'a1'), part(service, p4, 4, 'a2')],
    staffing: [staffing],
  } satisfies Partial<AnalysisRecord>);

  const norr = record(ids.norr, 'Hemtjänst Norr');
  const n = ids.norr;
  const usk2 = createRole(n, { name: 'Undersköterska', headcount: 8, fullTimeHours: 40 }, [], crypto.randomUUID(), at);
  const cooking: Task = { id: crypto.randomUUID(), rev: 1, updatedAt: at, analysisId: n, title: 'Laga mat', notes: '', createdAt: at };
  const p5: Placement = {
    id: crypto.randomUUID(),
    rev: 1,
    updatedAt: at,
    analysisId: n,
    taskId: cooking.id,
    roleId: usk2.id,
    colour: 'red',
    order: 'a0',
    hours: 10,
  };
  const kitchen = newRole(n, crypto.randomUUID(), 'Kökshjälp', { contract: 'AB' });
  Object.assign(norr, {
    roles: [usk2],
    tasks: [cooking],
    placements: [p5],
    newRoles: [kitchen],
    roleParts: [{ id: crypto.randomUUID(), rev: 1, updatedAt: at, analysisId: n, newRoleId: kitchen.id, placementId: p5.id, hours: 6, order: 'a0' }],
  } satisfies Partial<AnalysisRecord>);
  return analysesFile([eken, norr], 'e2e-staffing');
}

/** The cells of a table row, as shown (inputs by their value, lists by the option chosen). */
const cells = (page: Page, testId: string, name: string) =>
  page
    .getByTestId(testId)
    .locator('tbody tr', { has: page.getByRole('rowheader', { name, exact: true }) })
    .locator('th, td')
    .evaluateAll((els) =>
      els.map((el) => (el.querySelector('input')?.value ?? el.querySelector('select')?.selectedOptions[0]?.text ?? (el as HTMLElement).innerText).trim()),
    );
/** A total as seen (the arrow form, without the screen-reader wording). */
const total = (page: Page, key: string) =>
  page.locator(`[data-total="${key}"] dd`).evaluate((dd) => (dd.querySelector('[aria-hidden="true"]') ?? dd).textContent.trim());
/** Amounts as sv-SE groups them, with a no-break space between the digit groups. */
const kr = (text: string) => text.replace(/(\d) (?=\d)/g, `$1${NBSP}`);

/** A tall window on the home page, with the two analyses of the fixture imported. */
async function withTwoAnalyses() {
  const running = await session.launch();
  const page = await running.newPage();
  await page.setViewportSize({ width: 1400, height: 1200 });
  await page.goto(session.url);
  const ids = { eken: crypto.randomUUID(), norr: crypto.randomUUID() };
  await importAnalysisFile(page, analysisFile(ids), 'nya-tjanster.akr.json');
  return { page, ids };
}

describe('the staffing estimate and the key figures', () => {
  it('shows the hand-worked figures, refuses bad input, keeps a monthly cost after a reload, undoes with Ctrl+Z', async () => {
    const { page, ids } = await withTwoAnalyses();

    // ---- The staffing estimate on the new roles view ----
    await page.evaluate((id) => {
      location.hash = `#/analyses/${id}/newRoles`;
    }, ids.eken);
    const section = page.locator('section.staffing');
    await section.getByRole('heading', { name: 'Bemanningsberäkning' }).waitFor();
    await expect.poll(() => section.innerText()).toContain('Uppskattning – alla värden kan ändras');
    // Assistant nurses: 10 − 16/40 = 9.6 posts; 10 × 33,000 = 330,000 → 9.6 × 33,000 = 316,800.
    await expect
      .poll(() => cells(page, 'staffing-existing', 'Undersköterska'))
      .toEqual(['Undersköterska', '10', '33000', '16 h', '9,60', kr('330 000 kr'), kr('316 800 kr')]);
    await expect.poll(() => section.locator('tr', { hasText: 'Undersköterska' }).locator('.staffing__note').innerText()).toBe('antal personer');
    // Nurses: 2 − 2.5/38.25 = 1.9346 posts; 2 × 45,000 = 90,000 → 87,058.82.
    await expect
      .poll(() => cells(page, 'staffing-existing', 'Sjuksköterska'))
      .toEqual(['Sjuksköterska', '2', '45000', '2,5 h', '1,93', kr('90 000 kr'), kr('87 059 kr')]);
    // The service assistant: 18.5 h of a 37 h week = 0.5 posts; no monthly cost yet.
    await expect
      .poll(() => cells(page, 'staffing-added', 'Serviceassistent'))
      .toEqual(['Serviceassistent', '18,5 h', '0,50', '', 'Månadskostnad saknas', 'Enheten', 'Sänks']);
    // Both tables fit the page of a 1400 px window: nothing scrolls sideways inside its box.
    await expect.poll(() => section.locator('.table-wrap').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length)).toBe(0);
    // On a 1366 × 768 laptop the page itself never scrolls sideways: a wider table scrolls in its own box.
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.setViewportSize({ width: 1400, height: 1200 });
    // 12 posts now; 9.6 + 1.9346 + 0.5 = 12.0346 proposed.
    await expect.poll(() => total(page, 'posts')).toBe('12,00 → 12,03');
    await expect
      .poll(() => total(page, 'cost'))
      .toBe('Kostnaden kan räknas ut när alla månadskostnader är ifyllda. Månadskostnad saknas för Serviceassistent.');
    await expect.poll(() => page.locator('[data-total="yearly"]').count()).toBe(0);

    // Bad input is refused with an error and never written.
    const cost = section.getByLabel('Månadskostnad per heltidstjänst för Serviceassistent, i kronor');
    await cost.fill('-5');
    await cost.press('Enter');
    await expect.poll(() => section.getByRole('alert').innerText()).toBe('Talet kan inte vara mindre än 0.');
    await expect.poll(() => cost.getAttribute('aria-invalid')).toBe('true');
    await cost.fill('tjugo');
    await cost.press('Tab');
    await expect.poll(() => section.getByRole('alert').innerText()).toBe('Skriv ett belopp i kronor, till exempel 33000.');
    expect(await axeViolations(page), 'staffing with a field error').toEqual([]);
    await waitSaved(page);
    await expect.poll(() => total(page, 'cost')).toContain('Månadskostnad saknas för Serviceassistent.');

    // A monthly cost: 0.5 × 26,000 = 13,000; 316,800 + 87,058.82 + 13,000 = 416,858.82 against 420,000:
    // 3,141.18 less a month, 37,694.12 less a year.
    await cost.fill('26 000');
    await cost.press('Enter');
    await expect.poll(() => total(page, 'cost')).toBe(kr('420 000 kr → 416 859 kr'));
    await expect.poll(() => section.getByRole('alert').count()).toBe(0);
    await expect
      .poll(() => cells(page, 'staffing-added', 'Serviceassistent'))
      .toEqual(['Serviceassistent', '18,5 h', '0,50', '26000', kr('13 000 kr'), 'Enheten', 'Sänks']);
    await expect.poll(() => total(page, 'monthly')).toBe(kr('Minskar med 3 141 kr'));
    await expect.poll(() => total(page, 'yearly')).toBe(kr('Minskar med 37 694 kr'));
    await waitSaved(page);

    // Kept after a reload.
    await page.reload();
    await section.getByRole('heading', { name: 'Bemanningsberäkning' }).waitFor();
    await expect.poll(() => total(page, 'yearly')).toBe(kr('Minskar med 37 694 kr'));
    await expect
      .poll(() => cells(page, 'staffing-added', 'Serviceassistent'))
      .toEqual(['Serviceassistent', '18,5 h', '0,50', '26000', kr('13 000 kr'), 'Enheten', 'Sänks']);

    // Posts typed with a decimal point: 9.5 assistant nurses now → 9.1 proposed.
    const postsNow = section.getByLabel('Tjänster nu för Undersköterska');
    await postsNow.fill('9.5');
    await postsNow.press('Enter');
    await expect.poll(() => total(page, 'posts')).toBe('11,50 → 11,53');
    await expect
      .poll(() => cells(page, 'staffing-existing', 'Undersköterska'))
      .toEqual(['Undersköterska', '9,5', '33000', '16 h', '9,10', kr('313 500 kr'), kr('300 300 kr')]);
    await expect.poll(() => section.locator('tr', { hasText: 'Undersköterska' }).locator('.staffing__note').count()).toBe(0);
    await expect.poll(() => total(page, 'cost')).toBe(kr('403 500 kr → 400 359 kr'));
    await waitSaved(page);

    // Ctrl+Z outside the field undoes it.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await expect.poll(() => total(page, 'posts')).toBe('12,00 → 12,03');
    await expect.poll(() => page.locator('.toast').last().innerText()).toContain('Ångrade: ändra antal tjänster för Undersköterska');
    await expect.poll(() => postsNow.inputValue()).toBe('10');
    await waitSaved(page);
    expect(await axeViolations(page), 'staffing estimate').toEqual([]);

    // Emptying the field goes back to the headcount.
    const nurses = section.getByLabel('Tjänster nu för Sjuksköterska');
    await nurses.fill('');
    await nurses.press('Enter');
    await expect.poll(() => nurses.inputValue()).toBe('2');
    await expect.poll(() => section.locator('tr', { hasText: 'Sjuksköterska' }).locator('.staffing__note').innerText()).toBe('antal personer');
    await waitSaved(page);
  });

  it('shows the key figures across analyses on the home page, and saves them as a CSV for a Swedish Excel', async () => {
    const { page } = await withTwoAnalyses();

    // ---- Key figures on the home page ----
    const figures = page.getByTestId('key-figures');
    await figures.getByRole('heading', { name: 'Nyckeltal för nya tjänster' }).waitFor();
    const figure = (key: string) => figures.locator(`[data-figure="${key}"] .key-figures__value`).innerText();
    await expect.poll(() => figure('analyses')).toBe('2');
    await expect.poll(() => figure('newRoles')).toBe('2');
    // 12 + 2.5 + 4 = 18.5 h, and 6 h: 24.5 h.
    await expect.poll(() => figure('hours')).toBe('24,5 h');
    await expect
      .poll(() => figures.locator('[data-figure="contracts"] li').allTextContents())
      .toEqual(['1 AB – ordinarie anställning', '1 BEA – arbetsmarknadspolitisk anställning', '0 inte bestämt']);
    const rows = (testId: string) =>
      page
        .getByTestId(testId)
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim())));
    // 16 h from Eken's and 6 h from Norr's assistant nurses, by name across analyses.
    await expect
      .poll(() => rows('key-figures-freed'))
      .toEqual([
        ['Undersköterska', '22 h'],
        ['Sjuksköterska', '2,5 h'],
      ]);
    await expect
      .poll(() => rows('key-figures-analyses'))
      .toEqual([
        ['Hemtjänst Norr', '1', '6 h', '1', '0', '0'],
        ['Äldreboendet Eken', '1', '18,5 h', '0', '1', '0'],
      ]);
    expect(await axeViolations(page), 'home page with key figures').toEqual([]);

    // The CSV: UTF-8 with BOM, ";" between cells, decimal comma (so such a cell is quoted), one row per new role.
    const [download] = await Promise.all([page.waitForEvent('download'), figures.getByRole('button', { name: 'Exportera nyckeltal (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^nyckeltal-nya-tjanster-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    // Cells as Excel reads them: a quote opens a cell only at its start.
    const cellsOf = (line: string) => line.split(';').map((cell) => (/^".*"$/.test(cell) ? cell.slice(1, -1).replace(/""/g, '"') : cell));
    expect(lines.map(cellsOf)).toEqual([
      ['Enhet', 'Ny tjänst', 'Timmar per vecka', 'Andel av heltidstjänst', 'Anställningsform', 'Avlastar (timmar per vecka)'],
      ['Hemtjänst Norr', 'Kökshjälp', '6', '0,15', 'AB', 'Undersköterska 6 h'],
      // 18.5 h of a 37 h week: 0.5 of a post.
      ['Äldreboendet Eken', 'Serviceassistent', '18,5', '0,5', 'BEA', 'Undersköterska 16 h, Sjuksköterska 2,5 h'],
      [''],
    ]);
  });
});
