/**
 * Settings an organisation's policy manages, as the user sees them. Electron
 * cannot run here, so the page gets a stand-in `window.api` before the app
 * loads: a desktop bridge whose main read the policy given. Everything from
 * `window.api` on is the app's own code (the desktop platform adapter, the
 * settings repository, the views). Main's reading of the file is tested in
 * test/unit/electron/policy*.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DesktopApi } from '../../shared/ipc.ts';
import type { Policy } from '../../shared/policy.ts';
import { e2eSession, waitSaved } from './app.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();
const SHARE = '/srv/akr/analyser';

/** A desktop bridge whose main read `policy`, and whose sync folder is an empty, reachable share. */
async function desktopWithPolicy(page: Page, policy: Policy) {
  await page.addInitScript(
    ([given, share]) => {
      const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
      const api = {
        appInfo: () => Promise.resolve({ name: 'AKR Studio', version: '0.0.0-e2e', electronVersion: '45.4.1', platform: 'win32' }),
        setLanguage: () => Promise.resolve(),
        policy: () => Promise.resolve(given),
        onMenuCommand: () => () => undefined,
        sync: {
          choose: () => Promise.resolve({ ok: false, problem: 'denied', detail: 'managed' }),
          current: () => Promise.resolve({ label: share, available: true }),
          forget: () => Promise.resolve(),
          write: () => ok({ sha256: '0'.repeat(64) }),
          list: () => ok([]),
          read: () => Promise.resolve({ ok: false, problem: 'missing', detail: 'no such file' }),
          backups: () => ok([]),
          remove: () => ok(undefined),
          retire: () => ok(true),
        },
        openedFiles: { take: () => Promise.resolve([]), onOpened: () => () => undefined },
        presenter: { open: () => Promise.resolve(), close: () => Promise.resolve() },
      } satisfies DesktopApi;
      Object.defineProperty(window, 'api', { value: api });
    },
    [policy, SHARE] as const,
  );
}

describe('settings managed by the organisation', () => {
  it('shows locked settings as managed and disabled, fills in the organisation and keeps answers per person out of exports', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await desktopWithPolicy(page, {
      organisation: { value: 'Exempelstads kommun', locked: true },
      administration: { value: 'Socialförvaltningen', locked: true },
      language: { value: 'en', locked: true },
      minPrivacyThreshold: { value: 6, locked: true },
      syncFolder: { value: SHARE, locked: true },
      exportPersonalData: { value: false, locked: true },
    });
    await page.goto(session.url);

    // The locked language, though the browser's and the app's default is Swedish.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expect.poll(() => page.getByRole('radio', { name: 'Svenska' }).isDisabled()).toBe(true);
    await expect.poll(() => page.getByRole('radiogroup', { name: 'Language' }).getAttribute('aria-describedby')).toBeTruthy();
    const languageNote = await page.getByRole('radiogroup', { name: 'Language' }).getAttribute('aria-describedby');
    expect(await page.locator(`[id="${languageNote ?? ''}"]`).innerText()).toBe('Managed by your organisation');

    const threshold = page.getByLabel('Minimum respondents per role');
    await expect.poll(() => threshold.inputValue()).toBe('6');
    expect(await threshold.isDisabled()).toBe(true);
    expect(await page.getByText('Managed by your organisation: at least 6 respondents.').count()).toBe(1);
    expect(await page.getByTestId('policy-organisation').innerText()).toContain('Exempelstads kommun');
    await expect.poll(() => page.getByTestId('policy-administration').innerText()).toContain('Socialförvaltningen');

    await expect.poll(() => page.getByTestId('sync-status').innerText()).toContain(SHARE);
    expect(await page.getByRole('button', { name: 'Change folder…' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Stop using the folder' }).isDisabled()).toBe(true);
    expect(await page.getByText('The sync folder is managed by your organisation').count()).toBe(1);
    expect(await axeViolations(page), 'settings with managed values').toEqual([]);

    await page.getByRole('link', { name: 'Analyses' }).click();
    await page.getByRole('button', { name: 'New analysis' }).first().click();
    const dialog = page.getByRole('dialog');
    const organisation = dialog.getByLabel('Organisation');
    await expect.poll(() => organisation.inputValue()).toBe('Exempelstads kommun');
    expect(await organisation.isDisabled()).toBe(true);
    const administration = dialog.getByLabel('Administration');
    await expect.poll(() => administration.inputValue()).toBe('Socialförvaltningen');
    await expect.poll(() => administration.isDisabled()).toBe(true);
    expect(await axeViolations(page), 'new analysis with a managed organisation').toEqual([]);
    await dialog.getByLabel(/^Name of the unit/).fill('Förskolan Solrosen');
    await dialog.getByRole('button', { name: 'Create analysis' }).click();
    await page.getByRole('heading', { level: 1, name: /Förskolan Solrosen/ }).waitFor();
    await waitSaved(page);
    await expect.poll(() => page.locator('main').innerText()).toContain('Exempelstads kommun');

    await page.getByRole('link', { name: 'Analyses', exact: true }).click();
    await page.getByRole('button', { name: 'Export all analyses' }).click();
    const exporting = page.getByRole('dialog');
    const withAnswers = exporting.getByRole('checkbox', { name: 'Include per-person data (survey answers and people in new roles)' });
    expect(await withAnswers.isDisabled()).toBe(true);
    expect(await withAnswers.isChecked()).toBe(false);
    expect(await exporting.getByText('Your organisation has switched off exporting survey answers per person.').count()).toBe(1);
  });

  it('lets the user raise an unlocked minimum threshold but not go under it, change an unlocked language and administration', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await desktopWithPolicy(page, {
      minPrivacyThreshold: { value: 5, locked: false },
      language: { value: 'en', locked: false },
      administration: { value: 'Barn- och utbildningsförvaltningen', locked: false },
    });
    await page.goto(session.url);

    // Unlocked, the administration is filled in for a new analysis and can be changed there.
    await page.getByRole('button', { name: 'New analysis' }).first().click();
    const administration = page.getByRole('dialog').getByLabel('Administration');
    await expect.poll(() => administration.inputValue()).toBe('Barn- och utbildningsförvaltningen');
    await expect.poll(() => administration.isDisabled()).toBe(false);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('link', { name: 'Settings' }).click();

    const threshold = page.getByLabel('Minimum respondents per role');
    await expect.poll(() => threshold.inputValue()).toBe('5');
    expect(await threshold.isDisabled()).toBe(false);
    await threshold.fill('3');
    await expect
      .poll(() => page.getByRole('alert').allInnerTexts())
      .toContain('Your organisation requires at least 5 respondents. Enter a whole number from 5 to 20.');
    await threshold.fill('8');
    await threshold.blur();
    await waitSaved(page);
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);

    // Unlocked, the language is the user's to change.
    await page.locator('label.segmented__option', { hasText: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    await expect.poll(() => page.getByLabel('Minsta antal svarande per yrkesroll').inputValue()).toBe('8');
  });
});
