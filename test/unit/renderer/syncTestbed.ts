/** Machines sharing a folder in memory: what the sync controller's tests run on. */
import { createHash } from 'node:crypto';
import { createSyncController } from '../../../renderer/sync/syncController.ts';
import { createAnalysis } from '../../../shared/analysis.ts';
import { addTask, type Board } from '../../../shared/board.ts';
import { created } from '../../../shared/changes.ts';
import { syncFileStem } from '../../../shared/syncFolder.ts';
import type { SyncFolder, SyncFolders, SyncListEntry, SyncProblem, SyncResult, SyncSkippedFile } from '../../../shared/syncFolder.ts';
import { testStore } from './testStore.ts';

export const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * A folder in memory with the contract's behaviour, and a switch to make its
 * writes fail. Backups are kept per stem, as in the real folders: `x.akr`
 * and `x.akr.json` share one history.
 */
export function memoryFolder() {
  const files = new Map<string, string>();
  const backups = new Map<string, string[]>();
  let failWrites: SyncProblem | null = null;
  /** Entries the listing reports as skipped (a link, a pipe, a huge file …), by name. */
  const skipped = new Map<string, SyncSkippedFile['skipped']>();
  /** Names whose reading throws: a platform fault the contract does not foresee. */
  const throwing = new Set<string>();
  const ok = <T>(value: T): SyncResult<T> => ({ ok: true, value });
  const backupsOf = (name: string): string[] | undefined => backups.get(syncFileStem(name));
  const keep = (name: string, text: string) => backups.set(syncFileStem(name), [text, ...(backupsOf(name) ?? [])].slice(0, 10));
  const folder: SyncFolder = {
    label: 'Delad mapp',
    async write(name, text) {
      if (failWrites) return { ok: false, problem: failWrites, detail: 'injected' };
      const old = files.get(name);
      if (old !== undefined) keep(name, old);
      files.set(name, text);
      return ok({ sha256: sha(text) });
    },
    async list() {
      const listed: SyncListEntry[] = [...files].map(([name, text]) => ({ name, size: text.length, sha256: sha(text) }));
      listed.push(...[...skipped].map(([name, reason]) => ({ name, skipped: reason, detail: 'injected' })));
      return ok(listed.sort((a, b) => (a.name < b.name ? -1 : 1)));
    },
    async read(name) {
      if (throwing.has(name)) throw new RangeError('Maximum call stack size exceeded');
      const text = files.get(name);
      return text === undefined ? { ok: false, problem: 'missing', detail: name } : ok({ text, sha256: sha(text) });
    },
    async backups(name) {
      return ok((backupsOf(name) ?? []).map((_, i) => `${syncFileStem(name)}.${i}.akr`));
    },
    async remove(name) {
      files.delete(name);
      backups.delete(syncFileStem(name));
      return ok(undefined);
    },
    async retire(name, expected) {
      const text = files.get(name);
      if (text === undefined) return ok(true);
      if (sha(text) !== expected) return ok(false);
      keep(name, text);
      files.delete(name);
      return ok(true);
    },
  };
  const folders: SyncFolders = {
    supported: true,
    choose: async () => ok(folder),
    current: async () => ({ folder, needsPermission: false, label: folder.label }),
    reconnect: async () => ok(folder),
    forget: async () => undefined,
  };
  return { files, backups, backupsOf, skipped, throwing, folders, failWith: (problem: SyncProblem | null) => (failWrites = problem) };
}

let clock = 0;
export const tick = () => new Date(Date.UTC(2026, 11, 2, 9, 0, clock++)).toISOString();

export async function machine(folders: SyncFolders) {
  const { db, repos, state } = testStore({ clock: tick });
  const sync = createSyncController({ files: repos.syncFiles, exchange: repos.exchange, folders, appVersion: 'test', now: tick });
  await sync.start();
  const board = async (): Promise<Board> => ({ roles: await db.roles.toArray(), tasks: await db.tasks.toArray(), placements: await db.placements.toArray() });
  return { db, repos, state, sync, board };
}

/** The file machine A writes for its analysis 'Solrosen' (id a1). */
export const NAME = 'Solrosen-a1.akr';

/** A machine with one analysis, 'Solrosen' (a1): a role 'Kock' and a task 'Diska'. */
export async function withAnalysis(folders: SyncFolders) {
  const a = await machine(folders);
  const bundle = createAnalysis({ unitName: 'Solrosen', organisation: '', facilitator: '' }, 'a1', tick());
  await a.repos.changes.apply([created('analyses', bundle.analysis), ...bundle.steps.map((s) => created('steps', s))]);
  await a.repos.changes.apply([
    created('roles', { id: 'r1', rev: 1, updatedAt: tick(), analysisId: 'a1', name: 'Kock', headcount: 1, fullTimeHours: 40, order: 'a0' }),
  ]);
  await a.repos.changes.apply(addTask(await a.board(), { analysisId: 'a1', title: 'Diska', roleIds: ['r1'], hours: 2 }, () => 't1', tick()));
  return a;
}
