import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerSyncFolderHandlers, SYNC_SETTINGS_FILE } from '../../../electron/syncFolderIpc';
import { CHANNELS, SYNC_MAX_TEXT_BYTES } from '../../../shared/ipc';
import { invoker, TRUSTED, UNTRUSTED, type Handler } from './ipcHarness';

type DialogResult = { canceled: boolean; filePaths: string[] };

const electron = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  showOpenDialog: vi.fn<(...args: unknown[]) => Promise<DialogResult>>(),
}));

vi.mock('electron', () => ({
  app: { getVersion: () => '1.2.3' },
  dialog: { showOpenDialog: electron.showOpenDialog },
  ipcMain: { handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler) },
  protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
}));

const trusted = TRUSTED;
const untrusted = UNTRUSTED;
const invoke = invoker(electron.handlers);

const call = (channel: string, ...args: unknown[]): Promise<unknown> => invoke(channel, trusted, ...args);

/** Every channel with arguments it would accept. */
const VALID_CALLS: [string, unknown[]][] = [
  [CHANNELS.syncChoose, []],
  [CHANNELS.syncCurrent, []],
  [CHANNELS.syncForget, []],
  [CHANNELS.syncWrite, ['a.akr', '{}']],
  [CHANNELS.syncList, []],
  [CHANNELS.syncRead, ['a.akr']],
  [CHANNELS.syncBackups, ['a.akr']],
  [CHANNELS.syncRemove, ['a.akr']],
  [CHANNELS.syncRetire, ['a.akr.json', 'f'.repeat(64)]],
];

let temp: string;
let userData: string;
let folder: string;
const parent = { id: 'main window' };
let parentWindow: ReturnType<typeof vi.fn<() => typeof parent | null>>;

/** Registers afresh, as a new start of the app would. */
function start(): void {
  electron.handlers.clear();
  // The handlers only pass the window on to the (mocked) dialog.
  registerSyncFolderHandlers({ parentWindow: parentWindow as unknown as () => null, userDataDir: userData });
}

beforeEach(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'akr-sync-ipc-'));
  userData = path.join(temp, 'userData');
  folder = path.join(temp, 'OneDrive', 'AKR');
  fs.mkdirSync(userData);
  fs.mkdirSync(folder, { recursive: true });
  electron.showOpenDialog.mockReset();
  electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [folder] });
  parentWindow = vi.fn<() => typeof parent | null>(() => parent);
  start();
});

afterEach(() => {
  fs.rmSync(temp, { recursive: true, force: true });
});

it('registers a handler for every sync channel', () => {
  expect([...electron.handlers.keys()].sort()).toEqual(VALID_CALLS.map(([channel]) => channel).sort());
});

describe('every channel', () => {
  const cases = VALID_CALLS.flatMap(([channel, args]) => untrusted.map((event) => [channel, event, args] as const));

  it.each(cases)('%s refuses the untrusted sender %j', async (channel, event, args) => {
    await expect(invoke(channel, event, ...args)).rejects.toThrow(/not an AKR Studio page/);
    expect(electron.showOpenDialog).not.toHaveBeenCalled();
  });

  it.each(VALID_CALLS)('%s refuses one argument too many', async (channel, args) => {
    await expect(call(channel, ...args, 'extra')).rejects.toThrow(/argument/);
  });

  it.each(VALID_CALLS.filter(([, args]) => args.length > 0))('%s refuses one argument too few', async (channel, args) => {
    await expect(call(channel, ...args.slice(1))).rejects.toThrow(/argument/);
  });
});

describe('names and texts from the renderer', () => {
  const nameChannels = [CHANNELS.syncWrite, CHANNELS.syncRead, CHANNELS.syncBackups, CHANNELS.syncRemove, CHANNELS.syncRetire];
  const badNames: unknown[] = ['../x.akr', '/etc/passwd', 'C:\\x.akr', 'a/b.akr', '..', '', 42, null, { name: 'a.akr' }];
  const cases = nameChannels.flatMap((channel) => badNames.map((name) => [channel, name] as const));

  it.each(cases)('%s refuses the name %j', async (channel, name) => {
    await call(CHANNELS.syncChoose);
    const args = channel === CHANNELS.syncWrite ? [name, '{}'] : channel === CHANNELS.syncRetire ? [name, 'f'.repeat(64)] : [name];
    await expect(call(channel, ...args)).rejects.toThrow(/not an analysis file name/);
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(fs.readdirSync(temp).sort()).toEqual(['OneDrive', 'userData']);
  });

  it.each([[42], [null], [undefined], [{ text: '{}' }], [new Uint8Array(2)]])('write refuses the text %j', async (text) => {
    await call(CHANNELS.syncChoose);
    await expect(call(CHANNELS.syncWrite, 'a.akr', text)).rejects.toThrow(/not a string/);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it.each([['F'.repeat(64)], ['f'.repeat(63)], ['f'.repeat(65)], ['../' + 'f'.repeat(61)], [42], [null]])('retire refuses the hash %j', async (hash) => {
    await call(CHANNELS.syncChoose);
    fs.writeFileSync(path.join(folder, 'a.akr.json'), '{}');
    await expect(call(CHANNELS.syncRetire, 'a.akr.json', hash)).rejects.toThrow(/SHA-256/);
    expect(fs.readdirSync(folder)).toEqual(['a.akr.json']);
  });

  it('write refuses a text over the size limit, counted in UTF-8 bytes', async () => {
    await call(CHANNELS.syncChoose);
    // Each é is two bytes: few enough characters, too many bytes.
    const text = 'é'.repeat(SYNC_MAX_TEXT_BYTES / 2 + 1);
    await expect(call(CHANNELS.syncWrite, 'a.akr', text)).rejects.toThrow(/larger than/);
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});

describe('choosing the folder', () => {
  it('has no folder at first, and says so on every folder operation', async () => {
    await expect(call(CHANNELS.syncCurrent)).resolves.toBeNull();
    await expect(call(CHANNELS.syncList)).resolves.toMatchObject({ ok: false, problem: 'missing' });
    await expect(call(CHANNELS.syncWrite, 'a.akr', '{}')).resolves.toMatchObject({ ok: false, problem: 'missing' });
  });

  it('answers null and remembers nothing when the dialog is cancelled', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(call(CHANNELS.syncChoose)).resolves.toEqual({ ok: true, value: null });
    await expect(call(CHANNELS.syncCurrent)).resolves.toBeNull();
    expect(fs.readdirSync(userData)).toEqual([]);
  });

  it('opens a folder dialog on the main window that may create folders', async () => {
    await call(CHANNELS.syncChoose);
    expect(electron.showOpenDialog).toHaveBeenCalledExactlyOnceWith(parent, {
      properties: expect.arrayContaining(['openDirectory', 'createDirectory']),
    });
  });

  it('opens a free-standing dialog when there is no window', async () => {
    parentWindow.mockReturnValue(null);
    await call(CHANNELS.syncChoose);
    expect(electron.showOpenDialog).toHaveBeenCalledExactlyOnceWith({ properties: expect.arrayContaining(['openDirectory']) });
  });

  it('remembers the chosen folder in userData, also after a restart', async () => {
    await expect(call(CHANNELS.syncChoose)).resolves.toEqual({ ok: true, value: { label: folder } });
    expect(JSON.parse(fs.readFileSync(path.join(userData, SYNC_SETTINGS_FILE), 'utf8'))).toEqual({ folder });
    expect(fs.readdirSync(userData)).toEqual([SYNC_SETTINGS_FILE]);
    start();
    await expect(call(CHANNELS.syncCurrent)).resolves.toEqual({ label: folder, available: true });
  });

  it('reports a remembered folder that is not there as unavailable', async () => {
    await call(CHANNELS.syncChoose);
    fs.rmSync(folder, { recursive: true });
    await expect(call(CHANNELS.syncCurrent)).resolves.toEqual({ label: folder, available: false });
    await expect(call(CHANNELS.syncList)).resolves.toMatchObject({ ok: false, problem: 'missing' });
  });

  it.each([['not json {'], ['null'], ['[]'], ['{"folder":42}'], ['{"folder":"relative/path"}'], ['{"folder":""}']])(
    'treats the settings %j as no folder',
    async (text) => {
      fs.writeFileSync(path.join(userData, SYNC_SETTINGS_FILE), text);
      start();
      await expect(call(CHANNELS.syncCurrent)).resolves.toBeNull();
    },
  );

  it('forgets the folder, also after a restart, and leaves its files alone', async () => {
    await call(CHANNELS.syncChoose);
    await call(CHANNELS.syncWrite, 'a.akr', '{}');
    await expect(call(CHANNELS.syncForget)).resolves.toBeUndefined();
    await expect(call(CHANNELS.syncCurrent)).resolves.toBeNull();
    start();
    await expect(call(CHANNELS.syncCurrent)).resolves.toBeNull();
    expect(fs.readdirSync(folder)).toEqual(['a.akr']);
  });
});

describe('files in the chosen folder', () => {
  beforeEach(async () => {
    await call(CHANNELS.syncChoose);
  });

  it('writes, lists, reads, keeps backups and removes there', async () => {
    await expect(call(CHANNELS.syncWrite, 'a.akr', '{"v":1}')).resolves.toMatchObject({ ok: true, value: { sha256: expect.any(String) } });
    await call(CHANNELS.syncWrite, 'a.akr', '{"v":2}');
    expect(fs.readFileSync(path.join(folder, 'a.akr'), 'utf8')).toBe('{"v":2}');
    await expect(call(CHANNELS.syncList)).resolves.toMatchObject({ ok: true, value: [{ name: 'a.akr', size: 7 }] });
    await expect(call(CHANNELS.syncRead, 'a.akr')).resolves.toMatchObject({ ok: true, value: { text: '{"v":2}' } });
    await expect(call(CHANNELS.syncBackups, 'a.akr')).resolves.toMatchObject({ ok: true, value: [expect.stringMatching(/^a\./)] });
    await expect(call(CHANNELS.syncRemove, 'a.akr')).resolves.toEqual({ ok: true, value: undefined });
    await expect(call(CHANNELS.syncList)).resolves.toEqual({ ok: true, value: [] });
  });

  it('reads a file an earlier version named .akr.json, and retires it into the backups once its .akr is written', async () => {
    fs.writeFileSync(path.join(folder, 'a.akr.json'), '{"v":1}');
    await expect(call(CHANNELS.syncList)).resolves.toMatchObject({ ok: true, value: [{ name: 'a.akr.json', size: 7 }] });
    const read = await call(CHANNELS.syncRead, 'a.akr.json');
    expect(read).toMatchObject({ ok: true, value: { text: '{"v":1}' } });
    const sha256 = typeof read === 'object' && read !== null && 'value' in read ? Reflect.get(Object(read.value), 'sha256') : null;
    await call(CHANNELS.syncWrite, 'a.akr', '{"v":2}');
    await expect(call(CHANNELS.syncRetire, 'a.akr.json', sha256)).resolves.toEqual({ ok: true, value: true });
    expect(fs.readdirSync(folder).sort()).toEqual(['.akr-backups', 'a.akr']);
    await expect(call(CHANNELS.syncBackups, 'a.akr')).resolves.toMatchObject({ ok: true, value: [expect.stringMatching(/^a\.\d{8}T\d{9}Z\.akr$/)] });
  });

  it('never writes outside the folder', async () => {
    await call(CHANNELS.syncWrite, 'a.akr', '{}');
    expect(fs.readdirSync(path.dirname(folder))).toEqual(['AKR']);
    expect(fs.readdirSync(userData)).toEqual([SYNC_SETTINGS_FILE]);
  });
});

describe('at start', () => {
  it('sweeps up the temp files a crash left in the remembered folder over an hour ago, before anything else there', async () => {
    await call(CHANNELS.syncChoose);
    const leftover = path.join(folder, '.~a.akr.0123456789ab.tmp');
    const fresh = path.join(folder, '.~a.akr.ba9876543210.tmp');
    fs.writeFileSync(leftover, 'half');
    fs.writeFileSync(fresh, 'half');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600 * 1000);
    fs.utimesSync(leftover, twoHoursAgo, twoHoursAgo);
    start();
    await expect(call(CHANNELS.syncList)).resolves.toEqual({ ok: true, value: [] });
    expect(fs.existsSync(leftover)).toBe(false);
    // Younger: perhaps another machine writing right now.
    expect(fs.existsSync(fresh)).toBe(true);
  });
});
