/**
 * Analysis files handed to the app from outside: a double-click on an `.akr`
 * file, "Open with", or a path on the command line, at start or later (the
 * single-instance lock hands a second start's command line to this one;
 * macOS sends `open-file`, even before `ready`). Each path is checked as a
 * file in the shared folder is (lstat first, a link never followed, a regular
 * file only, the analysis-file size limit) and read here. The page gets only
 * the base name and the text, or why the file was refused, and shows the
 * import preview: nothing is imported before the user confirms there.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ipcMain } from 'electron';
import { analysisFileExtension } from '../shared/exchange/fileName';
import { CHANNELS, type OpenedFile } from '../shared/ipc';
import { SYNC_MAX_FILE_BYTES } from '../shared/syncFolder';
import { assertArgumentCount, assertTrusted } from './ipc';
import type { IpcSenderEvent } from './security';
import { decodeUtf8, errnoOf, readRegularFile, realFs, RefusedEntry, type SyncFs } from './syncFolder';

/** The part of the main window told that files arrived. */
export interface OpenFilesWindow {
  isDestroyed(): boolean;
  readonly webContents: { send(channel: string): void };
}

/** What the inbox needs from the rest of main, injected for testability. */
export interface OpenFilesDependencies {
  /** The window whose page takes the files (the main window); null while there is none. */
  window(): OpenFilesWindow | null;
  /** The fs layer; tests inject faults. */
  fs?: SyncFs;
  /** The largest file read: the analysis-file limit unless a test says otherwise. */
  maxBytes?: number;
}

/** Files on their way to the page. */
export interface OpenFiles {
  /** Reads each path (absolute, or relative to `cwd`) in order and queues the result; resolves once all are queued. Never rejects. */
  open(paths: readonly string[], cwd?: string): Promise<void>;
  /** Hands out what is queued, oldest first, and forgets it. */
  take(): OpenedFile[];
}

/**
 * The files named on a command line. Electron's argv is `[exe, ...args]`
 * when packaged and `[electron, <app path>, ...args]` in development, where
 * flags may come before the app path. Flags (`-x`, `--x=y`: Chromium adds its
 * own to a second instance's argv, old macOS a `-psn_…`) are skipped; after
 * `--` everything is a file. A `file:` URL (what a Linux desktop entry's %U
 * may pass) stands for its path.
 */
export function filesFromArgv(argv: readonly string[], { packaged }: { packaged: boolean }): string[] {
  const files: string[] = [];
  let appPathSkipped = packaged;
  let onlyFiles = false;
  for (const arg of argv.slice(1)) {
    if (!onlyFiles && arg === '--') {
      onlyFiles = true;
      continue;
    }
    if (arg === '' || (!onlyFiles && arg.startsWith('-'))) continue;
    if (!appPathSkipped) {
      appPathSkipped = true;
      continue;
    }
    files.push(fromFileUrl(arg));
  }
  return files;
}

function fromFileUrl(arg: string): string {
  if (!/^file:/i.test(arg)) return arg;
  try {
    return fileURLToPath(arg);
  } catch {
    return arg;
  }
}

/** Reads one file handed from outside; refusals are results, never throws. */
export async function readOpenedFile(file: string, fs: SyncFs = realFs, maxBytes = SYNC_MAX_FILE_BYTES): Promise<OpenedFile> {
  const name = path.basename(file);
  if (analysisFileExtension(name, { ignoreCase: true }) === null) {
    return { ok: false, name, problem: 'wrongType', detail: 'not named .akr or .akr.json' };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(fs, file, maxBytes);
  } catch (error) {
    if (error instanceof RefusedEntry) {
      return error.size === undefined
        ? { ok: false, name, problem: error.problem, detail: error.message }
        : { ok: false, name, problem: error.problem, detail: error.message, size: error.size };
    }
    const { code, syscall } = errnoOf(error);
    const detail = code === undefined ? (error instanceof Error ? error.message : String(error)) : `${code}${syscall ? ` (${syscall})` : ''}`;
    return { ok: false, name, problem: 'unreadable', detail };
  }
  try {
    return { ok: true, name, text: decodeUtf8(bytes) };
  } catch {
    return { ok: false, name, problem: 'unreadable', detail: 'not UTF-8 text', size: bytes.length };
  }
}

/** The inbox of opened files. Create it before `ready`: macOS may hand files over before then. */
export function createOpenFiles(deps: OpenFilesDependencies): OpenFiles {
  const fs = deps.fs ?? realFs;
  const maxBytes = deps.maxBytes ?? SYNC_MAX_FILE_BYTES;
  let queued: OpenedFile[] = [];
  // One path at a time, so files are handed on in the order they were opened.
  let reading: Promise<void> = Promise.resolve();

  const readAll = async (paths: readonly string[], cwd: string): Promise<void> => {
    for (const file of paths) {
      const opened = await readOpenedFile(path.resolve(cwd, file), fs, maxBytes);
      // Pushed after the read: `take` may have replaced the queue meanwhile.
      queued.push(opened);
      // A page that is not there yet takes the files when it starts.
      const target = deps.window();
      if (target !== null && !target.isDestroyed()) target.webContents.send(CHANNELS.openedFilesArrived);
    }
  };

  return {
    open(paths, cwd = process.cwd()) {
      const run = reading.then(() => readAll(paths, cwd));
      reading = run.catch(() => undefined);
      return reading;
    },
    take() {
      const taken = queued;
      queued = [];
      return taken;
    },
  };
}

/** Registers the channel the page takes opened files through. Call once. */
export function registerOpenFileHandlers(openFiles: OpenFiles): void {
  ipcMain.handle(CHANNELS.openedFilesTake, (event: IpcSenderEvent, ...args: unknown[]): OpenedFile[] => {
    assertTrusted(event, CHANNELS.openedFilesTake);
    assertArgumentCount(args, 0, CHANNELS.openedFilesTake);
    return openFiles.take();
  });
}
