import { liveQuery, type Table } from 'dexie';
import type { Change, TableName } from '../../shared/changes.ts';
import type { Item, Placement, Role, Task } from '../../shared/model.ts';
import { byOrder } from '../../shared/items.ts';
import type { QuestionNote, Timer } from '../../shared/workshop.ts';
import { questionNoteId, type QuestionKey } from '../../shared/workshop.ts';
import type { AkrDb } from './db.ts';
import type { Live } from './repositories.ts';

/** Everything the board of one analysis shows. */
export interface BoardData {
  roles: Role[];
  tasks: Task[];
  placements: Placement[];
}

type Clock = () => string;

/**
 * Writes item changes – an edit, or the undo of one – in one transaction.
 * Each written item gets the next revision after what is stored now, so an
 * undo is a new edit that other windows and file imports see as newer.
 * Returns what was written, by id.
 */
export function changesRepository(db: AkrDb, now: Clock = () => new Date().toISOString()) {
  const tableOf = (name: TableName): Table<Item, string> => db.table(name);
  return {
    async apply(changes: readonly Change[]): Promise<void> {
      if (changes.length === 0) return;
      const names = [...new Set(changes.map((c) => c.table))];
      const start = performance.now();
      await db.transaction('rw', names.map(tableOf), async () => {
        const at = now();
        for (const change of changes) {
          const table = tableOf(change.table);
          const id = (change.after ?? change.before)?.id;
          if (id === undefined) continue;
          const current = await table.get(id);
          if (change.after === null) await table.delete(id);
          else await table.put({ ...change.after, rev: Math.max(change.after.rev, (current?.rev ?? 0) + 1), updatedAt: at });
        }
      });
      // Read by `npm run bench`: how long a committed edit takes to reach the disk.
      performance.measure('akr:persist', { start, end: performance.now() });
    },
  };
}

/** Live board data and the workshop extras of one analysis. */
export function boardRepository(db: AkrDb, now: Clock = () => new Date().toISOString()) {
  return {
    live(analysisId: string): Live<BoardData> {
      return liveQuery(async () => {
        const [roles, tasks, placements] = await Promise.all([
          db.roles.where('analysisId').equals(analysisId).toArray(),
          db.tasks.where('analysisId').equals(analysisId).toArray(),
          db.placements.where('analysisId').equals(analysisId).toArray(),
        ]);
        return { roles: roles.sort(byOrder), tasks, placements };
      });
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
    async saveTimer(timer: Timer, patch: Partial<Pick<Timer, 'durationMs' | 'endsAt' | 'remainingMs'>>): Promise<void> {
      await db.transaction('rw', db.timers, async () => {
        const current = await db.timers.get(timer.id);
        await db.timers.put({ ...(current ?? timer), ...patch, rev: (current?.rev ?? 0) + 1, updatedAt: now() });
      });
    },
  };
}

export type ChangesRepository = ReturnType<typeof changesRepository>;
export type BoardRepository = ReturnType<typeof boardRepository>;
