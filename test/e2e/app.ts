import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startServer } from '../../build/scripts/serve.mjs';
import { launchBrowser, type RunningBrowser } from './browser.ts';

/** Starts the browser-mode server on a free port for one test file. */
export async function serveApp() {
  return startServer({ port: 0 });
}

/** Waits until every edit is committed: the top bar says "Sparat"/"Saved". */
export async function waitSaved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.save-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
}

/** Imports an analysis file through the list of analyses (the page must show it) and waits for it to be saved. */
export async function importAnalysisFile(page: Page, bytes: Buffer, name = 'analys.akr.json'): Promise<void> {
  await page.getByTestId('analysis-file').setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
  const dialog = page.getByRole('dialog', { name: 'Importera analysfil' });
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await dialog.waitFor({ state: 'detached' });
  await waitSaved(page);
}

/** Creates an analysis through the dialog and lands on its overview. */
export async function createAnalysis(page: Page, unit: string, organisation = 'Norrby stad', facilitator = 'Eva Processledare') {
  await page
    .getByRole('button', { name: /^(Ny analys|New analysis)$/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^(Enhetens namn|Name of the unit)/).fill(unit);
  await dialog.getByLabel(/^(Organisation)/).fill(organisation);
  await dialog.getByLabel(/^(Processledare|Facilitator)/).fill(facilitator);
  await dialog.getByRole('button', { name: /^(Skapa analys|Create analysis)$/ }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(unit) }).waitFor();
  await waitSaved(page);
}

/** Adds a role on the roles view. */
export async function addRole(page: Page, name: string, headcount: string, hours?: string) {
  const form = page.locator('form.add-role');
  await form.getByLabel(/^(Yrkesroll|Role)$/).fill(name);
  await form.getByLabel(/^(Antal personer|Number of people)$/).fill(headcount);
  if (hours) await form.getByLabel(/^(Timmar per heltidsvecka|Hours per full-time week)$/).fill(hours);
  await form.getByRole('button', { name: /^(Lägg till yrkesroll|Add role)$/ }).click();
  await expect
    .poll(() => page.locator('.roles-table tbody tr input:first-of-type').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)))
    .toContain(name);
  await waitSaved(page);
}

/**
 * Types an ISO date ("2026-09-01") into a date field (DateInput: one group of
 * year, month and day segments), each part into its own segment, in whatever
 * order the UI language shows them.
 */
export async function typeDate(field: Locator, iso: string) {
  const [year = '', month = '', day = ''] = iso.split('-');
  const segments = field.locator('[data-type="year"], [data-type="month"], [data-type="day"]');
  await expect.poll(() => segments.count()).toBe(3);
  for (let i = 0; i < 3; i++) {
    const segment = segments.nth(i);
    const type = await segment.getAttribute('data-type');
    await segment.click();
    await segment.pressSequentially(type === 'year' ? year : type === 'month' ? month : day);
  }
}

/** What a date field shows, segments and separators, without the bidi marks around them: "2026-09-01". */
export async function dateText(field: Locator): Promise<string> {
  const text = await field.locator('.date-input__segments').innerText();
  return text.replace(/[\u2066-\u2069\u200e\u200f\s]/g, '');
}

/**
 * Per-file e2e setup: one server for the file, and a browser per test whose
 * problems (console errors, CSP violations, outside requests) fail the test.
 */
export function e2eSession() {
  let server: Awaited<ReturnType<typeof serveApp>> | null = null;
  let running: RunningBrowser | null = null;
  let earlier: string[] = [];
  beforeAll(async () => {
    server = await serveApp();
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async () => {
    const problems = [...earlier, ...(running?.problems ?? [])];
    await running?.close();
    running = null;
    earlier = [];
    expect(problems).toEqual([]);
  });
  return {
    get url(): string {
      if (!server) throw new Error('server not started');
      return server.url;
    },
    /** Launches Chromium (optionally on an existing profile); closed and checked after the test. */
    async launch(profileDir?: string): Promise<RunningBrowser> {
      if (running) {
        earlier.push(...running.problems);
        await running.close();
      }
      running = await launchBrowser(profileDir);
      return running;
    },
  };
}
