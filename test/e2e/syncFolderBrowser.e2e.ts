import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { browserSyncFolders, indexedDbHandleStore } from '../../renderer/platform/browserSyncFolders.ts';
import type { fsaSyncFolder } from '../../renderer/platform/fsaSyncFolder.ts';
import { e2eSession } from './app.ts';

/*
 * The browser's sync folder on real Chromium. The folder picker cannot be
 * driven headless, so the code runs on OPFS directories (the same
 * FileSystemDirectoryHandle API). The modules are bundled on the fly and
 * evaluated in the app's page: the CSP forbids script tags, not CDP.
 */

/** What the bundle puts on `window.__akrSync`. */
interface SyncTestApi {
  fsaSyncFolder: typeof fsaSyncFolder;
  browserSyncFolders: typeof browserSyncFolders;
  indexedDbHandleStore: typeof indexedDbHandleStore;
  /** An empty OPFS sub-directory of that name. */
  freshDir(name: string): Promise<FileSystemDirectoryHandle>;
  /** Entry names (sub-folders end in "/"), sorted. */
  entries(dir: FileSystemDirectoryHandle): Promise<string[]>;
  /** The text of `path` ("a/b") under `dir`. */
  textAt(dir: FileSystemDirectoryHandle, path: string): Promise<string>;
}
type TestWindow = Window & { __akrSync: SyncTestApi };

const HELPERS = `
export { fsaSyncFolder } from './renderer/platform/fsaSyncFolder.ts';
export { browserSyncFolders, indexedDbHandleStore } from './renderer/platform/browserSyncFolders.ts';
export async function freshDir(name) {
  const root = await navigator.storage.getDirectory();
  await root.removeEntry(name, { recursive: true }).catch(() => undefined);
  return root.getDirectoryHandle(name, { create: true });
}
export async function entries(dir) {
  const out = [];
  for await (const [name, handle] of dir.entries()) out.push(handle.kind === 'directory' ? name + '/' : name);
  return out.sort();
}
export async function textAt(dir, path) {
  const parts = path.split('/');
  let d = dir;
  for (const part of parts.slice(0, -1)) d = await d.getDirectoryHandle(part);
  return (await (await d.getFileHandle(parts.at(-1))).getFile()).text();
}
`;

let bundle = '';
beforeAll(async () => {
  const result = await build({
    stdin: { contents: HELPERS, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'syncFolderTest.ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__akrSync',
    target: 'es2022',
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]?.text ?? '';
  expect(bundle).toContain('createWritable');
});

const session = e2eSession();

async function openPage(): Promise<Page> {
  const running = await session.launch();
  const page = await running.newPage();
  await page.goto(session.url);
  await page.evaluate(bundle);
  return page;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const BACKUP = /^[^/]+\.\d{8}T\d{9}Z(-\d+)?\.akr$/;

describe('sync folder in the browser (File System Access API on OPFS)', () => {
  it('writes, reads and lists files with the SHA-256 of their UTF-8 bytes', async () => {
    const page = await openPage();
    const text = '{"unit":"Förskolan Solen ✓","åäö":"ÅÄÖ"}\n';
    const result = await page.evaluate(async (text) => {
      const t = (window as unknown as TestWindow).__akrSync;
      const dir = await t.freshDir('basic');
      const folder = t.fsaSyncFolder(dir, 'Min mapp');
      const wrote = await folder.write('Förskolan Solen-3f2a9c1e.akr', text);
      const other = await folder.write('Alfa-00000000.akr', 'alfa');
      return {
        label: folder.label,
        wrote,
        other,
        read: await folder.read('Förskolan Solen-3f2a9c1e.akr'),
        list: await folder.list(),
        backups: await folder.backups('Förskolan Solen-3f2a9c1e.akr'),
        readMissing: await folder.read('Saknas-00000000.akr'),
        entries: await t.entries(dir),
      };
    }, text);
    expect(result.label).toBe('Min mapp');
    expect(result.wrote).toEqual({ ok: true, value: { sha256: sha256(text) } });
    expect(result.other).toEqual({ ok: true, value: { sha256: sha256('alfa') } });
    expect(result.read).toEqual({ ok: true, value: { text, sha256: sha256(text) } });
    expect(result.list).toEqual({
      ok: true,
      value: [
        { name: 'Alfa-00000000.akr', size: 4, sha256: sha256('alfa') },
        { name: 'Förskolan Solen-3f2a9c1e.akr', size: Buffer.byteLength(text, 'utf8'), sha256: sha256(text) },
      ],
    });
    expect(result.backups).toEqual({ ok: true, value: [] });
    expect(result.readMissing).toMatchObject({ ok: false, problem: 'missing' });
    // No backup folder until there is something to keep, and no swap files left behind.
    expect(result.entries).toEqual(['Alfa-00000000.akr', 'Förskolan Solen-3f2a9c1e.akr']);
  });

  it('keeps the old content as a backup on overwrite, and only the newest 10, newest first', async () => {
    const page = await openPage();
    const result = await page.evaluate(async () => {
      const t = (window as unknown as TestWindow).__akrSync;
      const dir = await t.freshDir('backups');
      const folder = t.fsaSyncFolder(dir, 'backups');
      const name = 'Hemtjänst Norr-1a2b3c4d.akr';
      await folder.write(name, 'v0');
      await folder.write(name, 'v1');
      const afterOne = await folder.backups(name);
      const firstBackup = afterOne.ok ? await t.textAt(dir, `.akr-backups/${afterOne.value[0]}`) : null;
      for (let i = 2; i < 12; i += 1) await folder.write(name, `v${i}`);
      const backups = await folder.backups(name);
      const contents = backups.ok ? await Promise.all(backups.value.map((b) => t.textAt(dir, `.akr-backups/${b}`))) : [];
      return {
        afterOne,
        firstBackup,
        backups,
        contents,
        current: await folder.read(name),
        backupDir: await t.entries(await dir.getDirectoryHandle('.akr-backups')),
      };
    });
    expect(result.afterOne.ok && result.afterOne.value).toHaveLength(1);
    expect(result.firstBackup).toBe('v0');
    expect(result.current).toMatchObject({ ok: true, value: { text: 'v11' } });
    if (!result.backups.ok) throw new Error(result.backups.detail);
    expect(result.backups.value).toHaveLength(10);
    for (const b of result.backups.value) expect(b).toMatch(BACKUP);
    // 11 earlier versions were kept one at a time; the oldest (v0) was rotated out.
    expect(result.contents).toEqual(['v10', 'v9', 'v8', 'v7', 'v6', 'v5', 'v4', 'v3', 'v2', 'v1']);
    expect(result.backupDir).toEqual([...result.backups.value].sort());
  });

  it('lists only analysis files directly in the folder, sorted by name; a folder under an analysis file’s name is skipped and said', async () => {
    const page = await openPage();
    const list = await page.evaluate(async () => {
      const t = (window as unknown as TestWindow).__akrSync;
      const dir = await t.freshDir('listing');
      const folder = t.fsaSyncFolder(dir, 'listing');
      await folder.write('b.akr', 'b1');
      await folder.write('b.akr', 'b2');
      await folder.write('a.akr', 'a');
      const put = async (d: FileSystemDirectoryHandle, name: string) => {
        const w = await (await d.getFileHandle(name, { create: true })).createWritable();
        await w.write('x');
        await w.close();
      };
      await put(dir, 'notes.txt');
      await put(dir, 'c.akr.crswap');
      await put(dir, 'c.json');
      const sub = await dir.getDirectoryHandle('sub.akr', { create: true });
      await put(sub, 'inner.akr');
      return folder.list();
    });
    expect(list).toEqual({
      ok: true,
      value: [
        { name: 'a.akr', size: 1, sha256: sha256('a') },
        { name: 'b.akr', size: 2, sha256: sha256('b2') },
        { name: 'sub.akr', skipped: 'notAFile', detail: 'sub.akr is a folder' },
      ],
    });
  });

  it('removes a file and its backups only, and a missing file is not an error', async () => {
    const page = await openPage();
    const result = await page.evaluate(async () => {
      const t = (window as unknown as TestWindow).__akrSync;
      const dir = await t.freshDir('removing');
      const folder = t.fsaSyncFolder(dir, 'removing');
      // "a.b" shares the stem's start with "a": its backups must survive removing "a".
      for (const v of ['1', '2', '3']) {
        await folder.write('a.akr', `a${v}`);
        await folder.write('a.b.akr', `ab${v}`);
        await folder.write('ab.akr', `x${v}`);
      }
      const before = await t.entries(await dir.getDirectoryHandle('.akr-backups'));
      const removed = await folder.remove('a.akr');
      const again = await folder.remove('a.akr');
      const never = await t.fsaSyncFolder(await t.freshDir('empty'), 'empty').remove('never.akr');
      return {
        before,
        removed,
        again,
        never,
        files: await t.entries(dir),
        backups: await t.entries(await dir.getDirectoryHandle('.akr-backups')),
        abBackups: await folder.backups('a.b.akr'),
        aBackups: await folder.backups('a.akr'),
      };
    });
    expect(result.before).toHaveLength(6);
    expect(result.removed).toEqual({ ok: true, value: undefined });
    expect(result.again).toEqual({ ok: true, value: undefined });
    expect(result.never).toEqual({ ok: true, value: undefined });
    expect(result.files).toEqual(['.akr-backups/', 'a.b.akr', 'ab.akr']);
    expect(result.backups).toHaveLength(4);
    expect(result.backups.every((b) => b.startsWith('a.b.') || b.startsWith('ab.'))).toBe(true);
    expect(result.abBackups.ok && result.abBackups.value).toHaveLength(2);
    expect(result.aBackups).toEqual({ ok: true, value: [] });
  });

  it('reads a file an earlier version named .akr.json, shares its backups with the .akr, and retires it only with the bytes expected', async () => {
    const page = await openPage();
    const result = await page.evaluate(async () => {
      const t = (window as unknown as TestWindow).__akrSync;
      const dir = await t.freshDir('legacy');
      const put = async (d: FileSystemDirectoryHandle, name: string, text: string) => {
        const w = await (await d.getFileHandle(name, { create: true })).createWritable();
        await w.write(text);
        await w.close();
      };
      // As an earlier version left the folder: the file and one backup, both named .akr.json.
      await put(dir, 'a.akr.json', 'old');
      await put(await dir.getDirectoryHandle('.akr-backups', { create: true }), 'a.20240101T000000000Z.akr.json', 'older');
      const folder = t.fsaSyncFolder(dir, 'legacy');
      const listed = await folder.list();
      const read = await folder.read('a.akr.json');
      await folder.write('a.akr', 'new');
      await folder.write('a.akr', 'newer');
      const changed = await folder.retire('a.akr.json', 'f'.repeat(64));
      const afterChanged = await t.entries(dir);
      const retired = await folder.retire('a.akr.json', read.ok ? read.value.sha256 : '');
      const backups = await folder.backups('a.akr');
      const texts = backups.ok ? await Promise.all(backups.value.map((b) => t.textAt(dir, `.akr-backups/${b}`))) : [];
      return {
        listed,
        read,
        changed,
        afterChanged,
        retired,
        files: await t.entries(dir),
        backups,
        texts,
        gone: await folder.retire('a.akr.json', 'f'.repeat(64)),
      };
    });
    expect(result.listed).toEqual({ ok: true, value: [{ name: 'a.akr.json', size: 3, sha256: sha256('old') }] });
    expect(result.read).toEqual({ ok: true, value: { text: 'old', sha256: sha256('old') } });
    expect(result.changed).toEqual({ ok: true, value: false });
    expect(result.afterChanged).toEqual(['.akr-backups/', 'a.akr', 'a.akr.json']);
    expect(result.retired).toEqual({ ok: true, value: true });
    expect(result.files).toEqual(['.akr-backups/', 'a.akr']);
    // One history: the old name's backup, the .akr's own, and the retired file as the newest.
    expect(result.texts).toEqual(['old', 'new', 'older']);
    expect(result.backups.ok && result.backups.value[0]).toMatch(BACKUP);
    expect(result.gone).toEqual({ ok: true, value: true });
  });

  it('refuses bad names without touching the folder', async () => {
    const page = await openPage();
    const result = await page.evaluate(async () => {
      const t = (window as unknown as TestWindow).__akrSync;
      const dir = await t.freshDir('names');
      const folder = t.fsaSyncFolder(dir, 'names');
      const bad = ['../x.akr', 'a/b.akr', 'x.json', '.akr', '.hidden.akr', 'CON.akr', 'a:b.akr', `${'x'.repeat(200)}.akr`];
      const problems: string[] = [];
      for (const name of bad) {
        const calls = [folder.write(name, 'x'), folder.read(name), folder.backups(name), folder.remove(name), folder.retire(name, 'f'.repeat(64))];
        for (const r of await Promise.all(calls)) {
          problems.push(r.ok ? `ok: ${name}` : r.problem);
        }
      }
      return { problems, entries: await t.entries(dir) };
    });
    expect(new Set(result.problems)).toEqual(new Set(['badName']));
    expect(result.problems).toHaveLength(40);
    expect(result.entries).toEqual([]);
  });

  it("reports 'missing' when the folder itself is gone, and never rejects", async () => {
    const page = await openPage();
    const result = await page.evaluate(async () => {
      const t = (window as unknown as TestWindow).__akrSync;
      const dir = await t.freshDir('gone');
      const folder = t.fsaSyncFolder(dir, 'gone');
      await folder.write('kvar.akr', 'v1');
      await folder.write('kvar.akr', 'v2');
      await (await navigator.storage.getDirectory()).removeEntry('gone', { recursive: true });
      return {
        write: await folder.write('ny.akr', 'x'),
        overwrite: await folder.write('kvar.akr', 'v3'),
        list: await folder.list(),
        read: await folder.read('kvar.akr'),
        backups: await folder.backups('kvar.akr'),
        remove: await folder.remove('kvar.akr'),
        retire: await folder.retire('kvar.akr', 'f'.repeat(64)),
      };
    });
    for (const [call, r] of Object.entries(result)) {
      expect(r, call).toMatchObject({ ok: false, problem: 'missing' });
      expect(r.ok ? '' : r.detail, call).toContain('NotFoundError');
    }
  });

  it('chooses, remembers and forgets the folder (injected picker and handle store)', async () => {
    const page = await openPage();
    const result = await page.evaluate(async () => {
      const t = (window as unknown as TestWindow).__akrSync;
      const dir = await t.freshDir('Delad mapp');
      // Set by the store below, which TypeScript cannot see from here: not narrowed to null.
      let stored = null as FileSystemDirectoryHandle | null;
      const store = {
        get: async () => stored,
        set: async (h: FileSystemDirectoryHandle) => {
          stored = h;
        },
        clear: async () => {
          stored = null;
        },
      };
      const folders = t.browserSyncFolders({ pick: async () => dir, store });
      const before = await folders.current();
      const chosen = await folders.choose();
      const wrote = chosen.ok && chosen.value ? await chosen.value.write('a.akr', 'a') : null;
      const remembered = stored !== null && (await stored.isSameEntry(dir));
      // A new visit: only the store knows the folder.
      const later = t.browserSyncFolders({ pick: async () => dir, store });
      const current = await later.current();
      const listed = current.folder ? await current.folder.list() : null;
      const reconnected = await later.reconnect();
      await later.forget();
      const forgotten = await t.browserSyncFolders({ pick: async () => dir, store }).current();
      const cancelled = await t
        .browserSyncFolders({ pick: () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError')), store })
        .choose();
      const refused = await t.browserSyncFolders({ pick: () => Promise.reject(new DOMException('Not allowed.', 'NotAllowedError')), store }).choose();
      const idb = t.indexedDbHandleStore('akr-sync-folder-test');
      await idb.set(dir);
      const fromIdb = await t.indexedDbHandleStore('akr-sync-folder-test').get();
      const idbSame = fromIdb ? await fromIdb.isSameEntry(dir) : false;
      await idb.clear();
      const platformDefault = t.browserSyncFolders();
      return {
        supported: folders.supported,
        before,
        chosen: chosen.ok ? { label: chosen.value?.label } : chosen,
        wrote,
        remembered,
        current: { label: current.label, needsPermission: current.needsPermission, folderLabel: current.folder?.label },
        listed,
        reconnected: reconnected.ok ? reconnected.value?.label : reconnected.problem,
        forgotten,
        storedAfterForget: stored,
        cancelled,
        refused: refused.ok ? 'ok' : refused.problem,
        storeAfterCancel: stored,
        idbSame,
        idbAfterClear: await idb.get(),
        defaultSupported: platformDefault.supported === 'showDirectoryPicker' in window,
      };
    });
    expect(result.supported).toBe(true);
    expect(result.before).toEqual({ folder: null, needsPermission: false, label: null });
    expect(result.chosen).toEqual({ label: 'Delad mapp' });
    expect(result.wrote).toMatchObject({ ok: true });
    expect(result.remembered).toBe(true);
    expect(result.current).toEqual({ label: 'Delad mapp', needsPermission: false, folderLabel: 'Delad mapp' });
    expect(result.listed).toEqual({ ok: true, value: [{ name: 'a.akr', size: 1, sha256: sha256('a') }] });
    expect(result.reconnected).toBe('Delad mapp');
    expect(result.forgotten).toEqual({ folder: null, needsPermission: false, label: null });
    expect(result.storedAfterForget).toBeNull();
    expect(result.cancelled).toEqual({ ok: true, value: null });
    expect(result.refused).toBe('denied');
    expect(result.storeAfterCancel).toBeNull();
    expect(result.idbSame).toBe(true);
    expect(result.idbAfterClear).toBeNull();
    expect(result.defaultSupported).toBe(true);
  });
});
