/**
 * Every IPC handler the main process serves, registered in one place and
 * one order: main.ts calls this once the app is ready, and the desktop-path
 * e2e calls the same function over its stand-in for Electron's IPC, so what
 * the test exercises is the wiring the app runs, not a copy of it.
 */
import type { BrowserWindow } from 'electron';
import type { Language } from '../shared/ipc';
import { registerIpcHandlers } from './ipc';
import { applyMenu } from './menu';
import { registerOpenFileHandlers, type OpenFiles } from './openFiles';
import { registerPolicyHandlers } from './policyIpc';
import { createPresenter, registerPresenterHandlers } from './presenter';
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
}

export interface MainHandlers {
  /** The UI language the page last set, for main's own messages. */
  language: () => Language;
}

/** Registers app info and language, the policy, the sync folder, opened files and the presenter, and builds the Swedish menu. */
export function registerMainHandlers(wiring: MainWiring): MainHandlers {
  const ipc = registerIpcHandlers({ applyMenu: (language) => applyMenu(language, wiring.mainWindow) });
  const { policy } = registerPolicyHandlers(wiring.policyPath === undefined ? {} : { path: wiring.policyPath });
  registerSyncFolderHandlers({ parentWindow: wiring.mainWindow, userDataDir: wiring.userDataDir, policy });
  registerOpenFileHandlers(wiring.openFiles);
  registerPresenterHandlers(createPresenter({ preloadPath: wiring.preloadPath, mainWindow: wiring.mainWindow }));
  applyMenu('sv', wiring.mainWindow);
  return { language: () => ipc.language() };
}
