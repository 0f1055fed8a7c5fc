import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type AppInfo } from '../../../shared/ipc';

const PRELOAD = fileURLToPath(new URL('../../../electron/preload.ts', import.meta.url));

/** What Electron's sandboxed preload can `require`; everything else throws. */
const SANDBOX_MODULES = new Set(['electron', 'events', 'timers', 'url']);
const nodeRequire = createRequire(import.meta.url);

type Listener = (event: unknown, ...args: unknown[]) => void;

/** A stand-in for the `electron` module that records what the preload does. */
function fakeElectron() {
  const info: AppInfo = { name: 'AKR Studio', version: '0.1.0', electronVersion: '45.4.1', platform: 'linux' };
  const listeners = new Map<string, Set<Listener>>();
  const ipcRenderer = {
    invoke: vi.fn((channel: string, ..._args: unknown[]): Promise<unknown> => Promise.resolve(channel === CHANNELS.appInfo ? info : undefined)),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      return ipcRenderer;
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    }),
    send: vi.fn(),
    sendSync: vi.fn(),
  };
  const exposed: [string, unknown][] = [];
  const contextBridge = { exposeInMainWorld: vi.fn((key: string, value: unknown) => exposed.push([key, value])) };
  /** Delivers a message from main, with an event that carries the ipcRenderer like Electron's does. */
  const emit = (channel: string, ...args: unknown[]): void => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer, ports: [] }, ...args);
  };
  return { module: { contextBridge, ipcRenderer }, ipcRenderer, exposed, emit, info, listeners };
}

/** Runs CommonJS `code` the way Electron runs a sandboxed preload; returns the modules it required. */
function runSandboxed(code: string, electron: unknown): string[] {
  const required: string[] = [];
  const module = { exports: {} };
  const require = (id: string): unknown => {
    required.push(id);
    if (!SANDBOX_MODULES.has(id)) throw new Error(`module not found: ${id}`);
    return id === 'electron' ? electron : nodeRequire(id);
  };
  vm.runInNewContext(code, { module, exports: module.exports, require, console }, { filename: 'preload.cjs' });
  return required;
}

async function bundle(options: { entryPoints: string[] } | { stdin: { contents: string; loader: 'ts' } }): Promise<string> {
  const result = await build({ ...options, bundle: true, write: false, format: 'cjs', platform: 'node', external: ['electron'] });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error('esbuild produced no output');
  return output.text;
}

let code: string;

beforeAll(async () => {
  code = await bundle({ entryPoints: [PRELOAD] });
});

/** Loads the preload into a fresh sandbox and returns the object it exposed. */
function loadPreload() {
  const electron = fakeElectron();
  const required = runSandboxed(code, electron.module);
  const [entry] = electron.exposed;
  const api = entry?.[1];
  if (typeof api !== 'object' || api === null) throw new Error('nothing was exposed');
  const call = (name: string, ...args: unknown[]): unknown => {
    const method: unknown = Reflect.get(api, name);
    if (typeof method !== 'function') throw new Error(`api.${name} is not a function`);
    return Reflect.apply(method, api, args);
  };
  return { electron, required, api, call };
}

describe('the sandbox harness', () => {
  it('refuses a preload that requires fs, as Electron would', async () => {
    const leaky = await bundle({ stdin: { contents: "import { readFileSync } from 'fs'; export const read = readFileSync;", loader: 'ts' } });
    expect(() => runSandboxed(leaky, fakeElectron().module)).toThrow(/module not found: fs/);
  });
});

describe('preload', () => {
  it('requires nothing but electron at runtime', () => {
    expect(loadPreload().required).toEqual(['electron']);
  });

  it('exposes exactly one object, as window.api', () => {
    const { electron } = loadPreload();
    expect(electron.module.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(electron.exposed[0]?.[0]).toBe('api');
  });

  it('exposes exactly appInfo, setLanguage, policy, onMenuCommand, sync, readFolder, openedFiles, presenter and room, all functions or an object of functions', () => {
    const { api } = loadPreload();
    expect(Object.keys(api).sort()).toEqual(['appInfo', 'onMenuCommand', 'openedFiles', 'policy', 'presenter', 'readFolder', 'room', 'setLanguage', 'sync']);
    const { sync, presenter, openedFiles, room, readFolder, ...rest } = api as Record<string, unknown>;
    if (typeof readFolder !== 'object' || readFolder === null) throw new Error('api.readFolder is not an object');
    expect(Object.keys(readFolder).sort()).toEqual(['choose', 'list', 'read']);
    for (const value of Object.values(readFolder)) expect(typeof value).toBe('function');
    for (const value of Object.values(rest)) expect(typeof value).toBe('function');
    if (typeof sync !== 'object' || sync === null) throw new Error('api.sync is not an object');
    expect(Object.keys(sync).sort()).toEqual(['backups', 'choose', 'current', 'forget', 'list', 'read', 'remove', 'retire', 'write']);
    for (const value of Object.values(sync)) expect(typeof value).toBe('function');
    if (typeof presenter !== 'object' || presenter === null) throw new Error('api.presenter is not an object');
    expect(Object.keys(presenter).sort()).toEqual(['close', 'open']);
    for (const value of Object.values(presenter)) expect(typeof value).toBe('function');
    if (typeof openedFiles !== 'object' || openedFiles === null) throw new Error('api.openedFiles is not an object');
    expect(Object.keys(openedFiles).sort()).toEqual(['onOpened', 'take']);
    for (const value of Object.values(openedFiles)) expect(typeof value).toBe('function');
    if (typeof room !== 'object' || room === null) throw new Error('api.room is not an object');
    expect(Object.keys(room).sort()).toEqual([
      'acknowledge',
      'addresses',
      'close',
      'current',
      'erase',
      'newCode',
      'onEvent',
      'open',
      'setActivity',
      'unacknowledged',
    ]);
    for (const value of Object.values(room)) expect(typeof value).toBe('function');
  });

  it('never hands out ipcRenderer or one of its methods', async () => {
    const { api, call, electron } = loadPreload();
    const forbidden = new Set<unknown>([electron.ipcRenderer, ...Object.values(electron.ipcRenderer)]);
    const handedOut: unknown[] = [...Object.values(api), await call('appInfo'), await call('setLanguage', 'en'), call('onMenuCommand', () => undefined)];
    for (const value of handedOut) expect(forbidden.has(value)).toBe(false);
  });

  it('asks main for appInfo on the appInfo channel', async () => {
    const { call, electron } = loadPreload();
    await expect(call('appInfo')).resolves.toEqual(electron.info);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(CHANNELS.appInfo);
  });

  it('passes the language to main on the setLanguage channel and resolves to nothing', async () => {
    const { call, electron } = loadPreload();
    await expect(call('setLanguage', 'en')).resolves.toBeUndefined();
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(CHANNELS.setLanguage, 'en');
  });

  it('asks main for the policy on the policy channel, with no arguments', async () => {
    const { call, electron } = loadPreload();
    const policy = { language: { value: 'en', locked: true } };
    electron.ipcRenderer.invoke.mockResolvedValueOnce(policy);
    await expect(call('policy')).resolves.toEqual(policy);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(CHANNELS.policy);
  });

  it('hands menu commands to the listener without the IPC event', () => {
    const { call, electron } = loadPreload();
    const listener = vi.fn();
    call('onMenuCommand', listener);
    expect(electron.ipcRenderer.on).toHaveBeenCalledWith(CHANNELS.menuCommand, expect.any(Function));
    electron.emit(CHANNELS.menuCommand, 'newAnalysis');
    expect(listener.mock.calls).toEqual([['newAnalysis']]);
  });

  it('drops commands that are not MenuCommands', () => {
    const { call, electron } = loadPreload();
    const listener = vi.fn();
    call('onMenuCommand', listener);
    for (const bogus of ['deleteEverything', 42, undefined, { command: 'undo' }]) electron.emit(CHANNELS.menuCommand, bogus);
    expect(listener).not.toHaveBeenCalled();
  });

  it('unsubscribes by removing the very handler it added', () => {
    const { call, electron } = loadPreload();
    const listener = vi.fn();
    const unsubscribe = call('onMenuCommand', listener);
    if (typeof unsubscribe !== 'function') throw new Error('onMenuCommand returned no unsubscribe function');
    (unsubscribe as () => void)();
    const added = electron.ipcRenderer.on.mock.calls[0]?.[1];
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith(CHANNELS.menuCommand, added);
    electron.emit(CHANNELS.menuCommand, 'undo');
    expect(listener).not.toHaveBeenCalled();
  });

  it.each([
    ['choose', [], CHANNELS.syncChoose],
    ['current', [], CHANNELS.syncCurrent],
    ['write', ['a.akr', '{}'], CHANNELS.syncWrite],
    ['list', [], CHANNELS.syncList],
    ['read', ['a.akr'], CHANNELS.syncRead],
    ['backups', ['a.akr'], CHANNELS.syncBackups],
    ['remove', ['a.akr'], CHANNELS.syncRemove],
    ['retire', ['a.akr.json', 'f'.repeat(64)], CHANNELS.syncRetire],
  ])('sends sync.%s with exactly its arguments on its channel', async (method, args, channel) => {
    const { api, electron } = loadPreload();
    const sync: unknown = Reflect.get(api, 'sync');
    const fn: unknown = typeof sync === 'object' && sync !== null ? Reflect.get(sync, method) : undefined;
    if (typeof fn !== 'function') throw new Error(`api.sync.${method} is not a function`);
    await Reflect.apply(fn, sync, args);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, ...args);
  });

  it('sync.forget resolves to nothing', async () => {
    const { api, electron } = loadPreload();
    const sync: unknown = Reflect.get(api, 'sync');
    const forget: unknown = typeof sync === 'object' && sync !== null ? Reflect.get(sync, 'forget') : undefined;
    if (typeof forget !== 'function') throw new Error('api.sync.forget is not a function');
    await expect(Reflect.apply(forget, sync, [])).resolves.toBeUndefined();
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(CHANNELS.syncForget);
  });

  it.each([
    ['open', ['analysis-1'], CHANNELS.presenterOpen],
    ['close', [], CHANNELS.presenterClose],
  ])('sends presenter.%s with exactly its arguments on its channel and resolves to nothing', async (method, args, channel) => {
    const { api, electron } = loadPreload();
    const presenter: unknown = Reflect.get(api, 'presenter');
    const fn: unknown = typeof presenter === 'object' && presenter !== null ? Reflect.get(presenter, method) : undefined;
    if (typeof fn !== 'function') throw new Error(`api.presenter.${method} is not a function`);
    await expect(Reflect.apply(fn, presenter, args)).resolves.toBeUndefined();
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, ...args);
  });

  describe('openedFiles', () => {
    const method = (api: object, name: string): ((...args: unknown[]) => unknown) => {
      const openedFiles: unknown = Reflect.get(api, 'openedFiles');
      const fn: unknown = typeof openedFiles === 'object' && openedFiles !== null ? Reflect.get(openedFiles, name) : undefined;
      if (typeof fn !== 'function') throw new Error(`api.openedFiles.${name} is not a function`);
      return (...args) => Reflect.apply(fn, openedFiles, args) as unknown;
    };

    it('take asks main on its channel, with no arguments', async () => {
      const { api, electron } = loadPreload();
      await method(api, 'take')();
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(CHANNELS.openedFilesTake);
    });

    it('onOpened calls the listener with nothing from the IPC event, and unsubscribes the very handler it added', () => {
      const { api, electron } = loadPreload();
      const listener = vi.fn();
      const unsubscribe = method(api, 'onOpened')(listener);
      expect(electron.ipcRenderer.on).toHaveBeenCalledWith(CHANNELS.openedFilesArrived, expect.any(Function));
      electron.emit(CHANNELS.openedFilesArrived, { name: 'smuggled' });
      expect(listener.mock.calls).toEqual([[]]);
      if (typeof unsubscribe !== 'function') throw new Error('onOpened returned no unsubscribe function');
      (unsubscribe as () => void)();
      const added = electron.ipcRenderer.on.mock.calls[0]?.[1];
      expect(electron.ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith(CHANNELS.openedFilesArrived, added);
      electron.emit(CHANNELS.openedFilesArrived);
      expect(listener).toHaveBeenCalledOnce();
    });
  });

  describe('room', () => {
    const method = (api: object, name: string): ((...args: unknown[]) => unknown) => {
      const room: unknown = Reflect.get(api, 'room');
      const fn: unknown = typeof room === 'object' && room !== null ? Reflect.get(room, name) : undefined;
      if (typeof fn !== 'function') throw new Error(`api.room.${name} is not a function`);
      return (...args) => Reflect.apply(fn, room, args) as unknown;
    };

    it.each<[string, unknown[], string, unknown[]]>([
      ['addresses', [], CHANNELS.roomAddresses, []],
      ['open', ['analysis-1'], CHANNELS.roomOpen, ['analysis-1', {}]],
      ['open', ['analysis-1', { address: '192.168.1.2' }], CHANNELS.roomOpen, ['analysis-1', { address: '192.168.1.2' }]],
      ['current', [], CHANNELS.roomCurrent, []],
      ['setActivity', [{ kind: 'none' }], CHANNELS.roomSetActivity, [{ kind: 'none' }]],
      ['newCode', [], CHANNELS.roomNewCode, []],
      ['close', [], CHANNELS.roomClose, []],
      ['unacknowledged', ['analysis-1'], CHANNELS.roomUnacknowledged, ['analysis-1']],
      ['acknowledge', ['analysis-1', ['s1', 's2']], CHANNELS.roomAcknowledge, ['analysis-1', ['s1', 's2']]],
      ['erase', ['analysis-1'], CHANNELS.roomErase, ['analysis-1']],
    ])('room.%s sends exactly its arguments on its channel', async (name, args, channel, sent) => {
      const { api, electron } = loadPreload();
      await method(api, name)(...args);
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, ...sent);
    });

    it('onEvent hands the listener the message only, and unsubscribes the very handler it added', () => {
      const { api, electron } = loadPreload();
      const listener = vi.fn();
      const unsubscribe = method(api, 'onEvent')(listener);
      electron.emit(CHANNELS.roomEvent, { type: 'phones', connected: 2 });
      expect(listener.mock.calls).toEqual([[{ type: 'phones', connected: 2 }]]);
      if (typeof unsubscribe !== 'function') throw new Error('onEvent returned no unsubscribe function');
      (unsubscribe as () => void)();
      const added = electron.ipcRenderer.on.mock.calls[0]?.[1];
      expect(electron.ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith(CHANNELS.roomEvent, added);
      electron.emit(CHANNELS.roomEvent, { type: 'locked' });
      expect(listener).toHaveBeenCalledOnce();
    });
  });
});
