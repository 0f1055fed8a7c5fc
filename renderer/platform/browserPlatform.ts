import type { Platform } from './platform.ts';
import { appVersion, downloadFile, requestPersistence } from './platform.ts';
import { browserSyncFolders } from './browserSyncFolders.ts';

/** The app as a plain web page: no menu bar, storage as the browser allows. */
export function browserPlatform(): Platform {
  return {
    appInfo: async () => ({ name: 'AKR Studio', version: appVersion(), platform: navigator.platform || 'web' }),
    setLanguage: async () => undefined,
    onMenuCommand: () => () => undefined,
    persistStorage: () => requestPersistence(navigator.storage),
    saveFile: downloadFile,
    syncFolders: browserSyncFolders(),
  };
}
