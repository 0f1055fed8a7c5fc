/**
 * Analysis files opened from outside the app (a double-click on an `.akr`
 * file, the command line), the renderer's side, in Chromium. The browser
 * app has no such files, so a stand-in for the desktop bridge (`window.api`,
 * what electron/preload.ts exposes) is put in place before the app loads: the
 * app then runs its desktop platform, and main's side (reading and checking
 * the files, tested in test/unit/electron/openFiles.test.ts) is played by the
 * stand-in's queue.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DesktopApi, OpenedFile } from '../../shared/ipc.ts';
import { e2eSession, waitSaved } from './app.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();

const SOLROSEN = readFileSync(join(import.meta.dirname, '../fixtures/files/format-v5.akr.json'), 'utf8');

type OpenerWindow = Window & { __openFiles: (files: OpenedFile[]) => void };

/** Installs the stand-in bridge with `files` waiting, as if they had started the app. */
async function desktopWith(page: Page, files: OpenedFile[]): Promise<void> {
  await page.addInitScript((initial: OpenedFile[]) => {
    const waiting = [...initial];
    const signals = new Set<() => void>();
    const ok = async <T>(value: T) => ({ ok: true as const, value });
    const api = {
      appInfo: async () => ({ name: 'AKR Studio', version: 'e2e', electronVersion: '45.0.0', platform: 'linux' }),
      setLanguage: async () => undefined,
      policy: async () => null,
      onMenuCommand: () => () => undefined,
      sync: {
        choose: () => ok(null),
        current: async () => null,
        forget: async () => undefined,
        write: () => ok({ sha256: '' }),
        list: () => ok([]),
        read: async () => ({ ok: false as const, problem: 'missing' as const, detail: 'none' }),
        backups: () => ok([]),
        remove: () => ok(undefined),
        retire: () => ok(true),
      },
      presenter: { open: async () => undefined, close: async () => undefined },
      openedFiles: {
        take: async () => waiting.splice(0),
        onOpened: (listener: () => void) => {
          signals.add(listener);
          return () => {
            signals.delete(listener);
          };
        },
      },
    } satisfies DesktopApi;
    Object.assign(window, {
      api,
      // Main, when a file is double-clicked while the app runs: queued, then the page is told.
      __openFiles: (more: OpenedFile[]) => {
        waiting.push(...more);
        for (const signal of signals) signal();
      },
    });
  }, files);
}

const cards = (page: Page) => page.locator('article.analysis-card').count();

describe('files opened from outside the app', () => {
  it('shows each in the import preview, one after another; nothing is imported before "Importera"; a refused file says why', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await desktopWith(page, [
      { ok: true, name: 'Förskolan-Solrosen-cf9f2381.akr', text: SOLROSEN },
      { ok: false, name: 'genväg.akr', problem: 'notAFile', detail: 'genväg.akr is not a regular file (a link, a pipe or a device)' },
    ]);
    await page.goto(session.url);

    // The file that started the app: its preview, with the other one waiting.
    const dialog = page.getByRole('dialog', { name: 'Importera analysfil' });
    await expect.poll(() => dialog.innerText()).toContain('Fil: Förskolan-Solrosen-cf9f2381.akr');
    await expect.poll(() => dialog.innerText()).toContain('Ny analys:');
    await expect.poll(() => dialog.innerText()).toContain('Ytterligare 1 fil väntar. Den visas när du har stängt den här.');
    expect(await axeViolations(page), 'preview of an opened file').toEqual([]);
    // Nothing is in the database yet: the list behind the preview says so.
    await expect.poll(() => page.getByText('Inga analyser än').count()).toBe(1);
    expect(await cards(page)).toBe(0);
    await dialog.getByRole('button', { name: 'Importera' }).click();
    await waitSaved(page);
    await expect.poll(() => cards(page)).toBe(1);

    // Then the refused one, with the reason.
    await expect.poll(() => dialog.innerText()).toContain('Fil: genväg.akr');
    await expect.poll(() => dialog.getByRole('alert').innerText()).toMatch(/^Det här är ingen vanlig fil utan en länk, en mapp/);
    expect(await axeViolations(page), 'refusal of an opened file').toEqual([]);
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // Double-clicked while the app runs: a file over the limit, and the same analysis again (under its old name).
    await page.evaluate((files) => (window as unknown as OpenerWindow).__openFiles(files), [
      { ok: false, name: 'stor.akr', problem: 'tooLarge', detail: 'stor.akr is 157286400 bytes', size: 150 * 1024 * 1024 },
      { ok: true, name: 'Solrosen.akr.json', text: SOLROSEN },
    ] satisfies OpenedFile[]);
    await expect.poll(() => dialog.getByRole('alert').innerText()).toBe('Filen är 150 MB. Den får vara högst 100 MB.');
    await expect.poll(() => dialog.innerText()).toContain('Ytterligare 1 fil väntar.');
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await expect.poll(() => dialog.innerText()).toContain('Fil: Solrosen.akr.json');
    await expect.poll(() => dialog.innerText()).toContain('Finns redan här, och filen har inget nytt.');
    expect(await dialog.innerText()).not.toContain('väntar');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await cards(page)).toBe(1);
  });

  it('closing a preview without importing imports nothing', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await desktopWith(page, [{ ok: true, name: 'Solrosen.akr', text: SOLROSEN }]);
    await page.goto(session.url);
    const dialog = page.getByRole('dialog', { name: 'Importera analysfil' });
    await expect.poll(() => dialog.innerText()).toContain('Ny analys:');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.getByText('Inga analyser än').count()).toBe(1);
    expect(await cards(page)).toBe(0);
  });
});
