import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addRole, createAnalysis, e2eSession, waitSaved } from './app.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const HEADCOUNT = { Förskollärare: 6, Barnskötare: 10 } as const;
const DROPPED = 'Timmar per vecka: Arbetsplatsträff (APT)';

/** Hours to the half hour, as the results and the board show them to people. */
const half = (hours: number) => Math.round(hours * 2) / 2;

/** Per role: the team hours and the tasks someone reported time on, computed straight from the CSV twin of the xlsx, without the dropped column. */
function expected(): Record<string, { team: number; tasks: number; people: number }> {
  const [head = '', ...lines] = readFileSync(`${FIXTURES}survey-forskola-wide.csv`, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean);
  const header = head.split(';');
  const sums: Record<string, { hours: number; people: number; tasks: Set<string> }> = {};
  for (const line of lines) {
    const cells = line.split(';');
    const role = cells[1] ?? '';
    const sum = (sums[role] ??= { hours: 0, people: 0, tasks: new Set() });
    sum.people += 1;
    header.forEach((h, i) => {
      const value = Number((cells[i] || '0').replace(',', '.'));
      if (!h.startsWith('Timmar per vecka: ') || h === DROPPED) return;
      sum.hours += value;
      if (value > 0) sum.tasks.add(h);
    });
  }
  return Object.fromEntries(
    Object.entries(sums).map(([role, s]) => [
      role,
      { team: (s.hours / s.people) * HEADCOUNT[role as keyof typeof HEADCOUNT], tasks: s.tasks.size, people: s.people },
    ]),
  );
}

const hoursIn = (text: string) =>
  Number(
    /([\d\s\u00a0]+(?:,\d+)?)\s*h/
      .exec(text)?.[1]
      ?.replace(/[\s\u00a0]/g, '')
      .replace(',', '.') ?? NaN,
  );

async function openSurvey(page: Page) {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(session.url);
  await createAnalysis(page, 'Förskolan Solrosen');
  await page.getByRole('link', { name: 'Yrkesroller' }).click();
  for (const [name, count] of Object.entries(HEADCOUNT)) await addRole(page, name, String(count));
  await page.getByRole('link', { name: 'Enkät', exact: true }).click();
  await page.getByRole('heading', { name: 'Ingen enkät importerad än' }).waitFor();
}

describe('survey import', () => {
  it('imports the Forms xlsx with one column changed, shows the results, and seeds a board whose totals match', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await openSurvey(page);
    // A role nobody answered for.
    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await addRole(page, 'Kock', '2');
    await page.getByRole('link', { name: 'Enkät', exact: true }).click();

    await page.getByTestId('survey-file').setInputFiles(`${FIXTURES}survey-forskola-forms.xlsx`);
    const dialog = page.getByRole('dialog', { name: 'Importera enkät' });
    await dialog.getByRole('heading', { name: 'Det här hittades' }).waitFor();
    await expect.poll(() => dialog.locator('.import__report').innerText()).toContain('Excel');
    await expect.poll(() => dialog.locator('.import__report').innerText()).toContain('Används inte: Starttid, Sluttid, E-post, Namn');
    // Name and e-mail cannot be chosen for anything.
    await expect
      .poll(() =>
        dialog
          .getByRole('row', { name: /^E-post/ })
          .getByRole('combobox')
          .count(),
      )
      .toBe(0);
    await expect.poll(() => dialog.getByLabel('Används som: Yrkesroll').inputValue()).toBe('role');
    await expect.poll(() => dialog.getByLabel('Används som: ID').inputValue()).toBe('respondent');
    await expect.poll(() => dialog.locator('[aria-labelledby="import-preview"]').innerText()).toContain('14 personer i 2 yrkesroller, 23 uppgifter.');

    // The facilitator leaves out one task column.
    await dialog.getByLabel(`Används som: ${DROPPED}`).selectOption('ignored');
    await expect.poll(() => dialog.locator('[aria-labelledby="import-preview"]').innerText()).toContain('22 uppgifter');
    await page.screenshot({ path: 'test-results/survey-import.png' });
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Importera 14 svar' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitSaved(page);

    // Results per role: the group's time = mean per person × headcount, shown to the half hour; how many of the role answered.
    const figures = expected();
    for (const [role, { team, people }] of Object.entries(figures)) {
      const section = page.getByRole('region', { name: new RegExp(`^${role}`) });
      await expect.poll(() => section.locator('.survey-role__figures strong').innerText()).toMatch(/^Gruppens tid: /);
      expect(hoursIn(await section.locator('.survey-role__figures strong').innerText())).toBe(half(team));
      await expect.poll(() => section.locator('.survey-role__count').innerText()).toBe(`${people} av ${HEADCOUNT[role as keyof typeof HEADCOUNT]} har svarat`);
      // The table behind the bars lists the tasks for screen readers.
      await expect.poll(() => section.getByRole('table').getByRole('row').count()).toBeGreaterThan(10);
    }
    await expect.poll(() => page.getByTestId('survey-no-answers').innerText()).toBe('Inga svar från: Kock');
    await expect.poll(() => page.getByText('Undervisning och dokumentation').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/survey-results.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // Seed the board.
    await page.getByRole('button', { name: 'Fyll AKR-tavlan' }).click();
    const seed = page.getByRole('dialog', { name: 'Fyll AKR-tavlan' });
    // The import made the survey's 22 tasks the analysis's: filling the board adds their cards, no tasks.
    const cards = Object.values(figures).reduce((sum, f) => sum + f.tasks, 0);
    await expect.poll(() => seed.innerText()).toContain(`${cards} nya kort i Osorterat`);
    expect(await seed.innerText()).not.toContain('nya uppgifter');
    await seed.getByRole('button', { name: 'Fyll AKR-tavlan' }).click();
    await waitSaved(page);
    await page.getByRole('link', { name: 'AKR-tavla' }).click();
    await page.locator('[data-card]').first().waitFor();
    await page.screenshot({ path: 'test-results/survey-board.png' });
    for (const [role, { team, tasks }] of Object.entries(figures)) {
      const lane = page.getByRole('group', { name: role, exact: true });
      await lane.locator('.lane-head__total').waitFor();
      // textContent: a lane below the window is not rendered (content-visibility), so it has no innerText.
      expect(hoursIn((await lane.locator('.lane-head__total').textContent()) ?? '')).toBe(half(team));
      await expect.poll(() => lane.locator('[data-card][data-colour="unsorted"]').count()).toBe(tasks);
    }
    // The card's details carry the survey's figures.
    const lane = page.getByRole('group', { name: 'Förskollärare', exact: true });
    await lane.locator('[data-card]', { hasText: 'Planera och genomföra undervisning' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Redigera…' }).click();
    const edit = page.getByRole('dialog', { name: 'Redigera arbetsuppgift' });
    await expect.poll(() => edit.innerText()).toMatch(/Enkäten: medel per person 14,58 h, 6 av 6 svarande gör den, gruppens tid 87,5 h\./);
    await edit.getByRole('button', { name: 'Avbryt' }).click();
    await page.locator('[data-card]').first().focus();
    // One step to undo.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('[data-card]').count()).toBe(0);
  });

  it('lists bad cells with row, column, value and why, and refuses files it cannot read', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await openSurvey(page);
    const csv = 'Svars-ID;Yrkesroll;Timmar per vecka: Diska\n1;Förskollärare;2,5\n2;Förskollärare;-3\n3;Förskollärare;1e309\n';
    await page.getByTestId('survey-file').setInputFiles({ name: 'enkät.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const dialog = page.getByRole('dialog', { name: 'Importera enkät' });
    const issues = dialog.locator('.import__issues');
    await issues.waitFor();
    await expect.poll(() => issues.innerText()).toContain('2 celler kan inte användas');
    const rows = await issues.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual(['3 Timmar per vecka: Diska -3 negativt', '4 Timmar per vecka: Diska 1e309 inte ett tal']);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('heading', { name: 'Ingen enkät importerad än' }).count()).toBe(1);

    await page.getByTestId('survey-file').setInputFiles({ name: 'enkät.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') });
    await expect.poll(() => page.getByRole('alert').allInnerTexts()).toContainEqual(expect.stringContaining('är inte en CSV-, TSV- eller Excel-fil'));
    await page.getByRole('button', { name: 'Avbryt' }).click();
  });
});

describe('privacy in the survey', () => {
  it('keeps a role under the threshold off the results and the board until confirmed, and keeps results when answers are deleted', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await openSurvey(page);
    await page.getByTestId('survey-file').setInputFiles(`${FIXTURES}survey-hemtjanst-long.csv`);
    const dialog = page.getByRole('dialog', { name: 'Importera enkät' });
    await expect.poll(() => dialog.locator('.import__report').innerText()).toContain('Avgränsare: komma (,)');
    await expect.poll(() => dialog.locator('.import__report').innerText()).toContain('En rad per person och uppgift');
    await dialog.getByRole('button', { name: 'Importera 17 svar' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Two nurses: merged alone they would still be two, so they are not shown at all.
    await page.getByRole('region', { name: /^Undersköterska/ }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: /^Sjuksköterska/ }).count()).toBe(0);
    await expect.poll(() => page.getByText('Visas inte (färre än 3 svar): Sjuksköterska.').count()).toBe(1);

    await page.getByRole('button', { name: 'Fyll AKR-tavlan' }).click();
    const seed = page.getByRole('dialog', { name: 'Fyll AKR-tavlan' });
    await expect.poll(() => seed.innerText()).toContain('Tavlan visas för hela rummet');
    await expect.poll(() => seed.innerText()).toContain('Nya yrkesroller: Undersköterska, Vårdbiträde');
    await seed.getByText('Fyll ändå i deras timmar').click();
    await expect.poll(() => seed.innerText()).toContain('Nya yrkesroller: Undersköterska, Vårdbiträde, Sjuksköterska');
    await seed.getByText('Fyll ändå i deras timmar').click();
    await seed.getByRole('button', { name: 'Fyll AKR-tavlan' }).click();
    await waitSaved(page);
    await page.getByRole('link', { name: 'AKR-tavla' }).click();
    await page.getByRole('group', { name: 'Undersköterska', exact: true }).waitFor();
    await expect.poll(() => page.getByRole('group', { name: 'Sjuksköterska', exact: true }).count()).toBe(0);

    await page.getByRole('link', { name: 'Enkät', exact: true }).click();
    // The results CSV leaves the nurses out too, and holds no core missions.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera resultat (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('Förskolan-Solrosen-enkatresultat.csv');
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFYrkesroll;Uppgift;Svarande i rollen;Svarande som gör den;Medel per person (h/vecka);Median per person (h/vecka);Gruppens tid (h/vecka)',
    );
    expect(csv).toContain('Undersköterska;Totalt;9;');
    expect(csv).not.toContain('Sjuksköterska');
    await page.getByRole('button', { name: 'Radera svaren per person' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Radera svaren per person' }).click();
    await waitSaved(page);
    await expect.poll(() => page.locator('.notice').allInnerTexts()).toContainEqual(expect.stringContaining('Svaren per person är raderade'));
    await expect.poll(() => page.getByRole('region', { name: /^Undersköterska/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Radera svaren per person' }).count()).toBe(0);
  });
});
