/**
 * The main-process handler modules, each wired exactly as main.ts's onReady
 * wires it. A desktop e2e passes the list it needs to desktopSession; a new
 * handler module joins with one entry here and one in MAIN_HANDLERS.
 */
import { app } from 'electron';
import { registerIpcHandlers } from '../../../electron/ipc.ts';
import { applyMenu } from '../../../electron/menu.ts';
import { createPresenter, registerPresenterHandlers } from '../../../electron/presenter.ts';
import { registerSyncFolderHandlers } from '../../../electron/syncFolderIpc.ts';
import { registerPolicyHandlers } from '../../../electron/policyIpc.ts';
import { createOpenFiles, registerOpenFileHandlers, type OpenFiles } from '../../../electron/openFiles.ts';
import type { HandlerModule } from './bridge.ts';

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
export const syncFolderHandlers: HandlerModule = policyAndSyncFolderHandlers('/nonexistent/akr-studio/policy.json');

/**
 * Files opened from outside the app (double-click, command line, second
 * instance): `opened.files` is main.ts's queue once registered, so a test
 * opens a path as the file association would.
 */
export function openFileHandlers(): { module: HandlerModule; files: () => OpenFiles } {
  let files: OpenFiles | null = null;
  return {
    module: ({ mainWindow }) => {
      files = createOpenFiles({ window: mainWindow });
      registerOpenFileHandlers(files);
    },
    files: () => {
      if (!files) throw new Error('the open-file handlers are not registered yet');
      return files;
    },
  };
}

const opened = openFileHandlers();
/** main.ts's queue of opened files, for MAIN_HANDLERS. */
export const openedFiles = opened.files;

/** The presenter window. */
export const presenterHandlers: HandlerModule = ({ mainWindow, preloadPath }) => {
  registerPresenterHandlers(createPresenter({ preloadPath, mainWindow }));
};

/** Every handler module main.ts registers, in its order. */
export const MAIN_HANDLERS: readonly HandlerModule[] = [appHandlers, syncFolderHandlers, opened.module, presenterHandlers];
