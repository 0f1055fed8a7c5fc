/**
 * The one typed bridge between the renderer and the main process.
 *
 * Only OS capabilities cross it, never the domain model: analyses live in the
 * renderer's IndexedDB. The preload exposes exactly one object that
 * `satisfies DesktopApi`; main validates every argument it receives.
 */

import type { FolderListing, FolderText } from './hrOverview/folder.ts';
import type { Policy } from './policy.ts';
import type { RoomBridge } from './room/bridge.ts';
import { SYNC_MAX_FILE_BYTES, type SyncListEntry, type SyncResult } from './syncFolder.ts';

/** UI languages. Swedish is the default. */
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = ['newAnalysis', 'showAnalyses', 'showSettings', 'undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Facts about the running app shown in Settings → About. */
export interface AppInfo {
  name: string;
  version: string;
  /** e.g. "45.4.1"; absent in the browser. */
  electronVersion?: string;
  platform: string;
}

/** IPC channel names, one per capability. */
export const CHANNELS = {
  appInfo: 'app:info',
  setLanguage: 'app:set-language',
  policy: 'policy:get',
  menuCommand: 'menu:command',
  syncChoose: 'sync:choose',
  syncCurrent: 'sync:current',
  syncForget: 'sync:forget',
  syncWrite: 'sync:write',
  syncList: 'sync:list',
  syncRead: 'sync:read',
  syncBackups: 'sync:backups',
  syncRemove: 'sync:remove',
  syncRetire: 'sync:retire',
  readFolderChoose: 'read-folder:choose',
  readFolderList: 'read-folder:list',
  readFolderRead: 'read-folder:read',
  openedFilesTake: 'opened-files:take',
  openedFilesArrived: 'opened-files:arrived',
  presenterOpen: 'presenter:open',
  presenterClose: 'presenter:close',
  roomAddresses: 'room:addresses',
  roomOpen: 'room:open',
  roomCurrent: 'room:current',
  roomSetActivity: 'room:set-activity',
  roomNewCode: 'room:new-code',
  roomClose: 'room:close',
  roomUnacknowledged: 'room:unacknowledged',
  roomAcknowledge: 'room:acknowledge',
  roomErase: 'room:erase',
  /** Main to the window: one RoomHostEvent. */
  roomEvent: 'room:event',
} as const;

/** The largest text the desktop shell writes to the sync folder (UTF-8 bytes). */
export const SYNC_MAX_TEXT_BYTES = SYNC_MAX_FILE_BYTES;

/** The remembered sync folder as main reports it. */
export interface DesktopSyncFolderInfo {
  /** The folder's path, shown to the user. */
  label: string;
  /** Whether the folder is reachable right now (a share may be offline). */
  available: boolean;
}

/**
 * The sync folder through main. The renderer never sends a path: the folder
 * is only what the user picked in main's own dialog, and files are named by
 * base names that pass isSyncFileName.
 */
export interface DesktopSyncApi {
  /** Opens the folder dialog; null when cancelled. The choice is remembered. */
  choose(): Promise<SyncResult<{ label: string } | null>>;
  /** The remembered folder, or null if none. */
  current(): Promise<DesktopSyncFolderInfo | null>;
  /** Stops using the folder (its files stay). */
  forget(): Promise<void>;
  write(name: string, text: string): Promise<SyncResult<{ sha256: string }>>;
  list(): Promise<SyncResult<SyncListEntry[]>>;
  read(name: string): Promise<SyncResult<{ text: string; sha256: string }>>;
  backups(name: string): Promise<SyncResult<string[]>>;
  remove(name: string): Promise<SyncResult<void>>;
  retire(name: string, sha256: string): Promise<SyncResult<boolean>>;
}

/**
 * A folder read for HR's overview, through main: chosen in main's dialog,
 * listed, and read a range of bytes at a time. Read only.
 */
export interface DesktopReadFolderApi {
  /** Opens the folder dialog; null when cancelled. */
  choose(): Promise<SyncResult<{ label: string } | null>>;
  list(): Promise<SyncResult<FolderListing>>;
  /** Bytes [start, end) of a listed file as text (end null: to its end). */
  read(path: string, start: number, end: number | null): Promise<FolderText>;
}

/** Why main did not hand over a file the OS or the command line asked the app to open. */
export const OPENED_FILE_PROBLEMS = [
  /** Not named `.akr` (nor `.akr.json`, as earlier versions wrote). */
  'wrongType',
  /** Not a regular file: a link (never followed), a folder, a pipe, a device. */
  'notAFile',
  /** Over the analysis-file limit: refused before a byte of it is read. */
  'tooLarge',
  /** Gone, no permission, locked, or not UTF-8 text; `detail` says which. */
  'unreadable',
] as const;
export type OpenedFileProblem = (typeof OPENED_FILE_PROBLEMS)[number];

/**
 * A file the OS (a double-click, "Open with") or the command line asked the
 * app to open, as main read it: its base name (never its path) and text, or
 * why it was refused. The renderer shows it in the import preview; nothing
 * is imported before the user confirms there.
 */
export type OpenedFile =
  | { ok: true; name: string; text: string }
  | {
      ok: false;
      name: string;
      problem: OpenedFileProblem;
      /** For the log: the errno code, what the entry is, or its size. */
      detail: string;
      /** The size in bytes, when known (always with 'tooLarge'). */
      size?: number;
    };

/** Files handed to the app from outside, waiting in main until the page takes them. */
export interface DesktopOpenedFilesApi {
  /** The files that arrived since the last call (those from before the page loaded too), oldest first; each is handed out once. */
  take(): Promise<OpenedFile[]>;
  /** Calls `listener` whenever more files arrive (then call `take`); returns an unsubscribe function. */
  onOpened(listener: () => void): () => void;
}

/** The presenter window: one at a time, showing the renderer's `#/present/<analysisId>` route. */
export interface DesktopPresenterApi {
  /** Opens it on the analysis, or focuses the open one and shows the analysis there. */
  open(analysisId: string): Promise<void>;
  /** Closes it, if it is open. */
  close(): Promise<void>;
}

/**
 * The room host in main (electron/room/roomIpc.ts): the RoomBridge calls,
 * with the host's events pushed to the window that opened the room.
 */
export type DesktopRoomApi = Omit<RoomBridge, 'supported'>;

/** Everything the desktop shell offers the renderer. */
export interface DesktopApi {
  /** Version and platform facts for the About section. */
  appInfo(): Promise<AppInfo>;
  /** Rebuilds the application menu in the UI language. */
  setLanguage(language: Language): Promise<void>;
  /** The organisation's policy file as main read it at start (see shared/policy.ts), or null when there is none or it was ignored. */
  policy(): Promise<Policy | null>;
  /** Subscribes to application-menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The sync folder, implemented with Node's fs in main. */
  sync: DesktopSyncApi;
  /** Analysis files opened from outside the app (a double-click, "Open with", the command line). */
  openedFiles: DesktopOpenedFilesApi;
  /** The view-only presenter window, full screen on the projector when there is one. */
  presenter: DesktopPresenterApi;
  /** Reading a folder for HR's overview. Optional: stand-ins for the shell may leave it out. */
  readFolder?: DesktopReadFolderApi;
  /** Phones in the room. Optional: stand-ins for the shell that have no room leave it out, and the page then has none. */
  room?: DesktopRoomApi;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
