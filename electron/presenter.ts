/**
 * The presenter window: a second, view-only window that shows the workshop
 * view of one analysis in presentation styling (the renderer's
 * `#/present/<analysisId>` route), full screen on the projector when one is
 * connected, else as an ordinary window on the primary display.
 *
 * It is a renderer like the main window and gets exactly the same web
 * preferences (mainWindowWebPreferences). The navigation, window-open and
 * webview guards need no extra call here: guardAllWebContents (security.ts)
 * guards every web contents the app creates, this window's included.
 */
import { BrowserWindow, ipcMain, screen, type BrowserWindowConstructorOptions, type Rectangle } from 'electron';
import { CHANNELS } from '../shared/ipc';
import { assertArgumentCount, assertTrusted } from './ipc';
import { APP_ORIGIN } from './protocol';
import type { IpcSenderEvent } from './security';
import { mainWindowWebPreferences } from './window';

export const PRESENTER_TITLE = 'AKR Studio – projektor';

/** The size of the presenter window when there is no projector. */
export const PRESENTER_WINDOW_SIZE = { width: 1280, height: 720 } as const;

/** The longest analysis id the renderer may ask to present. */
export const PRESENTER_ID_MAX_LENGTH = 200;

/** The parts of Electron's Display that the choice depends on. */
export interface DisplayLike {
  readonly id: number;
  readonly bounds: Rectangle;
  /** The bounds minus task bar and dock; `bounds` when absent. */
  readonly workArea?: Rectangle;
}

/** The display to present on, and whether it is not the primary one. */
export interface PresenterDisplay<D extends DisplayLike = DisplayLike> {
  display: D;
  external: boolean;
}

const area = (display: DisplayLike): number => display.bounds.width * display.bounds.height;

const centre = (display: DisplayLike): { x: number; y: number } => ({
  x: display.bounds.x + display.bounds.width / 2,
  y: display.bounds.y + display.bounds.height / 2,
});

/**
 * Picks the display the presenter window goes on. Any display that is not the
 * primary one is taken to be the projector; of several, the largest wins, then
 * the one furthest from the primary, then the first listed. Without one, the
 * primary display. Pure.
 */
export function pickPresenterDisplay<D extends DisplayLike>(displays: readonly D[], primaryId: number): PresenterDisplay<D> {
  const primary = displays.find((display) => display.id === primaryId);
  const externals = displays.filter((display) => display.id !== primaryId);

  const distance = (display: DisplayLike): number => {
    if (primary === undefined) return 0;
    const a = centre(display);
    const b = centre(primary);
    return Math.hypot(a.x - b.x, a.y - b.y);
  };

  let best: D | undefined;
  for (const display of externals) {
    if (best === undefined || area(display) > area(best) || (area(display) === area(best) && distance(display) > distance(best))) {
      best = display;
    }
  }
  if (best !== undefined) return { display: best, external: true };
  if (primary !== undefined) return { display: primary, external: false };
  throw new Error('There is no display to present on.');
}

/**
 * The presenter window's constructor options: hidden until its first paint,
 * black behind the page, the main window's web preferences unchanged; full
 * screen over the projector's bounds, or a 1280×720 window centred in the
 * primary display's work area (smaller if the display is).
 */
export function presenterWindowOptions({ display, external }: PresenterDisplay, preloadPath: string): BrowserWindowConstructorOptions {
  const common = {
    title: PRESENTER_TITLE,
    show: false,
    backgroundColor: '#000000',
    webPreferences: mainWindowWebPreferences(preloadPath),
  } satisfies BrowserWindowConstructorOptions;

  if (external) {
    const { x, y, width, height } = display.bounds;
    return { ...common, x, y, width, height, fullscreen: true };
  }
  // `fullscreen: false` would hide the full-screen button on macOS, so it is left out.
  const workArea = display.workArea ?? display.bounds;
  const width = Math.min(PRESENTER_WINDOW_SIZE.width, workArea.width);
  const height = Math.min(PRESENTER_WINDOW_SIZE.height, workArea.height);
  return {
    ...common,
    x: workArea.x + Math.round((workArea.width - width) / 2),
    y: workArea.y + Math.round((workArea.height - height) / 2),
    width,
    height,
  };
}

/** The renderer's presenter route for `analysisId`, on the app's own origin. */
export function presenterUrl(analysisId: string): string {
  return `${APP_ORIGIN}/index.html#/present/${encodeURIComponent(analysisId)}`;
}

/** True for an analysis id the renderer may ask to present: a short string without `/`, `\` or `#`. */
export function isPresentableAnalysisId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= PRESENTER_ID_MAX_LENGTH && !/[/\\#]/.test(value);
}

/** What one presenter window needs. */
export interface PresenterWindowOptions {
  /** Absolute path of the bundled preload script, the main window's. */
  preloadPath: string;
  analysisId: string;
}

function load(window: BrowserWindow, analysisId: string): void {
  window.loadURL(presenterUrl(analysisId)).catch((error: unknown) => {
    console.error('AKR Studio could not load the presenter page:', error);
  });
}

/**
 * Opens a new presenter window for `analysisId` on the display
 * pickPresenterDisplay chooses, and shows it once its first paint is ready.
 * Call after `ready` (the screen API needs it). Presenter below keeps it to
 * one window; use that.
 */
export function openPresenterWindow({ preloadPath, analysisId }: PresenterWindowOptions): BrowserWindow {
  const picked = pickPresenterDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
  const window = new BrowserWindow(presenterWindowOptions(picked, preloadPath));
  // View only: no menu bar, so no menu commands (undo, new analysis) reach it on Windows and Linux.
  if (process.platform !== 'darwin') window.removeMenu();
  window.once('ready-to-show', () => window.show());
  load(window, analysisId);
  return window;
}

/** The part of the main window the presenter follows. */
export interface PresenterMainWindow {
  on(event: 'closed', listener: () => void): unknown;
  removeListener(event: 'closed', listener: () => void): unknown;
  isDestroyed(): boolean;
}

/** What the presenter needs from the rest of main, injected for testability. */
export interface PresenterDependencies {
  preloadPath: string;
  /** The main window, whose closing closes the presenter window too. */
  mainWindow(): PresenterMainWindow | null;
}

/** The one presenter window. */
export interface Presenter {
  /** Opens the presenter window on `analysisId`, or focuses the open one and navigates it there. */
  open(analysisId: string): void;
  /** Closes the presenter window, if one is open. */
  close(): void;
  /** The open presenter window, if any. */
  window(): BrowserWindow | null;
}

/** Keeps at most one presenter window, closed together with the main window. */
export function createPresenter(deps: PresenterDependencies): Presenter {
  let current: BrowserWindow | null = null;

  const open = (analysisId: string): void => {
    if (current !== null && !current.isDestroyed()) {
      if (current.isMinimized()) current.restore();
      current.focus();
      load(current, analysisId);
      return;
    }

    const window = openPresenterWindow({ preloadPath: deps.preloadPath, analysisId });
    current = window;
    const main = deps.mainWindow();
    const closeWithMain = (): void => {
      if (!window.isDestroyed()) window.close();
    };
    main?.on('closed', closeWithMain);
    window.on('closed', () => {
      if (current === window) current = null;
      if (main !== null && !main.isDestroyed()) main.removeListener('closed', closeWithMain);
    });
  };

  const close = (): void => {
    if (current !== null && !current.isDestroyed()) current.close();
  };

  return { open, close, window: () => current };
}

/**
 * Registers `presenter:open` and `presenter:close`. Like every handler, they
 * check who is asking (an AKR Studio page), then what: the exact argument
 * count and, for open, an analysis id that cannot leave the presenter route.
 */
export function registerPresenterHandlers(presenter: Presenter): void {
  ipcMain.handle(CHANNELS.presenterOpen, (event: IpcSenderEvent, ...args: unknown[]): void => {
    assertTrusted(event, CHANNELS.presenterOpen);
    assertArgumentCount(args, 1, CHANNELS.presenterOpen);
    const [analysisId] = args;
    if (!isPresentableAnalysisId(analysisId)) {
      throw new Error(`Refused ${CHANNELS.presenterOpen}: not an analysis id.`);
    }
    presenter.open(analysisId);
  });

  ipcMain.handle(CHANNELS.presenterClose, (event: IpcSenderEvent, ...args: unknown[]): void => {
    assertTrusted(event, CHANNELS.presenterClose);
    assertArgumentCount(args, 0, CHANNELS.presenterClose);
    presenter.close();
  });
}
