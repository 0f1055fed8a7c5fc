import { useDraggable } from '@dnd-kit/core';
import { Minus, MoreVertical, Plus } from 'lucide-react';
import { memo } from 'react';
import { dotsOf, type SwotNote } from '../../shared/swot.ts';
import { Hyphenated } from '../components/Hyphenated.tsx';
import { useT } from '../i18n/i18n.ts';

interface NoteCardProps {
  note: SwotNote;
  picked: boolean;
  voting: boolean;
  onVote: (note: SwotNote, delta: number) => void;
  onSetVotes: (note: SwotNote, votes: number) => void;
  onMenu: (noteId: string, anchor: HTMLElement) => void;
}

/** One SWOT note: its text, how many answers it stands for, its dots, and its menu. */
export const NoteCard = memo(function NoteCard({ note, picked, voting, onVote, onSetVotes, onMenu }: NoteCardProps) {
  const { t, plural } = useT();
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({ id: note.id, data: { quadrant: note.quadrant } });
  return (
    <li className={`note-item${isDragging ? ' note-item--dragging' : ''}`}>
      <div
        ref={setNodeRef}
        {...listeners}
        {...attributes}
        role="button"
        tabIndex={0}
        aria-roledescription={t('swot.noteRole')}
        aria-describedby="swot-instructions"
        className={`note note--${note.quadrant}`}
        data-note
        data-note-id={note.id}
        data-quadrant={note.quadrant}
        data-picked={picked || undefined}
      >
        <span className="note__text">
          <Hyphenated text={note.text} />
        </span>
        {(note.count > 1 || dotsOf(note) > 0) && (
          <span className="note__meta">
            {note.count > 1 && (
              <>
                <span className="visually-hidden">, </span>
                <span className="note__count">{t('swot.count', { count: note.count })}</span>
              </>
            )}
            {dotsOf(note) > 0 && (
              <>
                <span className="visually-hidden">, </span>
                <span className="note__votes" data-votes={dotsOf(note)} data-phone-dots={note.phoneDots || undefined}>
                  {plural('swot.votes', dotsOf(note))}
                  {(note.phoneDots ?? 0) > 0 && ` ${t('swot.phoneDots', { count: note.phoneDots ?? 0 })}`}
                </span>
              </>
            )}
          </span>
        )}
      </div>
      <div className="note__actions">
        {voting && (
          <>
            <button
              type="button"
              className="icon-button"
              aria-label={t('swot.voteDown', { text: note.text })}
              disabled={note.votes === 0}
              onClick={() => onVote(note, -1)}
            >
              <Minus aria-hidden size={18} />
            </button>
            <input
              key={note.votes}
              className="input note__vote-input"
              type="number"
              inputMode="numeric"
              min={0}
              aria-label={t('swot.votesFor', { text: note.text })}
              defaultValue={note.votes}
              onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
              onBlur={(e) => {
                const v = Number(e.target.value);
                if (Number.isFinite(v) && v !== note.votes) onSetVotes(note, v);
              }}
            />
            <button type="button" className="icon-button" aria-label={t('swot.voteUp', { text: note.text })} onClick={() => onVote(note, 1)}>
              <Plus aria-hidden size={18} />
            </button>
          </>
        )}
        <button type="button" className="icon-button" aria-label={t('swot.menuFor', { text: note.text })} onClick={(e) => onMenu(note.id, e.currentTarget)}>
          <MoreVertical aria-hidden size={18} />
        </button>
      </div>
    </li>
  );
});
