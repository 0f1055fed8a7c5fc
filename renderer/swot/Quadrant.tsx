import { useDroppable } from '@dnd-kit/core';
import { ArrowDownWideNarrow, Ungroup } from 'lucide-react';
import { useState, type SubmitEvent, type ReactNode } from 'react';
import { validateNoteText, type Quadrant as QuadrantKey, type SwotNote, type SwotStack } from '../../shared/swot.ts';
import { useT } from '../i18n/i18n.ts';
import { NoteCard } from './NoteCard.tsx';

interface QuadrantProps {
  quadrant: QuadrantKey;
  notes: SwotNote[];
  stacks: SwotStack[];
  /** Where a note carried by keyboard would land here (index among this quadrant's notes), if it is over here. */
  markerAt: number | null;
  pickedId: string | null;
  voting: boolean;
  onAdd: (quadrant: QuadrantKey, text: string) => void;
  onVote: (note: SwotNote, delta: number) => void;
  onSetVotes: (note: SwotNote, votes: number) => void;
  onMenu: (noteId: string, anchor: HTMLElement) => void;
  onSort: (quadrant: QuadrantKey) => void;
  onUngroup: (stack: SwotStack) => void;
}

/** A quadrant of the canvas: its notes in order (grouped ones in their stack), and a field for the next note. */
export function Quadrant({ quadrant, notes, stacks, markerAt, pickedId, voting, onAdd, onVote, onSetVotes, onMenu, onSort, onUngroup }: QuadrantProps) {
  const { t } = useT();
  const { setNodeRef, isOver } = useDroppable({ id: quadrant });
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const name = t(`swot.quadrant.${quadrant}`);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const problem = validateNoteText(draft);
    if (problem) {
      setError(t(`swot.error.${problem}`));
      return;
    }
    onAdd(quadrant, draft);
    setDraft('');
    setError(null);
  };

  // Notes in order; a stack shows where its first note is, with all its notes inside.
  const items: ReactNode[] = [];
  const shownStacks = new Set<string>();
  const marker = <li key="marker" className="note-marker" data-insertion-marker aria-hidden />;
  notes.forEach((note, index) => {
    if (markerAt === index) items.push(marker);
    if (note.stackId && stacks.some((s) => s.id === note.stackId)) {
      if (shownStacks.has(note.stackId)) return;
      shownStacks.add(note.stackId);
      const stack = stacks.find((s) => s.id === note.stackId);
      if (!stack) return;
      const members = notes.filter((n) => n.stackId === stack.id);
      items.push(
        <li key={stack.id} className="stack" data-stack-id={stack.id}>
          <div className="stack__head">
            <h4 className="stack__name">{t('swot.stack', { name: stack.name })}</h4>
            <button
              type="button"
              className="icon-button"
              aria-label={`${t('swot.ungroup')}: ${stack.name}`}
              title={t('swot.ungroup')}
              onClick={() => onUngroup(stack)}
            >
              <Ungroup aria-hidden size={18} />
            </button>
          </div>
          <ul className="notes" aria-label={stack.name}>
            {members.map((m) => (
              <NoteCard key={m.id} note={m} picked={pickedId === m.id} voting={voting} onVote={onVote} onSetVotes={onSetVotes} onMenu={onMenu} />
            ))}
          </ul>
        </li>,
      );
      return;
    }
    items.push(<NoteCard key={note.id} note={note} picked={pickedId === note.id} voting={voting} onVote={onVote} onSetVotes={onSetVotes} onMenu={onMenu} />);
  });
  if (markerAt !== null && markerAt >= notes.length) items.push(marker);

  return (
    <section
      ref={setNodeRef}
      className={`quadrant quadrant--${quadrant}${isOver ? ' quadrant--over' : ''}`}
      aria-labelledby={`quadrant-${quadrant}`}
      data-quadrant-zone={quadrant}
    >
      <div className="quadrant__head">
        <h3 id={`quadrant-${quadrant}`} className="quadrant__name">
          {name}
        </h3>
        {voting && notes.length > 1 && (
          <button type="button" className="button button--small button--quiet" onClick={() => onSort(quadrant)}>
            <ArrowDownWideNarrow aria-hidden size={18} />
            {t('swot.sortByVotes')}
          </button>
        )}
      </div>
      <p className="quadrant__hint muted">{t(`swot.hint.${quadrant}`)}</p>
      {notes.length === 0 && markerAt === null ? <p className="muted">{t('swot.empty')}</p> : <ul className="notes">{items}</ul>}
      <form className="quadrant__add" onSubmit={submit}>
        <label className="visually-hidden" htmlFor={`new-note-${quadrant}`}>
          {t('swot.newNote', { quadrant: name })}
        </label>
        <input
          id={`new-note-${quadrant}`}
          className="input"
          value={draft}
          maxLength={500}
          placeholder={t('swot.newNotePlaceholder')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `new-note-${quadrant}-error` : undefined}
          onChange={(e) => setDraft(e.target.value)}
        />
        {error && (
          <p id={`new-note-${quadrant}-error`} className="field__error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
