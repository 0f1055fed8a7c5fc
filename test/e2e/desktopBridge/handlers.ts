/**
 * The main-process handlers for a desktop e2e. MAIN_HANDLERS is main.ts's
 * own wiring (electron/wiring.ts's registerMainHandlers); the smaller
 * modules below register a part of it, for a test that starts the app
 * with only those (e.g. no presenter).
 */
import { app } from 'electron';
import { registerIpcHandlers } from '../../../electron/ipc.ts';
import { applyMenu } from '../../../electron/menu.ts';
import { createPresenter, registerPresenterHandlers } from '../../../electron/presenter.ts';
import { registerSyncFolderHandlers } from '../../../electron/syncFolderIpc.ts';
import { registerPolicyHandlers } from '../../../electron/policyIpc.ts';
import { createOpenFiles, type OpenFiles } from '../../../electron/openFiles.ts';
import { registerMainHandlers } from '../../../electron/wiring.ts';
import type { HandlerModule } from './bridge.ts';

/** A policy path that does not exist, as on most machines. */
const NO_POLICY = '/nonexistent/akr-studio/policy.json';

/** app:info and app:set-language, and the menu built in Swedish first. */
export const appHandlers: HandlerModule = ({ mainWindow }) => {
  registerIpcHandlers({ applyMenu: (language) => applyMenu(language, mainWindow) });
  applyMenu('sv', mainWindow);
};

/**
 * The organisation's policy, read from `policyFile` (main.ts reads the
 * platform's path; a test gives a file of its own, or none there), and the
 * sync folder, remembered in userData, which follows the policy.
 */
export const policyAndSyncFolderHandlers =
  (policyFile: string): HandlerModule =>
  ({ mainWindow }) => {
    const { policy } = registerPolicyHandlers({ path: policyFile });
    registerSyncFolderHandlers({ parentWindow: mainWindow, userDataDir: app.getPath('userData'), policy });
  };

/** The sync folder with no policy file (a path that does not exist, as on most machines). */
export const syncFolderHandlers: HandlerModule = policyAndSyncFolderHandlers(NO_POLICY);

/** The presenter window. */
export const presenterHandlers: HandlerModule = ({ mainWindow, preloadPath }) => {
  registerPresenterHandlers(createPresenter({ preloadPath, mainWindow }));
};

let mainQueue: OpenFiles | null = null;
/** The queue of opened files main.ts registers, once MAIN_HANDLERS ran: a test opens a path as the file association would. */
export function openedFiles(): OpenFiles {
  if (!mainQueue) throw new Error('the main handlers are not registered yet');
  return mainQueue;
}

/** main.ts's own wiring (electron/wiring.ts), with no policy file and its queue of opened files kept for the test. */
const mainHandlers: HandlerModule = ({ mainWindow, preloadPath }) => {
  mainQueue = createOpenFiles({ window: mainWindow });
  registerMainHandlers({ mainWindow, preloadPath, userDataDir: app.getPath('userData'), openFiles: mainQueue, policyPath: NO_POLICY });
};

/** Every handler main.ts registers, through the same function main.ts calls. */
export const MAIN_HANDLERS: readonly HandlerModule[] = [mainHandlers];
