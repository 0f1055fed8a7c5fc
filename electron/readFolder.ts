/**
 * Reading a folder of analysis files for HR's overview with Node's fs, in
 * main: listing (without following links) and reading a range of one file's
 * bytes. Only a path the listing gave, inside the folder the user chose in
 * main's own dialog, is ever read. No Electron import: the bench runs it in
 * plain Node.
 */
import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  byPath,
  isFolderPath,
  isOverviewFile,
  OVERVIEW_MAX_DEPTH,
  OVERVIEW_MAX_FILE_BYTES,
  OVERVIEW_MAX_FILES,
  skipsFolder,
  type FolderListing,
  type FolderText,
} from '../shared/hrOverview/folder';
import type { SyncResult } from '../shared/syncFolder';

const detailOf = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
};

/** The analysis files under `root` (sub-folders to OVERVIEW_MAX_DEPTH, hidden ones and backups skipped), by path. */
export async function listFolder(root: string): Promise<SyncResult<FolderListing>> {
  const listing: FolderListing = { files: [], skipped: [] };
  const walk = async (dir: string, prefix: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (listing.files.length >= OVERVIEW_MAX_FILES) return;
      const rel = prefix + entry.name;
      // Links are never followed: neither into another folder nor to a file elsewhere.
      if (entry.isDirectory()) {
        if (depth < OVERVIEW_MAX_DEPTH && !skipsFolder(entry.name)) {
          await walk(path.join(dir, entry.name), `${rel}/`, depth + 1).catch((error: unknown) => {
            listing.skipped.push({ path: `${rel}/`, problem: { code: 'unreadable', detail: detailOf(error) } });
          });
        }
        continue;
      }
      if (!isOverviewFile(entry.name)) continue;
      if (!entry.isFile()) {
        listing.skipped.push({ path: rel, problem: { code: 'unreadable', detail: 'not a regular file' } });
        continue;
      }
      try {
        const { size } = await lstat(path.join(dir, entry.name));
        if (size > OVERVIEW_MAX_FILE_BYTES) listing.skipped.push({ path: rel, problem: { code: 'tooLarge', size, limit: OVERVIEW_MAX_FILE_BYTES } });
        else listing.files.push({ path: rel, size });
      } catch (error) {
        listing.skipped.push({ path: rel, problem: { code: 'unreadable', detail: detailOf(error) } });
      }
    }
  };
  try {
    await walk(root, '', 0);
  } catch (error) {
    const code = detailOf(error);
    return { ok: false, problem: code === 'ENOENT' ? 'missing' : code === 'EACCES' || code === 'EPERM' ? 'denied' : 'other', detail: code };
  }
  listing.files.sort(byPath);
  listing.skipped.sort(byPath);
  return { ok: true, value: listing };
}

/** Bytes [start, end) of the file at `rel` under `root` as UTF-8 text (end null: to its end, at most the file limit). */
export async function readFolderFile(root: string, rel: string, start: number, end: number | null): Promise<FolderText> {
  if (!isFolderPath(rel)) return { ok: false, problem: { code: 'unreadable', detail: 'not a path the listing gives' } };
  const full = path.join(root, ...rel.split('/'));
  try {
    const stats = await lstat(full);
    if (!stats.isFile()) return { ok: false, problem: { code: 'unreadable', detail: 'not a regular file' } };
    if (stats.size > OVERVIEW_MAX_FILE_BYTES) return { ok: false, problem: { code: 'tooLarge', size: stats.size, limit: OVERVIEW_MAX_FILE_BYTES } };
    const stop = Math.min(end ?? stats.size, stats.size);
    const length = Math.max(0, stop - start);
    const handle = await open(full, 'r');
    try {
      const buffer = Buffer.alloc(length);
      let done = 0;
      while (done < length) {
        const { bytesRead } = await handle.read(buffer, done, length - done, start + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return { ok: true, text: buffer.subarray(0, done).toString('utf8') };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, problem: { code: 'unreadable', detail: detailOf(error) } };
  }
}
