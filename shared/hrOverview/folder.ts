/**
 * A folder chosen to be read by HR's overview: read only, never written.
 * The desktop shell reads it with Node's fs in main (electron/readFolder.ts),
 * the browser with the File System Access API (renderer/platform/
 * fsaReadFolder.ts); both follow the rules here for what they list.
 */
import { analysisFileExtension } from '../exchange/fileName.ts';
// Not restore.ts's equal limit: that module brings zod, which the first screen must not load.
import { SYNC_MAX_FILE_BYTES, type SyncResult } from '../syncFolder.ts';
import type { FileProblem } from './parseFile.ts';
import type { FolderFile, FolderSkipped } from './readFolder.ts';

/** How deep into sub-folders the listing goes (a folder per administration, per year …). */
export const OVERVIEW_MAX_DEPTH = 4;
/** The most files listed; a folder with more is cut off there (no real municipality comes near). */
export const OVERVIEW_MAX_FILES = 20_000;
/** The largest file read (the analysis-file limit). */
export const OVERVIEW_MAX_FILE_BYTES = SYNC_MAX_FILE_BYTES;

/** What a folder holds for the overview: the analysis files, and those that cannot be read at all. */
export interface FolderListing {
  files: FolderFile[];
  skipped: FolderSkipped[];
}

export type FolderText = { ok: true; text: string } | { ok: false; problem: FileProblem };

/** A folder the user chose to read. */
export interface ReadableFolder {
  /** What the user sees: the path on the desktop, the folder's name in the browser. */
  readonly label: string;
  /** The analysis files in it and its sub-folders, sorted by path. */
  list(): Promise<SyncResult<FolderListing>>;
  /** The text of bytes [start, end) of a listed file (end null: to its end). */
  read(path: string, start: number, end: number | null): Promise<FolderText>;
}

/** Choosing a folder to read. */
export interface ReadableFolders {
  /** False where the platform cannot read folders at all. */
  readonly supported: boolean;
  /** Opens the folder picker; null when the user cancels. */
  choose(): Promise<SyncResult<ReadableFolder | null>>;
}

/**
 * Sub-folders not entered: the sync folder's backups (`.akr-backups`, older
 * copies of the same files) and every other hidden folder.
 */
export function skipsFolder(name: string): boolean {
  return name.startsWith('.');
}

/** Files listed: `.akr` and, from earlier versions, `.akr.json`, in any case; no hidden or temp files. */
export function isOverviewFile(name: string): boolean {
  return !name.startsWith('.') && !name.startsWith('~') && analysisFileExtension(name, { ignoreCase: true }) !== null;
}

/** A path inside the folder the way the listing gives it: forward slashes, no empty, `.` or `..` part. */
export function isFolderPath(path: unknown): path is string {
  if (typeof path !== 'string' || path.length === 0 || path.length > 4096 || path.includes('\\') || path.includes('\u0000')) return false;
  const parts = path.split('/');
  return parts.length <= OVERVIEW_MAX_DEPTH + 1 && parts.every((p) => p !== '' && p !== '.' && p !== '..') && isOverviewFile(parts.at(-1) ?? '');
}

/** Listing order: by path, in Swedish. */
export const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path, 'sv');
