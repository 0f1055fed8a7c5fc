import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addRole, createAnalysis, e2eSession, waitSaved } from './app.ts';
import { launchBrowser, newProfileDir } from './browser.ts';

const session = e2eSession();

describe('analysis files', () => {
  it('exports an analysis, imports it into another browser profile as it was, and a second import changes nothing', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.goto(session.url);
    await createAnalysis(page, 'Hemtjänst Norr');
    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await addRole(page, 'Undersköterska', '12');
    await page.getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('button', { name: 'Exportera analysen' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: 'Spara fil' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Hemtjänst-Norr-[0-9a-f]{8}\.akr\.json$/);
    const bytes = readFileSync(await download.path());
    expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({ format: 'akr-studio-analyses', version: 1, analyses: [{ analysis: { unitName: 'Hemtjänst Norr' } }] });

    // Another machine: a fresh profile.
    const other = await launchBrowser(newProfileDir());
    try {
      const page2 = await other.newPage();
      await page2.goto(session.url);
      await page2.getByTestId('analysis-file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: bytes });
      const dialog = page2.getByRole('dialog', { name: 'Importera analysfil' });
      await expect.poll(() => dialog.innerText()).toContain('Hemtjänst Norr: ny analys');
      await dialog.getByRole('button', { name: 'Importera' }).click();
      await waitSaved(page2);
      await page2.getByRole('link', { name: 'Hemtjänst Norr' }).click();
      await page2.getByRole('link', { name: 'Yrkesroller' }).click();
      await expect.poll(() => page2.locator('.roles-table tbody tr input').first().inputValue()).toBe('Undersköterska');

      await page2.getByRole('link', { name: 'Till alla analyser' }).click();
      await page2.getByTestId('analysis-file').setInputFiles({ name: 'igen.akr.json', mimeType: 'application/json', buffer: bytes });
      await expect.poll(() => dialog.innerText()).toContain('0 nya och 0 nyare delar');
      expect(await dialog.getByRole('button', { name: 'Importera' }).isDisabled()).toBe(true);
      await dialog.getByRole('button', { name: 'Avbryt' }).click();
      expect(await page2.locator('article.analysis-card').count()).toBe(1);

      // A damaged file is refused with where it is wrong, and nothing changes.
      const damaged = bytes.toString('utf8').replace('"headcount": 12', '"headcount": "tolv"');
      await page2.getByTestId('analysis-file').setInputFiles({ name: 'trasig.akr.json', mimeType: 'application/json', buffer: Buffer.from(damaged) });
      await expect.poll(() => dialog.getByRole('alert').innerText()).toBe('Filen har ett fel i analyses.0.roles.0.headcount. Inget har ändrats.');
      await dialog.getByRole('button', { name: 'Avbryt' }).click();
      expect(other.problems).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
