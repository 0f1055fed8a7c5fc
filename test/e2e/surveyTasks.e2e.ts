import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addRole, createAnalysis, e2eSession, waitSaved } from './app.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

const titles = (page: Page) => page.locator('[data-task-title]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

async function openSurvey(page: Page) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(session.url);
  await createAnalysis(page, 'Förskolan Solrosen');
  await page.getByRole('link', { name: 'Yrkesroller' }).click();
  await addRole(page, 'Förskollärare', '6');
  await addRole(page, 'Barnskötare', '10');
  await addRole(page, 'Kock', '2');
  await page.getByRole('link', { name: 'Enkät', exact: true }).click();
  await page.getByRole('heading', { name: 'Inga uppgifter än' }).waitFor();
}

describe('the survey’s task list', () => {
  it('is built from a library list, edited, reordered, merged, pruned and undone, and shows on the board', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await openSurvey(page);

    // From the empty state: the preschool list, without its meals group.
    await page.getByRole('button', { name: 'Börja från ett bibliotek' }).click();
    const dialog = page.getByRole('dialog', { name: 'Börja från ett bibliotek' });
    await dialog.getByRole('radio', { name: /Förskola/ }).check();
    // The list's roles are matched by name; Rektor has no role here and is left unmarked.
    await expect.poll(() => dialog.getByRole('combobox').nth(0).inputValue()).not.toBe('');
    await expect.poll(() => dialog.getByRole('combobox').nth(2).inputValue()).toBe('');
    const add = dialog.getByRole('button', { name: /^Lägg till \d+ uppgifter$/ });
    const all = Number(/\d+/.exec(await add.innerText())?.[0]);
    const meals = dialog.getByRole('group', { name: 'Måltider' });
    const mealTasks = await meals.getByRole('listitem').count();
    expect(mealTasks).toBeGreaterThan(0);
    await dialog.getByRole('checkbox', { name: 'Hela gruppen Måltider' }).uncheck();
    await expect.poll(() => add.innerText()).toBe(`Lägg till ${all - mealTasks} uppgifter`);
    await page.screenshot({ path: 'test-results/survey-tasks-library.png' });
    expect(await axeViolations(page)).toEqual([]);
    await add.click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await titles(page)).length).toBe(all - mealTasks);
    const first = await titles(page);
    expect(first[0]).toBe('Planera undervisningen');
    expect(first).not.toContain('Duka fram och av vid måltider');
    await waitSaved(page);

    // The same list again: every task is marked as there already, and nothing is added twice.
    await page.getByRole('button', { name: 'Lägg till från bibliotek' }).click();
    await dialog.getByRole('radio', { name: /Förskola/ }).check();
    await expect.poll(() => dialog.locator('label.library__list', { hasText: 'Förskola' }).innerText()).toContain(`${all - mealTasks} av ${all} finns redan`);
    await expect.poll(() => dialog.getByRole('checkbox', { name: /Planera undervisningen/ }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();

    // Edit a title in place.
    const title = page.locator('[data-task-title]').first();
    await title.fill('Planera undervisningen i barngruppen');
    await title.press('Enter');
    await waitSaved(page);

    // Move the second task up with the keyboard.
    const second = page.locator('[data-task-title]').nth(1);
    const secondTitle = await second.inputValue();
    await second.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await titles(page)).slice(0, 2)).toEqual([secondTitle, 'Planera undervisningen i barngruppen']);
    // The focus stays on the moved task.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(secondTitle);

    // Merge the third task into the first.
    const third = (await titles(page))[2] ?? '';
    await page.getByRole('button', { name: `Slå ihop ${third} med en annan uppgift` }).click();
    const merge = page.getByRole('dialog', { name: `Slå ihop ${third}` });
    await merge.getByRole('combobox').selectOption({ label: secondTitle });
    await merge.getByRole('button', { name: 'Slå ihop' }).click();
    await expect.poll(() => titles(page)).not.toContain(third);
    await expect.poll(async () => (await titles(page)).length).toBe(all - mealTasks - 1);

    // Delete one: it has cards on the board, so the app asks first and says how many.
    const doomed = 'Planera undervisningen i barngruppen';
    await page.getByRole('button', { name: `Ta bort ${doomed}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Ta bort ${doomed}?` });
    await expect.poll(() => confirm.innerText()).toContain('0 svar och 1 kort');
    await confirm.getByRole('button', { name: 'Ta bort' }).click();
    await expect.poll(() => titles(page)).not.toContain(doomed);
    await waitSaved(page);

    // Ctrl+Z brings it back, where it was.
    await page.getByRole('heading', { name: /Enkätens uppgifter/ }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await titles(page)).slice(0, 2)).toEqual([secondTitle, doomed]);
    await waitSaved(page);
    await page.screenshot({ path: 'test-results/survey-tasks-list.png' });

    // The same tasks are on the board: a card per marked role in Osorterat.
    await page.getByRole('link', { name: 'AKR-tavla' }).click();
    await expect.poll(() => page.locator('[data-card]', { hasText: secondTitle }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-card]', { hasText: doomed }).count()).toBe(1);
    await expect.poll(() => page.locator('[data-card]', { hasText: third }).count()).toBe(0);
  });

  it('tracks the answers per role against the headcount, with a reminder to copy, axe clean', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await openSurvey(page);
    await page.getByTestId('survey-file').setInputFiles(`${FIXTURES}survey-forskola-wide.csv`);
    const dialog = page.getByRole('dialog', { name: 'Importera enkät' });
    await dialog.getByRole('button', { name: 'Importera 14 svar' }).click();
    await dialog.waitFor({ state: 'detached' });
    const table = page.getByTestId('tracking-table');
    const rows = () =>
      table.locator('tbody tr, tfoot tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
    await expect.poll(rows).toEqual([
      ['Förskollärare', '6', '6', '100 %'],
      ['Barnskötare', '10', '8', '80 %'],
      ['Kock', '2', '0', '0 %'],
      ['Totalt', '18', '14', '78 %'],
    ]);
    await expect.poll(() => page.getByTestId('tracking-silent').innerText()).toBe('Inga svar än från: Kock.');
    // The imported file's tasks are the survey's tasks now.
    await expect.poll(async () => (await titles(page)).length).toBeGreaterThan(20);

    const reminder = page.getByRole('textbox', { name: 'Påminnelse att skicka' });
    await expect.poll(() => reminder.inputValue()).toContain('Hittills har 14 av 18 svarat.');
    await expect.poll(() => reminder.inputValue()).toContain('Svara senast ________.');
    await page.getByRole('group', { name: 'Sista svarsdag' }).getByRole('spinbutton').first().click();
    await page.keyboard.type('20261215');
    await expect.poll(() => reminder.inputValue()).toContain('Svara senast 15 dec 2026.');
    await running.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.url).origin });
    await page.getByRole('button', { name: 'Kopiera påminnelsen' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Svara senast 15 dec 2026.');
    await page.getByRole('heading', { name: 'Svar hittills' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/survey-tracking.png' });
    expect(await axeViolations(page)).toEqual([]);

    // A privacy threshold above a role's answers holds its count back (and the total that would give it away).
    await page.getByRole('link', { name: 'Inställningar' }).click();
    const threshold = page.getByLabel('Minsta antal svarande per yrkesroll');
    await threshold.fill('7');
    await threshold.press('Tab');
    await waitSaved(page);
    await page.goBack();
    await page.getByRole('link', { name: 'Enkät', exact: true }).click();
    await expect.poll(rows).toEqual([
      ['Förskollärare', '6', 'färre än 7', '–'],
      ['Barnskötare', '10', '8', '80 %'],
      ['Kock', '2', '0', '0 %'],
      // 14 − 8 would give the held-back 6 away.
      ['Totalt', '18', '–', '–'],
    ]);
    expect(await page.getByRole('textbox', { name: 'Påminnelse att skicka' }).inputValue()).not.toContain('Hittills');
  });

  it('is axe clean in English, the list and the library dialog', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await openSurvey(page);
    await page.getByRole('button', { name: 'Lägg till flera på en gång' }).click();
    await page.getByLabel('Uppgifter, en per rad').fill('- Laga mat\n- Diska\n\n- laga mat\n- Beställa varor');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await expect.poll(() => titles(page)).toEqual(['Laga mat', 'Diska', 'Beställa varor']);
    await waitSaved(page);
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.locator('label.segmented__option', { hasText: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.goBack();
    await page.getByRole('link', { name: 'Survey', exact: true }).click();
    await page.getByRole('heading', { name: /The survey’s tasks/ }).waitFor();
    await page.getByRole('heading', { name: 'Answers so far' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add from a library' }).click();
    const library = page.getByRole('dialog', { name: 'Start from a library' });
    await library.getByRole('radio', { name: /Preschool/ }).check();
    await library.getByRole('checkbox', { name: 'The whole group Meals' }).waitFor();
    await page.screenshot({ path: 'test-results/survey-tasks-library-en.png' });
    expect(await axeViolations(page)).toEqual([]);
  });
});
