import type { KeyboardEvent } from 'react';
import { COLOURS, type Colour } from '../../shared/model.ts';
import { useApp } from '../store/context.ts';
import { COLOUR_KEYS } from './colours.tsx';
import type { DragStore } from './dragStore.ts';
import { markerOffset, othersInCell, parseCell } from './targets.ts';
import { focusCard, type BoardActions } from './useBoardActions.ts';
import { cellKey, type BoardModel, type CellKey } from './useBoardData.ts';

interface Options {
  model: BoardModel | undefined;
  dragStore: DragStore;
  actions: BoardActions;
  /** Lane ids top to bottom, as shown. */
  lanes: string[];
  openMenu: (placementId: string, anchor: HTMLElement) => void;
  texts: {
    picked: (title: string, colour: string, role: string, index: number, count: number) => string;
    target: (colour: string, role: string, index: number, count: number) => string;
    cancelled: (title: string) => string;
  };
}

/**
 * Keyboard on the board, handled once for all cards (event delegation).
 * A focused card: Space picks it up, 1–4 and 0 send it to a colour, arrows
 * move the focus, Enter or the context-menu key opens "Flytta till…", Delete
 * deletes. A picked-up card: arrows move it across columns, positions and
 * lanes, Space drops it, Esc puts it back.
 */
export function useBoardKeys({ model, dragStore, actions, lanes, openMenu, texts }: Options) {
  const setGestureActive = useApp((s) => s.setGestureActive);

  const laneName = (laneId: string) => actions.roleName(laneId) || '';
  const setTarget = (m: BoardModel, cell: CellKey, index: number, activeId: string) => {
    dragStore.setState({ target: { cell, index, y: markerOffset(cell, index, activeId) } });
    const { laneId, colour } = parseCell(cell);
    const count = othersInCell(m, cell, activeId).length + 1;
    actions.announce(texts.target(actions.colourName(colour), laneName(laneId), index + 1, count));
  };

  const stepTarget = (key: string, activeId: string) => {
    const target = dragStore.getState().target;
    if (!target || !model) return;
    const { laneId, colour } = parseCell(target.cell);
    const col = COLOURS.indexOf(colour);
    const lane = lanes.indexOf(laneId);
    const size = (cell: CellKey) => othersInCell(model, cell, activeId).length;
    const above = lanes[lane - 1];
    const below = lanes[lane + 1];
    if (key === 'ArrowLeft' || key === 'ArrowRight') {
      const next = COLOURS[col + (key === 'ArrowLeft' ? -1 : 1)];
      if (!next) return;
      const cell = cellKey(laneId, next);
      setTarget(model, cell, Math.min(target.index, size(cell)), activeId);
    } else if (key === 'ArrowUp') {
      if (target.index > 0) setTarget(model, target.cell, target.index - 1, activeId);
      else if (above !== undefined) setTarget(model, cellKey(above, colour), size(cellKey(above, colour)), activeId);
    } else if (key === 'ArrowDown') {
      if (target.index < size(target.cell)) setTarget(model, target.cell, target.index + 1, activeId);
      else if (below !== undefined) setTarget(model, cellKey(below, colour), 0, activeId);
    }
  };

  const endKeyboardDrag = () => {
    dragStore.setState({ activeId: null, mode: null, target: null });
    setGestureActive(false);
  };

  /** Arrow keys without a picked card move the focus between cards. */
  const moveFocus = (card: HTMLElement, key: string) => {
    const cellEl = card.closest<HTMLElement>('[data-cell]');
    if (!cellEl) return;
    const cards = [...cellEl.querySelectorAll<HTMLElement>('[data-card]')];
    const i = cards.indexOf(card);
    if (key === 'ArrowUp') cards[i - 1]?.focus();
    else if (key === 'ArrowDown') cards[i + 1]?.focus();
    else {
      const cells = [...(cellEl.parentElement?.querySelectorAll<HTMLElement>(':scope > [data-cell]') ?? [])];
      const step = key === 'ArrowLeft' ? -1 : 1;
      for (let c = cells.indexOf(cellEl) + step; c >= 0 && c < cells.length; c += step) {
        const list = cells[c]?.querySelectorAll<HTMLElement>('[data-card]') ?? [];
        const pick = list[Math.min(i, list.length - 1)];
        if (pick) {
          pick.focus();
          return;
        }
      }
    }
  };

  return (event: KeyboardEvent<HTMLElement>) => {
    const card = (event.target as HTMLElement).closest<HTMLElement>('[data-card]');
    if (!card || !model) return;
    const id = card.dataset.placementId ?? '';
    const placement = model.placements.find((p) => p.id === id);
    if (!placement) return;
    const state = dragStore.getState();
    const arrows = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

    if (state.mode === 'keyboard' && state.activeId === id) {
      event.preventDefault();
      event.stopPropagation();
      if (arrows.includes(event.key)) stepTarget(event.key, id);
      else if (event.key === ' ' || event.key === 'Enter') {
        const target = state.target;
        endKeyboardDrag();
        if (target) actions.move(id, target);
      } else if (event.key === 'Escape') {
        endKeyboardDrag();
        actions.announce(texts.cancelled(actions.titleOf(placement)));
      }
      return;
    }
    if (state.mode !== null || event.ctrlKey || event.metaKey || event.altKey) return;

    if (event.key === ' ') {
      event.preventDefault();
      const cellEl = card.closest<HTMLElement>('[data-cell]');
      const cell = (cellEl?.dataset.cellKey ?? cellKey(actions.laneOf(placement), placement.colour)) as CellKey; // set by Cell
      // Its own index: re-inserting it there among the others leaves it where it is.
      const at = Math.max(
        0,
        (model.cells.get(cell) ?? []).findIndex((p) => p.id === id),
      );
      dragStore.setState({ activeId: id, mode: 'keyboard', target: { cell, index: at, y: markerOffset(cell, at, id) } });
      setGestureActive(true);
      const { laneId, colour } = parseCell(cell);
      actions.announce(
        texts.picked(actions.titleOf(placement), actions.colourName(colour), laneName(laneId), at + 1, othersInCell(model, cell, id).length + 1),
      );
    } else if (COLOUR_KEYS[event.key] && !event.shiftKey) {
      event.preventDefault();
      const colour: Colour | undefined = COLOUR_KEYS[event.key];
      if (colour) actions.moveToColour(id, colour);
    } else if (arrows.includes(event.key)) {
      event.preventDefault();
      moveFocus(card, event.key);
    } else if (event.key === 'Enter' || event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      openMenu(id, card);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      const next = card.closest('[data-card-item]')?.nextElementSibling?.querySelector<HTMLElement>('[data-card]');
      void actions.deleteTask(placement.taskId).then(() => next && focusCard(next.dataset.placementId ?? ''));
    }
  };
}
