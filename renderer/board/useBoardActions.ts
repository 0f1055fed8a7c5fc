import { useLayoutEffect, useMemo, useRef } from 'react';
import {
  addTask,
  applyBoardChanges,
  deleteTask,
  duplicateTask,
  mergeTasks,
  moveCard,
  splitTask,
  updateTask,
  setHours,
  setTaskRoles,
  type Board,
} from '../../shared/board.ts';
import type { Change } from '../../shared/changes.ts';
import type { Colour, Placement } from '../../shared/model.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import type { DragStore } from './dragStore.ts';
import { cellAfter, parseCell, toCardTarget } from './targets.ts';
import { ALL_ROLES, cellKey, type BoardModel, type CellKey } from './useBoardData.ts';
import { focusAfterRender } from '../components/focusAfterRender.ts';
import type { TaskEdit } from './TaskDialog.tsx';

const now = () => new Date().toISOString();
const newId = () => crypto.randomUUID();

/** Puts the focus back on a card after it has moved to another cell (it is a new element there). */
export function focusCard(placementId: string, cell?: CellKey) {
  focusAfterRender(() =>
    document.querySelector<HTMLElement>(`${cell ? `[data-cell-key="${CSS.escape(cell)}"] ` : ''}[data-card][data-placement-id="${CSS.escape(placementId)}"]`),
  );
}

/**
 * The board's verbs. Each one computes changes with a pure function from
 * shared/board.ts, commits them as one undo step, and says what happened.
 */
export function useBoardActions(analysisId: string, model: BoardModel | undefined, dragStore: DragStore, allLane: boolean) {
  const { t, roundHours } = useT();
  const commit = useApp((s) => s.commit);
  const modelRef = useRef(model);
  useLayoutEffect(() => {
    modelRef.current = model;
  });

  return useMemo(() => {
    const announce = (announcement: string) => dragStore.setState({ announcement });
    const colourName = (c: Colour) => t(`colour.${c}`);
    const roleName = (roleId: string) => modelRef.current?.roles.find((r) => r.id === roleId)?.name ?? '';
    const titleOf = (p: Placement) => modelRef.current?.tasksById.get(p.taskId)?.title ?? '';
    const laneOf = (p: Placement) => (allLane ? ALL_ROLES : p.roleId);
    const run = (label: string, changes: Change[]) => commit(changes, { undoable: true, label: label });
    /** Commits and says what happened in the same update that shows it; resolves once it is on disk. */
    const runSaying = (label: string, changes: Change[], said: string) => {
      const written = run(label, changes);
      announce(said);
      return written;
    };

    const move = (placementId: string, target: { cell: CellKey; index: number }) => {
      const m = modelRef.current;
      const placement = m?.placements.find((p) => p.id === placementId);
      if (!m || !placement) return;
      const to = toCardTarget(m, placement, target);
      const result = moveCard(m, placementId, to, now());
      const title = titleOf(placement);
      if (!result.ok) {
        if (result.reason === 'taskAlreadyInRole') announce(t('board.refused.taskInRole', { title, role: roleName(to.roleId) }));
        else if (result.reason === 'unchanged') announce(t('board.dropped.unchanged', { title }));
        return;
      }
      const { laneId } = parseCell(target.cell);
      const cell = laneId === ALL_ROLES ? cellKey(ALL_ROLES, to.colour) : cellKey(to.roleId, to.colour);
      // "plats 3 av 7" as the cell will show once the move lands, said in the same update that shows it.
      const list = cellAfter(m, cell, result.changes);
      const index = list.findIndex((p) => p.id === placementId) + 1;
      announce(t('board.moved', { title, colour: colourName(to.colour), role: roleName(to.roleId), index, count: list.length }));
      void run(t('board.history.move', { title }), result.changes);
      focusCard(placementId, cell);
    };

    return {
      announce,
      announceCancelled: (p: Placement) => announce(t('board.cancelled', { title: titleOf(p) })),
      colourName,
      roleName,
      titleOf,
      laneOf,
      move,
      /** Keys 1–4 and 0, and the "Flytta till" menu: to the end of that colour in the card's lane. */
      moveToColour(placementId: string, colour: Colour) {
        const m = modelRef.current;
        const placement = m?.placements.find((p) => p.id === placementId);
        if (!m || !placement) return;
        const cell = cellKey(laneOf(placement), colour);
        const count = (m.cells.get(cell) ?? []).filter((p) => p.id !== placementId).length;
        move(placementId, { cell, index: count });
      },
      async addTask(title: string, roleIds: string[], hours: number | null) {
        const m = modelRef.current;
        if (!m || roleIds.length === 0) return;
        const changes = addTask(m, { analysisId, title, roleIds, hours }, newId, now());
        await runSaying(t('board.history.add', { title: title.trim() }), changes, t('board.added', { title: title.trim(), count: roleIds.length }));
      },
      /** Saves what the task dialog changed; the rest of the task stays as it is stored (another window's edit included). */
      async editTask(taskId: string, edit: TaskEdit) {
        const m = modelRef.current;
        if (!m) return;
        let board: Board = m;
        const all: Change[] = [];
        const apply = (changes: Change[]) => {
          for (const c of changes) all.push(c);
          board = applyBoardChanges(board, changes);
        };
        apply(updateTask(board, taskId, { title: edit.title?.trim(), notes: edit.notes }, now()));
        if (edit.roleIds) apply(setTaskRoles(board, taskId, edit.roleIds, now(), newId));
        for (const p of board.placements.filter((x) => x.taskId === taskId)) {
          const h = edit.hours.get(p.roleId);
          if (h !== undefined && h !== p.hours) apply(setHours(board, p.id, h, now()));
        }
        const title = board.tasks.find((x) => x.id === taskId)?.title ?? '';
        await runSaying(t('board.history.edit', { title }), all, t('board.edited', { title }));
      },
      async deleteTask(taskId: string) {
        const m = modelRef.current;
        const title = m?.tasksById.get(taskId)?.title ?? '';
        if (!m) return;
        await runSaying(t('board.history.delete', { title }), deleteTask(m, taskId), t('board.deleted', { title }));
      },
      async duplicateTask(taskId: string) {
        const m = modelRef.current;
        const title = m?.tasksById.get(taskId)?.title ?? '';
        if (!m) return;
        await runSaying(
          t('board.history.duplicate', { title }),
          duplicateTask(m, taskId, newId, now(), t('board.copySuffix')),
          t('board.duplicated', { title }),
        );
      },
      async mergeTasks(keepId: string, mergeId: string) {
        const m = modelRef.current;
        if (!m) return;
        const keep = m.tasksById.get(keepId)?.title ?? '';
        const other = m.tasksById.get(mergeId)?.title ?? '';
        await runSaying(t('board.history.merge', { title: keep }), mergeTasks(m, keepId, mergeId, now()), t('board.merged', { title: keep, other }));
      },
      async splitTask(taskId: string, newTitle: string, share: number) {
        const m = modelRef.current;
        if (!m) return;
        const title = m.tasksById.get(taskId)?.title ?? '';
        await runSaying(
          t('board.history.split', { title }),
          splitTask(m, taskId, newTitle.trim(), share, newId, now()),
          t('board.split', { title, other: newTitle.trim() }),
        );
      },
      /** Hours as people read them (cards' sums, totals, announcements): to the half hour. */
      hoursText: roundHours,
    };
  }, [analysisId, allLane, commit, dragStore, roundHours, t]);
}

export type BoardActions = ReturnType<typeof useBoardActions>;
