import type { DesktopSyncApi } from '../../shared/ipc.ts';
import { isSyncFileName, type SyncFolder, type SyncFolders, type SyncResult } from '../../shared/syncFolder.ts';

/**
 * Turns a rejected IPC call into a result, so the SyncFolder promise that
 * nothing rejects holds here too (main throws only for calls our own preload
 * never makes, or for a text over the size limit).
 */
async function settled<T>(call: () => Promise<SyncResult<T>>): Promise<SyncResult<T>> {
  try {
    return await call();
  } catch (error) {
    return { ok: false, problem: 'other', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Refused here, without a round trip: main would refuse the call outright. */
function badName(name: string): { ok: false; problem: 'badName'; detail: string } {
  return { ok: false, problem: 'badName', detail: `not an analysis file name: ${JSON.stringify(name.slice(0, 60))}` };
}

/** A SyncFolder whose operations run in main, on the folder main remembers. */
function desktopFolder(sync: DesktopSyncApi, label: string): SyncFolder {
  return {
    label,
    write: (name, text) => (isSyncFileName(name) ? settled(() => sync.write(name, text)) : Promise.resolve(badName(name))),
    list: () => settled(() => sync.list()),
    read: (name) => (isSyncFileName(name) ? settled(() => sync.read(name)) : Promise.resolve(badName(name))),
    backups: (name) => (isSyncFileName(name) ? settled(() => sync.backups(name)) : Promise.resolve(badName(name))),
    remove: (name) => (isSyncFileName(name) ? settled(() => sync.remove(name)) : Promise.resolve(badName(name))),
    retire: (name, sha256) => (isSyncFileName(name) ? settled(() => sync.retire(name, sha256)) : Promise.resolve(badName(name))),
  };
}

/**
 * The desktop's SyncFolders over `window.api.sync`. Main holds the folder and
 * its permission for good, so permission never has to be asked again.
 */
export function desktopSyncFolders(sync: DesktopSyncApi): SyncFolders {
  const current = async (): Promise<SyncFolder | null> => {
    const info = await sync.current();
    return info === null ? null : desktopFolder(sync, info.label);
  };
  return {
    supported: true,
    choose: async () => {
      const chosen = await settled(() => sync.choose());
      if (!chosen.ok) return chosen;
      return { ok: true, value: chosen.value === null ? null : desktopFolder(sync, chosen.value.label) };
    },
    current: async () => {
      try {
        const folder = await current();
        return { folder, needsPermission: false, label: folder?.label ?? null };
      } catch {
        return { folder: null, needsPermission: false, label: null };
      }
    },
    reconnect: () => settled(async () => ({ ok: true, value: await current() })),
    forget: () => sync.forget(),
  };
}
