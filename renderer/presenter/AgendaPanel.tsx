import { ChevronLeft, ChevronRight, Pencil, Play, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import {
  addItem,
  agendaFromTemplates,
  currentItem,
  editItem,
  itemsOf,
  removeItem,
  setCurrent,
  stepItem,
  totalMinutes,
  withTemplates,
  WORKSHOPS,
  type Agenda,
  type AgendaItem,
  type Workshop,
} from '../../shared/agenda.ts';
import type { Change } from '../../shared/changes.ts';
import { newTimer, setTimerMinutes, startTimer } from '../../shared/workshop.ts';
import { AutosaveField } from '../components/AutosaveField.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { useLive } from '../store/useLive.ts';
import { agendaText } from './agendaText.ts';

const now = () => new Date().toISOString();
const nowMs = () => Date.now();

/**
 * The facilitator's agenda: the workshop's timeboxed items, the one under
 * way with its speaker notes (never projected), and starting an item sets the
 * countdown the room sees to its minutes.
 */
export function AgendaPanel({
  analysisId,
  workshop: viewWorkshop,
}: {
  analysisId: string;
  /** The workshop of the view it is opened on (its agenda is shown first); null: the one under way. */
  workshop: Workshop | null;
}) {
  const { t } = useT();
  const { repos } = useServices();
  const commit = useApp((s) => s.commit);
  const saveTimer = useApp((s) => s.saveTimer);
  const editAgenda = useApp((s) => s.editAgenda);
  const stored = useLive(() => repos.board.liveAgenda(analysisId), [repos, analysisId]);
  const timer = useLive(() => repos.board.liveTimer(analysisId), [repos, analysisId]);
  // A workshop picked by hand holds while the view stays; another view shows its own workshop again.
  const [chosen, setChosen] = useState<{ on: Workshop | null; workshop: Workshop } | null>(null);
  const [editing, setEditing] = useState(false);
  if (stored === undefined || timer === undefined) return null;
  // An agenda made before the follow-up meeting had one shows (and stores on its first edit) the template's items.
  const text = agendaText(t);
  const agenda = stored && withTemplates(stored, text);
  const under = currentItem(agenda);
  const workshop = (chosen?.on === viewWorkshop ? chosen.workshop : null) ?? viewWorkshop ?? under?.workshop ?? 'workshop1';
  const run = (changes: Change[]) => (changes.length === 0 ? Promise.resolve() : commit(changes, { undoable: true, label: t('agenda.history') }));
  /** An edit of the stored agenda, computed from it as stored (not from this render's copy, which may lag a save behind). */
  const edit = (change: (a: Agenda) => Change[]) => editAgenda(analysisId, (a) => change(withTemplates(a, text)), t('agenda.history'));

  if (!agenda) {
    return (
      <section className="agenda" aria-labelledby="agenda-title">
        <h2 id="agenda-title">{t('agenda.title')}</h2>
        <p className="muted">{t('agenda.none')}</p>
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            void run([
              {
                table: 'agendas',
                before: null,
                after: agendaFromTemplates(analysisId, text, () => crypto.randomUUID(), now()),
              },
            ])
          }
        >
          {t('agenda.useTemplate')}
        </button>
      </section>
    );
  }

  /** Makes the item the current one and starts the countdown with its minutes. */
  const start = async (item: AgendaItem) => {
    await edit((stored) => setCurrent(stored, workshop, item.id, now()));
    const base = timer ?? newTimer(analysisId, now());
    const minutes = setTimerMinutes(item.minutes);
    if (!minutes) return;
    await saveTimer(analysisId, { ...minutes, ...startTimer({ ...base, ...minutes }, nowMs()) });
  };
  const step = (direction: 1 | -1) => {
    const item = stepItem(agenda, workshop, direction);
    if (item) void start(item);
  };
  const items = itemsOf(agenda, workshop);

  return (
    <section className="agenda" aria-labelledby="agenda-title">
      <div className="agenda__head">
        <h2 id="agenda-title">{t('agenda.title')}</h2>
        <div className="segmented__options" role="radiogroup" aria-label={t('agenda.title')}>
          {WORKSHOPS.map((w) => (
            <label key={w} className="segmented__option" data-selected={w === workshop || undefined}>
              <input
                type="radio"
                className="visually-hidden"
                name="agenda-workshop"
                checked={w === workshop}
                onChange={() => setChosen({ on: viewWorkshop, workshop: w })}
              />
              {t(`agenda.${w}`)}
            </label>
          ))}
        </div>
        <span className="muted">{t('agenda.total', { minutes: totalMinutes(agenda, workshop) })}</span>
        <button type="button" className="button button--small" aria-pressed={editing} onClick={() => setEditing(!editing)}>
          <Pencil aria-hidden size={16} />
          {editing ? t('agenda.doneEditing') : t('agenda.edit')}
        </button>
      </div>
      <ol className="agenda__items">
        {items.map((item) => {
          const current = under?.workshop === workshop && under.item.id === item.id;
          return (
            <li key={item.id} className={`agenda__item${current ? ' agenda__item--current' : ''}`} aria-current={current ? 'step' : undefined}>
              {editing ? (
                <div className="agenda__edit">
                  <AutosaveField
                    label={t('agenda.itemTitle')}
                    stored={item.title}
                    maxLength={200}
                    save={(x) => edit((a) => editItem(a, workshop, item.id, { title: x.trim() }, now()))}
                  />
                  <AutosaveField
                    label={t('agenda.itemMinutes')}
                    inputMode="numeric"
                    stored={String(item.minutes)}
                    validate={(x) => (/^\d+$/.test(x.trim()) && Number(x) >= 1 && Number(x) <= 180 ? null : t('agenda.invalidMinutes'))}
                    save={(x) => edit((a) => editItem(a, workshop, item.id, { minutes: Number(x.trim()) }, now()))}
                  />
                  <AutosaveField
                    label={t('agenda.itemNotes', { title: item.title })}
                    multiline
                    maxLength={10_000}
                    stored={item.notes}
                    save={(x) => edit((a) => editItem(a, workshop, item.id, { notes: x }, now()))}
                  />
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('agenda.remove', { title: item.title })}
                    onClick={() => void edit((a) => removeItem(a, workshop, item.id, now()))}
                  >
                    <Trash2 aria-hidden size={18} />
                  </button>
                </div>
              ) : (
                <>
                  <span className="agenda__title">{item.title}</span>
                  <span className="muted">{t('agenda.minutes', { minutes: item.minutes })}</span>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('agenda.startLabel', { title: item.title, minutes: item.minutes })}
                    onClick={() => void start(item)}
                  >
                    <Play aria-hidden size={16} />
                    {t('agenda.start')}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ol>
      {editing && (
        <button
          type="button"
          className="button button--small"
          onClick={() => void edit((a) => addItem(a, workshop, t('agenda.newItem'), 5, crypto.randomUUID(), now()))}
        >
          <Plus aria-hidden size={16} />
          {t('agenda.add')}
        </button>
      )}
      {!editing && (
        <div className="agenda__steps">
          <button type="button" className="button button--small" onClick={() => step(-1)} disabled={!under || under.workshop !== workshop || under.index === 0}>
            <ChevronLeft aria-hidden size={16} />
            {t('agenda.previous')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => step(1)}
            disabled={under?.workshop === workshop && under.index === items.length - 1}
          >
            {t('agenda.next')}
            <ChevronRight aria-hidden size={16} />
          </button>
        </div>
      )}
      {under && under.workshop === workshop && (
        <div className="agenda__notes" data-testid="agenda-notes">
          <h3>{t('agenda.current', { title: under.item.title })}</h3>
          <p>
            <strong>{t('agenda.notes')}:</strong> {under.item.notes}
          </p>
        </div>
      )}
    </section>
  );
}
