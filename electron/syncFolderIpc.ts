/**
 * Main-process handlers for the sync folder. The renderer never sends a
 * path: the folder is only ever one the user picked in main's own dialog,
 * remembered in userData, and files are named by base names that pass
 * isSyncFileName. Like every handler, these check who is asking, then what.
 */
import path from 'node:path';
import { dialog, ipcMain, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { CHANNELS, SYNC_MAX_TEXT_BYTES, type DesktopSyncFolderInfo } from '../shared/ipc';
import { isSyncFileName, type SyncResult } from '../shared/syncFolder';
import { assertArgumentCount, assertTrusted } from './ipc';
import type { IpcSenderEvent } from './security';
import {
  atomicWrite,
  errnoOf,
  listBackups,
  listFiles,
  readFile,
  realFs,
  removeWithBackups,
  replaceFile,
  retireFile,
  sweepTempFiles,
  type SyncFs,
} from './syncFolder';

/** The file in userData that remembers the chosen folder. */
export const SYNC_SETTINGS_FILE = 'sync-folder.json';

/** What the handlers need from the rest of main, injected for testability. */
export interface SyncFolderIpcDependencies {
  /** The window the folder dialog belongs to (null: a free-standing dialog). */
  parentWindow(): BrowserWindow | null;
  /** app.getPath('userData'): where the choice is remembered. */
  userDataDir: string;
  /** The fs layer; tests inject faults. */
  fs?: SyncFs;
}

/** The remembered folder from the settings file's text; anything unexpected means no folder. */
export function parseSyncSettings(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const folder: unknown = Reflect.get(parsed, 'folder');
  return typeof folder === 'string' && folder.length > 0 && path.isAbsolute(folder) ? folder : null;
}

async function readSettings(fs: SyncFs, userDataDir: string): Promise<string | null> {
  try {
    return parseSyncSettings(new TextDecoder().decode(await fs.readFile(path.join(userDataDir, SYNC_SETTINGS_FILE))));
  } catch {
    // No settings file (the usual case) or an unreadable one: no folder.
    return null;
  }
}

function assertName(value: unknown, channel: string): asserts value is string {
  if (!isSyncFileName(value)) throw new Error(`Refused ${channel}: not an analysis file name.`);
}

function assertText(value: unknown, channel: string): asserts value is string {
  if (typeof value !== 'string') throw new Error(`Refused ${channel}: the text is not a string.`);
  // A UTF-8 byte is at least a quarter of a UTF-16 code unit's worth, so the cheap check comes first.
  if (value.length > SYNC_MAX_TEXT_BYTES || Buffer.byteLength(value, 'utf8') > SYNC_MAX_TEXT_BYTES) {
    throw new Error(`Refused ${channel}: the text is larger than ${SYNC_MAX_TEXT_BYTES} bytes.`);
  }
}

function assertSha256(value: unknown, channel: string): asserts value is string {
  if (typeof value !== 'string' || !/^[0-9a-f]{64}$/.test(value)) throw new Error(`Refused ${channel}: not a SHA-256 in lower-case hex.`);
}

const NO_FOLDER = { ok: false, problem: 'missing', detail: 'no sync folder has been chosen' } as const;

/** Registers the sync-folder channels. Call once; reads the remembered folder at once. */
export function registerSyncFolderHandlers(deps: SyncFolderIpcDependencies): void {
  const fs = deps.fs ?? realFs;
  // A promise, so a handler that runs before the settings are read waits for them,
  // and a choice made meanwhile is not overwritten by the old one.
  let folder: Promise<string | null> = readSettings(fs, deps.userDataDir);
  // What a crash mid-write left in the folder is swept up at start, before the first write there.
  const swept: Promise<unknown> = folder.then((dir) => (dir === null ? [] : sweepTempFiles(dir, new Date(), fs)));

  /** One checked handler: trusted sender, exact argument count, then `run`. */
  const handle = (channel: string, argumentCount: number, run: (args: readonly unknown[]) => Promise<unknown>): void => {
    ipcMain.handle(channel, async (event: IpcSenderEvent, ...args: unknown[]) => {
      assertTrusted(event, channel);
      assertArgumentCount(args, argumentCount, channel);
      return run(args);
    });
  };

  /** Runs `use` on the chosen folder, or reports that there is none. */
  const inFolder = async <T>(use: (dir: string) => Promise<SyncResult<T>>): Promise<SyncResult<T>> => {
    const dir = await folder;
    await swept;
    return dir === null ? NO_FOLDER : use(dir);
  };

  const remember = async (dir: string | null): Promise<SyncResult<void>> => {
    await fs.mkdir(deps.userDataDir, { recursive: true }).catch(() => undefined);
    const text = `${JSON.stringify({ folder: dir })}\n`;
    return replaceFile(deps.userDataDir, SYNC_SETTINGS_FILE, new TextEncoder().encode(text), fs);
  };

  handle(CHANNELS.syncChoose, 0, async (): Promise<SyncResult<{ label: string } | null>> => {
    const options: OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
    const parent = deps.parentWindow();
    const picked = parent === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
    const [chosen] = picked.filePaths;
    if (picked.canceled || chosen === undefined || !path.isAbsolute(chosen)) return { ok: true, value: null };
    const saved = await remember(chosen);
    if (!saved.ok) return { ...saved, detail: `could not remember the folder: ${saved.detail}` };
    folder = Promise.resolve(chosen);
    return { ok: true, value: { label: chosen } };
  });

  handle(CHANNELS.syncCurrent, 0, async (): Promise<DesktopSyncFolderInfo | null> => {
    const dir = await folder;
    if (dir === null) return null;
    const available = await fs.stat(dir).then(
      (stats) => stats.isDirectory(),
      () => false,
    );
    return { label: dir, available };
  });

  handle(CHANNELS.syncForget, 0, async (): Promise<void> => {
    folder = Promise.resolve(null);
    try {
      await fs.unlink(path.join(deps.userDataDir, SYNC_SETTINGS_FILE));
    } catch (error) {
      // Could not delete it (a locked file, say): overwrite it so the folder is not back next start.
      if (errnoOf(error).code !== 'ENOENT') await remember(null);
    }
  });

  handle(CHANNELS.syncWrite, 2, async ([name, text]) => {
    assertName(name, CHANNELS.syncWrite);
    assertText(text, CHANNELS.syncWrite);
    return inFolder((dir) => atomicWrite(dir, name, text, fs));
  });

  handle(CHANNELS.syncList, 0, async () => inFolder((dir) => listFiles(dir, fs)));

  handle(CHANNELS.syncRead, 1, async ([name]) => {
    assertName(name, CHANNELS.syncRead);
    return inFolder((dir) => readFile(dir, name, fs));
  });

  handle(CHANNELS.syncBackups, 1, async ([name]) => {
    assertName(name, CHANNELS.syncBackups);
    return inFolder((dir) => listBackups(dir, name, fs));
  });

  handle(CHANNELS.syncRemove, 1, async ([name]) => {
    assertName(name, CHANNELS.syncRemove);
    return inFolder((dir) => removeWithBackups(dir, name, fs));
  });

  handle(CHANNELS.syncRetire, 2, async ([name, sha256]) => {
    assertName(name, CHANNELS.syncRetire);
    assertSha256(sha256, CHANNELS.syncRetire);
    return inFolder((dir) => retireFile(dir, name, sha256, fs));
  });
}
