/**
 * Main-process handlers for the sync folder. The renderer never sends a
 * path: the folder is only ever one the user picked in main's own dialog,
 * remembered in userData, or the one the organisation's policy file names
 * (see folderInUse), and files are named by base names that pass
 * isSyncFileName. Like every handler, these check who is asking, then what.
 */
import path from 'node:path';
import { dialog, ipcMain, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { CHANNELS, SYNC_MAX_TEXT_BYTES, type DesktopSyncFolderInfo } from '../shared/ipc';
import type { Managed, Policy } from '../shared/policy';
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
  /** The organisation's policy (registerPolicyHandlers): its sync folder is the default, or, locked, the only one. */
  policy?: () => Promise<Policy | null>;
}

/**
 * What the user chose, from the settings file's text: a folder, explicitly
 * none (stored as `{"folder": null}` when an organisation's default folder
 * would otherwise apply), or nothing yet. Anything unexpected is nothing yet.
 */
export type SyncChoice = { kind: 'folder'; dir: string } | { kind: 'none' } | { kind: 'unset' };

export function parseSyncSettings(text: string): SyncChoice {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'unset' };
  }
  if (typeof parsed !== 'object' || parsed === null) return { kind: 'unset' };
  const folder: unknown = Reflect.get(parsed, 'folder');
  if (folder === null) return { kind: 'none' };
  return typeof folder === 'string' && folder.length > 0 && path.isAbsolute(folder) ? { kind: 'folder', dir: folder } : { kind: 'unset' };
}

async function readSettings(fs: SyncFs, userDataDir: string): Promise<SyncChoice> {
  try {
    return parseSyncSettings(new TextDecoder().decode(await fs.readFile(path.join(userDataDir, SYNC_SETTINGS_FILE))));
  } catch {
    // No settings file (the usual case) or an unreadable one: no choice made.
    return { kind: 'unset' };
  }
}

/**
 * The folder in use: a locked policy folder whatever the user chose; else
 * the user's choice; else, if the user never chose, the policy's default.
 */
export function folderInUse(choice: SyncChoice, managed: Managed<string> | null): string | null {
  if (managed?.locked) return managed.value;
  if (choice.kind === 'folder') return choice.dir;
  if (choice.kind === 'none') return null;
  return managed?.value ?? null;
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
const MANAGED = { ok: false, problem: 'denied', detail: "the sync folder is set by the organisation's policy" } as const;

/** Registers the sync-folder channels. Call once; reads the remembered folder at once. */
export function registerSyncFolderHandlers(deps: SyncFolderIpcDependencies): void {
  const fs = deps.fs ?? realFs;
  const managed: Promise<Managed<string> | null> = (deps.policy?.() ?? Promise.resolve(null)).then(
    (policy) => policy?.syncFolder ?? null,
    () => null,
  );
  // A promise, so a handler that runs before the settings are read waits for them,
  // and a choice made meanwhile is not overwritten by the old one.
  let folder: Promise<string | null> = Promise.all([readSettings(fs, deps.userDataDir), managed]).then(([choice, policy]) => folderInUse(choice, policy));
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
    // The renderer shows the folder as managed and offers no choice; this holds should it ask anyway.
    if ((await managed)?.locked) return MANAGED;
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
    const policy = await managed;
    if (policy?.locked) return;
    folder = Promise.resolve(null);
    if (policy !== null) {
      // "None" is remembered as a choice, or the organisation's default folder would be back next start.
      await remember(null);
      return;
    }
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
