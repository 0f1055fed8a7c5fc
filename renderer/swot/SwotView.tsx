import { DndContext, DragOverlay, MouseSensor, TouchSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { HiddenFileInput } from '../components/HiddenFileInput.tsx';
import { Upload, Vote } from 'lucide-react';
import { lazy, Suspense, useRef, useState, type KeyboardEvent } from 'react';
import type { Change } from '../../shared/changes.ts';
import { created, updated } from '../../shared/changes.ts';
import { revise } from '../../shared/items.ts';
import {
  addNote,
  dotsOf,
  deleteNote,
  DOTS_MAX,
  PARTICIPANTS_MAX,
  editNote,
  groupNotes,
  moveNote,
  notesIn,
  QUADRANTS,
  resetVotes,
  setVotes,
  sortByVotes,
  tally,
  ungroup,
  type Quadrant as QuadrantKey,
  type SwotNote,
  type SwotStack,
  type Voting,
} from '../../shared/swot.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { TimerAndPresent, UndoRedoButtons } from '../workshop/WorkshopButtons.tsx';
import { focusAfterRender } from '../components/focusAfterRender.ts';
import { Discussion } from './Discussion.tsx';
import { NoteMenu, type NoteMenuAction } from './NoteMenu.tsx';
import { Quadrant } from './Quadrant.tsx';
import { useWorkshop2 } from './useWorkshop2.ts';
import { LiveRegion } from '../components/LiveRegion.tsx';

const TextDialog = lazy(() => import('./dialogs.tsx').then((m) => ({ default: m.TextDialog })));
const PickNotesDialog = lazy(() => import('./dialogs.tsx').then((m) => ({ default: m.PickNotesDialog })));
const SwotImportDialog = lazy(() => import('./SwotImportDialog.tsx').then((m) => ({ default: m.SwotImportDialog })));

const now = () => new Date().toISOString();
const newId = () => crypto.randomUUID();
/** The canvas is 2 × 2: Styrkor Svagheter / Möjligheter Hot. */
const BESIDE: Record<QuadrantKey, QuadrantKey> = { strengths: 'weaknesses', weaknesses: 'strengths', opportunities: 'threats', threats: 'opportunities' };
const ABOVE: Partial<Record<QuadrantKey, QuadrantKey>> = { opportunities: 'strengths', threats: 'weaknesses' };
const BELOW: Partial<Record<QuadrantKey, QuadrantKey>> = { strengths: 'opportunities', weaknesses: 'threats' };

/** A note carried by keyboard: where it would land (index among the other notes of that quadrant). */
interface Carried {
  id: string;
  quadrant: QuadrantKey;
  index: number;
}

const focusNote = (id: string) => focusAfterRender(() => document.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(id)}"]`));

/** Workshop 2: the SWOT canvas with dot voting, and the discussion lists. */
export function SwotView({ analysisId }: { analysisId: string }) {
  const { t, plural } = useT();
  const w = useWorkshop2(analysisId);
  const commit = useApp((s) => s.commit);
  const undo = useApp((s) => s.undo);
  const pushToast = useApp((s) => s.pushToast);
  const presenting = useApp((s) => s.presenting);
  const setGestureActive = useApp((s) => s.setGestureActive);
  const [announcement, setAnnouncement] = useState('');
  const [carried, setCarried] = useState<Carried | null>(null);
  const [menu, setMenu] = useState<string | null>(null);
  const menuAnchor = useRef<HTMLElement | null>(null);
  const [dialog, setDialog] = useState<{ kind: 'edit' | 'group'; noteId: string } | null>(null);
  const [importFile, setImportFile] = useState<{ file: File; at: number } | null>(null);
  const [votingOpen, setVotingOpen] = useState(false);
  const [dragging, setDragging] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
  );

  if (!w) return <p className="muted">{t('common.loading')}</p>;
  const notes = w.notes;
  const run = (label: string, changes: Change[]) => (changes.length > 0 ? commit(changes, { undoable: true, label: label }) : Promise.resolve());
  const qName = (q: QuadrantKey) => t(`swot.quadrant.${q}`);
  const noteById = (id: string) => notes.find((n) => n.id === id);
  const voting: Pick<Voting, 'dotsPerPerson' | 'participants'> = w.voting ?? { dotsPerPerson: 3, participants: 10 };
  const dots = tally(notes, voting);
  const showVotes = votingOpen || notes.some((n) => dotsOf(n) > 0);

  const move = (id: string, quadrant: QuadrantKey, index: number) => {
    const note = noteById(id);
    if (!note) return;
    const changes = moveNote(notes, id, quadrant, index, now());
    void run(t('swot.history.move', { text: note.text }), changes);
    const others = notesIn(notes, quadrant).filter((n) => n.id !== id);
    const at = Math.min(index, others.length);
    setAnnouncement(t('swot.moved', { text: note.text, quadrant: qName(quadrant), index: at + 1, count: others.length + 1 }));
    focusNote(id);
  };

  const saveVoting = (patch: Partial<Pick<Voting, 'dotsPerPerson' | 'participants'>>) => {
    const at = now();
    const next = { ...voting, ...patch };
    const change: Change = w.voting
      ? updated('voting', w.voting, revise(w.voting, patch, at))
      : created('voting', { id: analysisId, analysisId, ...next, rev: 1, updatedAt: at });
    void run(t('swot.history.voting'), [change]);
  };

  const onVote = (note: SwotNote, delta: number) => void run(t('swot.history.vote', { text: note.text }), setVotes(note, note.votes + delta, now()));

  const onMenuAction = (noteId: string, action: NoteMenuAction) => {
    const note = noteById(noteId);
    if (!note) return;
    if (action.startsWith('move:'))
      move(noteId, action.slice(5) as QuadrantKey, Number.MAX_SAFE_INTEGER); // the ids are move:<quadrant>
    else if (action === 'edit' || action === 'group') setDialog({ kind: action, noteId });
    else if (action === 'delete') remove(note);
  };

  const remove = (note: SwotNote) => {
    const next = notesIn(notes, note.quadrant).find((n, i, list) => list[i - 1]?.id === note.id);
    void run(t('swot.history.delete', { text: note.text }), deleteNote(notes, w.stacks, note.id, now())).then(() => {
      pushToast({
        message: t('swot.deleted', { text: note.text }),
        undo: async () => {
          await undo(analysisId);
        },
      });
      if (next) focusNote(next.id);
    });
  };

  /** Keys on a focused note (see swot.instructions). */
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const el = (event.target as HTMLElement).closest<HTMLElement>('[data-note]');
    const id = el?.dataset.noteId;
    const note = id ? noteById(id) : undefined;
    if (!el || !note || event.ctrlKey || event.metaKey || event.altKey) return;
    const list = (q: QuadrantKey) => notesIn(notes, q).filter((n) => n.id !== note.id);
    if (carried) {
      let { quadrant, index } = carried;
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        setCarried(null);
        setGestureActive(false);
        move(note.id, quadrant, index);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setCarried(null);
        setGestureActive(false);
        setAnnouncement(t('swot.cancelled', { text: note.text }));
        return;
      }
      if (event.key === 'ArrowUp') {
        if (index > 0) index--;
        else if (ABOVE[quadrant]) {
          quadrant = ABOVE[quadrant] ?? quadrant;
          index = list(quadrant).length;
        }
      } else if (event.key === 'ArrowDown') {
        if (index < list(quadrant).length) index++;
        else if (BELOW[quadrant]) {
          quadrant = BELOW[quadrant] ?? quadrant;
          index = 0;
        }
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        quadrant = BESIDE[quadrant];
        index = Math.min(index, list(quadrant).length);
      } else return;
      event.preventDefault();
      setCarried({ id: note.id, quadrant, index });
      setAnnouncement(t('swot.at', { quadrant: qName(quadrant), index: index + 1, count: list(quadrant).length + 1 }));
      return;
    }
    const digit = Number(event.key);
    if (event.key === ' ') {
      event.preventDefault();
      const index = notesIn(notes, note.quadrant).findIndex((n) => n.id === note.id);
      setCarried({ id: note.id, quadrant: note.quadrant, index });
      setGestureActive(true);
      setAnnouncement(t('swot.picked', { text: note.text, quadrant: qName(note.quadrant), index: index + 1, count: list(note.quadrant).length + 1 }));
    } else if (digit >= 1 && digit <= 4 && !event.shiftKey) {
      event.preventDefault();
      const quadrant = QUADRANTS[digit - 1];
      if (quadrant && quadrant !== note.quadrant) move(note.id, quadrant, Number.MAX_SAFE_INTEGER);
    } else if (event.key === 'Enter' || event.key === 'ContextMenu') {
      event.preventDefault();
      menuAnchor.current = el;
      setMenu(note.id);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      remove(note);
    } else if (event.key.startsWith('Arrow')) {
      event.preventDefault();
      const all = [...document.querySelectorAll<HTMLElement>('[data-note]')];
      const inQuadrant = all.filter((n) => n.dataset.quadrant === note.quadrant);
      const i = inQuadrant.indexOf(el);
      if (event.key === 'ArrowUp') inQuadrant[i - 1]?.focus();
      else if (event.key === 'ArrowDown') inQuadrant[i + 1]?.focus();
      else all.find((n) => n.dataset.quadrant === BESIDE[note.quadrant])?.focus();
    }
  };

  const onDragStart = (event: DragStartEvent) => {
    setDragging(String(event.active.id));
    setGestureActive(true);
  };
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    setGestureActive(false);
    const id = String(event.active.id);
    const quadrant = event.over ? (String(event.over.id) as QuadrantKey) : null; // droppables are the quadrants
    if (!quadrant || !QUADRANTS.includes(quadrant)) return;
    const start = event.activatorEvent as MouseEvent | TouchEvent;
    const point = 'touches' in start ? start.touches[0] : start;
    const y = (point?.clientY ?? 0) + event.delta.y;
    const others = [...document.querySelectorAll<HTMLElement>(`[data-note][data-quadrant="${quadrant}"]`)].filter((n) => n.dataset.noteId !== id);
    let index = others.findIndex((n) => {
      const r = n.getBoundingClientRect();
      return y < r.top + r.height / 2;
    });
    if (index < 0) index = others.length;
    move(id, quadrant, index);
  };

  const markerFor = (q: QuadrantKey): number | null => {
    if (!carried || carried.quadrant !== q) return null;
    const note = noteById(carried.id);
    if (!note) return null;
    const original = notesIn(notes, q).findIndex((n) => n.id === carried.id);
    return note.quadrant === q && original >= 0 && carried.index >= original ? carried.index + 1 : carried.index;
  };
  const dialogNote = dialog ? noteById(dialog.noteId) : undefined;
  const menuNote = menu ? noteById(menu) : undefined;
  const draggedNote = dragging ? noteById(dragging) : undefined;

  return (
    <div className="swot">
      {!presenting && <p>{t('swot.intro')}</p>}
      <div className="board-toolbar swot__toolbar">
        <HiddenFileInput
          inputRef={fileInput}
          accept=".csv,.tsv,.txt,.xlsx"
          testId="swot-file"
          onFile={(file) => setImportFile({ file, at: performance.now() })}
        />
        {!presenting && (
          <>
            <button type="button" className="button button--small" onClick={() => fileInput.current?.click()}>
              <Upload aria-hidden size={18} />
              {t('swot.import')}
            </button>
            <button type="button" className="button button--small" aria-pressed={votingOpen} onClick={() => setVotingOpen(!votingOpen)}>
              <Vote aria-hidden size={18} />
              {t('swot.voting')}
            </button>
            <UndoRedoButtons analysisId={analysisId} />
          </>
        )}
        <TimerAndPresent analysisId={analysisId} />
      </div>
      {showVotes && (
        <div className="voting" role="group" aria-label={t('swot.voting')}>
          {votingOpen && !presenting && (
            <>
              {(
                [
                  ['dotsPerPerson', DOTS_MAX],
                  ['participants', PARTICIPANTS_MAX],
                ] as const
              ).map(([field, max]) => (
                <label key={field} className="voting__field">
                  {t(`swot.${field}`)}
                  <input
                    className="input input--hours"
                    type="number"
                    min={1}
                    max={max}
                    value={voting[field]}
                    onChange={(e) => saveVoting({ [field]: Math.min(max, Math.max(1, Math.trunc(Number(e.target.value) || 1))) })}
                  />
                </label>
              ))}
            </>
          )}
          <p className={`voting__tally${dots.over ? ' voting__tally--over' : ''}`} role="status" data-testid="voting-tally">
            {dots.over ? t('swot.over', { used: dots.used, budget: dots.budget }) : t('swot.tally', { used: dots.used, budget: dots.budget, left: dots.left })}
          </p>
          {votingOpen && !presenting && (
            <button
              type="button"
              className="button button--small"
              disabled={dots.used === 0}
              onClick={() => void run(t('swot.history.resetVotes'), resetVotes(notes, now()))}
            >
              {t('swot.resetVotes')}
            </button>
          )}
        </div>
      )}
      <p id="swot-instructions" className="visually-hidden">
        {t('swot.instructions')}
      </p>
      <LiveRegion testId="swot-announcer">{announcement}</LiveRegion>
      <DndContext
        sensors={sensors}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => {
          setDragging(null);
          setGestureActive(false);
        }}
      >
        <div className="swot__canvas" onKeyDown={onKeyDown} data-swot-canvas>
          {QUADRANTS.map((q) => (
            <Quadrant
              key={q}
              quadrant={q}
              notes={notesIn(notes, q)}
              stacks={w.stacks.filter((s) => s.quadrant === q)}
              markerAt={markerFor(q)}
              pickedId={carried?.id ?? null}
              voting={votingOpen && !presenting}
              onAdd={(quadrant, text) => void run(t('swot.history.add', { text }), addNote(notes, analysisId, quadrant, text, newId(), now()))}
              onVote={onVote}
              onSetVotes={(n, v) => void run(t('swot.history.vote', { text: n.text }), setVotes(n, v, now()))}
              onMenu={(noteId, anchor) => {
                menuAnchor.current = anchor;
                setMenu(noteId);
              }}
              onSort={(quadrant) => void run(t('swot.history.sort', { quadrant: qName(quadrant) }), sortByVotes(notes, quadrant, now()))}
              onUngroup={(stack: SwotStack) => void run(t('swot.history.ungroup', { name: stack.name }), ungroup(notes, w.stacks, stack.id, now()))}
            />
          ))}
        </div>
        <DragOverlay>
          {draggedNote ? (
            <div className="note note--overlay" data-drag-overlay>
              {draggedNote.text}
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      {!presenting && <Discussion analysisId={analysisId} entries={w.discussion} notes={notes} />}
      {menuNote && (
        <NoteMenu triggerRef={menuAnchor} current={menuNote.quadrant} onClose={() => setMenu(null)} onAction={(a) => onMenuAction(menuNote.id, a)} />
      )}
      <Suspense fallback={null}>
        {dialog?.kind === 'edit' && dialogNote && (
          <TextDialog
            title={t('swot.editTitle')}
            initial={dialogNote.text}
            onClose={() => setDialog(null)}
            onSave={(text) => void run(t('swot.history.edit', { text: dialogNote.text }), editNote(dialogNote, text, now()))}
          />
        )}
        {dialog?.kind === 'group' && dialogNote && (
          <PickNotesDialog
            title={t('swot.groupTitle')}
            notes={notesIn(notes, dialogNote.quadrant)}
            initial={[dialogNote.id]}
            withName
            confirmLabel={t('swot.groupConfirm')}
            onClose={() => setDialog(null)}
            onConfirm={(ids, name) => void run(t('swot.history.group', { name }), groupNotes(notes, w.stacks, ids, name, newId(), now()))}
          />
        )}
        {importFile && (
          <SwotImportDialog
            key={importFile.at}
            file={importFile.file}
            onClose={() => setImportFile(null)}
            onImport={(changes, count) => void run(t('swot.history.import'), changes).then(() => pushToast({ message: plural('swot.imported', count) }))}
            notes={notes}
            analysisId={analysisId}
          />
        )}
      </Suspense>
    </div>
  );
}
