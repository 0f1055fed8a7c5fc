/**
 * The desktop path end to end: the built renderer in Chromium, `window.api`
 * the real preload's object, and every call answered by the real main
 * handlers (electron/ipc.ts, syncFolderIpc.ts, presenter.ts) in this Node
 * process, on real folders on disk. Only Electron's IPC transport and the
 * `electron` members the handlers touch are stood in for (see desktopBridge/
 * and the README's "The desktop path in tests").
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRESENTER_TITLE, presenterUrl } from '../../electron/presenter.ts';
import { SYNC_SETTINGS_FILE } from '../../electron/syncFolderIpc.ts';
import { mainWindowWebPreferences } from '../../electron/window.ts';
import { analysisFileName } from '../../shared/exchange/fileName.ts';
import { emptyRecord, serialize, type AnalysisRecord } from '../../shared/exchange/format.ts';
import { buildExport } from '../../shared/exchange/export.ts';
import { backupName, backupsOf, backupStamp, SYNC_BACKUP_DIR } from '../../shared/syncFolder.ts';
import { addRole, createAnalysis, waitSaved } from './app.ts';
import { quickAdd } from './board-helpers.ts';
import { packageVersion } from './desktopBridge/bridge.ts';
import { appHandlers, MAIN_HANDLERS, openedFiles, policyAndSyncFolderHandlers, presenterHandlers } from './desktopBridge/handlers.ts';
import { PRELOAD_SOURCE } from './desktopBridge/preloadBundle.ts';
import { desktopSession } from './desktopBridge/session.ts';
import { watchFolder } from './folderWatch.ts';
import { roomFile, SORTED_30 } from './roomFile.ts';

vi.mock('electron', () => import('./desktopBridge/fakeElectron.ts'));

const desktop = desktopSession(MAIN_HANDLERS);
/**
 * A save reaches the folder through the database, the sync's next pass, IPC
 * and the file system: on a loaded machine that chain takes longer than the
 * page's own updates, so waits for the folder get more time.
 */
const FOLDER = { timeout: 30_000 };

const electronVersion = packageVersion('node_modules/electron/package.json');
const appVersion = packageVersion('package.json');

let folder: string | null = null;
afterEach(() => {
  if (folder !== null) rmSync(folder, { recursive: true, force: true });
  folder = null;
});

/** The folder's analysis files, its backups and any temp files left anywhere in it. */
function onDisk(dir: string): { files: string[]; backups: string[]; temp: string[] } {
  const top = readdirSync(dir);
  const backupDir = join(dir, SYNC_BACKUP_DIR);
  const backups = top.includes(SYNC_BACKUP_DIR) ? readdirSync(backupDir) : [];
  return {
    files: top.filter((name) => name.endsWith('.akr') && !name.startsWith('.')).sort(),
    backups: backups.filter((name) => !name.endsWith('.tmp')).sort(),
    temp: [...top, ...backups].filter((name) => name.endsWith('.tmp')),
  };
}

const text = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');
const NOW = '2026-12-06T10:00:00.000Z';

describe('the desktop app, main and renderer together', () => {
  it('shows main’s version in About, rebuilds the menu in the language chosen, and follows menu commands from main', async () => {
    const app = await desktop.start();
    const page = app.page;
    // The renderer took the desktop platform: the preload's API is there, and the real window options were used.
    expect(await page.evaluate(() => Object.keys(window.api ?? {}).sort())).toEqual([
      'appInfo',
      'onMenuCommand',
      'openedFiles',
      'policy',
      'presenter',
      'readFolder',
      'room',
      'setLanguage',
      'sync',
    ]);
    expect(app.mainWindow.options.webPreferences).toEqual(mainWindowWebPreferences(PRELOAD_SOURCE));
    expect(app.mainWindow.shown).toBe(true);

    await page.getByRole('link', { name: 'Inställningar' }).click();
    const info = page.getByTestId('app-info');
    // Main's facts (version, Electron, platform) around the build's own (date and commit, made at build time).
    await expect
      .poll(() => info.innerText())
      .toMatch(
        new RegExp(
          `^Version ${appVersion.replace(/\./g, '\\.')}\nByggd .+\n.+\nElectron ${electronVersion.replace(/\./g, '\\.')}\nPlattform: ${process.platform}$`,
        ),
      );
    expect(app.menuLabels()).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp']);

    await page.locator('label.segmented__option', { hasText: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expect.poll(() => app.menuLabels()).toEqual(['File', 'Edit', 'View', 'Help']);

    // A menu command goes from main's menu through webContents.send to the renderer.
    await page.getByRole('link', { name: 'Analyses', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Analyses' }).waitFor();
    app.clickMenu('File', 'Settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    app.clickMenu('File', 'New analysis');
    await page.getByRole('dialog').getByLabel('Name of the unit').waitFor();
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.locator('label.segmented__option', { hasText: 'Svenska' }).click();
    await expect.poll(() => app.menuLabels()).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp']);
    expect(app.mainWindow.webContents.sent).toEqual([
      { channel: 'menu:command', args: ['showSettings'] },
      { channel: 'menu:command', args: ['newAnalysis'] },
    ]);
    expect(app.handlerErrors).toEqual([]);
  });

  it('writes to the sync folder chosen in main’s dialog atomically, rotates its backups, and offers another machine’s file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akr-e2e-sync-'));
    folder = dir;
    const app = await desktop.start();
    const page = app.page;

    app.answerOpenDialog([dir]);
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.getByRole('button', { name: 'Välj synkmapp…' }).click();
    await expect.poll(() => page.getByTestId('sync-status').innerText()).toContain(`Synkmapp: ${dir}`);
    expect(app.openDialogs()).toEqual([{ parent: app.mainWindow, options: { properties: ['openDirectory', 'createDirectory'] } }]);
    expect(JSON.parse(text(app.userDataDir, SYNC_SETTINGS_FILE))).toEqual({ folder: dir });

    const watch = watchFolder(dir);
    await page.getByRole('link', { name: 'Analyser' }).click();
    await createAnalysis(page, 'Solgläntan');
    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await addRole(page, 'Förskollärare', '4');
    await expect.poll(() => onDisk(dir).files, FOLDER).toEqual([expect.stringMatching(/^Solgläntan-[0-9a-f]{8}\.akr$/)]);
    const name = onDisk(dir).files[0] ?? '';
    await expect.poll(() => text(dir, name), FOLDER).toContain('Förskollärare');

    // Nine backups from earlier weeks, so that two more saves take the count past the ten kept.
    const first = text(dir, name);
    mkdirSync(join(dir, SYNC_BACKUP_DIR), { recursive: true });
    const seeded = Array.from({ length: 9 }, (_, i) => backupName(name, backupStamp(new Date(Date.UTC(2026, 0, i + 1, 8)))));
    for (const backup of seeded) writeFileSync(join(dir, SYNC_BACKUP_DIR, backup), first);

    await addRole(page, 'Barnskötare', '3');
    await expect.poll(() => text(dir, name), FOLDER).toContain('Barnskötare');
    await addRole(page, 'Kock', '1');
    await expect.poll(() => text(dir, name), FOLDER).toContain('Kock');
    await expect.poll(() => onDisk(dir).backups.length, FOLDER).toBe(10);
    watch.stop();

    // Rotation dropped the oldest; the newest backups are the versions before each save.
    const backups = backupsOf(name, onDisk(dir).backups);
    expect(backups).not.toContain(seeded[0]);
    expect(backups).toContain(seeded[seeded.length - 1]);
    const made = backups.filter((backup) => !seeded.includes(backup)).map((backup) => text(join(dir, SYNC_BACKUP_DIR), backup));
    expect(made.length).toBeGreaterThanOrEqual(2);
    expect(made[0]).toContain('Barnskötare');
    expect(made[0]).not.toContain('Kock');
    expect(made.at(-1)).toContain('Förskollärare');
    expect(made.at(-1)).not.toContain('Barnskötare');
    // The renderer sees the same backups through main.
    expect(await page.evaluate((file) => window.api?.sync.backups(file), name)).toEqual({ ok: true, value: backups });

    // Atomic: each version arrived as a temp file renamed into place, was never written in place, and never read half-written.
    expect(watch.reads()).toBeGreaterThan(0);
    expect(watch.torn).toEqual([]);
    expect(watch.events.filter((event) => event.name === name && event.type === 'change')).toEqual([]);
    expect(watch.events.some((event) => event.name.startsWith(`.~${name}.`) && event.name.endsWith('.tmp'))).toBe(true);
    expect(onDisk(dir).temp).toEqual([]);

    // Another machine's file arrives (written by its own app, with its machine id), put in place as a sync client would.
    const otherId = crypto.randomUUID();
    const other = analysisFileName('Förskolan Solrosen', otherId);
    writeFileSync(join(dir, `.incoming-${other}`), roomFile(otherId, [{ name: 'Förskollärare', colours: SORTED_30 }]));
    renameSync(join(dir, `.incoming-${other}`), join(dir, other));
    const banner = page.getByRole('region', { name: 'Synkmapp' });
    // The folder is read again when the window gets focus.
    await expect
      .poll(async () => {
        await page.evaluate(() => window.dispatchEvent(new Event('focus')));
        return banner.count();
      })
      .toBe(1);
    await expect.poll(() => banner.innerText()).toContain('Förskolan Solrosen har ändrats på en annan dator.');
    await banner.getByRole('button', { name: 'Visa ändringarna' }).click();
    const preview = page.getByRole('dialog', { name: 'Importera analysfil' });
    await preview.getByRole('button', { name: 'Importera' }).click();
    await preview.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Analyser', exact: true }).click();
    await page.getByRole('link', { name: 'Förskolan Solrosen' }).waitFor();
    expect(app.handlerErrors).toEqual([]);
  }, 120_000);

  it('keeps the folder across a reload, erases a file with its backups through main, and warns when the folder is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akr-e2e-sync-'));
    folder = dir;
    const app = await desktop.start();
    const page = app.page;
    app.answerOpenDialog([dir]);
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.getByRole('button', { name: 'Välj synkmapp…' }).click();
    await expect.poll(() => page.getByTestId('sync-status').innerText()).toContain(`Synkmapp: ${dir}`);
    await page.getByRole('link', { name: 'Analyser', exact: true }).click();
    await createAnalysis(page, 'Solgläntan');
    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await addRole(page, 'Förskollärare', '4');
    await expect.poll(() => onDisk(dir).files, FOLDER).toHaveLength(1);
    await addRole(page, 'Barnskötare', '3');
    await expect.poll(() => onDisk(dir).backups, FOLDER).toHaveLength(1);

    // Main remembers the folder; the renderer asks for it again after a reload.
    await page.reload();
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await expect.poll(() => page.getByTestId('sync-status').innerText()).toContain(`Synkmapp: ${dir}`);

    await page.getByRole('link', { name: 'Analyser', exact: true }).click();
    await page.getByRole('link', { name: 'Solgläntan' }).click();
    await page.getByRole('button', { name: 'Radera Solgläntan för gott' }).click();
    const erase = page.getByRole('alertdialog');
    await erase.getByLabel('Jag förstår att analysen inte går att få tillbaka').check();
    await erase.getByRole('button', { name: 'Radera för gott' }).click();
    await expect.poll(() => page.locator('.toast').last().innerText()).toContain('Solgläntan är raderad för gott.');
    await expect.poll(() => onDisk(dir), FOLDER).toEqual({ files: [], backups: [], temp: [] });

    // The folder goes (an unplugged drive): the edit is still saved, and the banner says where things are.
    rmSync(dir, { recursive: true, force: true });
    await createAnalysis(page, 'Fritids Öst');
    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await addRole(page, 'Fritidspedagog', '3');
    await expect
      .poll(() => page.getByRole('region', { name: 'Synkmapp' }).innerText())
      .toContain('Synkmappen går inte att hitta. Är disken eller nätverket anslutet? Allt är sparat i appen.');
    expect(app.handlerErrors).toEqual([]);
  });

  it('takes undo and redo from main’s menu on the board, opens the presenter through main, full screen on the projector, and closes it with the main window', async () => {
    const primary = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
    const projector = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 }, workArea: { x: 1920, y: 0, width: 1280, height: 720 } };
    const app = await desktop.start({ displays: [primary, projector], primaryDisplayId: 1 });
    const page = app.page;
    // Made in the page main opened, without navigating again: leaving a page while its first start is still
    // creating the database leaves the next page blank, in the browser app too (not a desktop matter).
    await createAnalysis(page, 'Förskolan Solrosen');
    await page.getByRole('link', { name: 'Yrkesroller' }).click();
    await addRole(page, 'Förskollärare', '3');
    await page.getByRole('link', { name: 'AKR-tavla' }).click();
    await quickAdd(page, 'Diska', '2');
    await quickAdd(page, 'Planera', '1');
    await waitSaved(page);

    // Undo and redo from main's Edit menu act on the analysis when no text field has the focus.
    await page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    });
    const planned = page.locator('[data-card]', { hasText: 'Planera' });
    app.clickMenu('Redigera', 'Ångra');
    await expect.poll(() => planned.count()).toBe(0);
    app.clickMenu('Redigera', 'Gör om');
    await expect.poll(() => planned.count()).toBe(1);
    const analysisId = /^#\/analyses\/([^/]+)\/board$/.exec(new URL(page.url()).hash)?.[1] ?? '';
    const controls = page.getByTestId('projector-controls');

    await controls.getByRole('button', { name: 'Öppna projektorfönster' }).click();
    await expect.poll(() => app.windows().length).toBe(2);
    const presenter = app.windows()[1];
    if (presenter === undefined) throw new Error('no presenter window');
    expect(presenter.options).toMatchObject({ title: PRESENTER_TITLE, fullscreen: true, x: 1920, y: 0, width: 1280, height: 720 });
    expect(presenter.options.webPreferences).toEqual(mainWindowWebPreferences(PRELOAD_SOURCE));
    expect(presenter.loaded).toEqual([presenterUrl(analysisId)]);
    expect(presenter.menuRemoved).toBe(process.platform !== 'darwin');
    const shown = await app.pageOf(presenter);
    await shown.locator('.presenter[data-view="board"] [data-room-card]', { hasText: 'Diska' }).first().waitFor();
    await expect.poll(() => presenter.shown).toBe(true);
    await expect.poll(() => controls.getByRole('status').innerText()).toBe('Projektorn visar: AKR-tavlan');

    // Again: the one window is focused and shown the analysis, not a second one opened.
    await controls.getByRole('button', { name: 'Visa projektorfönstret' }).click();
    await expect.poll(() => presenter.focused).toBe(1);
    expect(app.windows()).toHaveLength(2);
    expect(presenter.loaded).toEqual([presenterUrl(analysisId), presenterUrl(analysisId)]);

    app.mainWindow.close();
    await expect.poll(() => presenter.isDestroyed()).toBe(true);
    expect(app.handlerErrors).toEqual([]);
  });

  it('opens an .akr.json file through the file-association path into the import preview, importing nothing before it is confirmed', async () => {
    folder = mkdtempSync(join(tmpdir(), 'akr-open-'));
    const analysisId = crypto.randomUUID();
    const path = join(folder, 'Förskolan Solrosen.akr.json');
    writeFileSync(path, roomFile(analysisId, [{ name: 'Förskollärare', colours: SORTED_30 }]));
    const app = await desktop.start();
    const page = app.page;
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // As a double-click or the command line hands a path to main: main reads it and the page takes it.
    await openedFiles().open([path]);
    const dialog = page.getByRole('dialog', { name: 'Importera analysfil' });
    await expect.poll(() => dialog.innerText()).toContain('Fil: Förskolan Solrosen.akr.json');
    await expect.poll(() => dialog.innerText()).toContain('Ny analys:');
    // Nothing is in the app before the preview is confirmed.
    expect(await page.getByRole('link', { name: /Förskolan Solrosen/ }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Importera' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitSaved(page);
    await expect.poll(() => page.locator('main').innerText()).toContain('Förskolan Solrosen');
    expect(app.handlerErrors).toEqual([]);
  });

  it('shows a locked setting from the policy file main read as managed, and it cannot be changed', async () => {
    folder = mkdtempSync(join(tmpdir(), 'akr-policy-'));
    const share = join(folder, 'delad');
    mkdirSync(share);
    const policyFile = join(folder, 'policy.json');
    writeFileSync(
      policyFile,
      JSON.stringify({
        minPrivacyThreshold: { value: 7, locked: true },
        syncFolder: { value: share, locked: true },
      }),
    );
    const app = await desktop.start({ handlers: [appHandlers, policyAndSyncFolderHandlers(policyFile), presenterHandlers] });
    const page = app.page;
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    const threshold = page.getByLabel('Minsta antal svarande per yrkesroll');
    await expect.poll(() => threshold.inputValue()).toBe('7');
    expect(await threshold.isDisabled()).toBe(true);
    await expect.poll(() => page.getByTestId('sync-status').innerText()).toContain(share);
    expect(await page.getByRole('button', { name: 'Byt mapp…' }).isDisabled()).toBe(true);
    // Asked anyway (as a changed page could), main refuses to choose another folder without showing a dialog.
    const answer = await page.evaluate(() => window.api?.sync.choose());
    expect(answer).toMatchObject({ ok: false, problem: 'denied' });
    expect(app.openDialogs()).toEqual([]);
  });

  it('reads a folder chosen in main’s dialog for HR’s overview: the units in it and its sub-folders, never its backups', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akr-e2e-hr-'));
    folder = dir;
    const record = (id: string, unitName: string, administration: string): AnalysisRecord => ({
      ...emptyRecord({ id, rev: 1, updatedAt: NOW, createdAt: NOW, deletedAt: null, unitName, organisation: 'Norrby stad', facilitator: '', administration }),
    });
    // A backup with a higher revision would win, were it read.
    const newer = (r: AnalysisRecord): AnalysisRecord => ({ ...r, analysis: { ...r.analysis, rev: 9 } });
    const file = (r: AnalysisRecord) => serialize(buildExport([r], { exportedAt: NOW, appVersion: '0.1.0', machine: 'm1', includePersonal: false }));
    mkdirSync(join(dir, 'Socialförvaltningen'));
    mkdirSync(join(dir, SYNC_BACKUP_DIR));
    writeFileSync(join(dir, 'Solgläntan.akr'), file(record('hr-a', 'Solgläntan', 'Barn- och utbildningsförvaltningen')));
    writeFileSync(join(dir, 'Socialförvaltningen', 'Hemtjänst Syd.akr'), file(record('hr-b', 'Hemtjänst Syd', 'Socialförvaltningen')));
    writeFileSync(join(dir, SYNC_BACKUP_DIR, 'Solgläntan.2026-12-01.akr'), file(newer(record('hr-a', 'Solgläntan (kopia)', ''))));
    writeFileSync(join(dir, 'Trasig.akr'), '{"format": "akr-studio-analyses", "version": 10, "keyFigures": [');

    const app = await desktop.start();
    const page = app.page;
    app.answerOpenDialog([dir]);
    await page.getByRole('link', { name: 'Översikt för HR' }).click();
    await page.getByRole('button', { name: 'Välj mapp…' }).click();
    await page.getByTestId('hr-result').waitFor(FOLDER);
    expect(app.openDialogs()).toEqual([{ parent: app.mainWindow, options: { properties: ['openDirectory'] } }]);
    // The names are drawn with soft hyphens (they break at hyphenation points); the text read leaves them out.
    const rows = (testId: string) =>
      page
        .getByTestId(testId)
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 2).map((c) => (c as HTMLElement).innerText.replace(/\u00ad/g, ''))));
    await expect
      .poll(() => rows('hr-units'))
      .toEqual([
        ['Hemtjänst Syd', 'Socialförvaltningen'],
        ['Solgläntan', 'Barn- och utbildningsförvaltningen'],
      ]);
    await expect.poll(() => rows('hr-problems')).toEqual([['Trasig.akr', expect.stringMatching(/^Filen är avbruten/)]]);
    // Main reads only inside the folder it was given, and only paths the listing gives.
    const outside = await page.evaluate(() => window.api?.readFolder?.read('../x.akr', 0, null).then(String, (e: unknown) => String(e)));
    expect(outside).toContain('Refused read-folder:read');
  });
});
