import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addRole, createAnalysis, dateText, e2eSession, typeDate, waitSaved } from './app.ts';
import { newProfileDir } from './browser.ts';

const session = e2eSession();

async function open(profile?: string): Promise<Page> {
  const running = await session.launch(profile);
  const page = await running.newPage();
  await page.goto(session.url);
  await page.getByRole('heading', { level: 1, name: /^(Analyser|Analyses)$/ }).waitFor();
  return page;
}

async function stepCard(page: Page, title: string) {
  return page.locator('section.step-card').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

/** Clicks a status the way a user does (on its label), then waits until it is stored and shown. */
async function setStatus(card: Awaited<ReturnType<typeof stepCard>>, name: string) {
  await card.locator('label.segmented__option', { hasText: name }).click();
  await expect.poll(() => card.getByRole('radio', { name }).isChecked()).toBe(true);
}

async function roleNames(page: Page): Promise<string[]> {
  return page.locator('.roles-table tbody tr td:first-child input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
}

describe('analyses, steps and roles', () => {
  it('creates an analysis, sets two steps, adds roles, and keeps it all across a reload and a browser restart', async () => {
    const profile = newProfileDir();
    let page = await open(profile);
    await page.getByText('Inga analyser än').waitFor();

    // An empty unit name is refused with a message next to the field.
    await page.getByRole('button', { name: 'Ny analys' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Skapa analys' }).click();
    await page.getByRole('dialog').getByText('Skriv enhetens namn.').waitFor();
    await page.keyboard.press('Escape');

    await createAnalysis(page, 'Förskolan Solrosen');

    const info = await stepCard(page, 'Informationsmöte');
    await setStatus(info, 'Klart');
    await typeDate(info.getByRole('group', { name: 'Datum' }), '2026-09-01');
    // The field writes the date in Swedish order, whatever the browser's own language.
    await expect.poll(() => dateText(info.getByRole('group', { name: 'Datum' }))).toBe('2026-09-01');
    await info.getByLabel('Anteckningar').fill('Alla på APT var med. <script>alert(1)</script>');
    const report = await stepCard(page, 'Slutrapport och uppföljning');
    await setStatus(report, 'Planerat');
    await typeDate(report.getByRole('group', { name: 'Datum för uppföljningsmötet' }), '2027-03-15');
    await waitSaved(page);
    await page.getByText('Uppföljningsmöte 15 mars 2027').waitFor();
    // Stored as ISO dates, as before the field followed the UI language.
    const storedDates = () =>
      page.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const open = indexedDB.open('akr-studio');
            open.onerror = () => reject(new Error(open.error?.message ?? 'IndexedDB did not open'));
            open.onsuccess = () => {
              const all = open.result.transaction('steps').objectStore('steps').getAll();
              all.onsuccess = () => {
                resolve((all.result as { date: string | null }[]).flatMap((s) => (s.date ? [s.date] : [])).sort());
                open.result.close();
              };
            };
          }),
      );
    await expect.poll(storedDates).toEqual(['2026-09-01', '2027-03-15']);

    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await addRole(page, 'Förskollärare', '4');
    await addRole(page, 'Barnskötare', '6', '38,25');
    // A duplicate name is refused.
    await page.locator('form.add-role').getByLabel('Yrkesroll', { exact: true }).fill('barnskötare');
    await page.locator('form.add-role').getByRole('button', { name: 'Lägg till yrkesroll' }).click();
    await page.getByText('Det finns redan en yrkesroll med det namnet.').waitFor();

    const check = async (p: Page) => {
      await p.getByRole('link', { name: 'Yrkesroller' }).click();
      await expect.poll(() => roleNames(p)).toEqual(['Förskollärare', 'Barnskötare']);
      await expect.poll(() => p.getByLabel('Timmar per heltidsvecka, Barnskötare').inputValue()).toBe('38,25');
      await p.getByRole('link', { name: 'Översikt' }).click();
      const i = await stepCard(p, 'Informationsmöte');
      await expect.poll(() => i.getByRole('radio', { name: 'Klart' }).isChecked()).toBe(true);
      await expect.poll(() => dateText(i.getByRole('group', { name: 'Datum' }))).toBe('2026-09-01');
      await expect.poll(() => i.getByLabel('Anteckningar').inputValue()).toBe('Alla på APT var med. <script>alert(1)</script>');
      const r = await stepCard(p, 'Slutrapport och uppföljning');
      await expect.poll(() => r.getByRole('radio', { name: 'Planerat' }).isChecked()).toBe(true);
      await expect.poll(() => dateText(r.getByRole('group', { name: 'Datum för uppföljningsmötet' }))).toBe('2027-03-15');
    };

    await page.reload();
    await check(page);

    page = await open(profile);
    const card = page.locator('article.analysis-card');
    await card.getByText('1 av 6 steg klara').waitFor();
    await card.getByText('2 yrkesroller').waitFor();
    await card.getByRole('link', { name: 'Förskolan Solrosen' }).click();
    await check(page);
  });

  it('renames, duplicates, searches, deletes with undo and restores from recently deleted', async () => {
    const page = await open();
    await createAnalysis(page, 'Hemtjänst Norr');
    await page.getByRole('link', { name: 'Till alla analyser' }).click();
    await createAnalysis(page, 'Biblioteket');
    await page.getByRole('link', { name: 'Analyser', exact: true }).click();

    // Rename through the card's menu.
    await page.getByRole('button', { name: 'Fler val för Hemtjänst Norr' }).click();
    await page.getByRole('menuitem', { name: 'Byt namn' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Enhetens namn/).fill('Hemtjänst Norra');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('link', { name: 'Hemtjänst Norra' }).waitFor();

    // Duplicate.
    await page.getByRole('button', { name: 'Fler val för Biblioteket' }).click();
    await page.getByRole('menuitem', { name: 'Duplicera' }).click();
    await page.getByRole('link', { name: 'Biblioteket (kopia)' }).waitFor();
    await page.getByText('3 analyser').waitFor();

    // Search.
    await page.getByRole('searchbox').fill('bibl');
    await page.getByText('2 analyser').waitFor();
    await page.getByRole('searchbox').fill('');

    // Delete asks first, then can be undone from the message.
    await page.getByRole('button', { name: 'Fler val för Biblioteket (kopia)' }).click();
    await page.getByRole('menuitem', { name: 'Ta bort' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort analysen' }).click();
    await page.getByText('Analysen ”Biblioteket (kopia)” är borttagen.').waitFor();
    await page.getByText('2 analyser').waitFor();
    await page.getByRole('button', { name: 'Ångra' }).click();
    await page.getByRole('link', { name: 'Biblioteket (kopia)' }).waitFor();

    // Delete again, then restore from "Nyligen borttagna".
    await page.getByRole('button', { name: 'Fler val för Biblioteket (kopia)' }).click();
    await page.getByRole('menuitem', { name: 'Ta bort' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort analysen' }).click();
    await page.getByText('2 analyser').waitFor();
    await page.getByText('Nyligen borttagna (1)').click();
    await page.getByRole('button', { name: 'Återställ: Biblioteket (kopia)' }).click();
    await page.getByText('3 analyser').waitFor();
    await waitSaved(page);
  });
});
