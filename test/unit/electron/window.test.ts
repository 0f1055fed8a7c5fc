import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, mainWindowWebPreferences } from '../../../electron/window';

const electron = vi.hoisted(() => {
  /** Records what createMainWindow does to its window. */
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    readonly once = vi.fn((event: string, listener: () => void) => this.listeners.set(event, listener));
    readonly show = vi.fn();
    readonly loadURL = vi.fn((_url: string) => Promise.resolve());
    readonly listeners = new Map<string, () => void>();
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.instances.push(this);
    }
  }
  return { FakeBrowserWindow };
});

vi.mock('electron', () => ({
  BrowserWindow: electron.FakeBrowserWindow,
  protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
}));

beforeEach(() => {
  electron.FakeBrowserWindow.instances = [];
});

describe('mainWindowWebPreferences', () => {
  const prefs = mainWindowWebPreferences('/app/dist/electron/preload.cjs');

  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
  });

  it('gives the page no Node.js, in workers and subframes neither', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content, webviews and spellcheck downloads', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
  });

  it('uses the given preload script', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
  });
});

describe('createMainWindow', () => {
  it('opens a hidden, titled window with the secure preferences and a minimum size', () => {
    createMainWindow({ preloadPath: '/p.cjs' });
    const [window] = electron.FakeBrowserWindow.instances;
    expect(window?.options).toMatchObject({
      title: 'AKR Studio',
      show: false,
      minWidth: 960,
      minHeight: 600,
      webPreferences: mainWindowWebPreferences('/p.cjs'),
    });
  });

  it('loads the start page from app://akr', () => {
    createMainWindow({ preloadPath: '/p.cjs' });
    expect(electron.FakeBrowserWindow.instances[0]?.loadURL).toHaveBeenCalledExactlyOnceWith('app://akr/index.html');
  });

  it('shows the window only once it is ready to show', () => {
    createMainWindow({ preloadPath: '/p.cjs' });
    const window = electron.FakeBrowserWindow.instances[0];
    expect(window?.show).not.toHaveBeenCalled();
    window?.listeners.get('ready-to-show')?.();
    expect(window?.show).toHaveBeenCalledOnce();
  });
});
