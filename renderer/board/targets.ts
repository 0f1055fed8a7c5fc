import type { Colour, Placement } from '../../shared/model.ts';
import type { CardTarget } from '../../shared/board.ts';
import type { Change } from '../../shared/changes.ts';
import { byOrder } from '../../shared/items.ts';
import type { DropTarget } from './dragStore.ts';
import { ALL_ROLES, allLaneOrder, type BoardModel, type CellKey } from './useBoardData.ts';

export function parseCell(cell: CellKey): { laneId: string; colour: Colour } {
  const at = cell.lastIndexOf('|');
  return { laneId: cell.slice(0, at), colour: cell.slice(at + 1) as Colour }; // built by cellKey()
}

/**
 * A cell's cards as they will be once `changes` have landed, in the board's
 * order. A move is announced from this in the same update that moves the card,
 * rather than after a later render (which a screen reader, or a test, could miss).
 */
export function cellAfter(model: BoardModel, cell: CellKey, changes: readonly Change[]): Placement[] {
  const { laneId, colour } = parseCell(cell);
  const byId = new Map((model.cells.get(cell) ?? []).map((p) => [p.id, p]));
  for (const c of changes) {
    if (c.table !== 'placements') continue;
    const id = (c.after ?? c.before)?.id;
    if (id === undefined) continue;
    const p = c.after as Placement | null; // a change of the placements table carries placements
    const inCell = p !== null && p.colour === colour && (laneId === ALL_ROLES || p.roleId === laneId) && model.tasksById.has(p.taskId);
    if (inCell) byId.set(id, p);
    else byId.delete(id);
  }
  return [...byId.values()].sort(laneId === ALL_ROLES ? allLaneOrder(model.roles) : byOrder);
}

/** The other cards of a cell, without the one being moved. */
export function othersInCell(model: BoardModel, cell: CellKey, activeId: string): Placement[] {
  return (model.cells.get(cell) ?? []).filter((p) => p.id !== activeId);
}

/**
 * Turns a drop position on screen into a domain target. In the all-roles lane
 * a card keeps its role and only its colour and place among its own role's
 * cards change.
 */
export function toCardTarget(model: BoardModel, placement: Placement, target: Pick<DropTarget, 'cell' | 'index'>): CardTarget {
  const { laneId, colour } = parseCell(target.cell);
  if (laneId !== ALL_ROLES) return { roleId: laneId, colour, index: target.index };
  const before = othersInCell(model, target.cell, placement.id).slice(0, target.index);
  return { roleId: placement.roleId, colour, index: before.filter((p) => p.roleId === placement.roleId).length };
}

/** The marker's offset within a cell for a given index, measured from the DOM. */
export function markerOffset(cell: CellKey, index: number, activeId: string): number {
  const cellEl = document.querySelector<HTMLElement>(`[data-cell-key="${CSS.escape(cell)}"]`);
  if (!cellEl) return 0;
  const top = cellEl.getBoundingClientRect().top;
  const items = [...cellEl.querySelectorAll<HTMLElement>('[data-card-item]')].filter(
    (li) => li.querySelector('[data-card]')?.getAttribute('data-placement-id') !== activeId,
  );
  const at = items[index];
  if (at) return at.getBoundingClientRect().top - top - 4;
  const last = items.at(-1);
  const list = cellEl.querySelector('.cell__cards');
  return last ? last.getBoundingClientRect().bottom - top + 2 : (list?.getBoundingClientRect().top ?? top) - top;
}

/** The index under a pointer's y position among a cell's other cards. */
export function indexAtPointer(cell: CellKey, pointerY: number, activeId: string): number {
  const cellEl = document.querySelector<HTMLElement>(`[data-cell-key="${CSS.escape(cell)}"]`);
  if (!cellEl) return 0;
  const items = [...cellEl.querySelectorAll<HTMLElement>('[data-card-item]')].filter(
    (li) => li.querySelector('[data-card]')?.getAttribute('data-placement-id') !== activeId,
  );
  const index = items.findIndex((li) => {
    const r = li.getBoundingClientRect();
    return pointerY < r.top + r.height / 2;
  });
  return index < 0 ? items.length : index;
}
