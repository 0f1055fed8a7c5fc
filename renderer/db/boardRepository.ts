import { liveQuery } from 'dexie';
import type { Item, Placement, Role, Task } from '../../shared/model.ts';
import { byOrder } from '../../shared/items.ts';
import type { QuestionNote, Timer } from '../../shared/workshop.ts';
import type { Agenda } from '../../shared/agenda.ts';
import type { AkrDb } from './db.ts';
import type { Live } from './live.ts';
import { sharedLive, type SharedLive } from './sharedLive.ts';

/** Everything the board of one analysis shows. */
export interface BoardData {
  roles: Role[];
  tasks: Task[];
  placements: Placement[];
}

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

/** Live board data and the workshop extras of one analysis. */
export function boardRepository(db: AkrDb) {
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
    liveTimer(analysisId: string): Live<Timer | null> {
      return liveQuery(async () => (await db.timers.get(analysisId)) ?? null);
    },
    /** The workshop agenda of an analysis, or null. */
    liveAgenda(analysisId: string): Live<Agenda | null> {
      return liveQuery(async () => (await db.agendas.get(analysisId)) ?? null);
    },
  };
}

export type BoardRepository = ReturnType<typeof boardRepository>;
