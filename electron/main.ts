/**
 * Main-process lifecycle: one instance, one main window (and at most one
 * presenter window), everything served from APP_ORIGIN, nothing fetched from
 * the network. Deliberately absent: no autoUpdater, no crashReporter, no
 * telemetry of any kind.
 */
import path from 'node:path';
import { app, BrowserWindow, session } from 'electron';
import type { Language } from '../shared/ipc';
import { createOpenFiles, filesFromArgv } from './openFiles';
import { watchRenderer } from './recovery';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { stopRoomOnQuit } from './room/roomIpc';
import { blockNetworkRequests, denyAllPermissions, guardAllWebContents } from './security';
import { createMainWindow } from './window';
import { registerMainHandlers } from './wiring';

// dist/electron/main.cjs sits next to dist/electron/preload.cjs and dist/renderer/.
const RENDERER_DIR = path.join(__dirname, '../renderer');
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
/** Analysis files opened from outside (double-click, command line), waiting for the page to show their preview. */
const openFiles = createOpenFiles({ window: () => mainWindow });
/** The UI language, for main's own messages; known once the IPC handlers are registered. */
let uiLanguage: () => Language = () => 'sv';

function openMainWindow(): void {
  mainWindow = createMainWindow({ preloadPath: PRELOAD_PATH });
  // A crashed or hung page is reloaded with a calm word: every edit is on disk before "Sparat".
  watchRenderer(mainWindow, { language: () => uiLanguage() });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function onReady(): void {
  handleAppProtocol(RENDERER_DIR);
  denyAllPermissions(session.defaultSession);
  blockNetworkRequests(session.defaultSession);
  // On Linux the spellchecker would download Hunspell dictionaries.
  session.defaultSession.setSpellCheckerEnabled(false);

  const handlers = registerMainHandlers({
    mainWindow: () => mainWindow,
    preloadPath: PRELOAD_PATH,
    userDataDir: app.getPath('userData'),
    openFiles,
  });
  uiLanguage = () => handlers.language();
  // Closing the app stops the room's server: phones are refused, the journal compacted.
  stopRoomOnQuit(app, handlers.room);
  openMainWindow();
}

// A second instance would open the same IndexedDB; hand over to the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // These three must happen before `ready`.
  app.enableSandbox();
  registerAppScheme();
  guardAllWebContents(app);

  void openFiles.open(filesFromArgv(process.argv, { packaged: app.isPackaged }));
  // A file double-clicked while the app runs: the second start hands its command line over and quits.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    void openFiles.open(filesFromArgv(argv, { packaged: app.isPackaged }), workingDirectory);
  });
  // macOS hands files over by event instead, before `ready` too; with no window open, one opens for them.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void openFiles.open([file]);
    if (mainWindow !== null) focusMainWindow();
    else if (app.isReady()) openMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.whenReady().then(onReady, (error: unknown) => {
    console.error('AKR Studio failed to start:', error);
    app.quit();
  });
}
