/**
 * Keeps the sync folder in step with the database: after edits (debounced)
 * each changed analysis's file is written there; on start and whenever the
 * window gets focus, files written by other machines are found and offered
 * for import. IndexedDB stays the truth: a folder problem is shown as a
 * warning and retried, never allowed to stop an edit.
 *
 * Own writes are recognised by the SHA-256 of what was written (remembered
 * per file name); modification times are never trusted. A file whose bytes
 * are not what this machine last wrote or saw has come from elsewhere: it is
 * not overwritten until its changes have been offered and taken in.
 *
 * Files are written as `<stem>.akr`; `<stem>.akr.json`, what earlier versions
 * wrote, is still read and offered like any file, matched to its analysis by
 * the id inside. When both are there, the old name is retired into the
 * backups once this machine has written the new one, and only if its bytes
 * are what this machine last wrote or saw (so already in the database);
 * otherwise it stays, to be offered, and is retired after that import.
 */
import type { AkrFile, AnalysisRecord } from '../../shared/exchange/format.ts';
import { serialize } from '../../shared/exchange/format.ts';
import { analysisFileName } from '../../shared/exchange/fileName.ts';
import { inSyncFolder } from '../../shared/analysis.ts';
import { isNoop, recordItems } from '../../shared/exchange/merge.ts';
import { KINDS } from '../../shared/records/registry.ts';
import { checkSize, restoreFile } from '../../shared/exchange/restore.ts';
import { syncFileStem, type SyncFolder, type SyncFolders, type SyncProblem } from '../../shared/syncFolder.ts';
import type { ExchangeRepository } from '../db/exchangeRepository.ts';
import type { SyncFileRow, SyncFilesRepository } from '../db/syncFilesRepository.ts';

export interface SyncOffer {
  name: string;
  sha256: string;
  file: AkrFile;
  units: string[];
}

export interface SyncState {
  supported: boolean;
  /** The folder in use, or null. */
  folder: SyncFolder | null;
  /** The remembered folder's name even while it cannot be used (permission). */
  label: string | null;
  needsPermission: boolean;
  lastWrite: string | null;
  problem: { problem: SyncProblem; detail: string } | null;
  /** Files from other machines with something new. */
  offers: SyncOffer[];
  /** Analyses whose file is not written because another machine's newer file is there. */
  waiting: string[];
  /** Files that could not be read as analysis files. */
  unreadable: string[];
}

export interface SyncDeps {
  files: SyncFilesRepository;
  exchange: ExchangeRepository;
  folders: SyncFolders;
  appVersion: string;
  now?: () => string;
}

/**
 * A number that changes whenever anything of the analysis changes: every
 * edit raises a revision, a deletion leaves a tombstone one above the item.
 */
export function signature(record: AnalysisRecord): number {
  // Every item the file holds (per-person records never go into the sync folder's files).
  const items: { rev: number }[] = [
    ...recordItems(record).flatMap(({ table, item }) => (KINDS[table].perPerson ? [] : [item])),
    ...record.tombstones,
    ...record.keptVersions,
  ];
  return items.reduce((sum, item) => sum + item.rev, items.length * 1_000_003);
}

export function createSyncController({ files, exchange, folders, appVersion, now = () => new Date().toISOString() }: SyncDeps) {
  let state: SyncState = {
    supported: folders.supported,
    folder: null,
    label: null,
    needsPermission: false,
    lastWrite: null,
    problem: null,
    offers: [],
    waiting: [],
    unreadable: [],
  };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<SyncState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };
  // One folder operation at a time: a write never races a scan of the same file.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const rows = (): Promise<SyncFileRow[]> => files.list();
  const remember = (name: string, analysisId: string, sha256: string, rev: number) => files.remember({ name, analysisId, sha256, rev });
  const fail = (result: { problem: SyncProblem; detail: string }) => {
    set({ problem: { problem: result.problem, detail: result.detail } });
    return false;
  };

  /** What one file from the folder brings: an offer, null when nothing new (or gone), or 'unreadable'. */
  async function offerOf(folder: SyncFolder, name: string, rev: number): Promise<SyncOffer | null | 'unreadable'> {
    const read = await folder.read(name);
    if (!read.ok) {
      if (read.problem === 'missing') return null;
      if (read.problem === 'notAFile' || read.problem === 'tooLarge') return 'unreadable';
      fail(read);
      return null;
    }
    const restored = restoreFile(read.value.text);
    if (!restored.ok) return 'unreadable';
    const plans = await exchange.preview(restored.file, name);
    const first = restored.file.analyses[0];
    if (plans.every(isNoop)) {
      // Nothing new in it (say, the other machine wrote what this one already has): remember it as seen.
      if (first) await remember(name, first.analysis.id, read.value.sha256, rev);
      return null;
    }
    return { name, sha256: read.value.sha256, file: restored.file, units: plans.filter((p) => !isNoop(p)).map((p) => p.unitName) };
  }

  /** Reads the folder: files whose bytes this machine has not written or seen are read and, if they bring anything new, offered. */
  async function scanNow(): Promise<void> {
    const folder = state.folder;
    if (!folder) return;
    const listed = await folder.list();
    if (!listed.ok) {
      fail(listed);
      return;
    }
    const known = new Map((await rows()).map((r) => [r.name, r]));
    const offers: SyncOffer[] = [];
    const unreadable: string[] = [];
    for (const info of listed.value) {
      // Not a regular file, too large or unreadable: reported, never read; the rest go on.
      if ('skipped' in info) {
        unreadable.push(info.name);
        continue;
      }
      if (known.get(info.name)?.sha256 === info.sha256) continue;
      if (checkSize(info.size)) {
        unreadable.push(info.name);
        continue;
      }
      try {
        const offer = await offerOf(folder, info.name, known.get(info.name)?.rev ?? 0);
        if (offer === 'unreadable') unreadable.push(info.name);
        else if (offer !== null) offers.push(offer);
      } catch {
        // Whatever one file does to the reader or the preview, it is that file's fault: reported, and the rest go on.
        unreadable.push(info.name);
      }
    }
    const waiting = state.waiting.filter((unit) => offers.some((o) => o.units.includes(unit)));
    set({ offers, unreadable, waiting, problem: state.problem?.problem === 'missing' || state.problem?.problem === 'denied' ? null : state.problem });
  }

  /** Writes the file of each analysis that changed since it was last written. */
  async function writeNow(ids: readonly string[] | 'all'): Promise<void> {
    const folder = state.folder;
    if (!folder) return;
    const records = await exchange.records(ids === 'all' ? undefined : ids);
    const known = await rows();
    let foreign = false;
    for (const record of records) {
      const id = record.analysis.id;
      const name = analysisFileName(record.analysis.unitName, id);
      const sig = signature(record);
      const mine = known.find((r) => r.name === name);
      if (!inSyncFolder(record.analysis)) continue;
      if (mine && mine.analysisId === id && mine.rev === sig) continue;
      // Is what lies there now what this machine last wrote or saw? If not, another machine wrote it.
      const there = await folder.read(name);
      if (there.ok && there.value.sha256 !== mine?.sha256) {
        let brings: boolean;
        try {
          const restored = restoreFile(there.value.text);
          brings = restored.ok && !(await exchange.preview(restored.file, name)).every(isNoop);
        } catch (error) {
          // That one file cannot be judged: it is left as it is, and the other analyses are still written.
          fail({ problem: 'other', detail: `${name}: ${error instanceof Error ? error.message : String(error)}` });
          continue;
        }
        if (brings) {
          if (!state.waiting.includes(record.analysis.unitName)) set({ waiting: [...state.waiting, record.analysis.unitName] });
          foreign = true;
          continue;
        }
      } else if (!there.ok && there.problem !== 'missing') {
        // Also a link, a folder or an oversized file under this name: reported, never replaced.
        fail(there);
        continue;
      }
      const file = await exchange.exportFile([id], { appVersion, includePersonal: false });
      const written = await folder.write(name, serialize(file));
      if (!written.ok) {
        fail(written);
        continue;
      }
      await remember(name, id, written.value.sha256, sig);
      for (const old of known.filter((r) => r.analysisId === id && r.name !== name)) {
        // The same file under the name earlier versions wrote: kept as a backup, and only when nothing in it is new here.
        // A renamed unit: the old file goes (its backups with it), or other machines would keep offering it.
        const gone = syncFileStem(old.name) === syncFileStem(name) ? await folder.retire(old.name, old.sha256) : await folder.remove(old.name);
        if (gone.ok && gone.value !== false) await files.forget(old.name);
      }
      set({ lastWrite: now(), problem: null, waiting: state.waiting.filter((u) => u !== record.analysis.unitName) });
    }
    // Another machine's file is in the way: offer it, so the user can take it in.
    if (foreign) await scanNow();
  }

  const adopt = (folder: SyncFolder | null, label: string | null, needsPermission: boolean) =>
    set({ folder, label: folder?.label ?? label, needsPermission, problem: null, offers: [], waiting: [], unreadable: [] });

  return {
    getState: () => state,
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Picks up the folder chosen earlier, reads it, and writes what changed while the app was closed. */
    async start(): Promise<void> {
      const current = await folders.current();
      adopt(current.folder, current.label, current.needsPermission);
      await this.sync();
    },
    async choose(): Promise<boolean> {
      const chosen = await folders.choose();
      if (!chosen.ok) return fail(chosen);
      if (!chosen.value) return false;
      adopt(chosen.value, null, false);
      // A new folder: nothing there is known to be this machine's yet.
      await serial(() => files.forgetAll());
      await this.sync();
      return true;
    },
    async reconnect(): Promise<boolean> {
      const again = await folders.reconnect();
      if (!again.ok) return fail(again);
      if (!again.value) return false;
      adopt(again.value, null, false);
      await this.sync();
      return true;
    },
    async forget(): Promise<void> {
      await folders.forget();
      adopt(null, null, false);
    },
    /** Reads the folder, then writes every analysis that changed. */
    sync: () =>
      serial(async () => {
        try {
          await scanNow();
        } finally {
          // This machine's own edits go out even when reading the folder went wrong.
          await writeNow('all');
        }
      }),
    scan: () => serial(scanNow),
    /** Writes these analyses' files (after edits), if they changed. */
    write: (ids: readonly string[]) => serial(() => writeNow(ids)),
    /** The offer was imported: its bytes are now known, and the merged analysis is written back. */
    async imported(offer: SyncOffer): Promise<void> {
      await serial(async () => {
        const first = offer.file.analyses[0];
        if (first) await remember(offer.name, first.analysis.id, offer.sha256, 0);
        set({ offers: state.offers.filter((o) => o !== offer), waiting: state.waiting.filter((u) => !offer.units.includes(u)) });
        await writeNow(offer.file.analyses.map((a) => a.analysis.id));
      });
    },
    /** Hides an offer until the next scan. */
    later(offer: SyncOffer): void {
      set({ offers: state.offers.filter((o) => o !== offer) });
    },
    /** Removes an erased analysis's files and their backups. Resolves to the problem, if any. */
    async removeFiles(names: readonly string[]): Promise<{ problem: SyncProblem; detail: string } | null> {
      const folder = state.folder;
      if (!folder || names.length === 0) return null;
      return serial(async () => {
        for (const name of names) {
          const gone = await folder.remove(name);
          if (!gone.ok) return { problem: gone.problem, detail: gone.detail };
        }
        return null;
      });
    },
  };
}

export type SyncController = ReturnType<typeof createSyncController>;
