import { useDroppable } from '@dnd-kit/core';
import { memo } from 'react';
import { useStore } from 'zustand';
import type { Colour, Placement, Task } from '../../shared/model.ts';
import { useBoardContext } from './boardContext.ts';
import { Card } from './Card.tsx';
import type { CellKey } from './useBoardData.ts';

interface CellProps {
  cell: CellKey;
  laneId: string;
  colour: Colour;
  label: string;
  placements: Placement[];
  /** Show only the first this many cards (and room for the rest) while the board opens; null shows all. */
  limit: number | null;
  cardHeight: number;
  tasksById: Map<string, Task>;
  /** Role names by id, for badges in the all-roles lane; null in a role's own lane. */
  roleNames: Map<string, string> | null;
  query: string;
  hoursText: string;
}

/** The insertion marker: only this re-renders while the pointer moves over the cell. */
function InsertionMarker({ cell }: { cell: CellKey }) {
  const { dragStore } = useBoardContext();
  const y = useStore(dragStore, (s) => (s.target?.cell === cell ? s.target.y : null));
  if (y === null) return null;
  return <div className="insertion-marker" data-insertion-marker style={{ top: `${y}px` }} aria-hidden />;
}

/** One colour column of one lane: a drop zone with its cards in order. */
export const Cell = memo(function Cell({ cell, laneId, colour, label, placements, limit, cardHeight, tasksById, roleNames, query, hoursText }: CellProps) {
  const { setNodeRef } = useDroppable({ id: cell, data: { laneId, colour } });
  const { dragStore } = useBoardContext();
  // One subscription per cell, not per card: which of this cell's cards is lifted, if any.
  const picked = useStore(dragStore, (s) => (s.activeId !== null && placements.some((p) => p.id === s.activeId) ? s.activeId : null));
  const q = query.trim().toLocaleLowerCase('sv');
  const shown = limit === null ? placements : placements.slice(0, limit);
  const later = placements.length - shown.length;
  return (
    <div
      ref={setNodeRef}
      className={`cell cell--${colour}`}
      data-cell
      data-cell-key={cell}
      data-role-id={laneId}
      data-colour={colour}
      role="group"
      aria-label={label}
    >
      <p className="cell__hours">{hoursText}</p>
      <ul className="cell__cards">
        {shown.map((p) => {
          const task = tasksById.get(p.taskId);
          if (!task) return null;
          return (
            <Card
              key={p.id}
              placement={p}
              task={task}
              roleName={roleNames?.get(p.roleId) ?? null}
              dimmed={q !== '' && !task.title.toLocaleLowerCase('sv').includes(q)}
              picked={picked === p.id}
            />
          );
        })}
        {later > 0 && <li className="cell__later" aria-hidden style={{ height: `${later * cardHeight}px` }} />}
      </ul>
      <InsertionMarker cell={cell} />
    </div>
  );
});
