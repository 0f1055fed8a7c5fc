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
  nextBackupName,
  SYNC_BACKUP_DIR,
  SYNC_BACKUPS_KEPT,
  SYNC_MAX_FILE_BYTES,
  type SyncListEntry,
  type SyncProblem,
  type SyncResult,
} from '../shared/syncFolder';

// The pure backup-name functions live in the shared contract; re-exported for the tests and callers here.
export { backupName, backupsOf, backupStamp };

/** The part of an open file the folder code uses. */
export interface SyncFileHandle {
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  /** What the open file is: checked again after opening, since the entry may have changed since its lstat. */
  stat(): Promise<SyncStats>;
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
  mtimeMs: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

/**
 * The few promise-based fs functions used here. Injectable so tests can make
 * any step fail (they run as root, where chmod cannot make a folder read-only).
 */
export interface SyncFs {
  open(file: string, flags: string | number): Promise<SyncFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  mkdir(dir: string, options?: { recursive: true }): Promise<unknown>;
  readdir(dir: string, options: { withFileTypes: true }): Promise<SyncDirEntry[]>;
  /** Only for main's own files in userData; the sync folder's files are read through readRegularFile. */
  readFile(file: string): Promise<Uint8Array>;
  stat(file: string): Promise<SyncStats>;
  /** What the entry itself is: a link is a link, never what it points at. */
  lstat(file: string): Promise<SyncStats>;
}

export const realFs: SyncFs = nodeFs;

/** Bytes per write call: bounded so a huge text is not one giant syscall. */
const WRITE_CHUNK = 1024 * 1024;

/**
 * Opening a file in the shared folder to read it: never through a link
 * (O_NOFOLLOW: a link fails with ELOOP), and never waiting on a pipe
 * (O_NONBLOCK: a FIFO put there opens at once, and is then refused as not a
 * file). Windows has neither flag; there the lstat before opening and the
 * fstat after it do the checking.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- both are undefined on Windows, whatever @types/node says.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Temp files older than this are a crash's leftovers: a write takes seconds, not an hour. */
export const TEMP_FILE_MAX_AGE_MS = 60 * 60 * 1000;

/** The temp files tempFileName makes. */
const TEMP_FILE = /^\.~.+\.[0-9a-f]{12}\.tmp$/;

/** Waits before each retry of a rename or unlink a sync client may briefly block (Windows). */
const RETRY_DELAYS_MS = [50, 100, 200] as const;
const RETRYABLE: ReadonlySet<string> = new Set(['EBUSY', 'EPERM', 'EACCES']);

/** Directory fsync is not possible on Windows; these are the errors it gives there. */
const DIR_SYNC_UNSUPPORTED: ReadonlySet<string> = new Set(['EISDIR', 'EPERM', 'EINVAL']);

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

/** Refuses what is under a name because of what it is (before it is opened), or its size. */
export class RefusedEntry extends Error {
  constructor(
    readonly problem: 'notAFile' | 'tooLarge',
    detail: string,
    /** The size in bytes, with 'tooLarge'. */
    readonly size?: number,
  ) {
    super(detail);
  }
}

/** What `stats` is, in words for the log. */
function kindOf(stats: SyncStats): string {
  return stats.isDirectory() ? 'a folder' : 'not a regular file (a link, a pipe or a device)';
}

/** Throws RefusedEntry unless `stats` is a regular file within the size limit. */
function assertReadable(stats: SyncStats, name: string, maxBytes: number): void {
  if (!stats.isFile()) throw new RefusedEntry('notAFile', `${name} is ${kindOf(stats)}`);
  if (stats.size > maxBytes) throw new RefusedEntry('tooLarge', `${name} is ${stats.size} bytes, over the limit of ${maxBytes}`, stats.size);
}

/**
 * Reads a regular file (in the shared folder, or one the OS handed the app)
 * without following a link or blocking on a pipe, and never more than
 * `maxBytes`: checked with lstat before opening and with fstat on the open
 * file, so an entry swapped in between is caught too. Throws RefusedEntry or
 * the fs error.
 */
export async function readRegularFile(fs: SyncFs, file: string, maxBytes: number = SYNC_MAX_FILE_BYTES): Promise<Uint8Array> {
  const name = path.basename(file);
  assertReadable(await fs.lstat(file), name, maxBytes);
  let handle: SyncFileHandle;
  try {
    handle = await fs.open(file, READ_FLAGS);
  } catch (error) {
    // O_NOFOLLOW on a link that appeared since the lstat.
    if (errnoOf(error).code === 'ELOOP') throw new RefusedEntry('notAFile', `${name} is a link`);
    throw error;
  }
  try {
    const stats = await handle.stat();
    assertReadable(stats, name, maxBytes);
    const bytes = new Uint8Array(stats.size);
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesRead } = await handle.read(bytes, offset, bytes.length - offset, offset);
      if (bytesRead <= 0) break; // Shrunk while being read: what was there is what is read.
      offset += bytesRead;
    }
    return offset === bytes.length ? bytes : bytes.subarray(0, offset);
  } finally {
    await bestEffort(() => handle.close());
  }
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
    // A step within a step (the backup's own temp file, say) keeps the error and names both.
    if (error instanceof StepError) throw new StepError(`${what} (${error.step})`, error.original);
    throw new StepError(what, error);
  }
}

function failureFrom(error: unknown): { ok: false; problem: SyncProblem; detail: string } {
  const original = error instanceof StepError ? error.original : error;
  if (original instanceof RefusedEntry) return { ok: false, problem: original.problem, detail: original.message };
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

/** The entry's lstat, or null when there is none; other errors are the caller's problem. */
async function lstatIfThere(fs: SyncFs, file: string): Promise<SyncStats | null> {
  try {
    return await fs.lstat(file);
  } catch (error) {
    if (errnoOf(error).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The backup folder, made if it is not there yet (and its entry flushed). It
 * must be a real folder: a link there (to somebody's private folder, say) is
 * refused, never written through.
 */
async function backupFolder(fs: SyncFs, dir: string): Promise<string> {
  const backupDir = path.join(dir, SYNC_BACKUP_DIR);
  if ((await lstatIfThere(fs, backupDir)) === null) {
    try {
      await fs.mkdir(backupDir);
      await syncDirectory(fs, dir);
    } catch (error) {
      if (errnoOf(error).code !== 'EEXIST') throw error;
    }
  }
  // Checked after making it too: another machine may have put something there in between.
  const stats = await fs.lstat(backupDir);
  if (!stats.isDirectory()) throw new RefusedEntry('notAFile', `${SYNC_BACKUP_DIR} is ${kindOf(stats)}, not a folder`);
  return backupDir;
}

/** The backup folder's entries when it is a real folder; null when there is none; refused when it is a link or a file. */
async function backupEntries(fs: SyncFs, dir: string): Promise<SyncDirEntry[] | null> {
  const backupDir = path.join(dir, SYNC_BACKUP_DIR);
  const stats = await lstatIfThere(fs, backupDir);
  if (stats === null) return null;
  if (!stats.isDirectory()) throw new RefusedEntry('notAFile', `${SYNC_BACKUP_DIR} is ${kindOf(stats)}, not a folder`);
  return fs.readdir(backupDir, { withFileTypes: true });
}

/**
 * Keeps the current `name` (a regular file, read without following links) in
 * the backup folder, under the shared rule's next name (newer than every
 * backup there, whatever the clocks say), written like any file here: temp
 * file, fsync, rename, fsync of the folder.
 */
async function keepBackup(fs: SyncFs, dir: string, name: string, now: Date): Promise<void> {
  const bytes = await readRegularFile(fs, path.join(dir, name));
  const backupDir = await backupFolder(fs, dir);
  const entries = await fs.readdir(backupDir, { withFileTypes: true });
  let newest =
    backupsOf(
      name,
      entries.map((e) => e.name),
    )[0] ?? null;
  const temp = await writeTempFile(fs, backupDir, name, bytes);
  try {
    // A name nobody has: rename would replace a backup another machine made under the same name meanwhile.
    for (let tries = 0; ; tries += 1) {
      const target = nextBackupName(name, now, newest);
      if ((await lstatIfThere(fs, path.join(backupDir, target))) === null) {
        await withRetry(() => fs.rename(temp, path.join(backupDir, target)));
        break;
      }
      if (tries >= 999) throw new Error('no free backup name');
      newest = target;
    }
  } catch (error) {
    await bestEffort(() => fs.unlink(temp));
    throw error;
  }
  await syncDirectory(fs, backupDir);
}

/** Removes all but the newest SYNC_BACKUPS_KEPT backups of `name`. Best effort: the write already succeeded. */
async function rotateBackups(fs: SyncFs, dir: string, name: string): Promise<void> {
  let entries: SyncDirEntry[] | null;
  try {
    entries = await backupEntries(fs, dir);
  } catch {
    return;
  }
  if (entries === null) return;
  const files = entries.filter((e) => e.isFile()).map((e) => e.name);
  for (const old of backupsOf(name, files).slice(SYNC_BACKUPS_KEPT)) {
    await bestEffort(() => fs.unlink(path.join(dir, SYNC_BACKUP_DIR, old)));
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
    // What is there now is kept before it is replaced; a link, a folder or a pipe is refused, not replaced.
    if ((await lstatIfThere(fs, path.join(dir, name))) !== null) await keepBackup(fs, dir, name, new Date());
  };
  const replaced = await replaceFile(dir, name, bytes, fs, keepOld);
  if (!replaced.ok) return replaced;
  await rotateBackups(fs, dir, name);
  return { ok: true, value: { sha256: sha256Hex(bytes) } };
}

/** Decodes UTF-8 strictly: a file that is not text is not an analysis file. */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * The analysis files directly in `dir`, sorted by name: each entry with an
 * analysis file's name is lstat-ed first, and only a regular file within the
 * size limit is read (without following links) and hashed. Anything else
 * with such a name, and a file that cannot be read, is listed as skipped:
 * one bad entry never fails the listing. Only a folder that cannot be listed
 * does.
 */
export async function listFiles(dir: string, fs: SyncFs = realFs): Promise<SyncResult<SyncListEntry[]>> {
  let entries: SyncDirEntry[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    return failure(error, 'listing the folder');
  }
  const names = entries
    .map((e) => e.name)
    .filter((name) => isSyncFileName(name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const listed: SyncListEntry[] = [];
  for (const name of names) {
    let bytes: Uint8Array;
    try {
      bytes = await readRegularFile(fs, path.join(dir, name));
    } catch (error) {
      // Removed between readdir and read (by a sync client, say): it is simply not there.
      if (errnoOf(error).code === 'ENOENT') continue;
      if (error instanceof RefusedEntry) listed.push({ name, skipped: error.problem, detail: error.message });
      else listed.push({ name, skipped: 'unreadable', detail: failure(error, `reading ${name}`).detail });
      continue;
    }
    listed.push({ name, size: bytes.length, sha256: sha256Hex(bytes) });
  }
  return { ok: true, value: listed };
}

/** One analysis file's text and SHA-256: a regular file within the size limit, read without following links. */
export async function readFile(dir: string, name: string, fs: SyncFs = realFs): Promise<SyncResult<{ text: string; sha256: string }>> {
  if (!isSyncFileName(name)) return badName(name);
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(fs, path.join(dir, name));
  } catch (error) {
    if (error instanceof RefusedEntry) return { ok: false, problem: error.problem, detail: error.message };
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
  let entries: SyncDirEntry[] | null;
  try {
    entries = await backupEntries(fs, dir);
  } catch (error) {
    return error instanceof RefusedEntry ? { ok: false, problem: error.problem, detail: error.message } : failure(error, 'listing the backups');
  }
  if (entries === null) {
    // No backup folder is fine; no sync folder is not.
    try {
      await fs.stat(dir);
      return { ok: true, value: [] };
    } catch (dirError) {
      return failure(dirError, 'opening the folder');
    }
  }
  // Regular files only: readdir's types are the entries' own, so a link is not one.
  return {
    ok: true,
    value: backupsOf(
      name,
      entries.filter((e) => e.isFile()).map((e) => e.name),
    ),
  };
}

/**
 * Removes `name` and all the backups of its stem (`x.akr` and `x.akr.json`
 * share one history) for good. A missing file is not an
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

/** True when `dir` is there and `file` in it is not. */
async function goneFromFolder(fs: SyncFs, dir: string, file: string): Promise<boolean> {
  try {
    return (await fs.stat(dir)).isDirectory() && (await lstatIfThere(fs, file)) === null;
  } catch {
    return false;
  }
}

/**
 * Moves `name` into the backup folder as the newest backup of its stem, if
 * its bytes still hash to `expectedSha256` (see SyncFolder.retire): false,
 * touching nothing, when they differ; true when moved or when nothing is
 * there. A missing folder is an error, as for removing. The file is moved by
 * a rename, so even bytes another machine put there between the check and
 * the move land in the backups, never in nothing.
 */
export async function retireFile(dir: string, name: string, expectedSha256: string, fs: SyncFs = realFs): Promise<SyncResult<boolean>> {
  if (!isSyncFileName(name)) return badName(name);
  const file = path.join(dir, name);
  try {
    const stats = await fs.stat(dir);
    if (!stats.isDirectory()) return { ok: false, problem: 'missing', detail: 'the sync folder is not a folder' };
  } catch (error) {
    return failure(error, 'opening the folder');
  }
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(fs, file);
  } catch (error) {
    if (errnoOf(error).code === 'ENOENT') return { ok: true, value: true };
    if (error instanceof RefusedEntry) return { ok: false, problem: error.problem, detail: error.message };
    return failure(error, `reading ${name}`);
  }
  if (sha256Hex(bytes) !== expectedSha256) return { ok: true, value: false };
  try {
    const backupDir = await step('making the backup folder', () => backupFolder(fs, dir));
    const entries = await step('listing the backups', () => fs.readdir(backupDir, { withFileTypes: true }));
    let newest =
      backupsOf(
        name,
        entries.map((e) => e.name),
      )[0] ?? null;
    // A name nobody has: rename would replace a backup another machine made under the same name meanwhile.
    for (let tries = 0; ; tries += 1) {
      const target = path.join(backupDir, nextBackupName(name, new Date(), newest));
      if ((await step('looking for a free backup name', () => lstatIfThere(fs, target))) === null) {
        await step(`moving ${name} to the backups`, () => withRetry(() => fs.rename(file, target)));
        break;
      }
      if (tries >= 999) throw new Error('no free backup name');
      newest = path.basename(target);
    }
    await step('flushing the folder', () => syncDirectory(fs, dir));
    await step('flushing the backup folder', () => syncDirectory(fs, backupDir));
  } catch (error) {
    // Gone meanwhile (another machine retired it first) while the folder is still there: nothing is left to retire.
    if (errnoOf(error instanceof StepError ? error.original : error).code === 'ENOENT' && (await goneFromFolder(fs, dir, file)))
      return { ok: true, value: true };
    return failureFrom(error);
  }
  await rotateBackups(fs, dir, name);
  return { ok: true, value: true };
}

/**
 * Removes the temp files a crash left behind (`.~<name>.<hex>.tmp`, in the
 * folder and in its backup folder) that are older than TEMP_FILE_MAX_AGE_MS;
 * a younger one may be a write in progress on another machine. Regular files
 * only, judged by lstat. Best effort: run at start, it never reports.
 * Resolves to the names removed.
 */
export async function sweepTempFiles(dir: string, now: Date = new Date(), fs: SyncFs = realFs): Promise<string[]> {
  const removed: string[] = [];
  const sweep = async (folder: string, entries: readonly SyncDirEntry[]): Promise<void> => {
    for (const entry of entries) {
      if (!TEMP_FILE.test(entry.name)) continue;
      const file = path.join(folder, entry.name);
      try {
        const stats = await fs.lstat(file);
        if (!stats.isFile() || now.getTime() - stats.mtimeMs < TEMP_FILE_MAX_AGE_MS) continue;
        await fs.unlink(file);
        removed.push(path.relative(dir, file));
      } catch {
        // Gone already, or held: the next start tries again.
      }
    }
  };
  try {
    await sweep(dir, await fs.readdir(dir, { withFileTypes: true }));
    const backups = await backupEntries(fs, dir);
    if (backups !== null) await sweep(path.join(dir, SYNC_BACKUP_DIR), backups);
  } catch {
    // An offline folder or a linked backup folder: nothing to sweep now.
  }
  return removed;
}
