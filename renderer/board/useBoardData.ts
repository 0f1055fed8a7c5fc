import { useMemo } from 'react';
import type { Colour, Placement, Task } from '../../shared/model.ts';
import { COLOURS } from '../../shared/model.ts';
import { byOrder } from '../../shared/items.ts';
import type { BoardData } from '../db/boardRepository.ts';
import { useApp, useServices } from '../store/context.ts';
import { overlayPending as overlay } from '../store/pending.ts';
import { useLive } from '../store/useLive.ts';

/** The id of a cell: one role's column of one colour, or the all-roles lane's ("*"). */
export type CellKey = `${string}|${Colour}`;
export const ALL_ROLES = '*';

export function cellKey(laneId: string, colour: Colour): CellKey {
  return `${laneId}|${colour}`;
}

export interface BoardModel extends BoardData {
  tasksById: Map<string, Task>;
  /** Sorted placements per cell, for per-role lanes and for the all-roles lane. */
  cells: Map<CellKey, Placement[]>;
}

/**
 * In the all-roles lane each role's cards keep their own order; where two
 * roles' keys tie, a task's cards stay together, in the order of the roles.
 */
export function allLaneOrder(roles: readonly { id: string }[]) {
  const rank = new Map(roles.map((r, i) => [r.id, i]));
  return (a: Placement, b: Placement) =>
    byOrder(a, b) === 0 || a.order === b.order
      ? a.taskId < b.taskId
        ? -1
        : a.taskId > b.taskId
          ? 1
          : (rank.get(a.roleId) ?? 0) - (rank.get(b.roleId) ?? 0)
      : byOrder(a, b);
}

/** The board's cells, sorted, from its items: per role, and the all-roles lane's when asked for. */
export function boardModel({ roles, tasks, placements }: BoardData, withAllLane: boolean): BoardModel {
  const tasksById = new Map(tasks.map((t) => [t.id, t]));
  const cells = new Map<CellKey, Placement[]>();
  for (const colour of COLOURS) {
    if (withAllLane) cells.set(cellKey(ALL_ROLES, colour), []);
    for (const role of roles) cells.set(cellKey(role.id, colour), []);
  }
  for (const p of placements) {
    if (!tasksById.has(p.taskId)) continue;
    cells.get(cellKey(p.roleId, p.colour))?.push(p);
    if (withAllLane) cells.get(cellKey(ALL_ROLES, p.colour))?.push(p);
  }
  for (const [key, list] of cells) list.sort(key.startsWith(`${ALL_ROLES}|`) ? allLaneOrder(roles) : byOrder);
  return { roles, tasks, placements, tasksById, cells };
}

/**
 * Follows the board of one analysis, with edits in flight shown at once. The
 * all-roles lane's cells are built only while that lane is shown.
 */
export function useBoardData(analysisId: string, withAllLane: boolean): BoardModel | undefined {
  const { repos } = useServices();
  const live = useLive(() => repos.board.live(analysisId), [repos, analysisId]);
  const pending = useApp((s) => s.pending);
  return useMemo(() => {
    if (!live) return undefined;
    const list = Object.values(pending);
    const tasks = overlay(
      live.tasks,
      list.filter((p) => p.table === 'tasks'),
    );
    const placements = overlay(
      live.placements,
      list.filter((p) => p.table === 'placements'),
    );
    const model = keepUnchanged(lastModels.get(analysisId) ?? null, boardModel({ roles: live.roles, tasks, placements }, withAllLane));
    lastModels.set(analysisId, model);
    return model;
  }, [analysisId, live, pending, withAllLane]);
}

/** The last model per analysis, outliving renders, to reuse its unchanged parts. */
const lastModels = new Map<string, BoardModel>();

function sameItems<T extends { id: string; rev: number }>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x.id === b[i]?.id && x.rev === b[i].rev);
}

/**
 * Reuses last render's arrays and maps where nothing in them changed, so the
 * memoised cells of the board re-render only where a card moved.
 */
function keepUnchanged(before: BoardModel | null, next: BoardModel): BoardModel {
  if (!before) return next;
  const sameTasks = before.tasksById.size === next.tasksById.size && next.tasks.every((t) => before.tasksById.get(t.id)?.rev === t.rev);
  const cells = new Map<CellKey, Placement[]>();
  for (const [key, list] of next.cells) {
    const old = before.cells.get(key);
    cells.set(key, old && sameItems(old, list) ? old : list);
  }
  return { ...next, tasksById: sameTasks ? before.tasksById : next.tasksById, cells };
}
