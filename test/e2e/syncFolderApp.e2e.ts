/**
 * The sync folder, end to end in the browser app. The OS folder picker
 * cannot be driven headless, so `showDirectoryPicker` is replaced before the
 * app loads with one that hands out a folder in the origin's private file
 * system (OPFS) – the same FileSystemDirectoryHandle API a picked folder
 * has. Everything after the pick is the app's own code.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addRole, createAnalysis, e2eSession, waitSaved } from './app.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();

const FOLDER = 'Delad mapp';

async function stubPicker(page: Page) {
  await page.addInitScript((folder: string) => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true });
  }, FOLDER);
}

/** The folder's analysis files and backups, with their texts. */
async function folderContents(page: Page): Promise<{ files: Record<string, string>; backups: string[] }> {
  return page.evaluate(async (folder: string) => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true });
    const files: Record<string, string> = {};
    const backups: string[] = [];
    const iterate = (handle: FileSystemDirectoryHandle) => (handle as unknown as { values(): AsyncIterable<FileSystemHandle> }).values();
    for await (const entry of iterate(dir)) {
      if (entry.kind === 'file') files[entry.name] = await (await (entry as FileSystemFileHandle).getFile()).text();
      else if (entry.name === '.akr-backups') for await (const b of iterate(entry as FileSystemDirectoryHandle)) backups.push(b.name);
    }
    return { files, backups: backups.sort() };
  }, FOLDER);
}

async function writeIntoFolder(page: Page, name: string, text: string) {
  await page.evaluate(
    async ([folder, file, content]) => {
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true });
      const writable = await (await dir.getFileHandle(file, { create: true })).createWritable();
      await writable.write(content);
      await writable.close();
    },
    [FOLDER, name, text] as const,
  );
}

describe('the sync folder in the browser', () => {
  it('writes each change to the folder, offers another machine’s newer file, and erasing removes the file and its backups', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await stubPicker(page);
    await page.goto(session.url);
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.getByRole('button', { name: 'Välj synkmapp…' }).click();
    await expect.poll(() => page.getByTestId('sync-status').innerText()).toContain(`Synkmapp: ${FOLDER}`);
    expect(await axeViolations(page), 'settings with a sync folder').toEqual([]);

    await page.getByRole('link', { name: 'Analyser' }).click();
    await createAnalysis(page, 'Solgläntan');
    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await addRole(page, 'Förskollärare', '4');
    // Written shortly after the edit is saved.
    await expect
      .poll(async () => Object.keys((await folderContents(page)).files), { timeout: 10_000 })
      .toEqual([expect.stringMatching(/^Solgläntan-[0-9a-f]{8}\.akr$/)]);
    await expect.poll(async () => Object.values((await folderContents(page)).files)[0], { timeout: 10_000 }).toContain('Förskollärare');
    const { files } = await folderContents(page);
    const [name, text] = Object.entries(files)[0] ?? ['', ''];

    // Another machine renames the role and writes the file (as its app would: its own machine id, a newer revision).
    const json = JSON.parse(text) as { machine: string; analyses: { roles: { name: string; rev: number; updatedAt: string }[] }[] };
    json.machine = 'another-machine';
    const role = json.analyses[0]?.roles[0];
    if (!role) throw new Error('no role');
    Object.assign(role, { name: 'Förskollärare (ändrad på annan dator)', rev: role.rev + 1, updatedAt: new Date().toISOString() });
    await writeIntoFolder(page, name, `${JSON.stringify(json, null, 2)}\n`);
    // The window regains focus: the folder is read again.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const banner = page.getByRole('region', { name: 'Synkmapp' });
    await expect.poll(() => banner.innerText(), { timeout: 10_000 }).toContain('Solgläntan har ändrats på en annan dator.');
    expect(await axeViolations(page), 'sync banner').toEqual([]);
    await banner.getByRole('button', { name: 'Visa ändringarna' }).click();
    const preview = page.getByRole('dialog', { name: 'Importera analysfil' });
    await expect.poll(() => preview.innerText()).toContain('Yrkesroll: Förskollärare (ändrad på annan dator)');
    await preview.getByRole('button', { name: 'Importera' }).click();
    await waitSaved(page);
    await expect.poll(() => page.locator('.roles-table tbody tr input').first().inputValue()).toBe('Förskollärare (ändrad på annan dator)');
    await expect.poll(() => banner.count()).toBe(0);
    // The merged analysis is written back (this machine's id again), and the other machine's file is kept as a backup.
    await expect
      .poll(async () => (JSON.parse((await folderContents(page)).files[name] ?? '{}') as { machine?: string }).machine, { timeout: 10_000 })
      .not.toBe('another-machine');
    await expect.poll(async () => (await folderContents(page)).backups.length).toBeGreaterThanOrEqual(1);

    // The folder is remembered after a reload.
    await page.reload();
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await expect.poll(() => page.getByTestId('sync-status').innerText()).toContain(`Synkmapp: ${FOLDER}`);

    // Erase: the file and its backups go too.
    await page.getByRole('link', { name: 'Analyser' }).click();
    await page.getByRole('link', { name: 'Solgläntan' }).click();
    await page.getByRole('button', { name: 'Radera Solgläntan för gott' }).click();
    const erase = page.getByRole('alertdialog');
    await expect.poll(() => erase.innerText()).toContain('Analysens fil och dess säkerhetskopior i synkmappen tas också bort.');
    await erase.getByLabel('Jag förstår att analysen inte går att få tillbaka').check();
    await erase.getByRole('button', { name: 'Radera för gott' }).click();
    await expect.poll(() => page.locator('.toast').last().innerText()).toContain('Solgläntan är raderad för gott.');
    await expect.poll(() => folderContents(page)).toEqual({ files: {}, backups: [] });
  });

  it('a folder that has gone away is a warning, and edits are still saved', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await stubPicker(page);
    await page.goto(session.url);
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.getByRole('button', { name: 'Välj synkmapp…' }).click();
    await expect.poll(() => page.getByTestId('sync-status').innerText()).toContain(`Synkmapp: ${FOLDER}`);
    // The folder disappears (an unplugged drive, a share gone offline).
    await page.evaluate(async (folder: string) => (await navigator.storage.getDirectory()).removeEntry(folder, { recursive: true }), FOLDER);
    await page.getByRole('link', { name: 'Analyser' }).click();
    await createAnalysis(page, 'Fritids Öst');
    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await addRole(page, 'Fritidspedagog', '3');
    const banner = page.getByRole('region', { name: 'Synkmapp' });
    await expect
      .poll(() => banner.innerText(), { timeout: 10_000 })
      .toContain('Synkmappen går inte att hitta. Är disken eller nätverket anslutet? Allt är sparat i appen.');
    await page.reload();
    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await expect.poll(() => page.locator('.roles-table tbody tr input').first().inputValue()).toBe('Fritidspedagog');
  });
});
