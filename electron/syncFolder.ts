/**
 * The sync folder on the desktop: plain Node fs, no Electron. Every exported
 * function resolves with a SyncResult and never throws, so an unplugged drive,
 * a read-only share, a full disk or a sync client holding a file is a warning
 * in the UI, never a crash. Names are checked with isSyncFileName before any
 * fs call, so a name can never become a path outside the folder.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import {
  backupName,
  backupsOf,
  backupStamp,
  isSyncFileName,
  SYNC_BACKUP_DIR,
  SYNC_BACKUPS_KEPT,
  type SyncFileInfo,
  type SyncProblem,
  type SyncResult,
} from '../shared/syncFolder';

// The pure backup-name functions live in the shared contract; re-exported for the tests and callers here.
export { backupName, backupsOf, backupStamp };

/** The part of an open file the writer uses. */
export interface SyncFileHandle {
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** A directory entry, as `readdir(…, { withFileTypes: true })` gives it. */
export interface SyncDirEntry {
  name: string;
  isFile(): boolean;
}

/** The part of a stat result the folder code looks at. */
export interface SyncStats {
  size: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

/**
 * The few promise-based fs functions used here. Injectable so tests can make
 * any step fail (they run as root, where chmod cannot make a folder read-only).
 */
export interface SyncFs {
  open(file: string, flags: string): Promise<SyncFileHandle>;
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string, mode: number): Promise<void>;
  unlink(file: string): Promise<void>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  readdir(dir: string, options: { withFileTypes: true }): Promise<SyncDirEntry[]>;
  readFile(file: string): Promise<Uint8Array>;
  stat(file: string): Promise<SyncStats>;
}

export const realFs: SyncFs = nodeFs;

/** Bytes per write call: bounded so a huge text is not one giant syscall. */
const WRITE_CHUNK = 1024 * 1024;

/** Waits before each retry of a rename or unlink a sync client may briefly block (Windows). */
const RETRY_DELAYS_MS = [50, 100, 200] as const;
const RETRYABLE: ReadonlySet<string> = new Set(['EBUSY', 'EPERM', 'EACCES']);

/** Directory fsync is not possible on Windows; these are the errors it gives there. */
const DIR_SYNC_UNSUPPORTED: ReadonlySet<string> = new Set(['EISDIR', 'EPERM', 'EINVAL']);

/** A backup's name after `<stem>.`: the UTC time of the write, a counter for same-millisecond writes, the suffix. */

const PROBLEMS: ReadonlyMap<string, SyncProblem> = new Map([
  ['ENOENT', 'missing'],
  ['ENOTDIR', 'missing'],
  ['EACCES', 'denied'],
  ['EROFS', 'readOnly'],
  ['ENOSPC', 'full'],
  ['EDQUOT', 'full'],
  ['EBUSY', 'locked'],
  ['EPERM', 'locked'],
  ['ETXTBSY', 'locked'],
]);

/** The errno code and syscall of a Node fs error, if it is one. */
export function errnoOf(error: unknown): { code: string | undefined; syscall: string | undefined } {
  if (typeof error !== 'object' || error === null) return { code: undefined, syscall: undefined };
  const code: unknown = Reflect.get(error, 'code');
  const syscall: unknown = Reflect.get(error, 'syscall');
  return {
    code: typeof code === 'string' ? code : undefined,
    syscall: typeof syscall === 'string' ? syscall : undefined,
  };
}

/** What a failed fs call means for the user. */
export function problemFor(error: unknown): SyncProblem {
  return PROBLEMS.get(errnoOf(error).code ?? '') ?? 'other';
}

/** A failure with a short detail for the log: errno code, syscall and the step that failed. */
export function failure(error: unknown, step: string): { ok: false; problem: SyncProblem; detail: string } {
  const { code, syscall } = errnoOf(error);
  const what = code === undefined ? (error instanceof Error ? error.message : String(error)) : syscall ? `${code} (${syscall})` : code;
  return { ok: false, problem: problemFor(error), detail: `${what} while ${step}` };
}

function badName(name: unknown): { ok: false; problem: 'badName'; detail: string } {
  const shown = typeof name === 'string' ? JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name) : typeof name;
  return { ok: false, problem: 'badName', detail: `not an analysis file name: ${shown}` };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `step`, retrying a few times with backoff while a sync client holds the file. */
async function withRetry<T>(step: () => Promise<T>): Promise<T> {
  for (const delay of RETRY_DELAYS_MS) {
    try {
      return await step();
    } catch (error) {
      const { code } = errnoOf(error);
      if (code === undefined || !RETRYABLE.has(code)) throw error;
      await sleep(delay);
    }
  }
  return step();
}

/** Ignores an error: used only for clean-up after a failure has already been reported. */
async function bestEffort(step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch {
    // The failure that mattered is already being reported.
  }
}

/** Tags an error with the step it happened in, so the result can say where it went wrong. */
class StepError extends Error {
  constructor(
    readonly step: string,
    readonly original: unknown,
  ) {
    super(step);
  }
}

async function step<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new StepError(what, error);
  }
}

function failureFrom(error: unknown): { ok: false; problem: SyncProblem; detail: string } {
  return error instanceof StepError ? failure(error.original, error.step) : failure(error, 'writing');
}

/** The temp file's name: hidden, in the same folder (so the rename stays on one volume), unique. */
export function tempFileName(name: string): string {
  return `.~${name}.${randomBytes(6).toString('hex')}.tmp`;
}

async function writeAll(handle: SyncFileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, Math.min(WRITE_CHUNK, bytes.length - offset));
    if (bytesWritten <= 0) throw new Error('the disk accepted no bytes');
    offset += bytesWritten;
  }
}

/** Flushes the folder's entry for a renamed file. Windows cannot; that is not an error. */
async function syncDirectory(fs: SyncFs, dir: string): Promise<void> {
  let handle: SyncFileHandle;
  try {
    handle = await fs.open(dir, 'r');
  } catch (error) {
    if (DIR_SYNC_UNSUPPORTED.has(errnoOf(error).code ?? '')) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!DIR_SYNC_UNSUPPORTED.has(errnoOf(error).code ?? '')) throw error;
  } finally {
    await bestEffort(() => handle.close());
  }
}

/** Writes `bytes` to a new temp file in `dir`, flushed and closed; returns its path. Removes it again on failure. */
async function writeTempFile(fs: SyncFs, dir: string, name: string, bytes: Uint8Array): Promise<string> {
  const temp = path.join(dir, tempFileName(name));
  const handle = await step('creating the temp file', () => fs.open(temp, 'wx'));
  try {
    await step('writing the temp file', () => writeAll(handle, bytes));
    await step('flushing the temp file', () => handle.sync());
  } catch (error) {
    await bestEffort(() => handle.close());
    await bestEffort(() => fs.unlink(temp));
    throw error;
  }
  try {
    await step('closing the temp file', () => handle.close());
  } catch (error) {
    await bestEffort(() => fs.unlink(temp));
    throw error;
  }
  return temp;
}

/** Whether `file` exists (as anything); other errors are the caller's problem. */
async function exists(fs: SyncFs, file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch (error) {
    if (errnoOf(error).code === 'ENOENT') return false;
    throw error;
  }
}

/** Copies the current `name` into the backup folder under a name no earlier backup has. */
async function keepBackup(fs: SyncFs, dir: string, name: string, now: Date): Promise<void> {
  const backupDir = path.join(dir, SYNC_BACKUP_DIR);
  await fs.mkdir(backupDir, { recursive: true });
  const stamp = backupStamp(now);
  for (let counter = 0; ; counter += 1) {
    try {
      await fs.copyFile(path.join(dir, name), path.join(backupDir, backupName(name, stamp, counter)), constants.COPYFILE_EXCL);
      return;
    } catch (error) {
      if (errnoOf(error).code !== 'EEXIST' || counter >= 999) throw error;
    }
  }
}

/** Removes all but the newest SYNC_BACKUPS_KEPT backups of `name`. Best effort: the write already succeeded. */
async function rotateBackups(fs: SyncFs, dir: string, name: string): Promise<void> {
  const backupDir = path.join(dir, SYNC_BACKUP_DIR);
  let entries: SyncDirEntry[];
  try {
    entries = await fs.readdir(backupDir, { withFileTypes: true });
  } catch {
    return;
  }
  const files = entries.filter((e) => e.isFile()).map((e) => e.name);
  for (const old of backupsOf(name, files).slice(SYNC_BACKUPS_KEPT)) {
    await bestEffort(() => fs.unlink(path.join(backupDir, old)));
  }
}

/**
 * Replaces `dir/name` with `bytes` so that a crash, a full disk or a pulled
 * plug leaves either the old file or the new one, never a mix: temp file in
 * the same folder, fsync, rename, fsync of the folder. `beforeRename` runs
 * once the temp file is safely on disk (atomicWrite keeps its backup there).
 * For main's own files too (the settings), so it takes any base name: callers
 * pass only trusted names.
 */
export async function replaceFile(
  dir: string,
  name: string,
  bytes: Uint8Array,
  fs: SyncFs = realFs,
  beforeRename: () => Promise<void> = async () => undefined,
): Promise<SyncResult<void>> {
  let temp: string | null = null;
  try {
    temp = await writeTempFile(fs, dir, name, bytes);
    const written = temp;
    await step('keeping a backup of the old file', beforeRename);
    await step('replacing the old file', () => withRetry(() => fs.rename(written, path.join(dir, name))));
    temp = null;
    await step('flushing the folder', () => syncDirectory(fs, dir));
    return { ok: true, value: undefined };
  } catch (error) {
    const leftover = temp;
    if (leftover !== null) await bestEffort(() => fs.unlink(leftover));
    return failureFrom(error);
  }
}

/**
 * Writes `text` as `dir/name` atomically (see replaceFile), first keeping the
 * old file, if any, as a backup; then keeps only the newest SYNC_BACKUPS_KEPT
 * backups of `name`. Returns the SHA-256 of the bytes written.
 */
export async function atomicWrite(dir: string, name: string, text: string, fs: SyncFs = realFs): Promise<SyncResult<{ sha256: string }>> {
  if (!isSyncFileName(name)) return badName(name);
  if (typeof text !== 'string') return { ok: false, problem: 'other', detail: 'the text is not a string' };
  const bytes = new TextEncoder().encode(text);
  const keepOld = async (): Promise<void> => {
    if (await exists(fs, path.join(dir, name))) await keepBackup(fs, dir, name, new Date());
  };
  const replaced = await replaceFile(dir, name, bytes, fs, keepOld);
  if (!replaced.ok) return replaced;
  await rotateBackups(fs, dir, name);
  return { ok: true, value: { sha256: sha256Hex(bytes) } };
}

/** Decodes UTF-8 strictly: a file that is not text is not an analysis file. */
function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The analysis files directly in `dir` (regular files with accepted names; no temp files, backups or folders), sorted by name. */
export async function listFiles(dir: string, fs: SyncFs = realFs): Promise<SyncResult<SyncFileInfo[]>> {
  let entries: SyncDirEntry[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    return failure(error, 'listing the folder');
  }
  const names = entries
    .filter((e) => e.isFile() && isSyncFileName(e.name))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: SyncFileInfo[] = [];
  for (const name of names) {
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(path.join(dir, name));
    } catch (error) {
      // Removed between readdir and read (by a sync client, say): it is simply not there.
      if (errnoOf(error).code === 'ENOENT') continue;
      return failure(error, `reading ${name}`);
    }
    files.push({ name, size: bytes.length, sha256: sha256Hex(bytes) });
  }
  return { ok: true, value: files };
}

/** One analysis file's text and SHA-256. */
export async function readFile(dir: string, name: string, fs: SyncFs = realFs): Promise<SyncResult<{ text: string; sha256: string }>> {
  if (!isSyncFileName(name)) return badName(name);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path.join(dir, name));
  } catch (error) {
    return failure(error, `reading ${name}`);
  }
  try {
    return { ok: true, value: { text: decodeUtf8(bytes), sha256: sha256Hex(bytes) } };
  } catch {
    return { ok: false, problem: 'other', detail: `${name} is not UTF-8 text` };
  }
}

/** The backups of `name` in the backup folder, newest first. No backup folder means no backups. */
export async function listBackups(dir: string, name: string, fs: SyncFs = realFs): Promise<SyncResult<string[]>> {
  if (!isSyncFileName(name)) return badName(name);
  let entries: SyncDirEntry[];
  try {
    entries = await fs.readdir(path.join(dir, SYNC_BACKUP_DIR), { withFileTypes: true });
  } catch (error) {
    if (errnoOf(error).code === 'ENOENT') {
      // No backup folder is fine; no sync folder is not.
      try {
        await fs.stat(dir);
        return { ok: true, value: [] };
      } catch (dirError) {
        return failure(dirError, 'opening the folder');
      }
    }
    return failure(error, 'listing the backups');
  }
  return {
    ok: true,
    value: backupsOf(
      name,
      entries.filter((e) => e.isFile()).map((e) => e.name),
    ),
  };
}

/**
 * Removes `name` and all its backups for good. A missing file is not an
 * error, but a missing folder is: an offline share must not count as erased,
 * or the file would come back when the share does.
 */
export async function removeWithBackups(dir: string, name: string, fs: SyncFs = realFs): Promise<SyncResult<void>> {
  if (!isSyncFileName(name)) return badName(name);
  try {
    const stats = await fs.stat(dir);
    if (!stats.isDirectory()) return { ok: false, problem: 'missing', detail: 'the sync folder is not a folder' };
  } catch (error) {
    return failure(error, 'opening the folder');
  }
  const unlinkIfThere = async (file: string): Promise<void> => {
    try {
      await withRetry(() => fs.unlink(file));
    } catch (error) {
      if (errnoOf(error).code !== 'ENOENT') throw error;
    }
  };
  try {
    await unlinkIfThere(path.join(dir, name));
  } catch (error) {
    return failure(error, `removing ${name}`);
  }
  const backups = await listBackups(dir, name, fs);
  if (!backups.ok) return backups;
  try {
    for (const backup of backups.value) await unlinkIfThere(path.join(dir, SYNC_BACKUP_DIR, backup));
  } catch (error) {
    return failure(error, `removing the backups of ${name}`);
  }
  return { ok: true, value: undefined };
}
