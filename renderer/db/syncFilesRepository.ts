import type { AkrDb } from './db.ts';

/** A file in the sync folder as this machine last wrote or saw it. */
export interface SyncFileRow {
  name: string;
  analysisId: string;
  sha256: string;
  /** The analysis's change signature when this machine wrote the file (0 when it only saw it). */
  rev: number;
}

/**
 * This machine's own notes about the sync folder's files: which bytes it
 * wrote or saw there, so that a file changed by another machine can be told
 * apart. Never exported; erased with their analysis.
 */
export function syncFilesRepository(db: AkrDb) {
  return {
    list: (): Promise<SyncFileRow[]> => db.syncFiles.toArray(),
    remember: async (row: SyncFileRow): Promise<void> => {
      await db.syncFiles.put(row);
    },
    forget: async (name: string): Promise<void> => {
      await db.syncFiles.delete(name);
    },
    /** A new folder: nothing there is known to be this machine's yet. */
    forgetAll: async (): Promise<void> => {
      await db.syncFiles.clear();
    },
  };
}

export type SyncFilesRepository = ReturnType<typeof syncFilesRepository>;
