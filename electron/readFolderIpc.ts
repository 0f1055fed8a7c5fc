/**
 * Main-process handlers for reading a folder for HR's overview. As with the
 * sync folder, the renderer never sends a folder: it is the one the user
 * picked in main's own dialog (forgotten when the app quits), and a file is
 * named by a path inside it that passes isFolderPath. Read only.
 */
import path from 'node:path';
import { dialog, ipcMain, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { CHANNELS } from '../shared/ipc';
import { isFolderPath, type FolderListing, type FolderText } from '../shared/hrOverview/folder';
import type { SyncResult } from '../shared/syncFolder';
import { assertArgumentCount, assertTrusted } from './ipc';
import { listFolder, readFolderFile } from './readFolder';
import type { IpcSenderEvent } from './security';

const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Registers the read-folder channels. Call once. */
export function registerReadFolderHandlers(deps: { parentWindow(): BrowserWindow | null }): void {
  let folder: string | null = null;

  const handle = (channel: string, argumentCount: number, run: (args: readonly unknown[]) => Promise<unknown>): void => {
    ipcMain.handle(channel, async (event: IpcSenderEvent, ...args: unknown[]) => {
      assertTrusted(event, channel);
      assertArgumentCount(args, argumentCount, channel);
      return run(args);
    });
  };

  handle(CHANNELS.readFolderChoose, 0, async (): Promise<SyncResult<{ label: string } | null>> => {
    const options: OpenDialogOptions = { properties: ['openDirectory'] };
    const parent = deps.parentWindow();
    const picked = parent === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
    const [chosen] = picked.filePaths;
    if (picked.canceled || chosen === undefined || !path.isAbsolute(chosen)) return { ok: true, value: null };
    folder = chosen;
    return { ok: true, value: { label: chosen } };
  });

  handle(CHANNELS.readFolderList, 0, async (): Promise<SyncResult<FolderListing>> => {
    if (folder === null) return { ok: false, problem: 'missing', detail: 'no folder has been chosen' };
    return listFolder(folder);
  });

  handle(CHANNELS.readFolderRead, 3, async ([rel, start, end]): Promise<FolderText> => {
    if (!isFolderPath(rel) || !isOffset(start) || !(end === null || isOffset(end))) throw new Error(`Refused ${CHANNELS.readFolderRead}: bad arguments.`);
    if (folder === null) return { ok: false, problem: { code: 'unreadable', detail: 'no folder has been chosen' } };
    return readFolderFile(folder, rel, start, end);
  });
}
