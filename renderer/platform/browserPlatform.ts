import type { Platform } from './platform.ts';
import { appVersion, downloadFile, noSyncFolders, requestPersistence } from './platform.ts';

/** The app as a plain web page: no menu bar, storage as the browser allows. */
export function browserPlatform(): Platform {
  return {
    appInfo: async () => ({ name: 'AKR Studio', version: appVersion(), platform: navigator.platform || 'web' }),
    setLanguage: async () => undefined,
    onMenuCommand: () => () => undefined,
    persistStorage: () => requestPersistence(navigator.storage),
    saveFile: downloadFile,
    syncFolders: noSyncFolders,
  };
}
