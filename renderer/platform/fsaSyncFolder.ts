import type { SyncFileInfo, SyncFolder, SyncProblem, SyncResult } from '../../shared/syncFolder.ts';
import { backupsOf as backupNamesOf, isSyncFileName, nextBackupName, SYNC_BACKUP_DIR, SYNC_BACKUPS_KEPT } from '../../shared/syncFolder.ts';

/**
 * The sync folder in the browser, on a File System Access API directory
 * handle (a folder the user picked; an OPFS directory works the same way).
 *
 * Atomicity: Chromium's `createWritable()` writes into a swap file next to
 * the target and replaces the target only on `close()`, so a failed or
 * interrupted write leaves the old file as it was. Backups live in
 * SYNC_BACKUP_DIR as `<stem>.<UTC yyyymmddThhmmssSSSZ>[-n].akr.json`.
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
        const files: SyncFileInfo[] = [];
        for await (const [name, handle] of entriesOf(dir)) {
          if (handle.kind !== 'file' || !isSyncFileName(name)) continue;
          let bytes: ArrayBuffer;
          try {
            bytes = await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer();
          } catch (e) {
            // Removed (by a sync client, say) between the listing and the reading: not there, so not listed.
            if (errorName(e) === 'NotFoundError') continue;
            throw e;
          }
          files.push({ name, size: bytes.byteLength, sha256: await sha256Hex(bytes) });
        }
        return files.sort((a, b) => compare(a.name, b.name));
      }),
    read: (name) =>
      guard(name, async () => {
        const file = await (await dir.getFileHandle(name)).getFile();
        const bytes = await file.arrayBuffer();
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
function entriesOf(dir: FileSystemDirectoryHandle): AsyncIterableIterator<[string, FileSystemHandle]> {
  return (dir as unknown as { entries(): AsyncIterableIterator<[string, FileSystemHandle]> }).entries();
}

function errorName(error: unknown): string | null {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') return error.name;
  return null;
}

/** Runs `work`, turning any throw into a SyncResult: nothing here ever rejects. */
async function settle<T>(work: () => Promise<T>): Promise<SyncResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (e) {
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
    return await dir.getFileHandle(name);
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
  const bytes = new Uint8Array(await (await file.getFile()).arrayBuffer());
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
