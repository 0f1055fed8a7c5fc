import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addRole, createAnalysis, e2eSession, waitSaved } from './app.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();

async function expectAccessible(page: Page, where: string) {
  const violations = await axeViolations(page);
  expect(violations, where).toEqual([]);
}

/** Builds an analysis with data in every view, then walks every view and dialog through axe. */
async function auditEveryView(page: Page, lang: 'sv' | 'en') {
  const L = {
    sv: {
      analyses: 'Analyser',
      settings: 'Inställningar',
      roles: 'Yrkesroller',
      overview: 'Översikt',
      newA: 'Ny analys',
      more: 'Fler val för',
      del: 'Ta bort',
      rename: 'Byt namn',
      done: 'Klart',
    },
    en: {
      analyses: 'Analyses',
      settings: 'Settings',
      roles: 'Roles',
      overview: 'Overview',
      newA: 'New analysis',
      more: 'More options for',
      del: 'Delete',
      rename: 'Rename',
      done: 'Done',
    },
  }[lang];
  const unit = lang === 'sv' ? 'Förskolan Solrosen' : 'Sunflower Preschool';
  await page.getByRole('link', { name: L.analyses, exact: true }).click();
  await expectAccessible(page, `${lang}: empty or list`);
  await createAnalysis(page, unit);
  await page.locator('section.step-card').first().locator('label.segmented__option', { hasText: L.done }).click();
  await page
    .locator('section.step-card')
    .first()
    .getByLabel(/^(Anteckningar|Notes)$/)
    .fill('Anteckning');
  await waitSaved(page);
  await expectAccessible(page, `${lang}: overview`);
  await page.getByRole('link', { name: L.roles, exact: true }).click();
  await addRole(page, lang === 'sv' ? 'Barnskötare' : 'Childminder', '5');
  await expectAccessible(page, `${lang}: roles`);
  // An invalid value shows its error; the view must stay accessible with it.
  await page.locator('.roles-table tbody tr').first().locator('input').nth(1).fill('-2');
  await page.locator('.roles-table .field__error:not([hidden])').first().waitFor();
  await expectAccessible(page, `${lang}: roles with an error`);
  await page.locator('.roles-table tbody tr').first().locator('input').nth(1).fill('5');
  await waitSaved(page);

  // The survey: empty, the import dialog, the results.
  await page.getByRole('link', { name: lang === 'sv' ? 'Enkät' : 'Survey', exact: true }).click();
  await page.getByRole('heading', { name: lang === 'sv' ? 'Ingen enkät importerad än' : 'No survey imported yet' }).waitFor();
  await expectAccessible(page, `${lang}: survey, empty`);
  await page.getByTestId('survey-file').setInputFiles(fileURLToPath(new URL('../fixtures/survey-forskola-wide.csv', import.meta.url)));
  const importDialog = page.getByRole('dialog');
  await importDialog.locator('.import__report').waitFor();
  await expectAccessible(page, `${lang}: survey import dialog`);
  await importDialog.getByRole('button', { name: lang === 'sv' ? 'Importera 14 svar' : 'Import 14 answers' }).click();
  await importDialog.waitFor({ state: 'detached' });
  await page.locator('.survey-role').first().waitFor();
  await expectAccessible(page, `${lang}: survey results`);

  // Workshop 2: the SWOT canvas with a note and voting open, and the actions.
  await page.getByRole('link', { name: 'SWOT', exact: true }).click();
  await page.getByLabel(lang === 'sv' ? 'Ny lapp i Styrkor' : 'New note in Strengths').fill(lang === 'sv' ? 'Bra arbetslag' : 'Good team');
  await page.getByLabel(lang === 'sv' ? 'Ny lapp i Styrkor' : 'New note in Strengths').press('Enter');
  await page.locator('[data-note]').first().waitFor();
  await page.getByRole('button', { name: lang === 'sv' ? 'Prickröstning' : 'Dot voting' }).click();
  await expectAccessible(page, `${lang}: SWOT`);
  await page.getByRole('link', { name: lang === 'sv' ? 'Åtgärder' : 'Actions', exact: true }).click();
  await page.getByLabel(lang === 'sv' ? 'Åtgärd' : 'Action', { exact: true }).fill(lang === 'sv' ? 'Ny rutin' : 'New routine');
  await page.getByRole('button', { name: lang === 'sv' ? 'Lägg till åtgärd' : 'Add action' }).click();
  await page.locator('.actions-table').waitFor();
  await expectAccessible(page, `${lang}: actions`);
  await waitSaved(page);
  // New roles, with one role, and the History (empty).
  await page.getByRole('link', { name: lang === 'sv' ? 'Nya tjänster' : 'New roles', exact: true }).click();
  await page.getByLabel(lang === 'sv' ? 'Tjänstens namn' : 'Name of the role').fill(lang === 'sv' ? 'Serviceassistent' : 'Service assistant');
  await page.getByRole('button', { name: lang === 'sv' ? 'Skapa tjänst' : 'Create role' }).click();
  await page.locator('[data-new-role]').waitFor();
  await waitSaved(page);
  await expectAccessible(page, `${lang}: new roles`);
  await page.getByRole('link', { name: lang === 'sv' ? 'Historik' : 'History', exact: true }).click();
  await page.locator('.history').waitFor();
  await expectAccessible(page, `${lang}: history`);

  await page.getByRole('link', { name: L.analyses, exact: true }).click();
  await page.locator('article.analysis-card').first().waitFor();
  await expectAccessible(page, `${lang}: list with data`);
  await page.getByRole('button', { name: L.newA }).first().click();
  await page.getByRole('dialog').waitFor();
  await expectAccessible(page, `${lang}: new-analysis dialog`);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: `${L.more} ${unit}` }).click();
  await page.getByRole('menu').waitFor();
  await expectAccessible(page, `${lang}: card menu`);
  await page.getByRole('menuitem', { name: L.rename }).click();
  await page.getByRole('dialog').waitFor();
  await expectAccessible(page, `${lang}: rename dialog`);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: `${L.more} ${unit}` }).click();
  await page.getByRole('menuitem', { name: L.del }).click();
  await page.getByRole('alertdialog').waitFor();
  await expectAccessible(page, `${lang}: delete dialog`);
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: L.settings }).click();
  await page.locator('details summary').last().click();
  await page.locator('.licences li').first().waitFor();
  await expectAccessible(page, `${lang}: settings with licences`);
}

describe('language', () => {
  it('switches the whole UI to English and back, and remembers the choice across a reload', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.goto(session.url);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sv');
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.locator('label.segmented__option', { hasText: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByRole('link', { name: 'Analyses', exact: true }).click();
    await page.getByText('No analyses yet').waitFor();
    // No Swedish left on the page (a sample of words that only appear in the Swedish dictionary).
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/Analyser|Inställningar|Inga analyser|Sparat/);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.locator('label.segmented__option', { hasText: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
  });

  it('shows the version and the licences of the bundled fonts and libraries', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.goto(`${session.url}#/settings`);
    await page
      .getByTestId('app-info')
      .getByText(/^Version \d+\.\d+\.\d+$/)
      .waitFor();
    // The build's date and commit, fixed into the bundle when it was built ("okänd" when built without git).
    const info = page.getByTestId('app-info');
    await info.getByText(/^Byggd \d{1,2} \S+ \d{4}$/).waitFor();
    await info.getByText(/^Källkodsversion \(commit\): ([0-9a-f]{7,40}|okänd)(, med ändringar som inte var incheckade)?$/).waitFor();
    await page.getByText('AKR Studio hämtar och skickar ingenting över internet', { exact: false }).waitFor();
    await page.getByText('Licenser för typsnitt och bibliotek').click();
    const items = page.locator('.licences > li > details > summary');
    await items.first().waitFor();
    const names = await items.allInnerTexts();
    expect(names.some((n) => n.startsWith('@fontsource/atkinson-hyperlegible-next') && n.includes('OFL-1.1'))).toBe(true);
    expect(names.some((n) => n.startsWith('react ') && n.includes('MIT'))).toBe(true);
    expect(names.some((n) => n.startsWith('dexie '))).toBe(true);
  });
});

describe('accessibility', () => {
  it('axe finds no serious or critical problems on any view, with data and dialogs open, in Swedish and English', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.goto(session.url);
    await page.getByRole('heading', { level: 1, name: 'Analyser' }).waitFor();
    await auditEveryView(page, 'sv');
    await page.locator('label.segmented__option', { hasText: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await auditEveryView(page, 'en');
  });

  it('can be used by keyboard alone: create an analysis and set a step', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.goto(session.url);
    await page.getByRole('heading', { level: 1, name: 'Analyser' }).waitFor();
    // Skip link, then Tab to "Ny analys".
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.textContent.trim())) !== 'Ny analys' && guard++ < 20) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tangentbordsförskolan');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Tangentbordsförskolan/ }).waitFor();
    // Focus moved to the new view's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const radio = page.locator('section.step-card').first().getByRole('radio', { name: 'Ej påbörjat' });
    await radio.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('section.step-card').first().getByRole('radio', { name: 'Planerat' }).isChecked()).toBe(true);
    // The focused control shows a visible focus ring.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement?.closest('label') ?? document.body).outlineStyle);
    expect(outline).toBe('solid');
    await waitSaved(page);
  });
});
