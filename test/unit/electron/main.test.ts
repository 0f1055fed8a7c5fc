import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/ipc';
import { TRUSTED } from './ipcHarness';

type Listener = (...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const log: string[] = [];
  const appListeners = new Map<string, Listener>();
  let resolveReady: () => void = () => undefined;

  class FakeBrowserWindow {
    static all: FakeBrowserWindow[] = [];
    static getAllWindows = (): FakeBrowserWindow[] => FakeBrowserWindow.all;
    static getFocusedWindow = (): null => null;
    readonly listeners = new Map<string, Listener>();
    readonly webContents = { send: vi.fn(), on: vi.fn() };
    minimized = false;
    readonly restore = vi.fn(() => (this.minimized = false));
    readonly focus = vi.fn();
    readonly show = vi.fn();
    readonly isMinimized = (): boolean => this.minimized;
    readonly isDestroyed = (): boolean => false;
    readonly loadURL = vi.fn(() => Promise.resolve());
    constructor(readonly options: { webPreferences: { preload: string } }) {
      log.push('window');
      FakeBrowserWindow.all.push(this);
    }
    on(event: string, listener: Listener): void {
      this.listeners.set(event, listener);
    }
    once(event: string, listener: Listener): void {
      this.listeners.set(event, listener);
    }
  }

  const app = {
    gotLock: true,
    isPackaged: true,
    ready: false,
    isReady: () => app.ready,
    requestSingleInstanceLock: () => app.gotLock,
    quit: vi.fn(() => log.push('quit')),
    enableSandbox: vi.fn(() => log.push('enableSandbox')),
    getVersion: () => '0.1.0',
    // Nothing is there: the sync folder's settings read as "no folder".
    getPath: (name: string) => `/nonexistent/akr-studio-test/${name}`,
    on: (event: string, listener: Listener) => appListeners.set(event, listener),
    whenReady: () => new Promise<void>((resolve) => (resolveReady = resolve)),
  };

  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(() => log.push('permissions')),
      setPermissionCheckHandler: vi.fn(),
      setSpellCheckerEnabled: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn(() => log.push('blockNetwork')) },
    },
  };

  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();

  const reset = (): void => {
    log.length = 0;
    appListeners.clear();
    FakeBrowserWindow.all = [];
    app.gotLock = true;
    app.ready = false;
    app.quit.mockClear();
    ipcHandlers.clear();
  };

  return {
    log,
    appListeners,
    app,
    session,
    FakeBrowserWindow,
    reset,
    ready: () => {
      app.ready = true;
      resolveReady();
    },
    handled: new Map<string, unknown>(),
    ipcHandlers,
  };
});

vi.mock('electron', () => ({
  app: electron.app,
  session: electron.session,
  BrowserWindow: electron.FakeBrowserWindow,
  protocol: {
    registerSchemesAsPrivileged: () => electron.log.push('registerScheme'),
    handle: (scheme: string, handler: unknown) => {
      electron.log.push(`handle:${scheme}`);
      electron.handled.set(scheme, handler);
    },
  },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
      electron.log.push(`ipc:${channel}`);
      electron.ipcHandlers.set(channel, handler);
    },
  },
  Menu: { buildFromTemplate: () => ({}), setApplicationMenu: () => electron.log.push('menu') },
}));

/** Imports main.ts afresh, as Electron would at start-up. */
async function start(): Promise<void> {
  vi.resetModules();
  await import('../../../electron/main');
}

/** Resolves app.whenReady() and lets its callbacks run. */
async function becomeReady(): Promise<void> {
  electron.ready();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const appEvent = (event: string, ...args: unknown[]): void => {
  const listener = electron.appListeners.get(event);
  if (listener === undefined) throw new Error(`main.ts does not listen for ${event}`);
  listener(...args);
};

beforeEach(() => {
  electron.reset();
});

describe('main', () => {
  it('quits at once when another instance holds the lock', async () => {
    electron.app.gotLock = false;
    await start();
    expect(electron.log).toEqual(['quit']);
  });

  it('enables the sandbox, registers the scheme and guards web contents before ready', async () => {
    await start();
    expect(electron.log).toEqual(['enableSandbox', 'registerScheme']);
    expect(electron.appListeners.has('web-contents-created')).toBe(true);
  });

  it('on ready serves the renderer, locks the session down, sets up IPC and the menu, then opens the window', async () => {
    await start();
    await becomeReady();
    expect(electron.log.slice(2)).toEqual([
      'handle:app',
      'permissions',
      'blockNetwork',
      'ipc:app:info',
      'ipc:app:set-language',
      'ipc:policy:get',
      'ipc:sync:choose',
      'ipc:sync:current',
      'ipc:sync:forget',
      'ipc:sync:write',
      'ipc:sync:list',
      'ipc:sync:read',
      'ipc:sync:backups',
      'ipc:sync:remove',
      'ipc:sync:retire',
      'ipc:read-folder:choose',
      'ipc:read-folder:list',
      'ipc:read-folder:read',
      'ipc:opened-files:take',
      'ipc:presenter:open',
      'ipc:presenter:close',
      'ipc:room:addresses',
      'ipc:room:open',
      'ipc:room:current',
      'ipc:room:set-activity',
      'ipc:room:new-code',
      'ipc:room:close',
      'ipc:room:unacknowledged',
      'ipc:room:acknowledge',
      'ipc:room:erase',
      'menu',
      'window',
    ]);
    expect(electron.session.defaultSession.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('stops the room before the app quits', async () => {
    await start();
    await becomeReady();
    // The hook itself is tested in roomIpc.test.ts; here, that main installs it.
    expect(electron.appListeners.has('will-quit')).toBe(true);
  });

  it('loads the preload that the build writes next to main.cjs', async () => {
    await start();
    await becomeReady();
    const preload = electron.FakeBrowserWindow.all[0]?.options.webPreferences.preload;
    // Under vitest, __dirname is electron/; in the app it is dist/electron/.
    expect(preload).toBe(path.join(fileURLToPath(new URL('../../../electron', import.meta.url)), 'preload.cjs'));
  });

  it('watches the main window for a crashed or hung page (reloaded, see recovery.test.ts)', async () => {
    await start();
    await becomeReady();
    const [window] = electron.FakeBrowserWindow.all;
    expect(window?.webContents.on).toHaveBeenCalledWith('render-process-gone', expect.any(Function));
    expect([...(window?.listeners.keys() ?? [])]).toEqual(expect.arrayContaining(['unresponsive', 'responsive']));
  });

  it('brings the existing window back when a second instance starts', async () => {
    await start();
    await becomeReady();
    const window = electron.FakeBrowserWindow.all[0];
    if (window === undefined) throw new Error('no window');
    window.minimized = true;
    appEvent('second-instance', {}, ['/opt/akr-studio'], '/home/anna');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('quits when the last window closes, except on macOS', async () => {
    await start();
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    try {
      Object.defineProperty(process, 'platform', { value: 'darwin' });
      appEvent('window-all-closed');
      expect(electron.app.quit).not.toHaveBeenCalled();
      Object.defineProperty(process, 'platform', { value: 'linux' });
      appEvent('window-all-closed');
      expect(electron.app.quit).toHaveBeenCalledOnce();
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform);
    }
  });

  it('opens a new window on activate only when none is open', async () => {
    await start();
    await becomeReady();
    appEvent('activate');
    expect(electron.FakeBrowserWindow.all).toHaveLength(1);
    electron.FakeBrowserWindow.all = [];
    appEvent('activate');
    expect(electron.FakeBrowserWindow.all).toHaveLength(1);
  });
});

describe('files opened from outside the app', () => {
  let dir: string;
  const argv = process.argv;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akr-main-open-'));
    fs.writeFileSync(path.join(dir, 'Solen.akr'), '{"start":1}');
    fs.writeFileSync(path.join(dir, 'Andra.akr'), '{"second":1}');
  });

  afterEach(() => {
    process.argv = argv;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** What the page gets when it takes the opened files, once they have been read. */
  const take = async (): Promise<unknown> => {
    const handler = electron.ipcHandlers.get(CHANNELS.openedFilesTake);
    if (handler === undefined) throw new Error('no take handler');
    let taken: unknown = [];
    await expect
      .poll(async () => {
        taken = await handler(TRUSTED);
        return taken;
      })
      .not.toEqual([]);
    return taken;
  };

  it('hands the file on the command line at start to the page', async () => {
    process.argv = ['/opt/AKR Studio/akr-studio', path.join(dir, 'Solen.akr')];
    await start();
    await becomeReady();
    await expect(take()).resolves.toEqual([{ ok: true, name: 'Solen.akr', text: '{"start":1}' }]);
  });

  it('a second start hands its file to the open window, which comes to the front; the page is told', async () => {
    process.argv = ['/opt/AKR Studio/akr-studio'];
    await start();
    await becomeReady();
    const [window] = electron.FakeBrowserWindow.all;
    if (window === undefined) throw new Error('no window');
    appEvent('second-instance', {}, ['/opt/AKR Studio/akr-studio', '--allow-file-access-from-files', 'Andra.akr'], dir);
    expect(window.focus).toHaveBeenCalledOnce();
    await expect(take()).resolves.toEqual([{ ok: true, name: 'Andra.akr', text: '{"second":1}' }]);
    expect(window.webContents.send).toHaveBeenCalledWith(CHANNELS.openedFilesArrived);
  });

  it('macOS open-file before ready is kept for the page; the default handling is prevented', async () => {
    process.argv = ['/Applications/AKR Studio.app/Contents/MacOS/AKR Studio'];
    await start();
    const event = { preventDefault: vi.fn() };
    appEvent('open-file', event, path.join(dir, 'Solen.akr'));
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(electron.FakeBrowserWindow.all).toHaveLength(0);
    await becomeReady();
    await expect(take()).resolves.toEqual([{ ok: true, name: 'Solen.akr', text: '{"start":1}' }]);
  });

  it('macOS open-file with every window closed opens one for the preview', async () => {
    process.argv = ['/Applications/AKR Studio.app/Contents/MacOS/AKR Studio'];
    await start();
    await becomeReady();
    const [window] = electron.FakeBrowserWindow.all;
    window?.listeners.get('closed')?.();
    electron.FakeBrowserWindow.all = [];
    appEvent('open-file', { preventDefault: vi.fn() }, path.join(dir, 'Solen.akr'));
    expect(electron.FakeBrowserWindow.all).toHaveLength(1);
    await expect(take()).resolves.toEqual([{ ok: true, name: 'Solen.akr', text: '{"start":1}' }]);
  });
});
