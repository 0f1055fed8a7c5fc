/**
 * The desktop path in the e2e: the renderer runs in Chromium with the real
 * preload's `window.api`, and every IPC call it makes is answered by the
 * real main-process handlers, running here in Node. This module stands in
 * for Electron's IPC transport and its windows only: each fake BrowserWindow
 * (fakeElectron.ts) is a page in the test's browser, the served renderer
 * (build/scripts/serve.mjs) stands in for the app:// protocol, and a page on
 * the served origin is a frame on APP_ORIGIN to the handlers' trust check.
 *
 * The test file must mock `electron` with fakeElectron.ts (vi.mock is hoisted
 * per test file): `vi.mock('electron', () => import('./desktopBridge/fakeElectron.ts'))`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow as ElectronWindow } from 'electron';
import type { Page } from 'playwright-core';
import type { MenuTemplateItem } from '../../../electron/menu.ts';
import { APP_ORIGIN, isAppUrl } from '../../../electron/protocol.ts';
import { createMainWindow } from '../../../electron/window.ts';
import type { RunningBrowser } from '../browser.ts';
import { fakeMain, type BrowserWindow, type FakeDisplay, type MainInvokeEvent, type WindowHost } from './fakeElectron.ts';
import { PRELOAD_SOURCE } from './preloadBundle.ts';
import { IPC_BINDING, isInvokeMessage, type InvokeReply } from './wire.ts';

/** What a handler module gets, as main.ts's onReady has it. */
export interface MainContext {
  /** main.ts's `menuTarget`: the main window; null before it opens and after it closed. */
  mainWindow: () => ElectronWindow | null;
  /** main.ts's PRELOAD_PATH: the preload every window is given. */
  preloadPath: string;
}

/** One `register*Handlers` call, wired as main.ts wires it (see handlers.ts). */
export type HandlerModule = (main: MainContext) => void;

export interface DesktopOptions {
  running: RunningBrowser;
  /** Where serve.mjs serves the built renderer. */
  url: string;
  /** bundlePreload()'s script. */
  preloadScript: string;
  /** The handler modules to register, in main.ts's order. */
  handlers: readonly HandlerModule[];
  /** app.getVersion(); the package's version by default, as Electron reads it from package.json. */
  appVersion?: string;
  /** What `screen` reports; one 1920×1080 display by default. */
  displays?: FakeDisplay[];
  primaryDisplayId?: number;
}

/** The app, started: its main window's page and what main did. */
export interface Desktop {
  /** The main window's page. */
  page: Page;
  /** The main window as main created it (window.ts's createMainWindow). */
  mainWindow: BrowserWindow;
  /** Every window main created, in order; its options and the URLs it loaded are kept on it. */
  windows(): readonly BrowserWindow[];
  /** The page that is `window`. */
  pageOf(window: BrowserWindow): Promise<Page>;
  /** The next open dialog answers with `paths`, or is cancelled. */
  answerOpenDialog(answer: string[] | 'cancel'): void;
  /** Every open dialog main showed, with its parent window. */
  openDialogs(): readonly { parent: BrowserWindow | null; options: unknown }[];
  /** The application menu's top-level labels, as last set. */
  menuLabels(): string[];
  /** Clicks the item at `labels` (e.g. 'Arkiv', 'Inställningar') in the application menu, as the user would. */
  clickMenu(...labels: string[]): void;
  /** Every error a handler threw (Electron logs these in main), by channel. */
  handlerErrors: { channel: string; error: string }[];
  /** Userdata: main's own files (the remembered sync folder). */
  userDataDir: string;
  close(): Promise<void>;
}

const ROOT = new URL('../../../', import.meta.url);

/** The version in a package.json under the repository root. */
export function packageVersion(file: string): string {
  const parsed: unknown = JSON.parse(readFileSync(new URL(file, ROOT), 'utf8'));
  const version: unknown = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'version') : undefined;
  if (typeof version !== 'string') throw new Error(`${file} has no version`);
  return version;
}

const ONE_DISPLAY: FakeDisplay[] = [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 40, width: 1920, height: 1040 } }];

/** Gives each fake window its page, and carries IPC both ways. */
class PageHost implements WindowHost {
  private readonly pages = new Map<BrowserWindow, Promise<Page>>();
  private readonly loads = new Map<BrowserWindow, Promise<void>>();
  private readonly deliveries = new Map<BrowserWindow, Promise<void>>();
  readonly handlerErrors: { channel: string; error: string }[] = [];
  private readonly served: URL;
  private stopped = false;

  constructor(
    private readonly running: RunningBrowser,
    url: string,
    private readonly preloadScript: string,
  ) {
    this.served = new URL(url);
  }

  open(window: BrowserWindow): void {
    const page = this.running.newPage().then(async (page) => {
      // Once the test is over, the browser closing is not the app's windows closing.
      page.on('close', () => {
        if (!this.stopped) window.markClosed();
      });
      const { width, height } = window.options;
      if (width !== undefined && height !== undefined) await page.setViewportSize({ width, height });
      const preload = window.options.webPreferences?.preload;
      if (preload !== undefined) {
        if (preload !== PRELOAD_SOURCE) throw new Error(`a window with an unknown preload: ${preload}`);
        await page.exposeBinding(IPC_BINDING, (source, message: unknown) => this.invoke(window, source.frame.url(), message));
        await page.addInitScript(this.preloadScript);
      }
      return page;
    });
    this.pages.set(window, page);
  }

  /** Main is gone: pages closing from now on are the browser being closed. */
  stop(): void {
    this.stopped = true;
  }

  pageOf(window: BrowserWindow): Promise<Page> {
    const page = this.pages.get(window);
    if (page === undefined) throw new Error('a window the bridge did not open');
    return page;
  }

  load(window: BrowserWindow, url: string): Promise<void> {
    const loading = this.pageOf(window).then(async (page) => {
      await page.goto(this.pageUrl(url));
    });
    this.loads.set(window, loading);
    return loading;
  }

  loaded(window: BrowserWindow): Promise<void> {
    return this.loads.get(window) ?? Promise.reject(new Error('the window loaded nothing'));
  }

  /** Delivered in order per window, as Electron's messages to one renderer are. */
  send(target: BrowserWindow, channel: string, args: unknown[]): void {
    const before = this.deliveries.get(target) ?? Promise.resolve();
    const delivery = before.then(async () => {
      const page = await this.pageOf(target);
      await page.evaluate(([name, values]) => window.__akrElectronDispatch?.(name, values), [channel, args] as const);
    });
    this.deliveries.set(
      target,
      delivery.catch((error: unknown) => {
        fakeMain.problems.push(`webContents.send('${channel}') was not delivered: ${String(error)}`);
      }),
    );
  }

  close(window: BrowserWindow): void {
    void this.pageOf(window).then((page) => page.close());
  }

  /** One invoke, as Electron's ipcMain answers it: the handler's result, or its error as text. */
  private async invoke(window: BrowserWindow, frameUrl: string, message: unknown): Promise<InvokeReply> {
    if (!isInvokeMessage(message)) return { error: 'the page sent something that is not an invoke' };
    const { channel, args } = message;
    const handler = fakeMain.handlers.get(channel);
    if (handler === undefined) return { error: `No handler registered for '${channel}'` };
    const event: MainInvokeEvent = { sender: window.webContents, senderFrame: { url: this.senderUrl(frameUrl) } };
    try {
      // Electron serialises the result too: what cannot be cloned fails the call.
      return { result: structuredClone(await handler(event, ...args)) };
    } catch (error) {
      const text = String(error);
      this.handlerErrors.push({ channel, error: text });
      return { error: text };
    }
  }

  /** The served origin stands for APP_ORIGIN; any other page keeps its own URL, which the trust check refuses. */
  private senderUrl(frameUrl: string): string {
    const url = new URL(frameUrl);
    return url.origin === this.served.origin ? `${APP_ORIGIN}${url.pathname}${url.search}${url.hash}` : frameUrl;
  }

  /** app://akr/… is served by serve.mjs; any other URL main loads is loaded as it is. */
  private pageUrl(url: string): string {
    if (!isAppUrl(url)) return url;
    const parsed = new URL(url);
    return new URL(`${parsed.pathname}${parsed.search}${parsed.hash}`, this.served).href;
  }
}

function findItem(items: readonly MenuTemplateItem[], labels: readonly string[]): MenuTemplateItem {
  const [first, ...rest] = labels;
  const item = items.find((candidate) => candidate.label === first);
  if (item === undefined) throw new Error(`no menu item '${String(first)}' among ${items.map((i) => i.label ?? i.role ?? i.type).join(', ')}`);
  return rest.length === 0 ? item : findItem(item.submenu ?? [], rest);
}

/** Starts the app as main.ts's onReady does: the handlers (in order), then the main window. */
export async function startDesktop(options: DesktopOptions): Promise<Desktop> {
  fakeMain.reset();
  const userDataDir = mkdtempSync(join(tmpdir(), 'akr-e2e-userdata-'));
  fakeMain.version = options.appVersion ?? packageVersion('package.json');
  fakeMain.userDataDir = userDataDir;
  fakeMain.displays = options.displays ?? ONE_DISPLAY;
  fakeMain.primaryDisplayId = options.primaryDisplayId ?? fakeMain.displays[0]?.id ?? 0;
  const host = new PageHost(options.running, options.url, options.preloadScript);
  fakeMain.host = host;
  // The Electron runtime adds its version to Node's process; ipc.ts's appInfo reports it.
  Object.defineProperty(process.versions, 'electron', { value: packageVersion('node_modules/electron/package.json'), enumerable: true, configurable: true });

  let mainWindow: ElectronWindow | null = null;
  const context: MainContext = { mainWindow: () => mainWindow, preloadPath: PRELOAD_SOURCE };
  for (const register of options.handlers) register(context);
  const before = fakeMain.windows.length;
  mainWindow = createMainWindow({ preloadPath: PRELOAD_SOURCE });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  const main = fakeMain.windows[before];
  if (main === undefined) throw new Error('createMainWindow made no window');
  await host.loaded(main);
  const page = await host.pageOf(main);

  return {
    page,
    mainWindow: main,
    windows: () => fakeMain.windows,
    pageOf: (window) => host.pageOf(window),
    answerOpenDialog: (answer) => {
      fakeMain.openDialogAnswers.push(answer === 'cancel' ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: answer });
    },
    openDialogs: () => fakeMain.openDialogs,
    menuLabels: () => (fakeMain.applicationMenu ?? []).map((item) => item.label ?? ''),
    clickMenu: (...labels) => {
      const item = findItem(fakeMain.applicationMenu ?? [], labels);
      if (item.click === undefined) throw new Error(`menu item ${labels.join(' → ')} has no click`);
      item.click();
    },
    handlerErrors: host.handlerErrors,
    userDataDir,
    close: async () => {
      host.stop();
      const problems = [...fakeMain.problems];
      fakeMain.reset();
      Reflect.deleteProperty(process.versions, 'electron');
      rmSync(userDataDir, { recursive: true, force: true });
      if (problems.length > 0) throw new Error(`The desktop bridge saw problems:\n${problems.join('\n')}`);
    },
  };
}
