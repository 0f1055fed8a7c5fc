/**
 * The main-process half of `electron` for the desktop path in the e2e. The
 * test file says `vi.mock('electron', () => import('./desktopBridge/fakeElectron.ts'))`,
 * and every electron/*.ts module it loads gets these members instead of
 * Electron's: `ipcMain`, `dialog`, `app`, `BrowserWindow`, `Menu` and
 * `screen`, each only as large as the handlers need. A member a module
 * uses that is not here fails loudly (vitest's mock throws on it). The bridge
 * (bridge.ts) gives BrowserWindow its Playwright pages and reads what the
 * others recorded through `fakeMain`.
 */
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, OpenDialogOptions, OpenDialogReturnValue, Rectangle } from 'electron';
import type { MenuTemplateItem } from '../../../electron/menu.ts';

/** The event a handler gets. Electron's has more (processId, frameId …); the handlers read only these. */
export interface MainInvokeEvent {
  /** The sending window's webContents. */
  sender: WebContents;
  /** The sending frame; null when it is gone. The trust check reads its URL. */
  senderFrame: { url: string } | null;
}

/** A handler registered with `ipcMain.handle`. */
export type InvokeHandler = (event: MainInvokeEvent, ...args: unknown[]) => unknown;

/** A display as `screen` reports it; the presenter reads id, bounds and work area. */
export interface FakeDisplay {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
}

/** What the fake windows need from the browser; the bridge installs one per run. */
export interface WindowHost {
  /** Opens the page that stands for `window` (with the preload, when its options name it). */
  open(window: BrowserWindow): void;
  /** Loads `url` (an app:// URL, as main passes) in the window's page. */
  load(window: BrowserWindow, url: string): Promise<void>;
  /** Delivers one `webContents.send` to the window's page. */
  send(window: BrowserWindow, channel: string, args: unknown[]): void;
  /** Closes the window's page; the window emits 'closed' once it is gone. */
  close(window: BrowserWindow): void;
}

/** What the fakes record and what a test sets; reset for each run of the app. */
export const fakeMain = {
  handlers: new Map<string, InvokeHandler>(),
  /** app.getVersion(). */
  version: '0.0.0',
  /** app.getPath('userData'). */
  userDataDir: '',
  displays: [] as FakeDisplay[],
  primaryDisplayId: 0,
  /** The template of the menu last set with Menu.setApplicationMenu. */
  applicationMenu: null as MenuTemplateItem[] | null,
  /** Every showOpenDialog call, with the window it was modal to. */
  openDialogs: [] as { parent: BrowserWindow | null; options: OpenDialogOptions }[],
  /** The answers the next open dialogs give, in turn. */
  openDialogAnswers: [] as OpenDialogReturnValue[],
  /** Every window main created, in order. */
  windows: [] as BrowserWindow[],
  /** Things that went wrong in the fakes or the bridge (a dialog nobody expected, a failed delivery); a test requires none. */
  problems: [] as string[],
  host: null as WindowHost | null,
  reset(): void {
    fakeMain.handlers.clear();
    fakeMain.version = '0.0.0';
    fakeMain.userDataDir = '';
    fakeMain.displays = [];
    fakeMain.primaryDisplayId = 0;
    fakeMain.applicationMenu = null;
    fakeMain.openDialogs = [];
    fakeMain.openDialogAnswers = [];
    fakeMain.windows = [];
    fakeMain.problems = [];
    fakeMain.host = null;
  },
};

function host(): WindowHost {
  if (fakeMain.host === null) throw new Error('No desktop bridge is running: start one with startDesktop.');
  return fakeMain.host;
}

export const ipcMain = {
  handle(channel: string, handler: InvokeHandler): void {
    // Electron's own message for a channel registered twice.
    if (fakeMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    fakeMain.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    fakeMain.handlers.delete(channel);
  },
};

export const dialog = {
  /** Answers with the next of `openDialogAnswers`; with none left, a dialog nobody expected is a problem, and it is cancelled. */
  async showOpenDialog(...args: [BrowserWindow, OpenDialogOptions] | [OpenDialogOptions]): Promise<OpenDialogReturnValue> {
    const [parent, options] = args.length === 2 ? args : [null, args[0]];
    fakeMain.openDialogs.push({ parent, options });
    const answer = fakeMain.openDialogAnswers.shift();
    if (answer !== undefined) return answer;
    fakeMain.problems.push(`an open dialog nobody expected: ${JSON.stringify(options)}`);
    return { canceled: true, filePaths: [] };
  },
};

export const app = {
  /** The menu leaves out reload and the developer tools, as in the installed app. */
  isPackaged: true,
  getVersion: (): string => fakeMain.version,
  getPath(name: string): string {
    if (name === 'userData') return fakeMain.userDataDir;
    throw new Error(`app.getPath('${name}') is not part of the fake electron`);
  },
};

export const screen = {
  getAllDisplays: (): FakeDisplay[] => fakeMain.displays,
  getPrimaryDisplay(): FakeDisplay {
    const primary = fakeMain.displays.find((display) => display.id === fakeMain.primaryDisplayId);
    if (primary === undefined) throw new Error('The fake screen has no primary display.');
    return primary;
  },
};

export const Menu = {
  buildFromTemplate: (template: MenuTemplateItem[]): { template: MenuTemplateItem[] } => ({ template }),
  setApplicationMenu(menu: { template: MenuTemplateItem[] } | null): void {
    fakeMain.applicationMenu = menu?.template ?? null;
  },
};

/** A window's webContents: what main sends is delivered to the window's page, and kept here. */
export class WebContents {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  constructor(private readonly window: BrowserWindow) {}
  send(channel: string, ...args: unknown[]): void {
    // Electron serialises what it sends: something that cannot be cloned throws in main.
    const copied = structuredClone(args);
    this.sent.push({ channel, args: copied });
    host().send(this.window, channel, copied);
  }
}

/**
 * A window, backed by a page in the test's Chromium. The options are kept
 * as given (the tests read the security settings and placement from them),
 * and so is every URL main loads.
 */
export class BrowserWindow extends EventEmitter {
  /** No window has the OS focus in a test: menu commands go to the main window, as when the app is in the background. */
  static getFocusedWindow(): BrowserWindow | null {
    return null;
  }
  static getAllWindows(): BrowserWindow[] {
    return fakeMain.windows.filter((window) => !window.isDestroyed());
  }

  readonly webContents = new WebContents(this);
  readonly loaded: string[] = [];
  shown = false;
  menuRemoved = false;
  focused = 0;
  private destroyed = false;
  private readyToShow = false;

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    fakeMain.windows.push(this);
    host().open(this);
  }

  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    await host().load(this, url);
    if (!this.readyToShow) {
      this.readyToShow = true;
      this.emit('ready-to-show');
    }
  }
  show(): void {
    this.shown = true;
  }
  removeMenu(): void {
    this.menuRemoved = true;
  }
  focus(): void {
    this.focused += 1;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {
    // Never minimised in a test.
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    if (!this.destroyed) host().close(this);
  }
  /** Called by the bridge when the page is gone. */
  markClosed(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
}
