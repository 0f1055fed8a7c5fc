import type { Platform } from './platform.ts';
import { appVersion, downloadFile, requestPersistence } from './platform.ts';
import { browserRoom } from './browserRoom.ts';
import { browserSyncFolders } from './browserSyncFolders.ts';
import { browserReadableFolders } from './fsaReadFolder.ts';

/** The app as a plain web page: no menu bar, storage as the browser allows. */
export function browserPlatform(): Platform {
  // The popup this page opened; lost when the page reloads (the popup stays).
  let presenter: Window | null = null;
  return {
    appInfo: async () => ({
      name: 'AKR Studio',
      version: appVersion(),
      platform: (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform || 'web',
    }),
    // A web page has no machine-wide policy file.
    policy: () => Promise.resolve(null),
    setLanguage: async () => undefined,
    onMenuCommand: () => () => undefined,
    onOpenedFiles: () => () => undefined,
    persistStorage: () => requestPersistence(navigator.storage),
    saveFile: downloadFile,
    syncFolders: browserSyncFolders(),
    readableFolders: browserReadableFolders(),
    openPresenter: async (analysisId) => {
      // The named target reuses an open presenter popup and navigates it.
      const url = `${location.origin}${location.pathname}#/present/${encodeURIComponent(analysisId)}`;
      presenter = window.open(url, 'akr-presenter', 'popup,width=1280,height=720');
      if (presenter === null) return 'blocked';
      presenter.focus();
      return 'opened';
    },
    closePresenter: async () => {
      presenter?.close();
      presenter = null;
    },
    // The room host in the local server (`npm run web`); none when the page was served without one.
    room: browserRoom(),
  };
}
