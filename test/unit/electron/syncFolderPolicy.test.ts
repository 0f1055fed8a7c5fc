/**
 * The sync folder an organisation's policy names: the folder while the user
 * has chosen none, and, locked, the only folder (no choosing, no forgetting).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { folderInUse, parseSyncSettings, registerSyncFolderHandlers, SYNC_SETTINGS_FILE } from '../../../electron/syncFolderIpc';
import { CHANNELS } from '../../../shared/ipc';
import type { Policy } from '../../../shared/policy';
import { invoker, TRUSTED, type Handler } from './ipcHarness';

type DialogResult = { canceled: boolean; filePaths: string[] };

const electron = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  showOpenDialog: vi.fn<(...args: unknown[]) => Promise<DialogResult>>(),
}));

vi.mock('electron', () => ({
  dialog: { showOpenDialog: electron.showOpenDialog },
  ipcMain: { handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler) },
}));

const invoke = invoker(electron.handlers);
const call = (channel: string, ...args: unknown[]): Promise<unknown> => invoke(channel, TRUSTED, ...args);

let temp: string;
let userData: string;
let managedDir: string;
let ownDir: string;

/** Registers afresh with `policy`, as a new start of the app would. */
function start(policy: Policy | null): void {
  electron.handlers.clear();
  registerSyncFolderHandlers({ parentWindow: () => null, userDataDir: userData, policy: () => Promise.resolve(policy) });
}

const unlocked = (): Policy => ({ syncFolder: { value: managedDir, locked: false } });
const locked = (): Policy => ({ syncFolder: { value: managedDir, locked: true } });
const settingsFile = () => path.join(userData, SYNC_SETTINGS_FILE);

beforeEach(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'akr-sync-policy-'));
  userData = path.join(temp, 'userData');
  managedDir = path.join(temp, 'share', 'AKR');
  ownDir = path.join(temp, 'OneDrive', 'AKR');
  for (const dir of [userData, managedDir, ownDir]) fs.mkdirSync(dir, { recursive: true });
  electron.showOpenDialog.mockReset();
  electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [ownDir] });
});

afterEach(() => {
  fs.rmSync(temp, { recursive: true, force: true });
});

describe('which folder is in use', () => {
  const managed = { value: '/srv/akr', locked: false };

  it('follows the user’s choice over an unlocked policy folder, and the policy folder while there is none', () => {
    expect(folderInUse({ kind: 'unset' }, managed)).toBe('/srv/akr');
    expect(folderInUse({ kind: 'folder', dir: '/home/a/akr' }, managed)).toBe('/home/a/akr');
    expect(folderInUse({ kind: 'none' }, managed)).toBeNull();
  });

  it('is always a locked policy folder', () => {
    const lockedFolder = { ...managed, locked: true };
    expect(folderInUse({ kind: 'unset' }, lockedFolder)).toBe('/srv/akr');
    expect(folderInUse({ kind: 'folder', dir: '/home/a/akr' }, lockedFolder)).toBe('/srv/akr');
    expect(folderInUse({ kind: 'none' }, lockedFolder)).toBe('/srv/akr');
  });

  it('is the user’s choice, or none, without a policy folder', () => {
    expect(folderInUse({ kind: 'unset' }, null)).toBeNull();
    expect(folderInUse({ kind: 'folder', dir: '/home/a/akr' }, null)).toBe('/home/a/akr');
    expect(folderInUse({ kind: 'none' }, null)).toBeNull();
  });

  it('tells a remembered "none" from nothing remembered', () => {
    expect(parseSyncSettings('{"folder":null}')).toEqual({ kind: 'none' });
    expect(parseSyncSettings('{"folder":"/srv/x"}')).toEqual({ kind: 'folder', dir: '/srv/x' });
    for (const text of ['', 'null', '{}', '{"folder":42}', '{"folder":"relative"}']) expect(parseSyncSettings(text)).toEqual({ kind: 'unset' });
  });
});

describe('an unlocked policy folder', () => {
  it('is the folder while the user has chosen none, and files go there', async () => {
    start(unlocked());
    await expect(call(CHANNELS.syncCurrent)).resolves.toEqual({ label: managedDir, available: true });
    await expect(call(CHANNELS.syncWrite, 'a.akr.json', '{}')).resolves.toMatchObject({ ok: true });
    expect(fs.readdirSync(managedDir)).toEqual(['a.akr.json']);
  });

  it('gives way to a folder the user chooses, also after a restart', async () => {
    start(unlocked());
    await expect(call(CHANNELS.syncChoose)).resolves.toEqual({ ok: true, value: { label: ownDir } });
    await expect(call(CHANNELS.syncCurrent)).resolves.toMatchObject({ label: ownDir });
    start(unlocked());
    await expect(call(CHANNELS.syncCurrent)).resolves.toMatchObject({ label: ownDir });
  });

  it('stays forgotten once the user stops using it, also after a restart', async () => {
    start(unlocked());
    await call(CHANNELS.syncForget);
    await expect(call(CHANNELS.syncCurrent)).resolves.toBeNull();
    expect(JSON.parse(fs.readFileSync(settingsFile(), 'utf8'))).toEqual({ folder: null });
    start(unlocked());
    await expect(call(CHANNELS.syncCurrent)).resolves.toBeNull();
    await expect(call(CHANNELS.syncList)).resolves.toMatchObject({ ok: false, problem: 'missing' });
  });
});

describe('a locked policy folder', () => {
  it('is the folder whatever the user chose before', async () => {
    fs.writeFileSync(settingsFile(), JSON.stringify({ folder: ownDir }));
    start(locked());
    await expect(call(CHANNELS.syncCurrent)).resolves.toEqual({ label: managedDir, available: true });
    await call(CHANNELS.syncWrite, 'a.akr.json', '{}');
    expect(fs.readdirSync(managedDir)).toEqual(['a.akr.json']);
    expect(fs.readdirSync(ownDir)).toEqual([]);
  });

  it('cannot be changed: no dialog, nothing remembered', async () => {
    start(locked());
    await expect(call(CHANNELS.syncChoose)).resolves.toEqual({ ok: false, problem: 'denied', detail: "the sync folder is set by the organisation's policy" });
    expect(electron.showOpenDialog).not.toHaveBeenCalled();
    expect(fs.readdirSync(userData)).toEqual([]);
    await expect(call(CHANNELS.syncCurrent)).resolves.toMatchObject({ label: managedDir });
  });

  it('cannot be forgotten', async () => {
    fs.writeFileSync(settingsFile(), JSON.stringify({ folder: ownDir }));
    start(locked());
    await expect(call(CHANNELS.syncForget)).resolves.toBeUndefined();
    await expect(call(CHANNELS.syncCurrent)).resolves.toMatchObject({ label: managedDir });
    // The user's own earlier choice is left as it was, for the day the lock goes.
    expect(JSON.parse(fs.readFileSync(settingsFile(), 'utf8'))).toEqual({ folder: ownDir });
    start(null);
    await expect(call(CHANNELS.syncCurrent)).resolves.toMatchObject({ label: ownDir });
  });

  it('is reported as unavailable when the share is not there', async () => {
    fs.rmSync(managedDir, { recursive: true });
    start(locked());
    await expect(call(CHANNELS.syncCurrent)).resolves.toEqual({ label: managedDir, available: false });
  });
});

describe('without a policy', () => {
  it('forgets by removing the settings file, as before', async () => {
    start(null);
    await call(CHANNELS.syncChoose);
    await call(CHANNELS.syncForget);
    expect(fs.readdirSync(userData)).toEqual([]);
  });

  it('treats a policy that cannot be read as none', async () => {
    electron.handlers.clear();
    registerSyncFolderHandlers({ parentWindow: () => null, userDataDir: userData, policy: () => Promise.reject(new Error('boom')) });
    await expect(call(CHANNELS.syncCurrent)).resolves.toBeNull();
    await expect(call(CHANNELS.syncChoose)).resolves.toEqual({ ok: true, value: { label: ownDir } });
  });
});
