/**
 * Every IPC handler the main process serves, registered in one place and
 * one order: main.ts calls this once the app is ready, and the desktop-path
 * e2e calls the same function over its stand-in for Electron's IPC, so what
 * the test exercises is the wiring the app runs, not a copy of it.
 */
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import type { Language } from '../shared/ipc';
import { registerIpcHandlers } from './ipc';
import { applyMenu } from './menu';
import { registerOpenFileHandlers, type OpenFiles } from './openFiles';
import { registerPolicyHandlers } from './policyIpc';
import { createPresenter, registerPresenterHandlers } from './presenter';
import { createRoomHost } from './room/host';
import { registerRoomHandlers, type RoomHandlers } from './room/roomIpc';
import { registerReadFolderHandlers } from './readFolderIpc';
import { registerSyncFolderHandlers } from './syncFolderIpc';

export interface MainWiring {
  /** The main window; null before it opens and after it closed. Menus and dialogs attach to it. */
  mainWindow: () => BrowserWindow | null;
  /** The preload every window is given (the presenter window too). */
  preloadPath: string;
  /** app.getPath('userData'): where the chosen sync folder is remembered. */
  userDataDir: string;
  /** Files opened from outside the app, waiting for the page to take them. */
  openFiles: OpenFiles;
  /** The organisation's policy file; the platform's path (policy.ts) when not given. */
  policyPath?: string;
  /** The built phone page (index.html, room.js); by default dist/phone beside the preload's dist/electron. */
  phonePageDir?: string;
}

export interface MainHandlers {
  /** The UI language the page last set, for main's own messages. */
  language: () => Language;
  /** The room host's handlers: stopped before the app quits. */
  room: RoomHandlers;
}

/** Registers app info and language, the policy, the sync folder, opened files, the presenter and the room, and builds the Swedish menu. */
export function registerMainHandlers(wiring: MainWiring): MainHandlers {
  const ipc = registerIpcHandlers({ applyMenu: (language) => applyMenu(language, wiring.mainWindow) });
  const { policy } = registerPolicyHandlers(wiring.policyPath === undefined ? {} : { path: wiring.policyPath });
  registerSyncFolderHandlers({ parentWindow: wiring.mainWindow, userDataDir: wiring.userDataDir, policy });
  registerReadFolderHandlers({ parentWindow: wiring.mainWindow });
  registerOpenFileHandlers(wiring.openFiles);
  registerPresenterHandlers(createPresenter({ preloadPath: wiring.preloadPath, mainWindow: wiring.mainWindow }));
  // What phones send is journaled in userData, readable by this user only (journal.ts).
  const room = registerRoomHandlers(
    createRoomHost({
      journalDir: path.join(wiring.userDataDir, 'room-journal'),
      phonePageDir: wiring.phonePageDir ?? path.join(path.dirname(wiring.preloadPath), '../phone'),
    }),
  );
  applyMenu('sv', wiring.mainWindow);
  return { language: () => ipc.language(), room };
}
