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
import type { HandlerModule } from './bridge.ts';

/** app:info and app:set-language, and the menu built in Swedish first. */
export const appHandlers: HandlerModule = ({ mainWindow }) => {
  registerIpcHandlers({ applyMenu: (language) => applyMenu(language, mainWindow) });
  applyMenu('sv', mainWindow);
};

/** The sync folder, remembered in userData. */
export const syncFolderHandlers: HandlerModule = ({ mainWindow }) => {
  registerSyncFolderHandlers({ parentWindow: mainWindow, userDataDir: app.getPath('userData') });
};

/** The presenter window. */
export const presenterHandlers: HandlerModule = ({ mainWindow, preloadPath }) => {
  registerPresenterHandlers(createPresenter({ preloadPath, mainWindow }));
};

/** Every handler module main.ts registers, in its order. */
export const MAIN_HANDLERS: readonly HandlerModule[] = [appHandlers, syncFolderHandlers, presenterHandlers];
