/**
 * The only bridge between the renderer and main: one `window.api` object
 * that satisfies DesktopApi.
 *
 * This runs in Chromium's sandbox, where `require` offers only 'electron' and
 * a few Node built-ins (events, timers, url). Import nothing else at runtime;
 * shared/ipc.ts is pure and is bundled in by esbuild.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, isMenuCommand, type AppInfo, type DesktopApi, type MenuCommand } from '../shared/ipc';

const api = {
  appInfo: (): Promise<AppInfo> => ipcRenderer.invoke(CHANNELS.appInfo),

  setLanguage: async (language) => {
    await ipcRenderer.invoke(CHANNELS.setLanguage, language);
  },

  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    // The IPC event carries `sender` (the ipcRenderer itself), so only the
    // validated command crosses into the page.
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(CHANNELS.menuCommand, handler);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, handler);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('api', api);
