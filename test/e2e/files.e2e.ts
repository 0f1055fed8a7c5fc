import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addRole, createAnalysis, e2eSession, waitSaved } from './app.ts';
import { axeViolations, launchBrowser, newProfileDir } from './browser.ts';
import { FILE_VERSION } from '../../shared/exchange/migrations.ts';

const session = e2eSession();

interface FileJson {
  version: number;
  machine: string;
  analyses: { analysis: { id: string; unitName: string }; roles: { id: string; name: string; rev: number; updatedAt: string }[] }[];
}

/** Exports the open analysis from its overview: the file's name and bytes. */
async function exportAnalysis(page: Page): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('link', { name: 'Översikt' }).click();
  await page.getByRole('button', { name: 'Exportera analysen' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: 'Spara fil' }).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** Opens a file with "Importera analysfil" on the home page; resolves to the preview dialog. */
async function openFile(page: Page, name: string, bytes: Buffer) {
  await page.evaluate(() => {
    location.hash = '#/';
  });
  await page.getByTestId('analysis-file').setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
  return page.getByRole('dialog', { name: 'Importera analysfil' });
}

async function renameRole(page: Page, from: string, to: string) {
  await page.getByRole('link', { name: 'Yrkesroller' }).click();
  const input = page.locator('.roles-table tbody tr input').first();
  await expect.poll(() => input.inputValue()).toBe(from);
  await input.fill(to);
  await input.press('Tab');
  await waitSaved(page);
}

const roleNames = (page: Page) => page.locator('.roles-table tbody tr').evaluateAll((rows) => rows.map((row) => row.querySelector('input')?.value));

describe('analysis files', () => {
  it('exports an analysis, erases it, imports it back as it was; a second import changes nothing; a damaged file changes nothing', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.goto(session.url);
    await createAnalysis(page, 'Hemtjänst Norr');
    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await addRole(page, 'Undersköterska', '12');
    await addRole(page, 'Sjuksköterska', '2');
    const { name, bytes } = await exportAnalysis(page);
    expect(name).toMatch(/^Hemtjänst-Norr-[0-9a-f]{8}\.akr$/);
    const json = JSON.parse(bytes.toString('utf8')) as FileJson;
    expect(json).toMatchObject({
      format: 'akr-studio-analyses',
      version: FILE_VERSION,
      machine: expect.any(String),
      analyses: [{ analysis: { unitName: 'Hemtjänst Norr' } }],
    });

    // Erase for good, with the confirmation.
    await page.getByRole('button', { name: 'Radera Hemtjänst Norr för gott' }).click();
    const erase = page.getByRole('alertdialog', { name: 'Radera Hemtjänst Norr för gott?' });
    await expect.poll(() => erase.getByRole('button', { name: 'Radera för gott' }).isDisabled()).toBe(true);
    expect(await axeViolations(page), 'erase dialog').toEqual([]);
    await erase.getByLabel('Jag förstår att analysen inte går att få tillbaka').check();
    await erase.getByRole('button', { name: 'Radera för gott' }).click();
    await expect.poll(() => page.locator('.toast').last().innerText()).toContain('Hemtjänst Norr är raderad för gott.');
    await expect.poll(() => page.locator('article.analysis-card').count()).toBe(0);
    await expect.poll(() => page.getByText('Nyligen borttagna').count()).toBe(0);

    // Import it back: a new analysis, with the same roles.
    const dialog = await openFile(page, name, bytes);
    await expect.poll(() => dialog.innerText()).toContain('Ny analys:');
    await dialog.getByRole('button', { name: 'Importera' }).click();
    await waitSaved(page);
    await page.getByRole('link', { name: 'Hemtjänst Norr' }).click();
    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await expect.poll(() => roleNames(page)).toEqual(['Undersköterska', 'Sjuksköterska']);

    // The same file again, under the name earlier versions gave it: nothing to do, and no duplicate.
    const again = await openFile(page, 'igen.akr.json', bytes);
    await expect.poll(() => again.innerText()).toContain('Finns redan här, och filen har inget nytt.');
    await expect.poll(() => again.getByRole('button', { name: 'Importera' }).isDisabled()).toBe(true);
    await again.getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => page.locator('article.analysis-card').count()).toBe(1);

    // A damaged file is refused with where it is wrong, and nothing changes.
    const damaged = bytes.toString('utf8').replace('"headcount": 12', '"headcount": "tolv"');
    const refused = await openFile(page, 'trasig.akr.json', Buffer.from(damaged));
    await expect.poll(() => refused.getByRole('alert').innerText()).toMatch(/^Filen har ett fel i analyses\.0\.roles\.\d\.headcount\. Inget har ändrats\.$/);
    await refused.getByRole('button', { name: 'Stäng' }).click();
    // Cut off mid-way.
    const cut = await openFile(page, 'avklippt.akr.json', bytes.subarray(0, bytes.length / 2));
    await expect.poll(() => cut.getByRole('alert').innerText()).toContain('Filen är avklippt');
    await cut.getByRole('button', { name: 'Stäng' }).click();
    // Nested 5,000 deep (10 KB): refused with the limit and the place, not a silent failure.
    const deep = bytes.toString('utf8').replace(/^\{/, `{"extra":${'['.repeat(5000)}${']'.repeat(5000)},`);
    const nested = await openFile(page, 'djup.akr.json', Buffer.from(deep));
    await expect.poll(() => nested.getByRole('alert').innerText()).toMatch(/^Filen är nästlad djupare än 64 nivåer \(vid extra(\.0)+\)/);
    await nested.getByRole('button', { name: 'Stäng' }).click();
    await expect.poll(() => page.locator('article.analysis-card').count()).toBe(1);
  });

  it('an edited copy: the preview lists exactly what changed', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.goto(session.url);
    await createAnalysis(page, 'Förskolan Solen');
    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await addRole(page, 'Förskollärare', '6');
    await addRole(page, 'Barnskötare', '8');
    const { name, bytes } = await exportAnalysis(page);
    const json = JSON.parse(bytes.toString('utf8')) as FileJson;
    const record = json.analyses[0];
    const role = record?.roles.find((r) => r.name === 'Barnskötare');
    if (!record || !role) throw new Error('no role in the file');
    // As if edited elsewhere: one role renamed (a new revision), one removed (with its tombstone).
    Object.assign(role, { name: 'Barnskötare/elevassistent', rev: role.rev + 1, updatedAt: new Date().toISOString() });
    const gone = record.roles.find((r) => r.name === 'Förskollärare');
    if (!gone) throw new Error('no role');
    record.roles = record.roles.filter((r) => r !== gone);
    (record as unknown as { tombstones: unknown[] }).tombstones.push({
      id: `roles:${gone.id}`,
      rev: gone.rev + 1,
      updatedAt: new Date().toISOString(),
      analysisId: record.analysis.id,
      table: 'roles',
      itemId: gone.id,
    });
    const dialog = await openFile(page, name, Buffer.from(JSON.stringify(json)));
    await expect.poll(() => dialog.innerText()).toContain('Filen lägger till 0, ändrar 1 och tar bort 1.');
    const text = await dialog.innerText();
    expect(text).toContain('Ändrat (1)');
    expect(text).toContain('Yrkesroll: Barnskötare/elevassistent');
    expect(text).toContain('Borttaget (1)');
    expect(text).toContain('Yrkesroll: Förskollärare');
    expect(text).not.toContain('Nytt (');
    await dialog.getByRole('button', { name: 'Importera' }).click();
    await waitSaved(page);
    await page.getByRole('link', { name: 'Förskolan Solen' }).click();
    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await expect.poll(() => roleNames(page)).toEqual(['Barnskötare/elevassistent']);
  });

  it('a conflict between two browser profiles ends with both versions reachable, one in History', async () => {
    const a = await session.launch();
    const pageA = await a.newPage();
    await pageA.goto(session.url);
    await createAnalysis(pageA, 'Kök Centrum');
    await pageA.getByRole('link', { name: 'Yrkesroller' }).click();
    await addRole(pageA, 'Kock', '3');
    const first = await exportAnalysis(pageA);

    const b = await launchBrowser(newProfileDir());
    try {
      const pageB = await b.newPage();
      await pageB.goto(session.url);
      const intoB = await openFile(pageB, first.name, first.bytes);
      await intoB.getByRole('button', { name: 'Importera' }).click();
      await waitSaved(pageB);
      await pageB.getByRole('link', { name: 'Kök Centrum' }).click();

      // Both rename the same role: A first, then B.
      await renameRole(pageA, 'Kock', 'Kock (A)');
      await renameRole(pageB, 'Kock', 'Kock (B)');
      const fromA = await exportAnalysis(pageA);

      const conflict = await openFile(pageB, fromA.name, fromA.bytes);
      await expect.poll(() => conflict.innerText()).toContain('Ändrat både här och i filen (1)');
      const here = conflict.getByRole('radio', { name: /^Behåll den här datorns: ”Kock \(B\)”/ });
      const theirs = conflict.getByRole('radio', { name: /^Ta filens: ”Kock \(A\)”/ });
      await expect.poll(() => here.isChecked()).toBe(true);
      await expect.poll(() => theirs.isChecked()).toBe(false);
      expect(await axeViolations(pageB), 'import preview with a conflict').toEqual([]);
      await conflict.getByRole('button', { name: 'Importera' }).click();
      await waitSaved(pageB);
      await pageB.getByRole('link', { name: 'Kök Centrum' }).click();
      await pageB.getByRole('link', { name: 'Yrkesroller' }).click();
      await expect.poll(() => roleNames(pageB)).toEqual(['Kock (B)']);

      // A's version is in History and can be brought back; B's then is.
      await pageB.getByRole('link', { name: 'Historik' }).click();
      const history = pageB.locator('.history__list');
      await expect.poll(() => history.innerText()).toContain('Yrkesroll: Kock (A)');
      await expect.poll(() => history.innerText()).toContain(`Kom med filen ${fromA.name}, men den här datorns version behölls`);
      expect(await axeViolations(pageB), 'History').toEqual([]);
      await pageB.getByRole('button', { name: 'Ta tillbaka Kock (A)' }).click();
      await waitSaved(pageB);
      await expect.poll(() => history.innerText()).toContain('Yrkesroll: Kock (B)');
      await expect.poll(() => history.innerText()).toContain('Återställd');
      await pageB.getByRole('link', { name: 'Yrkesroller' }).click();
      await expect.poll(() => roleNames(pageB)).toEqual(['Kock (A)']);
      expect(b.problems).toEqual([]);
    } finally {
      await b.close();
    }
  });
});
