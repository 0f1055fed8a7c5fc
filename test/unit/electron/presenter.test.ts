import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createPresenter,
  isPresentableAnalysisId,
  openPresenterWindow,
  pickPresenterDisplay,
  presenterUrl,
  presenterWindowOptions,
  registerPresenterHandlers,
  type DisplayLike,
  type Presenter,
} from '../../../electron/presenter';
import { createMainWindow, mainWindowWebPreferences } from '../../../electron/window';
import { CHANNELS } from '../../../shared/ipc';
import { invoker, UNTRUSTED, type SenderEvent } from './ipcHarness';

const electron = vi.hoisted(() => {
  /** Records what the code under test does to its windows, and lets tests fire their events. */
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    static loadResult = (): Promise<void> => Promise.resolve();
    readonly listeners = new Map<string, Set<(...args: unknown[]) => void>>();
    destroyed = false;
    minimized = false;
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn(() => (this.minimized = false));
    readonly removeMenu = vi.fn();
    readonly loadURL = vi.fn((_url: string) => FakeBrowserWindow.loadResult());
    /** Like Electron: the window goes away and `closed` fires. */
    readonly close = vi.fn(() => {
      if (this.destroyed) return;
      this.destroyed = true;
      this.emit('closed');
    });
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.instances.push(this);
    }
    on(event: string, listener: (...args: unknown[]) => void): this {
      this.listeners.set(event, (this.listeners.get(event) ?? new Set()).add(listener));
      return this;
    }
    once(event: string, listener: (...args: unknown[]) => void): this {
      const wrapped = (...args: unknown[]): void => {
        this.removeListener(event, wrapped);
        listener(...args);
      };
      return this.on(event, wrapped);
    }
    removeListener(event: string, listener: (...args: unknown[]) => void): this {
      this.listeners.get(event)?.delete(listener);
      return this;
    }
    listenerCount(event: string): number {
      return this.listeners.get(event)?.size ?? 0;
    }
    emit(event: string, ...args: unknown[]): void {
      for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
  }

  const screen = {
    displays: [] as { id: number; bounds: { x: number; y: number; width: number; height: number }; workArea?: unknown }[],
    primaryId: 1,
    getAllDisplays: () => screen.displays,
    getPrimaryDisplay: () => {
      const primary = screen.displays.find((display) => display.id === screen.primaryId);
      if (primary === undefined) throw new Error('no primary display');
      return primary;
    },
  };

  return { FakeBrowserWindow, screen, handlers: new Map<string, (...args: unknown[]) => unknown>() };
});

vi.mock('electron', () => ({
  app: { getVersion: () => '1.2.3' },
  BrowserWindow: electron.FakeBrowserWindow,
  screen: electron.screen,
  ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => unknown) => electron.handlers.set(channel, handler) },
  protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
}));

type FakeWindow = InstanceType<typeof electron.FakeBrowserWindow>;

const rect = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

/** A display with a task bar at the bottom. */
const display = (id: number, x: number, y: number, width: number, height: number) => ({
  id,
  bounds: rect(x, y, width, height),
  workArea: rect(x, y, width, height - 40),
});

const LAPTOP = display(1, 0, 0, 1920, 1080);
const PROJECTOR = display(2, 1920, 0, 1280, 800);
const PRELOAD = '/app/dist/electron/preload.cjs';

function windows(): FakeWindow[] {
  return electron.FakeBrowserWindow.instances;
}

function onlyWindow(): FakeWindow {
  const [window, ...more] = windows();
  if (window === undefined || more.length > 0) throw new Error(`expected one window, got ${windows().length}`);
  return window;
}

beforeEach(() => {
  electron.FakeBrowserWindow.instances = [];
  electron.FakeBrowserWindow.loadResult = () => Promise.resolve();
  electron.handlers.clear();
  electron.screen.displays = [LAPTOP];
  electron.screen.primaryId = LAPTOP.id;
});

describe('pickPresenterDisplay', () => {
  const cases: [string, DisplayLike[], number, number, boolean][] = [
    ['one display: the primary, windowed', [LAPTOP], 1, 1, false],
    ['primary and projector: the projector', [LAPTOP, PROJECTOR], 1, 2, true],
    ['the projector also when it is listed first', [PROJECTOR, LAPTOP], 1, 2, true],
    ['the projector when it is left of the primary', [LAPTOP, display(2, -1280, 0, 1280, 800)], 1, 2, true],
    ['the projector when it is the larger screen', [display(1, 0, 0, 1366, 768), display(2, 1366, 0, 3840, 2160)], 1, 2, true],
    ['several externals: the largest', [LAPTOP, display(2, 1920, 0, 1280, 800), display(3, -1920, 0, 1920, 1080), display(4, 0, -768, 1024, 768)], 1, 3, true],
    [
      'several externals of one size: the one furthest from the primary',
      [LAPTOP, display(2, 1920, 0, 1280, 800), display(3, 3200, 0, 1280, 800), display(4, -1280, 0, 1280, 800)],
      1,
      3,
      true,
    ],
    ['the primary need not be the first listed or the one at the origin', [PROJECTOR, LAPTOP], 2, 1, true],
  ];

  it.each(cases)('%s', (_name, displays, primaryId, expectedId, external) => {
    const picked = pickPresenterDisplay(displays, primaryId);
    expect(picked.display.id).toBe(expectedId);
    expect(picked.external).toBe(external);
  });

  it('hands back the very display object it was given', () => {
    expect(pickPresenterDisplay([LAPTOP, PROJECTOR], 1).display).toBe(PROJECTOR);
  });

  it('throws when there is no display at all', () => {
    expect(() => pickPresenterDisplay([], 1)).toThrow(/no display/);
  });
});

describe('presenterWindowOptions', () => {
  it('is full screen over the projector’s whole bounds', () => {
    expect(presenterWindowOptions({ display: PROJECTOR, external: true }, PRELOAD)).toEqual({
      title: 'AKR Studio – projektor',
      show: false,
      backgroundColor: '#000000',
      x: 1920,
      y: 0,
      width: 1280,
      height: 800,
      fullscreen: true,
      webPreferences: mainWindowWebPreferences(PRELOAD),
    });
  });

  it('is a 1280×720 window centred in the primary display’s work area without a projector', () => {
    expect(presenterWindowOptions({ display: LAPTOP, external: false }, PRELOAD)).toEqual({
      title: 'AKR Studio – projektor',
      show: false,
      backgroundColor: '#000000',
      x: 320,
      y: 160,
      width: 1280,
      height: 720,
      webPreferences: mainWindowWebPreferences(PRELOAD),
    });
  });

  it('centres on a primary display that is not at the origin, and leaves fullscreen unset', () => {
    const options = presenterWindowOptions({ display: display(7, -1920, 100, 1920, 1080), external: false }, PRELOAD);
    expect(options).toMatchObject({ x: -1920 + 320, y: 100 + 160, width: 1280, height: 720 });
    // `fullscreen: false` would disable the full-screen button on macOS.
    expect(options).not.toHaveProperty('fullscreen');
  });

  it('shrinks to a display smaller than 1280×720', () => {
    expect(presenterWindowOptions({ display: display(1, 0, 0, 1024, 600), external: false }, PRELOAD)).toMatchObject({
      x: 0,
      y: 0,
      width: 1024,
      height: 560,
    });
  });

  it('uses the bounds when a display reports no work area', () => {
    expect(presenterWindowOptions({ display: { id: 1, bounds: rect(0, 0, 1920, 1080) }, external: false }, PRELOAD)).toMatchObject({
      x: 320,
      y: 180,
    });
  });
});

describe('openPresenterWindow', () => {
  it('gets exactly the main window’s web preferences', () => {
    const main = createMainWindow({ preloadPath: PRELOAD }) as unknown as FakeWindow;
    openPresenterWindow({ preloadPath: PRELOAD, analysisId: 'a1' });
    const presenter = windows()[1];
    expect(presenter).toBeDefined();
    expect(presenter?.options.webPreferences).toEqual(main.options.webPreferences);
    expect(presenter?.options.webPreferences).toEqual(mainWindowWebPreferences(PRELOAD));
    expect(presenter?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: PRELOAD });
  });

  it('opens full screen on the projector when one is connected', () => {
    electron.screen.displays = [LAPTOP, PROJECTOR];
    openPresenterWindow({ preloadPath: PRELOAD, analysisId: 'a1' });
    expect(onlyWindow().options).toMatchObject({ fullscreen: true, x: 1920, y: 0, width: 1280, height: 800 });
  });

  it('opens as an ordinary centred window on the only display', () => {
    openPresenterWindow({ preloadPath: PRELOAD, analysisId: 'a1' });
    const { options } = onlyWindow();
    expect(options).toMatchObject({ x: 320, y: 160, width: 1280, height: 720 });
    expect(options.fullscreen).toBeUndefined();
  });

  it('is titled, black and hidden until its first paint is ready', () => {
    openPresenterWindow({ preloadPath: PRELOAD, analysisId: 'a1' });
    const window = onlyWindow();
    expect(window.options).toMatchObject({ title: 'AKR Studio – projektor', backgroundColor: '#000000', show: false });
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('loads the presenter route on the app origin with the id encoded', () => {
    openPresenterWindow({ preloadPath: PRELOAD, analysisId: 'å b?c%' });
    expect(onlyWindow().loadURL).toHaveBeenCalledExactlyOnceWith('app://akr/index.html#/present/%C3%A5%20b%3Fc%25');
    expect(presenterUrl('a1')).toBe('app://akr/index.html#/present/a1');
  });

  it('builds its URL the way the main window does, plus the route', () => {
    const main = createMainWindow({ preloadPath: PRELOAD }) as unknown as FakeWindow;
    const [mainUrl] = main.loadURL.mock.calls[0] ?? [];
    expect(presenterUrl('x')).toBe(`${mainUrl}#/present/x`);
  });

  it('has no menu bar on Windows and Linux', () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    try {
      Object.defineProperty(process, 'platform', { value: 'win32' });
      openPresenterWindow({ preloadPath: PRELOAD, analysisId: 'a1' });
      expect(windows()[0]?.removeMenu).toHaveBeenCalledOnce();
      Object.defineProperty(process, 'platform', { value: 'darwin' });
      openPresenterWindow({ preloadPath: PRELOAD, analysisId: 'a1' });
      expect(windows()[1]?.removeMenu).not.toHaveBeenCalled();
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform);
    }
  });

  it('logs instead of throwing when the page cannot be loaded', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      electron.FakeBrowserWindow.loadResult = () => Promise.reject(new Error('ERR_FAILED'));
      openPresenterWindow({ preloadPath: PRELOAD, analysisId: 'a1' });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(error).toHaveBeenCalledOnce();
    } finally {
      error.mockRestore();
    }
  });
});

describe('createPresenter', () => {
  let main: FakeWindow;
  let presenter: Presenter;

  beforeEach(() => {
    main = createMainWindow({ preloadPath: PRELOAD }) as unknown as FakeWindow;
    electron.FakeBrowserWindow.instances = [];
    presenter = createPresenter({ preloadPath: PRELOAD, mainWindow: () => main });
  });

  it('opens one presenter window', () => {
    presenter.open('a1');
    expect(presenter.window()).toBe(onlyWindow());
    expect(onlyWindow().loadURL).toHaveBeenCalledExactlyOnceWith(presenterUrl('a1'));
  });

  it('on a second open focuses the open window and navigates it to the new analysis', () => {
    presenter.open('a1');
    const window = onlyWindow();
    window.minimized = true;
    presenter.open('a2');
    expect(windows()).toHaveLength(1);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    expect(window.loadURL.mock.calls).toEqual([[presenterUrl('a1')], [presenterUrl('a2')]]);
  });

  it('opens a new window once the previous one is closed', () => {
    presenter.open('a1');
    onlyWindow().close();
    expect(presenter.window()).toBeNull();
    presenter.open('a2');
    expect(windows()).toHaveLength(2);
    expect(windows()[1]?.loadURL).toHaveBeenCalledExactlyOnceWith(presenterUrl('a2'));
  });

  it('opens a new window when the old one is destroyed before its closed event', () => {
    presenter.open('a1');
    const first = onlyWindow();
    first.destroyed = true;
    presenter.open('a2');
    expect(windows()).toHaveLength(2);
    expect(first.focus).not.toHaveBeenCalled();
  });

  it('is closed when the main window closes', () => {
    presenter.open('a1');
    const window = onlyWindow();
    main.close();
    expect(window.close).toHaveBeenCalledOnce();
    expect(window.isDestroyed()).toBe(true);
    expect(presenter.window()).toBeNull();
  });

  it('stops following the main window once it is closed itself', () => {
    const before = main.listenerCount('closed');
    presenter.open('a1');
    expect(main.listenerCount('closed')).toBe(before + 1);
    presenter.close();
    expect(main.listenerCount('closed')).toBe(before);
    main.close();
    expect(windows()[0]?.close).toHaveBeenCalledOnce();
  });

  it('close closes the open window and does nothing without one', () => {
    presenter.close();
    presenter.open('a1');
    presenter.close();
    expect(onlyWindow().close).toHaveBeenCalledOnce();
    expect(presenter.window()).toBeNull();
    presenter.close();
    expect(onlyWindow().close).toHaveBeenCalledOnce();
  });

  it('still opens when there is no main window', () => {
    const alone = createPresenter({ preloadPath: PRELOAD, mainWindow: () => null });
    alone.open('a1');
    expect(alone.window()).toBe(onlyWindow());
    onlyWindow().close();
    expect(alone.window()).toBeNull();
  });
});

describe('presenter IPC', () => {
  const trusted: SenderEvent = { senderFrame: { url: 'app://akr/index.html#/analyses/a1' } };
  const untrusted = UNTRUSTED;
  const VALID_CALLS: [string, unknown[]][] = [
    [CHANNELS.presenterOpen, ['a1']],
    [CHANNELS.presenterClose, []],
  ];

  let presenter: { open: ReturnType<typeof vi.fn<(analysisId: string) => void>>; close: ReturnType<typeof vi.fn<() => void>>; window: () => null };

  beforeEach(() => {
    presenter = { open: vi.fn(), close: vi.fn(), window: () => null };
    registerPresenterHandlers(presenter);
  });

  const invoke = invoker(electron.handlers);

  it('registers presenter:open and presenter:close', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(['presenter:close', 'presenter:open']);
    expect(CHANNELS.presenterOpen).toBe('presenter:open');
    expect(CHANNELS.presenterClose).toBe('presenter:close');
  });

  it('opens the presenter on a valid id and closes it', async () => {
    await expect(invoke(CHANNELS.presenterOpen, trusted, 'a1')).resolves.toBeUndefined();
    expect(presenter.open).toHaveBeenCalledExactlyOnceWith('a1');
    await expect(invoke(CHANNELS.presenterClose, trusted)).resolves.toBeUndefined();
    expect(presenter.close).toHaveBeenCalledOnce();
  });

  it('accepts an id of exactly 200 characters and a UUID', async () => {
    await invoke(CHANNELS.presenterOpen, trusted, 'x'.repeat(200));
    await invoke(CHANNELS.presenterOpen, trusted, '0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(presenter.open).toHaveBeenCalledTimes(2);
  });

  const untrustedCases = VALID_CALLS.flatMap(([channel, args]) => untrusted.map((event) => [channel, event, args] as const));

  it.each(untrustedCases)('%s refuses the untrusted sender %j', async (channel, event, args) => {
    await expect(invoke(channel, event, ...args)).rejects.toThrow(/not an AKR Studio page/);
    expect(presenter.open).not.toHaveBeenCalled();
    expect(presenter.close).not.toHaveBeenCalled();
  });

  it.each(VALID_CALLS)('%s refuses one argument too many', async (channel, args) => {
    await expect(invoke(channel, trusted, ...args, 'extra')).rejects.toThrow(/argument/);
    expect(presenter.open).not.toHaveBeenCalled();
    expect(presenter.close).not.toHaveBeenCalled();
  });

  it('presenter:open refuses no argument', async () => {
    await expect(invoke(CHANNELS.presenterOpen, trusted)).rejects.toThrow(/argument/);
    expect(presenter.open).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['a path', '../x'],
    ['a slash', 'a/b'],
    ['a backslash', 'a\\b'],
    ['a hash', 'a#b'],
    ['the empty string', ''],
    ['300 characters', 'x'.repeat(300)],
    ['201 characters', 'x'.repeat(201)],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { id: 'a1' }],
  ])('presenter:open refuses %s', async (_name, analysisId) => {
    await expect(invoke(CHANNELS.presenterOpen, trusted, analysisId)).rejects.toThrow(/not an analysis id/);
    expect(presenter.open).not.toHaveBeenCalled();
    expect(isPresentableAnalysisId(analysisId)).toBe(false);
  });

  it('opens a real window end to end, full screen on the projector', async () => {
    electron.handlers.clear();
    electron.screen.displays = [LAPTOP, PROJECTOR];
    registerPresenterHandlers(createPresenter({ preloadPath: PRELOAD, mainWindow: () => null }));
    await invoke(CHANNELS.presenterOpen, trusted, 'a b');
    expect(onlyWindow().options).toMatchObject({ fullscreen: true, x: 1920 });
    expect(onlyWindow().loadURL).toHaveBeenCalledExactlyOnceWith('app://akr/index.html#/present/a%20b');
    await invoke(CHANNELS.presenterClose, trusted);
    expect(onlyWindow().isDestroyed()).toBe(true);
  });
});
