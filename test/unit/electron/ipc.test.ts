import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers } from '../../../electron/ipc';
import { CHANNELS, type Language } from '../../../shared/ipc';
import { invoker, TRUSTED, UNTRUSTED, type Handler } from './ipcHarness';

const electron = vi.hoisted(() => ({ handlers: new Map<string, Handler>() }));

vi.mock('electron', () => ({
  app: { getVersion: () => '1.2.3' },
  ipcMain: { handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler) },
  protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
}));

const trusted = TRUSTED;
const untrusted = UNTRUSTED;
const invoke = invoker(electron.handlers);

let applyMenu: ReturnType<typeof vi.fn<(language: Language) => void>>;
let state: ReturnType<typeof registerIpcHandlers>;

beforeEach(() => {
  electron.handlers.clear();
  applyMenu = vi.fn<(language: Language) => void>();
  state = registerIpcHandlers({ applyMenu });
});

it('registers a handler for every invokable channel', () => {
  expect([...electron.handlers.keys()].sort()).toEqual([CHANNELS.appInfo, CHANNELS.setLanguage].sort());
});

describe('appInfo', () => {
  it('answers with name, version, Electron version and platform', async () => {
    // Under Node there is no process.versions.electron; provide the one Electron would.
    Object.defineProperty(process.versions, 'electron', { value: '45.4.1', configurable: true });
    try {
      await expect(invoke(CHANNELS.appInfo, trusted)).resolves.toStrictEqual({
        name: 'AKR Studio',
        version: '1.2.3',
        electronVersion: '45.4.1',
        platform: process.platform,
      });
    } finally {
      Reflect.deleteProperty(process.versions, 'electron');
    }
  });

  it.each(untrusted)('refuses an untrusted sender %j', async (event) => {
    await expect(invoke(CHANNELS.appInfo, event)).rejects.toThrow(/not an AKR Studio page/);
  });

  it('refuses unexpected arguments', async () => {
    await expect(invoke(CHANNELS.appInfo, trusted, 'extra')).rejects.toThrow(/expected 0 argument/);
  });
});

describe('setLanguage', () => {
  it('rebuilds the menu in English and remembers the language', async () => {
    await invoke(CHANNELS.setLanguage, trusted, 'en');
    expect(applyMenu).toHaveBeenCalledExactlyOnceWith('en');
    expect(state.language()).toBe('en');
  });

  it('starts out in Swedish', () => {
    expect(state.language()).toBe('sv');
  });

  it.each([['xx'], [42], [undefined], [null], [{ language: 'en' }], ['EN']])('refuses %j', async (language) => {
    await expect(invoke(CHANNELS.setLanguage, trusted, language)).rejects.toThrow(/Invalid language/);
    expect(applyMenu).not.toHaveBeenCalled();
    expect(state.language()).toBe('sv');
  });

  it('refuses a call without a language', async () => {
    await expect(invoke(CHANNELS.setLanguage, trusted)).rejects.toThrow(/expected 1 argument/);
    expect(applyMenu).not.toHaveBeenCalled();
  });

  it.each(untrusted)('refuses an untrusted sender %j even with a valid language', async (event) => {
    await expect(invoke(CHANNELS.setLanguage, event, 'en')).rejects.toThrow(/not an AKR Studio page/);
    expect(applyMenu).not.toHaveBeenCalled();
  });
});
