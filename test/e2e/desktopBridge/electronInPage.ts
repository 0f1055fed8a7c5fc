/**
 * The renderer half of the `electron` module, for the desktop path in the
 * e2e: esbuild bundles the real electron/preload.ts with its `electron`
 * import pointed here (preloadBundle.ts), and the bundle runs in the page
 * before the app. Only Electron's IPC transport is replaced: `invoke` goes to
 * a Playwright binding into the Node test process, where the real main
 * handlers answer (bridge.ts); what main sends with `webContents.send`
 * arrives through the IPC_DISPATCH function below.
 *
 * Browser code: it imports only wire.ts, and runs in the page's one world (a
 * Playwright init script cannot make Electron's isolated world).
 */
import { IPC_BINDING, IPC_DISPATCH } from './wire.ts';

/** The event a renderer listener gets. Electron's also has `senderId`; the preload reads nothing of it. */
export interface IpcRendererEvent {
  sender: IpcRenderer;
  ports: MessagePort[];
}

type Listener = (event: IpcRendererEvent, ...args: unknown[]) => void;

/** The members of Electron's ipcRenderer that the preload uses. */
export interface IpcRenderer {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: Listener): IpcRenderer;
  removeListener(channel: string, listener: Listener): IpcRenderer;
}

const listeners = new Map<string, Set<Listener>>();

export const ipcRenderer: IpcRenderer = {
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    // Electron copies the arguments with the structured clone algorithm: what cannot be cloned
    // (a function, a DOM node) is refused here, in the page, and never reaches main.
    const copied = structuredClone(args);
    const send = window[IPC_BINDING];
    if (send === undefined) throw new Error('The desktop bridge is not connected to this page.');
    const reply = await send({ channel, args: copied });
    if ('error' in reply) throw new Error(`Error invoking remote method '${channel}': ${reply.error}`);
    return reply.result;
  },
  on(channel: string, listener: Listener): IpcRenderer {
    const set = listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(channel, set);
    return ipcRenderer;
  },
  removeListener(channel: string, listener: Listener): IpcRenderer {
    listeners.get(channel)?.delete(listener);
    return ipcRenderer;
  },
};

export const contextBridge = {
  /** Puts `api` on `window`: read-only, like the key Electron's contextBridge defines. */
  exposeInMainWorld(key: string, api: unknown): void {
    Object.defineProperty(window, key, { value: api, enumerable: true, writable: false, configurable: false });
  },
};

Object.defineProperty(window, IPC_DISPATCH, {
  value: (channel: string, args: unknown[]): void => {
    const event: IpcRendererEvent = { sender: ipcRenderer, ports: [] };
    for (const listener of [...(listeners.get(channel) ?? [])]) listener(event, ...args);
  },
  enumerable: false,
  writable: false,
  configurable: false,
});
