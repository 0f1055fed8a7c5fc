import { StickyNote } from 'lucide-react';
import { memo } from 'react';
import type { Placement, Task } from '../../shared/model.ts';
import { Hyphenated } from '../components/Hyphenated.tsx';
import { useBoardContext } from './boardContext.ts';

interface CardProps {
  placement: Placement;
  task: Task;
  /** Shown in the all-roles lane, where cards of every role share a column. */
  roleName: string | null;
  dimmed: boolean;
  /** Lifted by the keyboard, or being dragged. */
  picked: boolean;
}

/**
 * A card: one task as placed for one role. It holds no drag hooks (see
 * DragSource) and is memoised on its own data, so moving one card re-renders
 * that card only.
 */
export const Card = memo(
  function Card({ placement, task, roleName, dimmed, picked }: CardProps) {
    const { texts } = useBoardContext();
    const hours = placement.hours === null ? texts.noHours : texts.hours(placement.hours);
    return (
      <li className={`card-item${dimmed ? ' card-item--dimmed' : ''}`} data-card-item>
        <div
          className={`card card--${placement.colour}`}
          data-card
          data-placement-id={placement.id}
          data-task-id={placement.taskId}
          data-role-id={placement.roleId}
          data-colour={placement.colour}
          data-picked={picked || undefined}
          tabIndex={0}
          role="button"
          aria-roledescription={texts.cardRole}
          aria-describedby="board-instructions"
        >
          {/* The name comes from the visible text; the hidden commas make it read as a list. */}
          <span className="card__title">
            <Hyphenated text={task.title} />
          </span>
          <span className="visually-hidden">, </span>
          <span className="card__meta">
            <span className="card__hours">{hours}</span>
            {roleName && (
              <>
                <span className="visually-hidden">, </span>
                <span className="card__role">{roleName}</span>
              </>
            )}
            {task.notes !== '' && (
              <>
                <StickyNote aria-hidden size={18} className="card__notes" />
                <span className="visually-hidden">, {texts.hasNotes}</span>
              </>
            )}
          </span>
        </div>
        <button type="button" tabIndex={-1} className="card__menu icon-button" data-card-menu={placement.id} aria-label={texts.menuFor(task.title)}>
          {/* A text glyph, not an SVG: a thousand cards make a thousand of these. */}
          <span aria-hidden className="card__menu-glyph">
            ⋮
          </span>
        </button>
      </li>
    );
  },
  // Fresh query results are new objects with the same content; revisions tell real changes.
  (a, b) =>
    a.placement.id === b.placement.id &&
    a.placement.rev === b.placement.rev &&
    a.task.rev === b.task.rev &&
    a.roleName === b.roleName &&
    a.dimmed === b.dimmed &&
    a.picked === b.picked,
);
