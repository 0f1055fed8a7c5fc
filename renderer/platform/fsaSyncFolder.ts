import type { SyncFolder, SyncListEntry, SyncProblem, SyncResult } from '../../shared/syncFolder.ts';
import {
  backupsOf as backupNamesOf,
  isSyncFileName,
  nextBackupName,
  SYNC_BACKUP_DIR,
  SYNC_BACKUPS_KEPT,
  SYNC_MAX_FILE_BYTES,
} from '../../shared/syncFolder.ts';

/**
 * The sync folder in the browser, on a File System Access API directory
 * handle (a folder the user picked; an OPFS directory works the same way).
 *
 * Atomicity: Chromium's `createWritable()` writes into a swap file next to
 * the target and replaces the target only on `close()`, so a failed or
 * interrupted write leaves the old file as it was. Backups live in
 * SYNC_BACKUP_DIR as `<stem>.<UTC yyyymmddThhmmssSSSZ>[-n].akr` (earlier
 * versions' `….akr.json` ones count as the same stem's).
 *
 * The API has no links: every entry is a file or a folder, told apart by its
 * handle's kind. Kind and size are checked before a byte is read, as on the
 * desktop: a folder under a file's name is never read or replaced, a file
 * over SYNC_MAX_FILE_BYTES is never read.
 */
export function fsaSyncFolder(dir: FileSystemDirectoryHandle, label: string): SyncFolder {
  return {
    label,
    write: (name, text) =>
      guard(name, async () => {
        const bytes = new TextEncoder().encode(text);
        const existing = await existingFile(dir, name);
        if (existing) await keepBackup(dir, name, existing);
        const handle = existing ?? (await dir.getFileHandle(name, { create: true }));
        await writeAll(handle, bytes);
        // The new version is safely in place; trimming old backups is housekeeping that must not fail the write.
        await rotateBackups(dir, name).catch(() => undefined);
        return { sha256: await sha256Hex(bytes) };
      }),
    list: () =>
      settle(async () => {
        const listed: SyncListEntry[] = [];
        for await (const [name, handle] of entriesOf(dir)) {
          if (!isSyncFileName(name)) continue;
          if (handle.kind !== 'file') {
            listed.push({ name, skipped: 'notAFile', detail: `${name} is a folder` });
            continue;
          }
          try {
            const bytes = await readChecked(handle as FileSystemFileHandle, name);
            listed.push({ name, size: bytes.byteLength, sha256: await sha256Hex(bytes) });
          } catch (e) {
            // Removed (by a sync client, say) between the listing and the reading: not there, so not listed.
            if (errorName(e) === 'NotFoundError') continue;
            // One bad entry is reported and skipped; it never fails the listing.
            const skipped = e instanceof RefusedEntry ? e.problem : 'unreadable';
            listed.push({ name, skipped, detail: e instanceof Error ? e.message : String(e) });
          }
        }
        return listed.sort((a, b) => compare(a.name, b.name));
      }),
    read: (name) =>
      guard(name, async () => {
        const bytes = await readChecked(await fileHandle(dir, name), name);
        return { text: new TextDecoder().decode(bytes), sha256: await sha256Hex(bytes) };
      }),
    backups: (name) =>
      guard(name, async () => {
        const backupDir = await findBackupDir(dir);
        return backupDir ? await backupsOf(backupDir, name) : [];
      }),
    remove: (name) =>
      guard(name, async () => {
        try {
          await dir.removeEntry(name);
        } catch (e) {
          if (errorName(e) !== 'NotFoundError') throw e;
          await assertExists(dir);
        }
        const backupDir = await findBackupDir(dir);
        if (!backupDir) return;
        for (const backup of await backupsOf(backupDir, name)) {
          await backupDir.removeEntry(backup).catch((e: unknown) => {
            if (errorName(e) !== 'NotFoundError') throw e;
          });
        }
      }),
    retire: (name, expected) =>
      guard(name, async () => {
        const existing = await existingFile(dir, name);
        if (!existing) return true;
        const bytes = new Uint8Array(await readChecked(existing, name));
        if ((await sha256Hex(bytes)) !== expected) return false;
        // Copied, then removed: the API cannot move a file into a sub-folder everywhere.
        await writeBackup(dir, name, bytes);
        try {
          await dir.removeEntry(name);
        } catch (e) {
          if (errorName(e) !== 'NotFoundError') throw e;
        }
        await rotateBackups(dir, name).catch(() => undefined);
        return true;
      }),
  };
}

/** Maps what the File System Access API throws to what the UI can explain. */
export function syncProblemOf(error: unknown): SyncProblem {
  switch (errorName(error)) {
    case 'NotFoundError':
      return 'missing';
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'QuotaExceededError':
      return 'full';
    case 'NoModificationAllowedError':
    case 'InvalidStateError':
      return 'locked';
    default:
      return 'other';
  }
}

export function syncFailure(error: unknown): { ok: false; problem: SyncProblem; detail: string } {
  const name = errorName(error);
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, problem: syncProblemOf(error), detail: name ? `${name}: ${message}` : message };
}

/** SHA-256 of the bytes, lower-case hex. */
export async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The directory's async iteration: in Chromium, but in TypeScript's DOM.AsyncIterable lib, which the project does not load. */
export function entriesOf(dir: FileSystemDirectoryHandle): AsyncIterableIterator<[string, FileSystemHandle]> {
  return (dir as unknown as { entries(): AsyncIterableIterator<[string, FileSystemHandle]> }).entries();
}

function errorName(error: unknown): string | null {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') return error.name;
  return null;
}

/** Refuses an entry because of what it is (a folder, or a file over the limit), before it is read. */
class RefusedEntry extends Error {
  constructor(
    readonly problem: 'notAFile' | 'tooLarge',
    detail: string,
  ) {
    super(detail);
  }
}

/** The file handle under `name`; a folder there is refused, not read. */
async function fileHandle(dir: FileSystemDirectoryHandle, name: string): Promise<FileSystemFileHandle> {
  try {
    return await dir.getFileHandle(name);
  } catch (e) {
    if (errorName(e) === 'TypeMismatchError') throw new RefusedEntry('notAFile', `${name} is a folder`);
    throw e;
  }
}

/** The file's bytes, after checking its size (a File's size is known before any byte is read). */
async function readChecked(handle: FileSystemFileHandle, name: string): Promise<ArrayBuffer> {
  const file = await handle.getFile();
  if (file.size > SYNC_MAX_FILE_BYTES) throw new RefusedEntry('tooLarge', `${name} is ${file.size} bytes, over the limit of ${SYNC_MAX_FILE_BYTES}`);
  return file.arrayBuffer();
}

/** Runs `work`, turning any throw into a SyncResult: nothing here ever rejects. */
async function settle<T>(work: () => Promise<T>): Promise<SyncResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    if (e instanceof RefusedEntry) return { ok: false, problem: e.problem, detail: e.message };
    return syncFailure(e);
  }
}

/** `settle`, after refusing names the folder does not accept (touching nothing). */
function guard<T>(name: string, work: () => Promise<T>): Promise<SyncResult<T>> {
  if (!isSyncFileName(name)) {
    return Promise.resolve({ ok: false, problem: 'badName', detail: `Inte ett analysfilnamn: ${JSON.stringify(String(name)).slice(0, 240)}` });
  }
  return settle(work);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function existingFile(dir: FileSystemDirectoryHandle, name: string): Promise<FileSystemFileHandle | null> {
  try {
    return await fileHandle(dir, name);
  } catch (e) {
    if (errorName(e) === 'NotFoundError') {
      await assertExists(dir);
      return null;
    }
    throw e;
  }
}

/** Throws NotFoundError when the folder itself is gone (a child lookup alone cannot tell). */
async function assertExists(dir: FileSystemDirectoryHandle): Promise<void> {
  await entriesOf(dir).next();
}

/** Replaces the file's content; the old content stays until `close()` succeeds. */
async function writeAll(handle: FileSystemFileHandle, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  const writable = await handle.createWritable();
  try {
    await writable.write(bytes);
    await writable.close();
  } catch (e) {
    await writable.abort().catch(() => undefined);
    throw e;
  }
}

async function findBackupDir(dir: FileSystemDirectoryHandle): Promise<FileSystemDirectoryHandle | null> {
  try {
    return await dir.getDirectoryHandle(SYNC_BACKUP_DIR);
  } catch (e) {
    if (errorName(e) !== 'NotFoundError' && errorName(e) !== 'TypeMismatchError') throw e;
    await assertExists(dir);
    return null;
  }
}

/** The backups of `name` (files in the backup folder named as the shared contract says), newest first. */
async function backupsOf(backupDir: FileSystemDirectoryHandle, name: string): Promise<string[]> {
  const files: string[] = [];
  for await (const [entry, handle] of entriesOf(backupDir)) if (handle.kind === 'file') files.push(entry);
  return backupNamesOf(name, files);
}

/** Copies the file's current content into SYNC_BACKUP_DIR under a name newer than every earlier backup of it. */
async function keepBackup(dir: FileSystemDirectoryHandle, name: string, file: FileSystemFileHandle): Promise<void> {
  // Checked like every read here: an oversized file is refused (and so not replaced), never copied.
  await writeBackup(dir, name, new Uint8Array(await readChecked(file, name)));
}

/** Writes `bytes` into SYNC_BACKUP_DIR as the newest backup of `name`'s stem. */
async function writeBackup(dir: FileSystemDirectoryHandle, name: string, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  const backupDir = await dir.getDirectoryHandle(SYNC_BACKUP_DIR, { create: true });
  const newest = (await backupsOf(backupDir, name))[0] ?? null;
  await writeAll(await backupDir.getFileHandle(nextBackupName(name, new Date(), newest), { create: true }), bytes);
}

async function rotateBackups(dir: FileSystemDirectoryHandle, name: string): Promise<void> {
  const backupDir = await findBackupDir(dir);
  if (!backupDir) return;
  for (const old of (await backupsOf(backupDir, name)).slice(SYNC_BACKUPS_KEPT)) {
    await backupDir.removeEntry(old);
  }
}
