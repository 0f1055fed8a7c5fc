import {
  byPath,
  isOverviewFile,
  OVERVIEW_MAX_DEPTH,
  OVERVIEW_MAX_FILE_BYTES,
  OVERVIEW_MAX_FILES,
  skipsFolder,
  type FolderListing,
  type ReadableFolder,
  type ReadableFolders,
} from '../../shared/hrOverview/folder.ts';
import { entriesOf, syncFailure } from './fsaSyncFolder.ts';

interface DirectoryPickerWindow {
  showDirectoryPicker?: (options: { id?: string; mode?: 'read' | 'readwrite' }) => Promise<FileSystemDirectoryHandle>;
}

/**
 * A folder read with the File System Access API, for HR's overview: asked
 * for read access only. Listing takes each file's `File` (a snapshot of its
 * size); reading slices it, so only the bytes asked for are read.
 */
export function fsaReadableFolder(root: FileSystemDirectoryHandle): ReadableFolder {
  let files = new Map<string, File>();
  return {
    label: root.name,
    async list() {
      const listing: FolderListing = { files: [], skipped: [] };
      const found = new Map<string, File>();
      const walk = async (dir: FileSystemDirectoryHandle, prefix: string, depth: number): Promise<void> => {
        for await (const [name, handle] of entriesOf(dir)) {
          if (listing.files.length >= OVERVIEW_MAX_FILES) return;
          const path = prefix + name;
          if (handle.kind === 'directory') {
            if (depth < OVERVIEW_MAX_DEPTH && !skipsFolder(name)) await walk(handle as FileSystemDirectoryHandle, `${path}/`, depth + 1);
            continue;
          }
          if (!isOverviewFile(name)) continue;
          try {
            const file = await (handle as FileSystemFileHandle).getFile();
            if (file.size > OVERVIEW_MAX_FILE_BYTES) {
              listing.skipped.push({ path, problem: { code: 'tooLarge', size: file.size, limit: OVERVIEW_MAX_FILE_BYTES } });
              continue;
            }
            found.set(path, file);
            listing.files.push({ path, size: file.size });
          } catch (e) {
            listing.skipped.push({ path, problem: { code: 'unreadable', detail: syncFailure(e).detail } });
          }
        }
      };
      try {
        await walk(root, '', 0);
      } catch (e) {
        return syncFailure(e);
      }
      files = found;
      listing.files.sort(byPath);
      listing.skipped.sort(byPath);
      return { ok: true, value: listing };
    },
    async read(path, start, end) {
      const file = files.get(path);
      if (!file) return { ok: false, problem: { code: 'unreadable', detail: 'not listed' } };
      try {
        return { ok: true, text: await file.slice(start, end ?? undefined).text() };
      } catch (e) {
        return { ok: false, problem: { code: 'unreadable', detail: syncFailure(e).detail } };
      }
    },
  };
}

/** Choosing a folder to read in the browser; unsupported where the browser has no folder picker. */
export function browserReadableFolders(): ReadableFolders {
  const picker = (globalThis as DirectoryPickerWindow).showDirectoryPicker;
  return {
    supported: picker !== undefined,
    async choose() {
      if (!picker) return { ok: false, problem: 'unsupported', detail: 'showDirectoryPicker is missing' };
      try {
        // Read only: the overview never writes; the picker's own prompt asks for reading.
        return { ok: true, value: fsaReadableFolder(await picker.call(globalThis, { id: 'akr-overview', mode: 'read' })) };
      } catch (e) {
        if (e && typeof e === 'object' && 'name' in e && e.name === 'AbortError') return { ok: true, value: null };
        return syncFailure(e);
      }
    },
  };
}
