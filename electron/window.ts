/**
 * The main BrowserWindow and its security-relevant web preferences.
 */
import { BrowserWindow, type WebPreferences } from 'electron';
import { APP_ORIGIN } from './protocol';

/**
 * Web preferences for the renderer, following Electron's security checklist:
 * the page gets no Node, runs in Chromium's sandbox, and its JavaScript world
 * is isolated from the preload's, which alone talks to main. Spellcheck is off
 * because on Linux it downloads dictionaries from Google's servers.
 */
export function mainWindowWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const satisfies WebPreferences;
}

/** What the main window needs from its caller. */
export interface MainWindowOptions {
  /** Absolute path of the bundled preload script (dist/electron/preload.cjs). */
  preloadPath: string;
}

/**
 * Opens the main window on the app's start page. It stays hidden until the
 * first paint is ready, so users never see a blank white frame.
 */
export function createMainWindow({ preloadPath }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'AKR Studio',
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    webPreferences: mainWindowWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(`${APP_ORIGIN}/index.html`).catch((error: unknown) => {
    console.error('AKR Studio could not load its start page:', error);
  });
  return window;
}
