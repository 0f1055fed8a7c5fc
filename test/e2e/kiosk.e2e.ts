import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eSession, waitSaved } from './app.ts';
import { boardWith, quickAdd } from './board-helpers.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();
const SHOTS = 'test-results/kiosk';
mkdirSync(SHOTS, { recursive: true });

const BS = 'Barnskötare';
const FL = 'Förskollärare';
const DIAPERS = 'Byta blöjor';
const PLAN = 'Planera undervisning';
const LUNCH = 'Äta lunch med barnen';

/** Five people's answers: hours as typed (blank: not done), and a core mission that must never be seen again. */
const ANSWERS: { role: string; hours: Record<string, string>; mission: string }[] = [
  { role: BS, hours: { [DIAPERS]: '10', [LUNCH]: '5,5' }, mission: 'Uppdrag-ett omsorg' },
  { role: BS, hours: { [DIAPERS]: '8', [LUNCH]: '4,5' }, mission: 'Uppdrag-två trygghet' },
  { role: BS, hours: { [DIAPERS]: '', [LUNCH]: '5' }, mission: 'Uppdrag-tre lek' },
  { role: FL, hours: { [PLAN]: '12,5', [LUNCH]: '3' }, mission: 'Uppdrag-fyra lärande' },
  { role: FL, hours: { [PLAN]: '7,5', [LUNCH]: '' }, mission: 'Uppdrag-fem undervisning' },
];
/** Per role and task: how many do it and the mean per person, as the results table writes them. */
const EXPECTED = {
  [BS]: { count: '3 av 3 har svarat', rows: { [DIAPERS]: ['2', '6 h'], [LUNCH]: ['3', '5 h'] } },
  [FL]: { count: '2 av 3 har svarat', rows: { [PLAN]: ['2', '10 h'], [LUNCH]: ['1', '1,5 h'] } },
};

async function expectAccessible(page: Page, where: string) {
  expect(await axeViolations(page), where).toEqual([]);
}

const welcome = (page: Page) => page.getByRole('heading', { level: 1, name: /^(Hur använder du din arbetstid\?|How do you spend your working time\?)$/ });

/** Nothing of any answer is on the page. */
async function noAnswerShown(page: Page) {
  // Polled: the screen is being cleared right after an answer is sent.
  await expect
    .poll(async () => {
      const text = await page.locator('body').innerText();
      return ANSWERS.filter((a) => text.includes(a.mission)).map((a) => a.mission);
    })
    .toEqual([]);
  await expect.poll(() => page.locator('input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).filter(Boolean))).toEqual([]);
}

async function startKiosk(page: Page, pin: string, lang: 'sv' | 'en' = 'sv'): Promise<string> {
  const sv = lang === 'sv';
  await page.getByRole('button', { name: sv ? 'Starta kiosk' : 'Start kiosk' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(sv ? 'Välj en PIN-kod (4–8 siffror)' : 'Choose a PIN (4–8 digits)').fill(pin);
  await dialog.getByLabel(sv ? 'Skriv PIN-koden igen' : 'Type the PIN again').fill(pin.slice(0, -1));
  await dialog.getByRole('button', { name: sv ? 'Fortsätt' : 'Continue' }).click();
  await dialog.getByText(sv ? 'PIN-koderna är inte lika' : 'The PINs differ').waitFor();
  await expectAccessible(page, `${lang}: start dialog with an error`);
  await dialog.getByLabel(sv ? 'Skriv PIN-koden igen' : 'Type the PIN again').fill(pin);
  await dialog.getByRole('button', { name: sv ? 'Fortsätt' : 'Continue' }).click();
  const code = dialog.getByTestId('kiosk-recovery');
  await code.waitFor();
  await expectAccessible(page, `${lang}: recovery code`);
  const recovery = await code.innerText();
  expect(recovery).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  if (sv) await page.screenshot({ path: `${SHOTS}/start-recovery-code.png` });
  await dialog.getByRole('button', { name: sv ? 'Jag har skrivit ner koden – starta kiosken' : 'I have written the code down – start the kiosk' }).click();
  await welcome(page).waitFor();
  return recovery;
}

async function answer(page: Page, a: (typeof ANSWERS)[number], options: { badValueFirst?: boolean; shots?: boolean } = {}) {
  await page.getByRole('button', { name: 'Börja svara' }).click();
  await page.getByRole('heading', { name: 'Vilken yrkesroll har du?' }).waitFor();
  if (options.shots) {
    await page.screenshot({ path: `${SHOTS}/role-1366x768.png` });
    await expectAccessible(page, 'sv: role');
  }
  await page.getByRole('button', { name: a.role, exact: true }).click();
  await page.getByRole('heading', { name: 'Timmar per vecka för varje uppgift' }).waitFor();
  const entries = Object.entries(a.hours);
  if (options.badValueFirst) {
    await page.getByLabel(entries[0]?.[0] ?? '', { exact: true }).fill('tio');
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByText('Skriv ett tal, till exempel 2,5.').waitFor();
    await page.getByText('Ett svar behöver rättas innan du går vidare.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    if (options.shots) {
      await page.screenshot({ path: `${SHOTS}/hours-error-1366x768.png` });
      await expectAccessible(page, 'sv: hours with an error');
    }
  }
  // By keyboard: each field, then Enter submits the step.
  for (const [task, value] of entries) {
    const field = page.getByLabel(task, { exact: true });
    await field.fill('');
    if (value) await field.pressSequentially(value);
  }
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Vad är ditt grunduppdrag?' }).waitFor();
  await page.getByLabel('Med egna ord: vad är du anställd för att göra?').fill(a.mission);
  if (options.shots) await expectAccessible(page, 'sv: mission');
  await page.getByRole('button', { name: 'Nästa' }).click();
  await page.getByRole('heading', { name: 'Stämmer ditt svar?' }).waitFor();
  await expect.poll(() => page.locator('.kiosk__review').innerText()).toContain(a.mission);
  if (options.shots) {
    await page.screenshot({ path: `${SHOTS}/review-1366x768.png` });
    await expectAccessible(page, 'sv: review');
  }
  await page.getByRole('button', { name: 'Skicka' }).click();
  await page.getByRole('status').filter({ hasText: 'Tack! Ditt svar är sparat.' }).waitFor();
  await welcome(page).waitFor();
}

async function exitKiosk(page: Page, code: string, lang: 'sv' | 'en' = 'sv') {
  const sv = lang === 'sv';
  await page.getByRole('button', { name: sv ? 'Avsluta kiosk' : 'End kiosk' }).click();
  const dialog = page.getByRole('dialog', { name: sv ? 'Avsluta kiosken' : 'End the kiosk' });
  await dialog.getByLabel(sv ? 'PIN-kod eller återställningskod' : 'PIN or recovery code').fill(code);
  await dialog.getByRole('button', { name: sv ? 'Avsluta' : 'End', exact: true }).click();
}

describe('the kiosk on the facilitator’s laptop', () => {
  it(
    'takes five answers one after another; none can be reached by the next person; the PIN ends it; the results are the answers',
    { timeout: 300_000 },
    async () => {
      const running = await session.launch();
      const page = await running.newPage();
      await page.setViewportSize({ width: 1366, height: 768 });
      await boardWith(page, session.url, [BS, FL], []);
      await quickAdd(page, DIAPERS, undefined, BS);
      await quickAdd(page, PLAN, undefined, FL);
      await quickAdd(page, LUNCH);
      await waitSaved(page);
      // Two of a role are enough to be shown (the default privacy threshold is 3).
      await page.getByRole('link', { name: 'Inställningar' }).click();
      await page.getByLabel('Minsta antal svarande per yrkesroll').fill('2');
      await waitSaved(page);
      await page.goBack();
      await page.getByRole('link', { name: 'Enkät', exact: true }).click();

      const recovery = await startKiosk(page, '2468');
      const surveyUrl = page.url();
      await page.screenshot({ path: `${SHOTS}/welcome-1366x768.png` });
      await expectAccessible(page, 'sv: welcome');
      // Nothing of the app around it: no menu, no analysis rail.
      await expect.poll(() => page.getByRole('navigation').count()).toBe(0);
      await expect.poll(() => page.getByRole('link').count()).toBe(0);

      for (const [i, a] of ANSWERS.entries()) {
        await answer(page, a, { badValueFirst: i === 0, shots: i === 0 });
        await noAnswerShown(page);
        // The next person tries to get back to the answer before.
        await page.goBack();
        await welcome(page).waitFor();
        await page.keyboard.press('Control+z');
        await page.keyboard.press('Alt+ArrowLeft');
        await page.keyboard.press('F5');
        await page.keyboard.press('Escape');
        await expect.poll(() => page.url()).toBe(surveyUrl);
        await welcome(page).waitFor();
        await noAnswerShown(page);
      }

      // A reload, an address typed by hand, a fresh start of the page: only the kiosk.
      await page.reload();
      await welcome(page).waitFor();
      await noAnswerShown(page);
      // The projector window's address too: it never shows the board while the kiosk is on.
      const analysisId = surveyUrl.split('/analyses/')[1]?.split('/')[0] ?? '';
      for (const hash of ['#/', '#/settings', `#/analyses/${analysisId}/board`, `#/present/${analysisId}`]) {
        await page.goto(new URL(hash, session.url).href);
        await welcome(page).waitFor();
        await expect.poll(() => page.getByRole('link').count()).toBe(0);
        // Nothing of the board either (the welcome names no task).
        await expect.poll(() => page.locator('body').innerText()).not.toContain(DIAPERS);
        await noAnswerShown(page);
      }
      // An answer half given and then left by reloading is gone, and was never stored.
      await page.getByRole('button', { name: 'Börja svara' }).click();
      await page.getByRole('button', { name: BS, exact: true }).click();
      await page.getByLabel(DIAPERS, { exact: true }).fill('40');
      await page.reload();
      await welcome(page).waitFor();
      await noAnswerShown(page);

      // A tablet in portrait.
      await page.setViewportSize({ width: 768, height: 1024 });
      await page.getByRole('button', { name: 'Börja svara' }).click();
      await page.getByRole('button', { name: FL, exact: true }).click();
      await page.getByRole('heading', { name: 'Timmar per vecka för varje uppgift' }).waitFor();
      await page.screenshot({ path: `${SHOTS}/hours-768x1024.png` });
      // Touch targets: every button and field at least 44 px high.
      const small = await page
        .locator('.kiosk button, .kiosk input, .kiosk textarea')
        .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height < 44).map((e) => e.outerHTML.slice(0, 80)));
      expect(small).toEqual([]);
      await page.getByRole('button', { name: 'Tillbaka' }).click();
      await page.getByRole('button', { name: 'Börja om' }).click();
      await welcome(page).waitFor();
      await page.setViewportSize({ width: 1366, height: 768 });

      // The exit: a wrong PIN, then the right one.
      await exitKiosk(page, '1111');
      await page.getByText('Fel kod. Försök igen.').waitFor();
      await expectAccessible(page, 'sv: exit dialog with an error');
      await page.screenshot({ path: `${SHOTS}/exit-wrong-pin.png` });
      expect(await welcome(page).count()).toBe(1);
      await page.getByRole('dialog').getByLabel('PIN-kod eller återställningskod').fill('2468');
      await page.getByRole('dialog').getByRole('button', { name: 'Avsluta', exact: true }).click();

      // The survey view again, with the five answers in the results per role.
      await page.locator('.survey-role').first().waitFor();
      for (const [role, { count, rows }] of Object.entries(EXPECTED)) {
        const section = page.getByRole('region', { name: new RegExp(`^${role}`) });
        await expect.poll(() => section.locator('.survey-role__count').innerText()).toBe(count);
        for (const [task, [doing, mean]] of Object.entries(rows)) {
          const cells = await section
            .getByRole('table')
            .getByRole('row', { name: new RegExp(`^${task}`) })
            .locator('td')
            .allInnerTexts();
          expect(cells.slice(0, 2).map((c) => c.replace(/\s+/g, ' '))).toEqual([doing, mean]);
        }
      }
      await page.screenshot({ path: `${SHOTS}/results-after-kiosk.png`, fullPage: true });

      // In English, the kiosk is accessible too; the recovery code ends it when the PIN is forgotten.
      await page.getByRole('link', { name: 'Inställningar' }).click();
      await page.locator('label.segmented__option', { hasText: 'English' }).click();
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
      await page.goto(surveyUrl);
      const recoveryEn = await startKiosk(page, '13579', 'en');
      expect(recoveryEn).not.toBe(recovery);
      await expectAccessible(page, 'en: welcome');
      await page.getByRole('button', { name: 'Start answering' }).click();
      await expectAccessible(page, 'en: role');
      await page.getByRole('button', { name: BS, exact: true }).click();
      await page.getByLabel(DIAPERS, { exact: true }).fill('-3');
      await page.getByText('The number cannot be below 0.').waitFor();
      await expectAccessible(page, 'en: hours with an error');
      await page.getByLabel(DIAPERS, { exact: true }).fill('2.5');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { name: 'Is your answer right?' }).waitFor();
      await expectAccessible(page, 'en: review');
      await exitKiosk(page, recoveryEn.toLowerCase(), 'en');
      await page.locator('.survey-role').first().waitFor();
      // The answer left unsent at the review was not stored.
      await expect
        .poll(() =>
          page
            .getByRole('region', { name: new RegExp(`^${BS}`) })
            .locator('.survey-role__count')
            .innerText(),
        )
        .toBe('3 of 3 have answered');
    },
  );

  it('asks “Är du kvar?” after two and a half idle minutes, and clears an untouched answer after three', { timeout: 120_000 }, async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.clock.install();
    await page.setViewportSize({ width: 1366, height: 768 });
    await boardWith(page, session.url, [BS], []);
    await quickAdd(page, DIAPERS);
    await waitSaved(page);
    await page.getByRole('link', { name: 'Enkät', exact: true }).click();
    await startKiosk(page, '2468');

    await page.getByRole('button', { name: 'Börja svara' }).click();
    await page.getByRole('button', { name: BS, exact: true }).click();
    await page.getByLabel(DIAPERS, { exact: true }).fill('7');
    await page.clock.fastForward('02:31');
    const warning = page.getByRole('alertdialog', { name: 'Är du kvar?' });
    await warning.waitFor();
    await expectAccessible(page, 'sv: idle warning');
    await page.screenshot({ path: `${SHOTS}/idle-warning.png` });
    // A touch keeps the answer.
    await warning.getByRole('button', { name: 'Ja, jag svarar fortfarande' }).click();
    await warning.waitFor({ state: 'detached' });
    expect(await page.getByLabel(DIAPERS, { exact: true }).inputValue()).toBe('7');
    // Left alone again: cleared to the welcome, nothing kept, nothing stored.
    await page.clock.fastForward('03:01');
    await welcome(page).waitFor();
    expect(await page.getByText('Tack! Ditt svar är sparat.').count()).toBe(0);
    await page.getByRole('button', { name: 'Börja svara' }).click();
    await page.getByRole('button', { name: BS, exact: true }).click();
    expect(await page.getByLabel(DIAPERS, { exact: true }).inputValue()).toBe('');
    // The welcome itself is never cleared away: it has nothing to clear.
    await exitKiosk(page, '2468');
    await page.getByRole('heading', { name: 'Ingen enkät importerad än' }).waitFor();
  });
});
