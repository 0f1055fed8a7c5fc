/**
 * The sync folder: a folder the user chose once (a OneDrive/SharePoint or
 * network-share folder) where the app keeps one file per analysis. The
 * desktop shell implements it with Node's fs in main (electron/syncFolder.ts);
 * the browser with the File System Access API (renderer/platform/fsaSyncFolder.ts).
 * Both speak these types, so the logic that decides what to write and what
 * to offer for import is the same everywhere.
 *
 * Names: the app writes `<stem>.akr` and still reads `<stem>.akr.json`, what
 * earlier versions wrote. Both names of one stem are one analysis file
 * (the sync controller also matches analyses by the id inside): they share
 * one history of backups, and the old name is retired into it once this
 * machine has written the new one (see `retire`).
 */
import { ANALYSIS_FILE_EXTENSION, analysisFileExtension } from './exchange/fileName.ts';

/** What went wrong with the folder, in terms the UI can explain. */
export const SYNC_PROBLEMS = [
  /** The folder (or the file) is not there: unplugged drive, share offline, renamed. */
  'missing',
  /** No permission (EACCES, or the browser's permission was withdrawn). */
  'denied',
  /** The folder is read-only (EROFS). */
  'readOnly',
  /** The disk or quota is full (ENOSPC, EDQUOT, QuotaExceededError). */
  'full',
  /** A sync client or another program holds the file (EBUSY, EPERM on Windows, NoModificationAllowedError). */
  'locked',
  /** A file name the app does not accept (not `<safe name>.akr`, nor `<safe name>.akr.json` from earlier versions). */
  'badName',
  /** What lies under the name is not a regular file (a link, a folder, a pipe …): never followed, read or replaced. */
  'notAFile',
  /** The file is over SYNC_MAX_FILE_BYTES: refused before a byte of it is read. */
  'tooLarge',
  /** This browser (or window) cannot choose folders at all. */
  'unsupported',
  /** Anything else; `detail` says what. */
  'other',
] as const;
export type SyncProblem = (typeof SYNC_PROBLEMS)[number];

export type SyncResult<T> = { ok: true; value: T } | { ok: false; problem: SyncProblem; detail: string };

/** One analysis file in the folder, without its text. */
export interface SyncFileInfo {
  /** Base name, e.g. `Förskolan Solen-3f2a9c1e.akr`. */
  name: string;
  size: number;
  /** SHA-256 of the bytes, lower-case hex: how the app recognises its own writes (modification times are not trusted). */
  sha256: string;
}

/**
 * An entry of the folder listing that has an analysis file's name but was not
 * read: not a regular file, over the size limit, or unreadable. Reported, so
 * one bad entry never fails the listing.
 */
export interface SyncSkippedFile {
  name: string;
  skipped: 'notAFile' | 'tooLarge' | 'unreadable';
  /** For the log: what it was, its size, or the error. */
  detail: string;
}

/** One entry of the folder listing: a file read and hashed, or one skipped with the reason. */
export type SyncListEntry = SyncFileInfo | SyncSkippedFile;

/** The largest analysis file the folder code reads, writes or keeps as a backup (the analysis-file limit). */
export const SYNC_MAX_FILE_BYTES = 100 * 1024 * 1024;

/** The number of earlier versions kept of each file. */
export const SYNC_BACKUPS_KEPT = 10;
/** The sub-folder (inside the sync folder) that holds the earlier versions. */
export const SYNC_BACKUP_DIR = '.akr-backups';

/**
 * A chosen folder. Every call resolves (never rejects) with a SyncResult, so
 * a missing, read-only, full or locked folder is a warning in the UI and
 * never a crash; the data stays in IndexedDB either way.
 */
export interface SyncFolder {
  /** What the user sees: the folder's path on the desktop, its name in the browser. */
  readonly label: string;
  /**
   * Writes `text` (UTF-8) as `name` atomically: a temp file in the same
   * folder, flushed (fsync), then renamed over the old file. The old file, if
   * any, is first kept as a backup; only the newest SYNC_BACKUPS_KEPT
   * backups of each name are kept. Returns the SHA-256 of what was written.
   */
  write(name: string, text: string): Promise<SyncResult<{ sha256: string }>>;
  /**
   * The analysis files directly in the folder (no temp files, no backups),
   * sorted by name. Type and size are checked before a file is read; an entry
   * that is not a regular file, is over SYNC_MAX_FILE_BYTES or cannot be read
   * is listed as skipped, never followed, never failing the rest.
   */
  list(): Promise<SyncResult<SyncListEntry[]>>;
  /** One file's text, with its SHA-256. */
  read(name: string): Promise<SyncResult<{ text: string; sha256: string }>>;
  /** The backups kept of `name`, newest first (their base names inside SYNC_BACKUP_DIR). */
  backups(name: string): Promise<SyncResult<string[]>>;
  /**
   * Removes the file and all the backups of its stem (under either extension)
   * for good: used when an analysis is erased, and for the file of a unit
   * since renamed. A missing file is not an error.
   */
  remove(name: string): Promise<SyncResult<void>>;
  /**
   * Moves `name` into SYNC_BACKUP_DIR as the newest backup of its stem, if
   * its bytes still hash to `sha256` (what this machine last wrote or saw
   * there, so already in the database): how `<stem>.akr.json` makes way once
   * `<stem>.akr` is written, with nothing deleted. Resolves to false, touching
   * nothing, when the bytes differ (another machine wrote them since: they
   * stay, to be offered); to true when moved or when nothing is there.
   */
  retire(name: string, sha256: string): Promise<SyncResult<boolean>>;
}

/** Choosing, remembering and forgetting the folder. */
export interface SyncFolders {
  /** False where the platform has no folder access at all (e.g. a browser without the File System Access API). */
  readonly supported: boolean;
  /** Opens the OS folder picker; null when the user cancels. The choice is remembered. */
  choose(): Promise<SyncResult<SyncFolder | null>>;
  /**
   * The folder chosen earlier, or null if none. In the browser, permission
   * may have to be asked again: `needsPermission` says so, and
   * `choose`-like user activation is then needed (call `reconnect`).
   */
  current(): Promise<{ folder: SyncFolder | null; needsPermission: boolean; label: string | null }>;
  /** Asks again for permission to the remembered folder (browser; needs a user gesture). */
  reconnect(): Promise<SyncResult<SyncFolder | null>>;
  /** Stops using the folder (its files stay where they are). */
  forget(): Promise<void>;
}

/**
 * Whether `name` is a file name the sync folder accepts: a plain base name
 * (no path parts, no control characters, nothing Windows refuses) ending in
 * `.akr`, or `.akr.json` as earlier versions wrote (exactly so: the app names
 * these files itself), at most 200 characters. Names come from
 * shared/exchange/fileName.ts, which always passes this.
 */
export function isSyncFileName(name: unknown): name is string {
  if (typeof name !== 'string') return false;
  if (name.length > 200 || analysisFileExtension(name) === null) return false;
  // eslint-disable-next-line no-control-regex
  if (/[<>:"/\\|?*\u0000-\u001f]/.test(name)) return false;
  if (name.startsWith('.') || name.endsWith(' ') || name.endsWith('.')) return false;
  const stem = (name.split('.')[0] ?? '').trim().toUpperCase();
  return !/^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$/.test(stem);
}

/*
 * Backup names, the same on the desktop and in the browser, so each
 * recognises the other's: `<stem>.<UTC yyyymmddThhmmssSSSZ>[-n].akr`. Those
 * earlier versions made (`….akr.json`) are recognised as the same stem's, so
 * a file's history carries over to its new name.
 */

/** `yyyymmddThhmmssSSSZ` in UTC: sorts by time as text. */
export function backupStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** `name` without its extension: `x` for both `x.akr` and `x.akr.json`, which are one analysis file. */
export function syncFileStem(name: string): string {
  const extension = analysisFileExtension(name);
  return extension === null ? name : name.slice(0, -extension.length);
}

/** The backup name for `name` at `stamp`; `counter` > 0 separates writes within one millisecond. */
export function backupName(name: string, stamp: string, counter = 0): string {
  return `${syncFileStem(name)}.${stamp}${counter > 0 ? `-${counter}` : ''}${ANALYSIS_FILE_EXTENSION}`;
}

const BACKUP_TAIL = /^(\d{8}T\d{9}Z)(?:-(\d{1,4}))?\.akr(?:\.json)?$/;

/** When `entry` is one of `name`'s backups: its stamp and counter; else null. */
export function backupKey(name: string, entry: string): { stamp: string; counter: number } | null {
  const prefix = `${syncFileStem(name)}.`;
  if (!entry.startsWith(prefix)) return null;
  const match = BACKUP_TAIL.exec(entry.slice(prefix.length));
  if (match === null) return null;
  return { stamp: match[1] ?? '', counter: Number(match[2] ?? '0') };
}

/** Of `entries`, the backups of `name`, newest first. */
export function backupsOf(name: string, entries: readonly string[]): string[] {
  const keyed: { entry: string; stamp: string; counter: number }[] = [];
  for (const entry of entries) {
    const key = backupKey(name, entry);
    if (key !== null) keyed.push({ entry, ...key });
  }
  keyed.sort((a, b) => (a.stamp === b.stamp ? b.counter - a.counter : a.stamp < b.stamp ? 1 : -1));
  return keyed.map((k) => k.entry);
}

/** The largest counter a backup name can carry (BACKUP_TAIL's four digits). */
const MAX_BACKUP_COUNTER = 9999;

/**
 * The name for a new backup of `name`: always newer than `newest` (the newest
 * backup already there), so rotation, which keeps the newest, never removes
 * the one just made. The one rule for the desktop and the browser. Normally
 * the current time; when `newest` is not older (a write within the same
 * millisecond, this clock went back, or another machine's clock runs ahead
 * and stamped its backups in our future) the next counter on `newest`'s
 * stamp, and when the counters run out, the millisecond after it.
 */
export function nextBackupName(name: string, now: Date, newest: string | null): string {
  const stamp = backupStamp(now);
  const last = newest === null ? null : backupKey(name, newest);
  if (!last || stamp > last.stamp) return backupName(name, stamp);
  if (last.counter < MAX_BACKUP_COUNTER) return backupName(name, last.stamp, last.counter + 1);
  return backupName(name, backupStamp(new Date(stampTime(last.stamp) + 1)));
}

/** The time a backup stamp stands for. */
function stampTime(stamp: string): number {
  const [, y, mo, d, h, mi, s, ms] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp) ?? [];
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms));
}
