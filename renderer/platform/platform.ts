import type { AppInfo, Language, MenuCommand, OpenedFile } from '../../shared/ipc.ts';
import type { Policy } from '../../shared/policy.ts';
import type { RoomBridge } from '../../shared/room/bridge.ts';
import type { ReadableFolders } from '../../shared/hrOverview/folder.ts';
import type { SyncFolders } from '../../shared/syncFolder.ts';

/** Whether the browser has promised to keep the app's data under storage pressure. */
export type StorageStatus = 'persistent' | 'bestEffort' | 'unsupported';

/**
 * What the app needs from the machine it runs on. One implementation wraps the
 * desktop bridge (`window.api`), the other uses plain browser APIs; feature
 * code only ever sees this interface.
 */
export interface Platform {
  appInfo(): Promise<AppInfo>;
  /**
   * The organisation's policy (a machine-wide file the desktop app reads at
   * start), or null: none, or in the browser, which has no such file. Never
   * rejects; asked once, the same answer after.
   */
  policy(): Promise<Policy | null>;
  /** Tells the desktop shell the UI language (its menu follows it). */
  setLanguage(language: Language): Promise<void>;
  /** Application-menu commands; the browser has no such menu. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Analysis files the OS or the command line asked the desktop app to open
   * (a double-click on an `.akr` file, "Open with"): `listener` gets them in
   * batches, those from before it subscribed first; returns an unsubscribe
   * function. The browser has none: files come in through its file chooser.
   */
  onOpenedFiles(listener: (files: OpenedFile[]) => void): () => void;
  /** Asks for persistent storage and reports the outcome. */
  persistStorage(): Promise<StorageStatus>;
  /** Hands a file the app made to the user: a download in the browser, Electron's save dialog on the desktop. */
  saveFile(name: string, data: Blob): Promise<void>;
  /** The sync folder: Node's fs through main on the desktop, the File System Access API in the browser. */
  syncFolders: SyncFolders;
  /** A folder to read for HR's overview (read only): Node's fs through main on the desktop, the File System Access API in the browser. */
  readableFolders: ReadableFolders;
  /**
   * Opens the view-only presenter window on `#/present/<analysisId>`, or shows
   * the analysis in the one already open: full screen on the projector on the
   * desktop, a popup in the browser ('blocked' when the browser refuses it).
   */
  openPresenter(analysisId: string): Promise<'opened' | 'blocked'>;
  /** Closes the presenter window, if this app opened one. */
  closePresenter(): Promise<void>;
  /** Phones in the room: the room host, over IPC on the desktop and the local server's link in the browser. */
  room: RoomBridge;
}

/** For a platform without any folder access. */
export const noSyncFolders: SyncFolders = {
  supported: false,
  choose: async () => ({ ok: false, problem: 'unsupported', detail: 'no sync folder on this platform' }),
  current: async () => ({ folder: null, needsPermission: false, label: null }),
  reconnect: async () => ({ ok: true, value: null }),
  forget: async () => undefined,
};

/** For a platform that cannot read folders. */
export const noReadableFolders: ReadableFolders = {
  supported: false,
  choose: async () => ({ ok: false, problem: 'unsupported', detail: 'no folders on this platform' }),
};

/** Saves through the engine's own download: the browser's download bar, or Electron's save dialog. */
export async function downloadFile(name: string, data: Blob): Promise<void> {
  const url = URL.createObjectURL(data);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // Revoked after the click has handed the data to the download.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

declare const __APP_VERSION__: string;

/** Asks the browser engine to keep IndexedDB under storage pressure. */
export async function requestPersistence(storage: Partial<Pick<StorageManager, 'persist' | 'persisted'>> | undefined): Promise<StorageStatus> {
  // Older engines lack the API, or part of it.
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'bestEffort';
  } catch {
    return 'unsupported';
  }
}

export function appVersion(): string {
  return __APP_VERSION__;
}
