import { describe, expect, it } from 'vitest';
import { addRole, createAnalysis, e2eSession, waitSaved } from './app.ts';

const session = e2eSession();

describe('two windows on one analysis', () => {
  it('keeps the edits made in both, and each shows the other’s at once', async () => {
    const running = await session.launch();
    const a = await running.newPage();
    await a.goto(session.url);
    await createAnalysis(a, 'Förskolan Solrosen');
    const url = a.url();
    const b = await running.newPage();
    await b.goto(url);
    await b.getByRole('heading', { level: 1, name: /Förskolan Solrosen/ }).waitFor();

    // Interleaved edits of different fields of the same analysis and of different steps.
    await a.getByLabel('Organisation', { exact: true }).fill('Norrby stad, förskoleförvaltningen');
    await b.getByLabel('Processledare', { exact: true }).fill('Karin Lind');
    await a.locator('section.step-card').nth(0).getByLabel('Anteckningar').fill('Från fönster A');
    await b.locator('section.step-card').nth(1).getByLabel('Anteckningar').fill('Från fönster B');
    await a.locator('section.step-card').nth(2).locator('label.segmented__option', { hasText: 'Planerat' }).click();
    await b.locator('section.step-card').nth(3).locator('label.segmented__option', { hasText: 'Klart' }).click();
    await a.getByLabel('Organisation', { exact: true }).blur();
    await b.getByLabel('Processledare', { exact: true }).blur();
    await a.locator('body').click({ position: { x: 5, y: 300 } });
    await b.locator('body').click({ position: { x: 5, y: 300 } });
    await waitSaved(a);
    await waitSaved(b);

    // Roles added in both windows.
    await a.getByRole('link', { name: 'Yrkesroller' }).click();
    await b.getByRole('link', { name: 'Yrkesroller' }).click();
    await addRole(a, 'Förskollärare', '4');
    await addRole(b, 'Barnskötare', '6');

    for (const page of [a, b]) {
      await expect
        .poll(() => page.locator('.roles-table tbody tr td:first-child input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)))
        .toEqual(['Förskollärare', 'Barnskötare']);
      await page.getByRole('link', { name: 'Översikt' }).click();
      await expect.poll(() => page.getByLabel('Organisation', { exact: true }).inputValue()).toBe('Norrby stad, förskoleförvaltningen');
      await expect.poll(() => page.getByLabel('Processledare', { exact: true }).inputValue()).toBe('Karin Lind');
      await expect.poll(() => page.locator('section.step-card').nth(0).getByLabel('Anteckningar').inputValue()).toBe('Från fönster A');
      await expect.poll(() => page.locator('section.step-card').nth(1).getByLabel('Anteckningar').inputValue()).toBe('Från fönster B');
      await expect.poll(() => page.locator('section.step-card').nth(2).getByRole('radio', { name: 'Planerat' }).isChecked()).toBe(true);
      await expect.poll(() => page.locator('section.step-card').nth(3).getByRole('radio', { name: 'Klart' }).isChecked()).toBe(true);
    }
  });
});
