import type { DesktopApi, DesktopRoomApi } from '../../shared/ipc.ts';
import type { Policy } from '../../shared/policy.ts';
import { noRoom, type RoomBridge } from '../../shared/room/bridge.ts';
import type { Platform } from './platform.ts';
import { desktopSyncFolders } from './desktopSyncFolders.ts';
import { openedFilesInbox } from './openedFilesInbox.ts';
import { checkedRoomEvents } from './roomEvents.ts';
import { downloadFile, noReadableFolders, requestPersistence } from './platform.ts';
import type { ReadableFolders } from '../../shared/hrOverview/folder.ts';

/** A folder read through main for HR's overview; none when the shell offers no such reading. */
export function desktopReadableFolders(api: DesktopApi['readFolder']): ReadableFolders {
  if (api === undefined) return noReadableFolders;
  return {
    supported: true,
    async choose() {
      const chosen = await api.choose();
      if (!chosen.ok || chosen.value === null) return chosen.ok ? { ok: true, value: null } : chosen;
      return { ok: true, value: { label: chosen.value.label, list: () => api.list(), read: (path, start, end) => api.read(path, start, end) } };
    },
  };
}

/** The room host in main, over IPC; none when the shell offers no room. */
export function desktopRoom(room: DesktopRoomApi | undefined): RoomBridge {
  if (room === undefined) return noRoom;
  return {
    supported: true,
    addresses: () => room.addresses(),
    open: (analysisId, options) => room.open(analysisId, options),
    current: () => room.current(),
    setActivity: (activity) => room.setActivity(activity),
    newCode: () => room.newCode(),
    close: () => room.close(),
    unacknowledged: (analysisId) => room.unacknowledged(analysisId),
    acknowledge: (analysisId, ids) => room.acknowledge(analysisId, ids),
    erase: (analysisId) => room.erase(analysisId),
    // What main sent is checked here, before the window acts on it.
    onEvent: (listener) => room.onEvent(checkedRoomEvents(listener)),
  };
}

/** The app inside the desktop shell, through the one bridge object the preload exposes. */
export function electronPlatform(api: DesktopApi): Platform {
  let policy: Promise<Policy | null> | undefined;
  return {
    appInfo: () => api.appInfo(),
    // Main read the file at start and never changes its answer: one round trip is enough.
    policy: () =>
      (policy ??= api.policy().catch((error: unknown) => {
        console.warn('AKR Studio policy: main did not answer', error);
        return null;
      })),
    setLanguage: (language) => api.setLanguage(language),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onOpenedFiles: openedFilesInbox(api.openedFiles),
    persistStorage: () => requestPersistence(navigator.storage),
    saveFile: downloadFile,
    syncFolders: desktopSyncFolders(api.sync),
    readableFolders: desktopReadableFolders(api.readFolder),
    openPresenter: async (analysisId) => {
      await api.presenter.open(analysisId);
      return 'opened';
    },
    closePresenter: () => api.presenter.close(),
    room: desktopRoom(api.room),
  };
}
