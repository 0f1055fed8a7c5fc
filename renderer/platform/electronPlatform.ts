import type { DesktopApi } from '../../shared/ipc.ts';
import type { Policy } from '../../shared/policy.ts';
import { noRoom } from '../../shared/room/bridge.ts';
import type { Platform } from './platform.ts';
import { desktopSyncFolders } from './desktopSyncFolders.ts';
import { openedFilesInbox } from './openedFilesInbox.ts';
import { downloadFile, requestPersistence } from './platform.ts';

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
    openPresenter: async (analysisId) => {
      await api.presenter.open(analysisId);
      return 'opened';
    },
    closePresenter: () => api.presenter.close(),
    room: api.room ? { ...api.room, supported: true } : noRoom,
  };
}
