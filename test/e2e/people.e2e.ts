import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAnalysis as newAnalysis } from '../../shared/analysis.ts';
import { emptyRecord, serialize, type AkrFile, type AnalysisRecord } from '../../shared/exchange/format.ts';
import { buildExport } from '../../shared/exchange/export.ts';
import type { NewRole } from '../../shared/newRoles.ts';
import { addDays, addMonths, blankHire, type Hire } from '../../shared/people.ts';
import { localToday } from '../../shared/swot.ts';
import { e2eSession, importAnalysisFile, typeDate, waitSaved } from './app.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();
const at = '2026-12-02T09:00:00.000Z';
const today = localToday(new Date());

/**
 * One analysis, Äldreboendet Eken, with a new BEA role, Serviceassistent, and six people in it
 * (dates relative to today, so the reviews due do not depend on when the test runs):
 * 1, 2: started on BEA 6 months ago, moved to AB at the 6-month review held today; women, not the target group.
 * 3: AB from the start 8 months ago, review held 2 months ago; a woman, not the target group.
 * 4: BEA with a wage subsidy, started 6 months less 3 days ago: the 6-month review is due in 3 days; a man, target group.
 * 5: BEA with a wage subsidy, a month ago; a man, target group.  6: BEA a month ago; other gender, target group.
 */
function analysisFile(id: string): Buffer {
  const bundle = newAnalysis({ unitName: 'Äldreboendet Eken', organisation: 'Norrby stad', facilitator: 'Eva Processledare' }, id, at);
  const role: NewRole = {
    id: crypto.randomUUID(),
    rev: 1,
    updatedAt: at,
    analysisId: id,
    name: 'Serviceassistent',
    purpose: '',
    fullTimeHours: 40,
    contract: 'BEA',
    monthlyCost: null,
    skills: '',
    training: '',
    adaptations: '',
    supervision: '',
    order: 'a0',
    createdAt: at,
  };
  const held = (heldOn: string, outcome: Hire['review6']['outcome']) => ({ heldOn, outcome, note: '' });
  const person = (n: number, extra: Partial<Hire>): Hire => ({
    id: crypto.randomUUID(),
    rev: 1,
    updatedAt: at,
    analysisId: id,
    newRoleId: role.id,
    ...blankHire(),
    order: `a${n}`,
    createdAt: at,
    ...extra,
  });
  const sixAgo = addMonths(today, -6);
  const notTarget = { gender: 'woman', priorityGroup: false } as const;
  const hires = [
    person(1, { ...notTarget, contract: 'BEA', startDate: sixAgo, review6: held(today, 'toAB') }),
    person(2, { ...notTarget, contract: 'BEA', startDate: sixAgo, review6: held(today, 'toAB') }),
    person(3, { ...notTarget, contract: 'AB', startDate: addMonths(today, -8), review6: held(addMonths(today, -2), 'continued') }),
    person(4, { gender: 'man', priorityGroup: true, wageSubsidy: true, contract: 'BEA', startDate: addDays(sixAgo, 3) }),
    person(5, { gender: 'man', priorityGroup: true, wageSubsidy: true, contract: 'BEA', startDate: addMonths(today, -1) }),
    person(6, { gender: 'other', priorityGroup: true, contract: 'BEA', startDate: addMonths(today, -1) }),
  ];
  const record: AnalysisRecord = { ...emptyRecord(bundle.analysis), steps: bundle.steps, newRoles: [role], hires };
  return Buffer.from(serialize(buildExport([record], { exportedAt: at, appVersion: '0.1.0', machine: 'e2e-people', includePersonal: true })));
}

const importFile = (page: Page, bytes: Buffer) => importAnalysisFile(page, bytes, 'personer.akr.json');

/** Exports the open analysis from its overview, with or without the per-person data; the file as JSON. */
async function exportAnalysis(page: Page, personal: boolean): Promise<AkrFile> {
  await page.getByRole('link', { name: 'Översikt' }).click();
  await page.getByRole('button', { name: 'Exportera analysen' }).click();
  const dialog = page.getByRole('dialog');
  const tick = dialog.getByRole('checkbox', { name: 'Ta med uppgifter per person (enkätsvar och personer i nya tjänster)' });
  if ((await tick.isChecked()) !== personal) await tick.click();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Spara fil' }).click()]);
  await dialog.waitFor({ state: 'detached' });
  return JSON.parse(readFileSync(await download.path(), 'utf8')) as AkrFile;
}

const goHome = (page: Page) =>
  page.evaluate(() => {
    location.hash = '#/';
  });
/** A people figure on the home page as shown: "3" or "dolt". */
const figure = (page: Page, key: string) => page.locator(`[data-people="${key}"] .people-figures__value`).innerText();
const dueItems = (page: Page) => page.getByTestId('reviews-due').locator('li').allInnerTexts();
const rows = (page: Page) =>
  page
    .locator('[data-people="Serviceassistent"] .people__table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim())));

describe('the people in the new roles', () => {
  it('adds a person and records a review; the reviews due and the key figures follow, and the file keeps people out unless ticked', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.url);
    const id = crypto.randomUUID();
    await importFile(page, analysisFile(id));

    // ---- Home: one review due in 3 days; the people counted with threshold 3 ----
    await expect.poll(() => dueItems(page)).toHaveLength(1);
    expect((await dueItems(page))[0]).toContain('Äldreboendet Eken – Serviceassistent, person 4: uppföljning efter 6 månader');
    expect((await dueItems(page))[0]).not.toContain('Försenad');
    // AB 3 (1, 2 moved, 3), BEA 3; target group 3 / 3; women 3, men 2 and other 1 hidden; wage subsidy 2 and moved 2 hidden.
    await expect.poll(() => figure(page, 'total')).toBe('6');
    await expect.poll(() => figure(page, 'AB')).toBe('3');
    await expect.poll(() => figure(page, 'BEA')).toBe('3');
    await expect.poll(() => figure(page, 'women')).toBe('3');
    await expect.poll(() => figure(page, 'men')).toBe('dolt');
    await expect.poll(() => figure(page, 'otherGender')).toBe('dolt');
    await expect.poll(() => figure(page, 'wageSubsidy')).toBe('dolt');
    await expect.poll(() => figure(page, 'movedToAB')).toBe('dolt');
    expect(await axeViolations(page), 'home with reviews due (sv)').toEqual([]);

    // ---- The new roles view: the six people, no name field anywhere ----
    await page.getByTestId('reviews-due').getByRole('link').first().click();
    const section = page.locator('[data-people="Serviceassistent"]');
    await section.getByRole('heading', { name: 'Personer i tjänsten' }).waitFor();
    await expect.poll(() => rows(page).then((r) => r.length)).toBe(6);
    await expect.poll(async () => (await rows(page))[3]?.[0]).toMatch(/^Person 4 började \d+ \S+ \d{4}$/);
    await expect.poll(async () => (await rows(page))[3]?.slice(1, 4)).toEqual(['BEA, med lönebidrag Arbetsgivare: Inte angivet', 'Ja', 'Man']);
    await expect.poll(() => section.innerText()).toContain('Här skrivs inga namn.');

    // Add a seventh: BEA with a wage subsidy, a man from the target group, started 7 months ago (review overdue).
    await section.getByRole('button', { name: 'Lägg till person i Serviceassistent' }).click();
    const form = page.getByRole('dialog', { name: 'Lägg till person i Serviceassistent' });
    await expect.poll(() => form.getByRole('textbox', { name: /namn/i }).count()).toBe(0);
    await typeDate(form.getByRole('group', { name: 'Startdatum' }), addMonths(today, -7));
    await form.getByLabel('Anställningsform vid start').selectOption({ label: 'BEA – arbetsmarknadspolitisk anställning' });
    await form.getByLabel('Lönebidrag').selectOption({ label: 'Ja' });
    await form.getByLabel('Från prioriterad målgrupp').selectOption({ label: 'Ja' });
    await form.getByLabel('Kön, som personen själv uppger det').selectOption({ label: 'Man' });
    await form.getByLabel('Arbetsgivare').selectOption({ label: 'Arbetsmarknadsenheten' });
    expect(await axeViolations(page), 'person form (sv)').toEqual([]);
    await form.getByRole('button', { name: 'Lägg till person' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => rows(page).then((r) => r.length)).toBe(7);
    expect((await rows(page))[6]?.slice(1, 4)).toEqual(['BEA, med lönebidrag Arbetsgivare: Arbetsmarknadsenheten', 'Ja', 'Man']);
    expect((await rows(page))[6]?.[4]).toContain('försenad');
    await waitSaved(page);

    // Record person 4's 6-month review: held today, moves to AB. An outcome without its day is refused first.
    await section.getByRole('button', { name: 'Ändra person 4 i Serviceassistent' }).click();
    const edit = page.getByRole('dialog', { name: 'Ändra person 4 i Serviceassistent' });
    const six = edit.locator('[data-review="6"]');
    await six.getByLabel('Resultat').selectOption({ label: 'Går över till AB' });
    await edit.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => six.getByRole('alert').innerText()).toBe('Skriv in när uppföljningen hölls, eller ta bort resultatet.');
    await typeDate(six.getByRole('group', { name: 'Hölls den' }), today);
    await six.getByLabel('Anteckning').fill('Trivs och vill fortsätta.');
    await edit.getByRole('button', { name: 'Spara' }).click();
    await edit.waitFor({ state: 'detached' });
    await expect.poll(() => rows(page).then((r) => r[3]?.[1])).toBe('BEA, med lönebidrag → AB Arbetsgivare: Inte angivet');
    expect((await rows(page))[3]?.[4]).toContain('6 mån: hölls');
    expect((await rows(page))[3]?.[4]).toContain('går över till AB');
    await expect.poll(() => page.getByTestId('people-moves-Serviceassistent').locator('tbody td').allInnerTexts()).toEqual(['3']);
    await waitSaved(page);
    expect(await axeViolations(page), 'new roles with people (sv)').toEqual([]);

    // ---- Home again: person 4 is no longer due, person 7 is overdue; the figures changed ----
    await goHome(page);
    await expect.poll(() => dueItems(page)).toHaveLength(1);
    expect((await dueItems(page))[0]).toContain('Serviceassistent, person 7: uppföljning efter 6 månader');
    expect((await dueItems(page))[0]).toContain('Försenad');
    // Total 7: AB 4, BEA 3; target group 4 / 3; men 3, other 1 hidden and women 3 beside it; subsidy 3, moved 3.
    await expect.poll(() => figure(page, 'total')).toBe('7');
    await expect.poll(() => figure(page, 'AB')).toBe('4');
    await expect.poll(() => figure(page, 'BEA')).toBe('3');
    await expect.poll(() => figure(page, 'priorityGroup')).toBe('4');
    await expect.poll(() => figure(page, 'notPriorityGroup')).toBe('3');
    await expect.poll(() => figure(page, 'men')).toBe('3');
    await expect.poll(() => figure(page, 'women')).toBe('dolt');
    await expect.poll(() => figure(page, 'otherGender')).toBe('dolt');
    await expect.poll(() => figure(page, 'wageSubsidy')).toBe('3');
    await expect.poll(() => figure(page, 'movedToAB')).toBe('3');

    // ---- The file: without the tick no people, and key figures with nothing under the threshold ----
    await page.evaluate((analysisId) => {
      location.hash = `#/analyses/${analysisId}/overview`;
    }, id);
    const file = await exportAnalysis(page, false);
    expect(file.analyses[0]?.hires).toEqual([]);
    const people = file.keyFigures?.[0]?.people;
    expect(people).toEqual({
      total: 7,
      AB: 4,
      BEA: 3,
      contractNotStated: 0,
      priorityGroup: 4,
      notPriorityGroup: 3,
      women: null,
      men: 3,
      otherGender: null,
      genderNotStated: 0,
      wageSubsidy: 3,
      movedToAB: 3,
      ended: 0,
    });
    expect(Object.values(people ?? {}).filter((n) => n !== null && n > 0 && n < 3)).toEqual([]);
    const withPeople = await exportAnalysis(page, true);
    expect(withPeople.analyses[0]?.hires).toHaveLength(7);
    expect(withPeople.analyses[0]?.hires.find((h) => h.review6.note === 'Trivs och vill fortsätta.')).toMatchObject({
      review6: { heldOn: today, outcome: 'toAB' },
    });
    expect(withPeople.keyFigures?.[0]?.people).toEqual(people);
  });

  it('is clean for axe in English: the people section, the person form and the reviews due', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.url);
    const id = crypto.randomUUID();
    await importFile(page, analysisFile(id));
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.locator('label.segmented__option', { hasText: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await goHome(page);
    await expect.poll(() => dueItems(page)).toHaveLength(1);
    expect((await dueItems(page))[0]).toContain('Serviceassistent, person 4: review after 6 months');
    await expect.poll(() => figure(page, 'men')).toBe('hidden');
    expect(await axeViolations(page), 'home with reviews due (en)').toEqual([]);
    await page.getByTestId('reviews-due').getByRole('link').first().click();
    const section = page.locator('[data-people="Serviceassistent"]');
    await section.getByRole('heading', { name: 'People in the role' }).waitFor();
    await expect.poll(() => rows(page).then((r) => r.length)).toBe(6);
    expect(await axeViolations(page), 'new roles with people (en)').toEqual([]);
    await section.getByRole('button', { name: 'Edit person 4 in Serviceassistent' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit person 4 in Serviceassistent' });
    await edit.locator('[data-review="12"]').getByLabel('Outcome').waitFor();
    expect(await axeViolations(page), 'person form (en)').toEqual([]);
    await edit.getByRole('button', { name: 'Cancel' }).click();
    await edit.waitFor({ state: 'detached' });
  });
});
