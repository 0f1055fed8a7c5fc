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
import type { RoomHostEvent } from '../shared/room/bridge';

const api = {
  appInfo: (): Promise<AppInfo> => ipcRenderer.invoke(CHANNELS.appInfo),

  setLanguage: async (language) => {
    await ipcRenderer.invoke(CHANNELS.setLanguage, language);
  },

  policy: () => ipcRenderer.invoke(CHANNELS.policy),

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

  // Only base names and text cross; main owns the folder's path.
  sync: {
    choose: () => ipcRenderer.invoke(CHANNELS.syncChoose),
    current: () => ipcRenderer.invoke(CHANNELS.syncCurrent),
    forget: async () => {
      await ipcRenderer.invoke(CHANNELS.syncForget);
    },
    write: (name, text) => ipcRenderer.invoke(CHANNELS.syncWrite, name, text),
    list: () => ipcRenderer.invoke(CHANNELS.syncList),
    read: (name) => ipcRenderer.invoke(CHANNELS.syncRead, name),
    backups: (name) => ipcRenderer.invoke(CHANNELS.syncBackups, name),
    remove: (name) => ipcRenderer.invoke(CHANNELS.syncRemove, name),
    retire: (name, sha256) => ipcRenderer.invoke(CHANNELS.syncRetire, name, sha256),
  },

  // A folder only main knows; paths inside it and text cross.
  readFolder: {
    choose: () => ipcRenderer.invoke(CHANNELS.readFolderChoose),
    list: () => ipcRenderer.invoke(CHANNELS.readFolderList),
    read: (rel, start, end) => ipcRenderer.invoke(CHANNELS.readFolderRead, rel, start, end),
  },

  // Main has read and checked the files; only base names and text cross.
  openedFiles: {
    take: () => ipcRenderer.invoke(CHANNELS.openedFilesTake),
    onOpened: (listener: () => void) => {
      // Nothing from the event crosses: the page asks for the files itself.
      const handler = (): void => listener();
      ipcRenderer.on(CHANNELS.openedFilesArrived, handler);
      return () => {
        ipcRenderer.removeListener(CHANNELS.openedFilesArrived, handler);
      };
    },
  },

  presenter: {
    open: async (analysisId) => {
      await ipcRenderer.invoke(CHANNELS.presenterOpen, analysisId);
    },
    close: async () => {
      await ipcRenderer.invoke(CHANNELS.presenterClose);
    },
  },

  // The room host lives in main; only its answers and events cross (the page checks the events' shape).
  room: {
    addresses: () => ipcRenderer.invoke(CHANNELS.roomAddresses),
    open: (analysisId, options) => ipcRenderer.invoke(CHANNELS.roomOpen, analysisId, options ?? {}),
    current: () => ipcRenderer.invoke(CHANNELS.roomCurrent),
    setActivity: async (activity) => {
      await ipcRenderer.invoke(CHANNELS.roomSetActivity, activity);
    },
    newCode: () => ipcRenderer.invoke(CHANNELS.roomNewCode),
    close: async () => {
      await ipcRenderer.invoke(CHANNELS.roomClose);
    },
    unacknowledged: (analysisId) => ipcRenderer.invoke(CHANNELS.roomUnacknowledged, analysisId),
    acknowledge: async (analysisId, ids) => {
      await ipcRenderer.invoke(CHANNELS.roomAcknowledge, analysisId, [...ids]);
    },
    erase: async (analysisId) => {
      await ipcRenderer.invoke(CHANNELS.roomErase, analysisId);
    },
    onEvent: (listener: (event: RoomHostEvent) => void) => {
      // As for menu commands: the IPC event (and its `sender`) stays here; only the message crosses.
      const handler = (_event: IpcRendererEvent, message: unknown): void => {
        listener(message as RoomHostEvent);
      };
      ipcRenderer.on(CHANNELS.roomEvent, handler);
      return () => {
        ipcRenderer.removeListener(CHANNELS.roomEvent, handler);
      };
    },
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('api', api);
