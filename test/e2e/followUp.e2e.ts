import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addRole, createAnalysis, e2eSession, waitSaved } from './app.ts';
import { card } from './board-helpers.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();

/**
 * Three people in each role answer (3 in the role), so a role's team hours are the sum of its answers.
 * First round, team hours: Förskollärare Diska 6, Planera 30, Städa 3; Barnskötare Diska 15, Planera 3, Städa 12.
 */
const FIRST = [
  'Svars-ID;Yrkesroll;Timmar per vecka: Diska;Timmar per vecka: Planera;Timmar per vecka: Städa',
  '1;Förskollärare;2;10;0',
  '2;Förskollärare;4;12;1',
  '3;Förskollärare;0;8;2',
  '4;Barnskötare;6;2;3',
  '5;Barnskötare;4;0;5',
  '6;Barnskötare;5;1;4',
].join('\n');

/**
 * The follow-up round, with a task new since the report. Team hours: Förskollärare Diska 3, Planera 36,
 * Städa 1, Dokumentera 3; Barnskötare Diska 6, Planera 3, Städa 4.
 */
const FOLLOW_UP = [
  'Svars-ID;Yrkesroll;Timmar per vecka: Diska;Timmar per vecka: Planera;Timmar per vecka: Städa;Timmar per vecka: Dokumentera',
  '1;Förskollärare;1;12;0;2',
  '2;Förskollärare;1;14;0;1',
  '3;Förskollärare;1;10;1;0',
  '4;Barnskötare;3;2;1;0',
  '5;Barnskötare;2;1;2;0',
  '6;Barnskötare;1;0;1;0',
].join('\n');

/** The board's colours (keys 1–4: green, yellow, red, black) per role and task. */
const COLOURS: Record<string, Record<string, '1' | '2' | '3' | '4'>> = {
  Förskollärare: { Diska: '3', Planera: '1', Städa: '4' },
  Barnskötare: { Diska: '2', Planera: '1', Städa: '3' },
};

async function importCsv(page: Page, name: string, csv: string, respondents: number) {
  await page.getByTestId('survey-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const dialog = page.getByRole('dialog', { name: 'Importera enkät' });
  await dialog.getByRole('button', { name: `Importera ${respondents} svar` }).click();
  await dialog.waitFor({ state: 'detached' });
  await waitSaved(page);
}

/** A cell of a role's comparison table: the row of a colour (or the sum), the column by index (0 = then, hours). */
async function cell(page: Page, roleName: string, row: string, column: number): Promise<string> {
  const section = page.locator('section.compare', { has: page.getByRole('heading', { name: roleName, exact: true }) });
  const tr = row === 'sum' ? section.locator('tfoot tr') : section.locator(`tbody tr[data-colour="${row}"]`);
  return ((await tr.locator('td').nth(column).textContent()) ?? '').replace(/\u00a0/g, ' ');
}

async function redBlack(page: Page, roleName: string): Promise<string> {
  const section = page.locator('section.compare', { has: page.getByRole('heading', { name: roleName, exact: true }) });
  return ((await section.getByTestId('red-black').textContent()) ?? '').replace(/\u00a0/g, ' ');
}

describe('the follow-up', () => {
  it('compares the board at the report with a follow-up round, and reviews the actions', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(session.url);
    await createAnalysis(page, 'Förskolan Solrosen');
    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await addRole(page, 'Förskollärare', '3');
    await addRole(page, 'Barnskötare', '3');

    // The first round, the board filled from it and sorted.
    await page.getByRole('link', { name: 'Enkät', exact: true }).click();
    await expect.poll(() => page.getByTestId('survey-round').innerText()).toBe('Svaren sparas i: Första omgången');
    await importCsv(page, 'enkat.csv', FIRST, 6);
    await page.getByRole('button', { name: 'Fyll AKR-tavlan' }).click();
    const seed = page.getByRole('dialog', { name: 'Fyll AKR-tavlan' });
    await seed.getByRole('button', { name: 'Fyll AKR-tavlan' }).click();
    await waitSaved(page);
    await page.getByRole('link', { name: 'AKR-tavla' }).click();
    await page.locator('[data-card]').first().waitFor();
    for (const [role, tasks] of Object.entries(COLOURS))
      for (const [task, key] of Object.entries(tasks)) {
        await card(page, task, role).focus();
        await page.keyboard.press(key);
        await expect.poll(() => card(page, task, role).getAttribute('data-colour')).not.toBe('unsorted');
      }
    await waitSaved(page);

    // An action agreed at the workshop.
    await page.getByRole('link', { name: 'Åtgärder', exact: true }).click();
    await page.getByLabel('Åtgärd', { exact: true }).fill('Ny diskrutin');
    await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    await page.locator('.actions-table').waitFor();
    await waitSaved(page);

    // Before the report: no snapshot, no follow-up round.
    await page.getByRole('link', { name: 'Uppföljning', exact: true }).click();
    await page.getByRole('heading', { name: 'Ingen ögonblicksbild än' }).waitFor();
    await page.getByRole('heading', { name: 'Ingen uppföljningsomgång än' }).waitFor();
    await page.screenshot({ path: 'test-results/follow-up-empty.png' });
    expect(await axeViolations(page)).toEqual([]);

    // Making the report takes the snapshot.
    await page.getByRole('link', { name: 'Rapport', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Slutrapport (PDF)' }).click()]);
    await download.path();
    await waitSaved(page);
    await page.getByRole('link', { name: 'Uppföljning', exact: true }).click();
    await expect.poll(() => page.getByTestId('snapshot-taken').innerText()).toMatch(/2 yrkesroller, 3 arbetsuppgifter, 1 åtgärd\.$/);
    // Re-taking it asks first, saying what it replaces.
    await page.getByRole('button', { name: 'Ta ny ögonblicksbild' }).click();
    const retake = page.getByRole('alertdialog', { name: 'Ta ny ögonblicksbild?' });
    await expect.poll(() => retake.innerText()).toContain('Ögonblicksbilden från');
    expect(await axeViolations(page)).toEqual([]);
    await retake.getByRole('button', { name: 'Avbryt' }).click();
    await retake.waitFor({ state: 'detached' });

    // A follow-up round, started from the survey view: answers go to it, and the board is not filled from it.
    await page.getByRole('link', { name: 'Enkät', exact: true }).click();
    await page.getByRole('button', { name: 'Starta uppföljningsomgång' }).click();
    const start = page.getByRole('dialog', { name: 'Starta uppföljningsomgång' });
    await start.getByRole('button', { name: 'Starta uppföljningsomgång' }).click();
    await expect.poll(() => start.getByRole('alert').innerText()).toBe('Skriv ett namn på omgången.');
    expect(await axeViolations(page)).toEqual([]);
    await start.getByLabel('Namn på omgången').fill('Uppföljning hösten 2027');
    await start.getByRole('button', { name: 'Starta uppföljningsomgång' }).click();
    await start.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('survey-round').innerText()).toBe('Svaren sparas i: Uppföljning hösten 2027');
    await importCsv(page, 'uppfoljning.csv', FOLLOW_UP, 6);
    await expect.poll(() => page.getByRole('button', { name: 'Fyll AKR-tavlan' }).isDisabled()).toBe(true);
    await page.screenshot({ path: 'test-results/follow-up-survey.png' });
    // Back to the first round: its results and the board again; the follow-up still compares the follow-up round.
    await page.getByLabel('Omgång som visas och tar emot svar').selectOption({ label: 'Första omgången' });
    await expect.poll(() => page.getByTestId('survey-round').innerText()).toBe('Svaren sparas i: Första omgången');
    await expect.poll(() => page.getByRole('button', { name: 'Fyll AKR-tavlan' }).isDisabled()).toBe(false);
    await waitSaved(page);

    // The comparison, worked out by hand from the two rounds' answers and the colours.
    await page.getByRole('link', { name: 'Uppföljning', exact: true }).click();
    await expect.poll(() => page.getByTestId('follow-up-round').innerText()).toBe('Uppföljning hösten 2027: 6 svar');
    await page.locator('section.compare').first().waitFor();
    // Förskollärare: then red 6, green 30, black 3 (39 h); now red 3, green 36, black 1, new 3 (43 h).
    await expect.poll(() => redBlack(page, 'Förskollärare')).toBe('Rött och svart arbete: 9 h då, 4 h nu (−5 h)');
    await expect.poll(() => cell(page, 'Förskollärare', 'red', 0)).toBe('6 h');
    await expect.poll(() => cell(page, 'Förskollärare', 'red', 2)).toBe('3 h');
    await expect.poll(() => cell(page, 'Förskollärare', 'green', 1)).toBe('77 %'); // 30 / 39
    await expect.poll(() => cell(page, 'Förskollärare', 'green', 3)).toBe('84 %'); // 36 / 43
    await expect.poll(() => cell(page, 'Förskollärare', 'new', 2)).toBe('3 h');
    await expect.poll(() => cell(page, 'Förskollärare', 'sum', 2)).toBe('43 h');
    // Barnskötare: then yellow 15, green 3, red 12 (30 h); now yellow 6, green 3, red 4 (13 h).
    await expect.poll(() => redBlack(page, 'Barnskötare')).toBe('Rött och svart arbete: 12 h då, 4 h nu (−8 h)');
    await expect.poll(() => cell(page, 'Barnskötare', 'yellow', 1)).toBe('50 %');
    await expect.poll(() => cell(page, 'Barnskötare', 'yellow', 4)).toBe('−9 h');
    // The unit: red and black 21 h then, 8 h now.
    await expect.poll(() => redBlack(page, 'Hela enheten')).toBe('Rött och svart arbete: 21 h då, 8 h nu (−13 h)');
    await expect.poll(() => cell(page, 'Hela enheten', 'sum', 0)).toBe('69 h');
    await expect.poll(() => cell(page, 'Hela enheten', 'sum', 2)).toBe('56 h');
    await expect.poll(() => page.getByTestId('new-tasks').innerText()).toBe('Dokumentera: 3 h');
    // The bars say the same in words.
    await expect
      .poll(() => page.locator('section.compare').first().locator('.bar').first().getAttribute('aria-label'))
      .toBe('Hela enheten, Då: Grön 33 h (48 %), Gul 15 h (22 %), Röd 18 h (26 %), Svart 3 h (4 %)');

    // The action review: status then and now, an outcome and a note, kept after a reload.
    const action = page.locator('[data-action-review]', { hasText: 'Ny diskrutin' });
    await expect.poll(() => action.locator('dl').innerText()).toMatch(/Status då\s+Ej påbörjad\s+Status nu\s+Ej påbörjad/);
    await action.locator('label.segmented__option', { hasText: 'Nedlagd' }).click();
    await action.getByLabel('Vad gjordes, eller varför lades den ner?').fill('Köket tog över disken');
    await action.getByLabel('Vad gjordes, eller varför lades den ner?').blur();
    await waitSaved(page);
    await page.screenshot({ path: 'test-results/follow-up-1366.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator('#follow-up-compare-title').evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: 'test-results/follow-up-1920.png' });
    await page.reload();
    await expect.poll(() => action.getByRole('radio', { name: 'Nedlagd' }).isChecked()).toBe(true);
    await expect.poll(() => action.getByLabel('Vad gjordes, eller varför lades den ner?').inputValue()).toBe('Köket tog över disken');

    // A role added since, that nobody in the round answered for, is named and left out: not shown at 0 h now.
    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await addRole(page, 'Kock', '1');
    await page.getByRole('link', { name: 'Uppföljning', exact: true }).click();
    await expect
      .poll(() => page.getByText(/^Ingen har svarat för/).innerText())
      .toBe('Ingen har svarat för Kock i den här omgången. De är inte med i jämförelsen, varken då eller nu: ”nu” skulle annars se ut som noll timmar.');
    await expect.poll(() => page.locator('section.compare .compare__name').allInnerTexts()).toEqual(['Hela enheten', 'Förskollärare', 'Barnskötare']);
    await expect.poll(() => cell(page, 'Hela enheten', 'sum', 2)).toBe('56 h');
    await page.getByText(/^Ingen har svarat för/).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/follow-up-unanswered.png' });
    // The unit's document says the same.
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Uppföljning (PDF)' }).click(),
    ]);
    const pdfPath = await pdfDownload.path();
    mkdirSync('test-results', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, 'test-results/follow-up-unanswered-pdf']);
    const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdfText).toContain('Ingen svarade för Kock i uppföljningen: de är inte med i jämförelsen eller i summan.');

    // The follow-up meeting's agenda: its own six items, an hour, opened on the follow-up view.
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: 'Agenda' });
    await drawer.getByRole('button', { name: 'Använd agendamallen' }).click();
    await expect.poll(() => drawer.getByRole('radio', { name: 'Uppföljning' }).isChecked()).toBe(true);
    await expect.poll(() => drawer.locator('.agenda').innerText()).toContain('Totalt 60 min');
    await expect.poll(() => drawer.getByRole('button', { name: /^Starta / }).allInnerTexts()).toHaveLength(6);
    await drawer.getByRole('button', { name: 'Starta Tavlan då och nu (15 min)' }).click();
    await expect.poll(() => drawer.getByTestId('agenda-notes').innerText()).toContain('Har de röda och svarta timmarna minskat?');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.count()).toBe(0);
    // Starting the item started the countdown from its minutes; the room sees it and the item's name over the comparison.
    await page.getByRole('button', { name: 'Förhandsvisning' }).click();
    await expect.poll(() => page.getByTestId('presenter-label').innerText()).toBe('Tavlan då och nu');
    await expect.poll(() => page.locator('.presenter__timer').getByTestId('timer-time').innerText()).toMatch(/^(15:00|14:[0-5]\d)$/);
    await page.getByRole('button', { name: 'Förhandsvisning' }).click();

    // In English, the view is accessible too.
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.locator('label.segmented__option', { hasText: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Before and after' }).waitFor();
    await page.screenshot({ path: 'test-results/follow-up-en.png' });
    expect(await axeViolations(page)).toEqual([]);
  });
});
