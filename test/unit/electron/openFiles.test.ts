import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOpenFiles, filesFromArgv, readOpenedFile, registerOpenFileHandlers, type OpenFilesWindow } from '../../../electron/openFiles';
import { realFs, type SyncFs } from '../../../electron/syncFolder';
import { MAX_FILE_BYTES } from '../../../shared/exchange/restore.ts';
import { CHANNELS } from '../../../shared/ipc';
import { SYNC_MAX_FILE_BYTES } from '../../../shared/syncFolder';
import { invoker, TRUSTED, UNTRUSTED, type Handler } from './ipcHarness';

const electron = vi.hoisted(() => ({ handlers: new Map<string, Handler>() }));

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler) },
}));

const invoke = invoker(electron.handlers);

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akr-open-'));
  electron.handlers.clear();
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const put = (name: string, text: string): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

/** The real fs, recording which of its functions are called. */
function recordingFs(): { fs: SyncFs; calls: string[] } {
  const calls: string[] = [];
  const fs: SyncFs = {
    open: (...args) => (calls.push('open'), realFs.open(...args)),
    rename: (...args) => (calls.push('rename'), realFs.rename(...args)),
    unlink: (...args) => (calls.push('unlink'), realFs.unlink(...args)),
    mkdir: (...args) => (calls.push('mkdir'), realFs.mkdir(...args)),
    readdir: (...args) => (calls.push('readdir'), realFs.readdir(...args)),
    readFile: (...args) => (calls.push('readFile'), realFs.readFile(...args)),
    stat: (...args) => (calls.push('stat'), realFs.stat(...args)),
    lstat: (...args) => (calls.push('lstat'), realFs.lstat(...args)),
  };
  return { fs, calls };
}

/** A window that records what it was sent. */
function fakeWindow(): OpenFilesWindow & { sent: string[]; destroyed: boolean } {
  const window = {
    sent: [] as string[],
    destroyed: false,
    isDestroyed: () => window.destroyed,
    webContents: { send: (channel: string) => window.sent.push(channel) },
  };
  return window;
}

describe('filesFromArgv', () => {
  it('packaged: everything after the executable that is not a flag', () => {
    expect(filesFromArgv(['C:\\Program Files\\AKR Studio\\AKR Studio.exe', 'C:\\Users\\anna\\Solen.akr'], { packaged: true })).toEqual([
      'C:\\Users\\anna\\Solen.akr',
    ]);
    expect(filesFromArgv(['/opt/AKR Studio/akr-studio'], { packaged: true })).toEqual([]);
  });

  it('in development: the app path after electron (and any flags before it) is not a file', () => {
    expect(filesFromArgv(['/x/electron', '.', 'Solen.akr'], { packaged: false })).toEqual(['Solen.akr']);
    expect(filesFromArgv(['/x/electron', '--inspect=9229', 'dist/electron/main.cjs', '/home/a/Solen.akr'], { packaged: false })).toEqual(['/home/a/Solen.akr']);
    expect(filesFromArgv(['/x/electron', '.'], { packaged: false })).toEqual([]);
  });

  it('skips the flags Chromium adds to a second instance’s command line, and the old macOS -psn', () => {
    const argv = ['/opt/AKR Studio/akr-studio', '--allow-file-access-from-files', '--original-process-start-time=1327', '/home/a/Solen.akr', '-psn_0_1234'];
    expect(filesFromArgv(argv, { packaged: true })).toEqual(['/home/a/Solen.akr']);
  });

  it('after -- everything is a file, and a file: URL (a Linux desktop entry’s %U) is its path', () => {
    expect(filesFromArgv(['/opt/akr', '--', '-konstigt-namn.akr'], { packaged: true })).toEqual(['-konstigt-namn.akr']);
    expect(filesFromArgv(['/opt/akr', pathToFileURL('/home/a/Förskolan Solen.akr').href], { packaged: true })).toEqual(['/home/a/Förskolan Solen.akr']);
  });
});

describe('readOpenedFile', () => {
  it('reads an .akr file, and an .akr.json from earlier versions, as UTF-8 text with its base name only', async () => {
    await expect(readOpenedFile(put('Förskolan Solen.akr', '{"å":1}'))).resolves.toEqual({ ok: true, name: 'Förskolan Solen.akr', text: '{"å":1}' });
    await expect(readOpenedFile(put('Gammal.akr.json', '{}'))).resolves.toEqual({ ok: true, name: 'Gammal.akr.json', text: '{}' });
    await expect(readOpenedFile(put('VERSALER.AKR', '{}'))).resolves.toMatchObject({ ok: true, name: 'VERSALER.AKR' });
  });

  it('refuses another extension without opening the file', async () => {
    const spy = recordingFs();
    await expect(readOpenedFile(put('data.json', '{}'), spy.fs)).resolves.toEqual({
      ok: false,
      name: 'data.json',
      problem: 'wrongType',
      detail: expect.any(String),
    });
    await expect(readOpenedFile(put('Solen.akr.txt', '{}'), spy.fs)).resolves.toMatchObject({ ok: false, problem: 'wrongType' });
    expect(spy.calls).toEqual([]);
  });

  it('never follows a link, even to a good analysis file', async () => {
    const target = put('riktig.akr', '{}');
    fs.symlinkSync(target, path.join(dir, 'länk.akr'));
    await expect(readOpenedFile(path.join(dir, 'länk.akr'))).resolves.toMatchObject({ ok: false, name: 'länk.akr', problem: 'notAFile' });
  });

  it('refuses a folder and a pipe (and does not hang on the pipe)', async () => {
    fs.mkdirSync(path.join(dir, 'mapp.akr'));
    execFileSync('mkfifo', [path.join(dir, 'rör.akr')]);
    await expect(readOpenedFile(path.join(dir, 'mapp.akr'))).resolves.toMatchObject({
      ok: false,
      problem: 'notAFile',
      detail: expect.stringContaining('folder'),
    });
    await expect(readOpenedFile(path.join(dir, 'rör.akr'))).resolves.toMatchObject({ ok: false, name: 'rör.akr', problem: 'notAFile' });
  });

  it('refuses a file over the limit before reading it, with its size', async () => {
    put('stor.akr', '{"x":"0123456789"}');
    const spy = recordingFs();
    await expect(readOpenedFile(path.join(dir, 'stor.akr'), spy.fs, 10)).resolves.toEqual({
      ok: false,
      name: 'stor.akr',
      problem: 'tooLarge',
      detail: expect.stringContaining('over the limit of 10'),
      size: 18,
    });
    expect(spy.calls).toEqual(['lstat']);
  });

  it('refuses a sparse file one byte over the analysis-file limit (the import limit) with the real limit', async () => {
    expect(SYNC_MAX_FILE_BYTES).toBe(MAX_FILE_BYTES);
    const file = path.join(dir, 'gles.akr');
    const handle = fs.openSync(file, 'w');
    fs.ftruncateSync(handle, SYNC_MAX_FILE_BYTES + 1);
    fs.closeSync(handle);
    await expect(readOpenedFile(file)).resolves.toMatchObject({ ok: false, problem: 'tooLarge', size: SYNC_MAX_FILE_BYTES + 1 });
  });

  it('says a file is unreadable when it is gone, cannot be opened, or is not UTF-8 text; never with its path', async () => {
    const gone = await readOpenedFile(path.join(dir, 'borta.akr'));
    expect(gone).toEqual({ ok: false, name: 'borta.akr', problem: 'unreadable', detail: 'ENOENT (lstat)' });
    const file = put('låst.akr', '{}');
    const locked: SyncFs = {
      ...realFs,
      open: async () => {
        throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES', syscall: 'open', path: file });
      },
    };
    const denied = await readOpenedFile(file, locked);
    expect(denied).toEqual({ ok: false, name: 'låst.akr', problem: 'unreadable', detail: 'EACCES (open)' });
    expect(JSON.stringify(denied)).not.toContain(dir);
    fs.writeFileSync(path.join(dir, 'binär.akr'), Buffer.from([0xff, 0xfe, 0x00]));
    await expect(readOpenedFile(path.join(dir, 'binär.akr'))).resolves.toMatchObject({ ok: false, problem: 'unreadable', detail: 'not UTF-8 text' });
  });
});

describe('the inbox', () => {
  it('keeps files opened before there is a window (the file that started the app, macOS open-file before ready) until the page takes them', async () => {
    let window: ReturnType<typeof fakeWindow> | null = null;
    const inbox = createOpenFiles({ window: () => window });
    await inbox.open([put('a.akr', 'A')]);
    await inbox.open(['b.akr'], dir);
    window = fakeWindow();
    expect(inbox.take()).toEqual([
      { ok: true, name: 'a.akr', text: 'A' },
      { ok: false, name: 'b.akr', problem: 'unreadable', detail: 'ENOENT (lstat)' },
    ]);
    expect(inbox.take()).toEqual([]);
    expect(window.sent).toEqual([]);
  });

  it('tells the page when files arrive, in the order they were opened, even when a later one is quicker to read', async () => {
    const window = fakeWindow();
    put('slow.akr', 'S');
    put('quick.akr', 'Q');
    let release: () => void = () => undefined;
    const slow: SyncFs = {
      ...realFs,
      lstat: async (file) => {
        if (path.basename(file) === 'slow.akr') await new Promise<void>((resolve) => (release = resolve));
        return realFs.lstat(file);
      },
    };
    const inbox = createOpenFiles({ window: () => window, fs: slow });
    const first = inbox.open(['slow.akr'], dir);
    const second = inbox.open(['quick.akr'], dir);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(inbox.take()).toEqual([]);
    release();
    await Promise.all([first, second]);
    expect(inbox.take().map((f) => f.name)).toEqual(['slow.akr', 'quick.akr']);
    expect(window.sent).toEqual([CHANNELS.openedFilesArrived, CHANNELS.openedFilesArrived]);
  });

  it('resolves relative paths against the given working folder (a second instance’s)', async () => {
    put('rel.akr', 'R');
    const inbox = createOpenFiles({ window: () => null });
    await inbox.open(['rel.akr'], dir);
    expect(inbox.take()).toEqual([{ ok: true, name: 'rel.akr', text: 'R' }]);
  });

  it('sends nothing to a destroyed window, and keeps the files', async () => {
    const window = fakeWindow();
    window.destroyed = true;
    const inbox = createOpenFiles({ window: () => window });
    await inbox.open([put('a.akr', 'A')]);
    expect(window.sent).toEqual([]);
    expect(inbox.take()).toHaveLength(1);
  });

  it('applies an injected size limit', async () => {
    const inbox = createOpenFiles({ window: () => null, maxBytes: 1 });
    await inbox.open([put('a.akr', 'AB')]);
    expect(inbox.take()).toEqual([expect.objectContaining({ ok: false, problem: 'tooLarge', size: 2 })]);
  });
});

describe('the take channel', () => {
  it('hands the queued files to a trusted page, once', async () => {
    const inbox = createOpenFiles({ window: () => null });
    registerOpenFileHandlers(inbox);
    expect([...electron.handlers.keys()]).toEqual([CHANNELS.openedFilesTake]);
    await inbox.open([put('a.akr', 'A')]);
    await expect(invoke(CHANNELS.openedFilesTake, TRUSTED)).resolves.toEqual([{ ok: true, name: 'a.akr', text: 'A' }]);
    await expect(invoke(CHANNELS.openedFilesTake, TRUSTED)).resolves.toEqual([]);
  });

  it.each(UNTRUSTED)('refuses the untrusted sender %j and keeps the files', async (event) => {
    const inbox = createOpenFiles({ window: () => null });
    registerOpenFileHandlers(inbox);
    await inbox.open([put('a.akr', 'A')]);
    await expect(invoke(CHANNELS.openedFilesTake, event)).rejects.toThrow(/not an AKR Studio page/);
    expect(inbox.take()).toHaveLength(1);
  });

  it('refuses a call with arguments', async () => {
    const inbox = createOpenFiles({ window: () => null });
    registerOpenFileHandlers(inbox);
    await inbox.open([put('a.akr', 'A')]);
    await expect(invoke(CHANNELS.openedFilesTake, TRUSTED, 'extra')).rejects.toThrow(/argument/);
    expect(inbox.take()).toHaveLength(1);
  });
});
