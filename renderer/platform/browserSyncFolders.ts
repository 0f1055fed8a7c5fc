import type { SyncFolder, SyncFolders, SyncResult } from '../../shared/syncFolder.ts';
import { fsaSyncFolder, syncFailure } from './fsaSyncFolder.ts';

/*
 * The parts of the File System Access API that TypeScript's DOM library does
 * not declare (Chromium has them; Firefox and Safari have none of them, which
 * is why every use here is optional).
 */
type PermissionMode = { mode: 'read' | 'readwrite' };
interface PermissionedHandle {
  queryPermission?(descriptor: PermissionMode): Promise<PermissionState>;
  requestPermission?(descriptor: PermissionMode): Promise<PermissionState>;
}
interface DirectoryPickerWindow {
  showDirectoryPicker?: (options: { id?: string; mode?: 'read' | 'readwrite'; startIn?: string }) => Promise<FileSystemDirectoryHandle>;
}

/** Where the chosen folder's handle is remembered between visits. */
export interface SyncHandleStore {
  get(): Promise<FileSystemDirectoryHandle | null>;
  set(handle: FileSystemDirectoryHandle): Promise<void>;
  clear(): Promise<void>;
}

export interface BrowserSyncFolderDeps {
  /** Shows the folder picker; rejects with AbortError when the user cancels. Default: `window.showDirectoryPicker`. */
  pick?: () => Promise<FileSystemDirectoryHandle>;
  /** Default: a small IndexedDB database of its own (handles are structured-cloneable). */
  store?: SyncHandleStore;
}

/** The sync folder in the browser: a folder picked with the File System Access API, remembered in IndexedDB. */
export function browserSyncFolders(deps: BrowserSyncFolderDeps = {}): SyncFolders {
  const picker = (globalThis as DirectoryPickerWindow).showDirectoryPicker;
  const pick = deps.pick ?? (picker ? () => picker.call(globalThis, { id: 'akr-sync', mode: 'readwrite' }) : null);
  const store = deps.store ?? indexedDbHandleStore();
  // This visit's choice, so a store that cannot be written to still leaves the folder usable until reload.
  let chosen: FileSystemDirectoryHandle | null = null;

  const remembered = async (): Promise<FileSystemDirectoryHandle | null> => {
    if (chosen) return chosen;
    try {
      chosen = await store.get();
    } catch {
      chosen = null;
    }
    return chosen;
  };

  /** Asks for read-write access (a prompt only when not granted yet) and hands out the folder when granted. */
  const withPermission = async (handle: FileSystemDirectoryHandle): Promise<SyncResult<SyncFolder | null>> => {
    const state = await askPermission(handle);
    if (state !== 'granted') return { ok: false, problem: 'denied', detail: handle.name };
    return { ok: true, value: fsaSyncFolder(handle, handle.name) };
  };

  return {
    supported: pick !== null,
    async choose() {
      if (!pick) return { ok: false, problem: 'unsupported', detail: 'showDirectoryPicker is missing' };
      try {
        const handle = await pick();
        const result = await withPermission(handle);
        if (!result.ok) return result;
        chosen = handle;
        await store.set(handle).catch(() => undefined);
        return result;
      } catch (e) {
        if (e && typeof e === 'object' && 'name' in e && e.name === 'AbortError') return { ok: true, value: null };
        return syncFailure(e);
      }
    },
    async current() {
      const handle = await remembered();
      if (!handle) return { folder: null, needsPermission: false, label: null };
      let state: PermissionState;
      try {
        state = (await (handle as PermissionedHandle).queryPermission?.({ mode: 'readwrite' })) ?? 'granted';
      } catch {
        state = 'prompt';
      }
      const granted = state === 'granted';
      return { folder: granted ? fsaSyncFolder(handle, handle.name) : null, needsPermission: !granted, label: handle.name };
    },
    async reconnect() {
      const handle = await remembered();
      if (!handle) return { ok: true, value: null };
      try {
        return await withPermission(handle);
      } catch (e) {
        return syncFailure(e);
      }
    },
    async forget() {
      chosen = null;
      await store.clear().catch(() => undefined);
    },
  };
}

async function askPermission(handle: FileSystemDirectoryHandle): Promise<PermissionState> {
  const h = handle as PermissionedHandle;
  if (!h.requestPermission) return 'granted';
  return h.requestPermission({ mode: 'readwrite' });
}

const HANDLE_DB = 'akr-sync-folder';
const HANDLE_STORE = 'handles';
const HANDLE_KEY = 'syncFolder';

/**
 * The folder handle in an IndexedDB database of its own: the app's Dexie
 * schema stays as it is, and the handle never travels with exports.
 */
export function indexedDbHandleStore(name = HANDLE_DB): SyncHandleStore {
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(HANDLE_STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
      request.onblocked = () => reject(new Error('IndexedDB open blocked'));
    });
  const run = async <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const db = await open();
    try {
      return await new Promise<T>((resolve, reject) => {
        const tx = db.transaction(HANDLE_STORE, mode);
        const request = action(tx.objectStore(HANDLE_STORE));
        tx.oncomplete = () => resolve(request.result);
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      });
    } finally {
      db.close();
    }
  };
  return {
    async get() {
      const value: unknown = await run('readonly', (s) => s.get(HANDLE_KEY));
      return typeof FileSystemDirectoryHandle !== 'undefined' && value instanceof FileSystemDirectoryHandle ? value : null;
    },
    async set(handle) {
      await run('readwrite', (s) => s.put(handle, HANDLE_KEY));
    },
    async clear() {
      await run('readwrite', (s) => s.delete(HANDLE_KEY));
    },
  };
}
