import { liveQuery, type Table } from 'dexie';
import type { Change, TableName } from '../../shared/changes.ts';
import type { Item, Placement, Role, Task } from '../../shared/model.ts';
import { byOrder } from '../../shared/items.ts';
import type { QuestionNote, Timer } from '../../shared/workshop.ts';
import { questionNoteId, type QuestionKey } from '../../shared/workshop.ts';
import { itemKey, tombstoneOf } from '../../shared/exchange/versions.ts';
import type { Agenda } from '../../shared/agenda.ts';
import type { AkrDb } from './db.ts';
import type { Live } from './repositories.ts';
import { sharedLive, type SharedLive } from './sharedLive.ts';

/** Everything the board of one analysis shows. */
export interface BoardData {
  roles: Role[];
  tasks: Task[];
  placements: Placement[];
}

type Clock = () => string;

/** Whether two reads of a board hold the same versions of the same items (every write bumps `rev` and `updatedAt`). */
export function sameBoard(a: BoardData, b: BoardData): boolean {
  const same = <T extends Item>(x: readonly T[], y: readonly T[]) => {
    if (x.length !== y.length) return false;
    const versions = new Map(x.map((item) => [item.id, item]));
    return y.every((item) => {
      const other = versions.get(item.id);
      return other !== undefined && other.rev === item.rev && other.updatedAt === item.updatedAt;
    });
  };
  return same(a.roles, b.roles) && same(a.tasks, b.tasks) && same(a.placements, b.placements);
}

/** How long a board's query outlives its last view, so coming back to it is instant. */
const BOARD_GRACE_MS = 30_000;

/**
 * Writes item changes – an edit, or the undo of one – in one transaction, and
 * resolves once it is on disk. Each written item gets the next revision after
 * the one the change was made from, so an undo is a new edit that other
 * windows and file imports see as newer.
 *
 * Speed: a move must be on disk within 20 ms (QUALITY.md). Every read and
 * write is issued at once and the transaction is told to commit straight
 * away, so the disk flush never waits for a busy thread between a read and a
 * write. The reads return what was stored before; `afterwards` then gives our
 * write the revision after any that another window stored in the meantime.
 */
export async function writeChanges(
  db: AkrDb,
  changes: readonly Change[],
  now: Clock = () => new Date().toISOString(),
): Promise<{ afterwards: () => Promise<void> }> {
  const tableOf = (name: TableName): Table<Item, string> => db.table(name);
  const writes = changes.flatMap((c) => {
    const id = (c.after ?? c.before)?.id;
    return id === undefined ? [] : [{ table: c.table, id, before: c.before, after: c.after, rev: Math.max(c.after?.rev ?? 0, (c.before?.rev ?? 0) + 1) }];
  });
  const nothing = { afterwards: () => Promise.resolve() };
  if (writes.length === 0) return nothing;
  const at = now();
  // A deletion leaves a tombstone (so a file cannot bring the item back unnoticed); creating an item – or undoing its deletion – lifts it.
  const marksTombstones = writes.some((w) => w.before === null || w.after === null);
  const scope = [...new Set(writes.map((w) => w.table))].map(tableOf);
  const stored = await db.transaction('rw', marksTombstones ? [...scope, db.tombstones] : scope, (tx) => {
    const reads = writes.map((w) => tableOf(w.table).get(w.id));
    const done = writes.map((w) => {
      if (w.after === null) {
        return Promise.all([
          tableOf(w.table).delete(w.id),
          w.before ? db.tombstones.put({ ...tombstoneOf(w.table, w.before, at), rev: w.rev }) : undefined,
        ]);
      }
      const put = tableOf(w.table).put({ ...w.after, rev: w.rev, updatedAt: at });
      return w.before === null ? Promise.all([put, db.tombstones.delete(itemKey(w.table, w.id))]) : put;
    });
    tx.idbtrans.commit();
    return Promise.all([Promise.all(reads), Promise.all(done)]).then(([before]) => before);
  });
  const overtaken = writes.flatMap((w, i) => {
    const before = stored[i];
    return w.after !== null && before && before.rev >= w.rev ? [{ ...w, storedRev: before.rev }] : [];
  });
  if (overtaken.length === 0) return nothing;
  return {
    afterwards: () =>
      db.transaction('rw', [...new Set(overtaken.map((w) => w.table))].map(tableOf), async () => {
        for (const w of overtaken) {
          const table = tableOf(w.table);
          const current = await table.get(w.id);
          if (current && current.rev <= w.storedRev) await table.put({ ...current, rev: w.storedRev + 1, updatedAt: now() });
        }
      }),
  };
}

/** Where board edits are written: here, or by a worker (see changeWriter.ts). */
export interface ChangesRepository {
  /** Resolves once the changes are on disk. */
  apply(changes: readonly Change[]): Promise<void>;
}

/** Writes on this thread. */
export function changesRepository(db: AkrDb, now: Clock = () => new Date().toISOString()): ChangesRepository {
  return {
    async apply(changes) {
      const start = performance.now();
      const { afterwards } = await writeChanges(db, changes, now);
      // Read by `npm run bench`: how long a committed edit takes to reach the disk.
      const end = performance.now();
      performance.measure('akr:persist', { start, end });
      performance.measure('akr:saved', { start, end });
      await afterwards();
    },
  };
}

/** Live board data and the workshop extras of one analysis. */
export function boardRepository(db: AkrDb, now: Clock = () => new Date().toISOString()) {
  // One query per board, shared by every view that shows it (see sharedLive).
  const boards = new Map<string, SharedLive<BoardData>>();
  const board = (analysisId: string): SharedLive<BoardData> => {
    let shared = boards.get(analysisId);
    if (!shared) {
      shared = sharedLive(
        () =>
          liveQuery(async () => {
            performance.mark('akr:board-read-start');
            const [roles, tasks, placements] = await Promise.all([
              db.roles.where('analysisId').equals(analysisId).toArray(),
              db.tasks.where('analysisId').equals(analysisId).toArray(),
              db.placements.where('analysisId').equals(analysisId).toArray(),
            ]);
            performance.mark('akr:board-read');
            return { roles: roles.sort(byOrder), tasks, placements };
          }),
        BOARD_GRACE_MS,
        sameBoard,
      );
      boards.set(analysisId, shared);
    }
    return shared;
  };
  return {
    live(analysisId: string): Live<BoardData> {
      return board(analysisId);
    },
    /** Starts reading a board before its screen is up (its code loads meanwhile), for `ms` at most. */
    prefetch(analysisId: string, ms = 10_000): void {
      board(analysisId).hold(ms);
    },
    /**
     * A board read at start-up with plain IndexedDB (warmDb.ts), shown until the live query
     * answers; an answer with the same versions of the same items draws nothing again.
     */
    seed(analysisId: string, data: BoardData): void {
      board(analysisId).seed(data);
    },
    liveQuestionNotes(analysisId: string): Live<QuestionNote[]> {
      return liveQuery(() => db.questionNotes.where('analysisId').equals(analysisId).toArray());
    },
    async saveQuestionNote(analysisId: string, question: QuestionKey, notes: string): Promise<void> {
      const id = questionNoteId(analysisId, question);
      await db.transaction('rw', db.questionNotes, async () => {
        const current = await db.questionNotes.get(id);
        await db.questionNotes.put({ id, analysisId, question, notes, rev: (current?.rev ?? 0) + 1, updatedAt: now() });
      });
    },
    liveTimer(analysisId: string): Live<Timer | null> {
      return liveQuery(async () => (await db.timers.get(analysisId)) ?? null);
    },
    /** The workshop agenda of an analysis (edited through the change history), or null. */
    liveAgenda(analysisId: string): Live<Agenda | null> {
      return liveQuery(async () => (await db.agendas.get(analysisId)) ?? null);
    },
    async saveTimer(timer: Timer, patch: Partial<Pick<Timer, 'durationMs' | 'endsAt' | 'remainingMs'>>): Promise<void> {
      await db.transaction('rw', db.timers, async () => {
        const current = await db.timers.get(timer.id);
        await db.timers.put({ ...(current ?? timer), ...patch, rev: (current?.rev ?? 0) + 1, updatedAt: now() });
      });
    },
  };
}

export type BoardRepository = ReturnType<typeof boardRepository>;
