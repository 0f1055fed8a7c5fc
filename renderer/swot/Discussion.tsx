import { Link2, Pencil, Trash2 } from 'lucide-react';
import { lazy, Suspense, useState, type SubmitEvent } from 'react';
import { deleted } from '../../shared/changes.ts';
import { byOrder } from '../../shared/items.ts';
import { addEntry, DISCUSSION_LISTS, editEntry, type DiscussionEntry, type DiscussionList, type SwotNote } from '../../shared/swot.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';

const TextDialog = lazy(() => import('./dialogs.tsx').then((m) => ({ default: m.TextDialog })));
const PickNotesDialog = lazy(() => import('./dialogs.tsx').then((m) => ({ default: m.PickNotesDialog })));

/** Effekter, Konsekvenser, Framgångsfaktorer: what the room says, each line linkable to SWOT notes. */
export function Discussion({ analysisId, entries, notes }: { analysisId: string; entries: DiscussionEntry[]; notes: SwotNote[] }) {
  const { t } = useT();
  const commit = useApp((s) => s.commit);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [dialog, setDialog] = useState<{ kind: 'edit' | 'link'; id: string } | null>(null);
  const entry = dialog ? entries.find((e) => e.id === dialog.id) : undefined;
  const label = (list: DiscussionList) => t('swot.history.entry', { list: t(`swot.list.${list}`) });

  const add = (event: SubmitEvent, list: DiscussionList) => {
    event.preventDefault();
    const changes = addEntry(entries, analysisId, list, drafts[list] ?? '', crypto.randomUUID(), new Date().toISOString());
    if (changes.length === 0) return;
    void commit(changes, { undoable: true, label: label(list) });
    setDrafts({ ...drafts, [list]: '' });
  };

  return (
    <section className="discussion" aria-labelledby="discussion-title">
      <h3 id="discussion-title">{t('swot.discussion')}</h3>
      <div className="discussion__lists">
        {DISCUSSION_LISTS.map((list) => (
          <section key={list} className="discussion__list" aria-labelledby={`list-${list}`}>
            <h4 id={`list-${list}`}>{t(`swot.list.${list}`)}</h4>
            <ul>
              {entries
                .filter((e) => e.list === list)
                .sort(byOrder)
                .map((e) => (
                  <li key={e.id} className="discussion__entry">
                    <span>{e.text}</span>
                    {e.noteIds.length > 0 && (
                      <span className="discussion__links">
                        {e.noteIds
                          .flatMap((id) => notes.find((n) => n.id === id) ?? [])
                          .map((n) => (
                            <span key={n.id} className={`chip chip--${n.quadrant}`}>
                              {n.text}
                            </span>
                          ))}
                      </span>
                    )}
                    <span className="discussion__buttons">
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={`${t('swot.edit')} ${e.text}`}
                        onClick={() => setDialog({ kind: 'edit', id: e.id })}
                      >
                        <Pencil aria-hidden size={16} />
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={`${t('swot.linkNotes')} ${e.text}`}
                        onClick={() => setDialog({ kind: 'link', id: e.id })}
                      >
                        <Link2 aria-hidden size={16} />
                      </button>
                      <button
                        type="button"
                        className="icon-button icon-button--danger"
                        aria-label={t('swot.deleteEntry', { text: e.text })}
                        onClick={() => void commit([deleted('discussion', e)], { undoable: true, label: label(list) })}
                      >
                        <Trash2 aria-hidden size={16} />
                      </button>
                    </span>
                  </li>
                ))}
            </ul>
            <form onSubmit={(ev) => add(ev, list)}>
              <label className="visually-hidden" htmlFor={`new-entry-${list}`}>
                {t('swot.newEntry', { list: t(`swot.list.${list}`) })}
              </label>
              <input
                id={`new-entry-${list}`}
                className="input"
                maxLength={500}
                placeholder={t('swot.newNotePlaceholder')}
                value={drafts[list] ?? ''}
                onChange={(e) => setDrafts({ ...drafts, [list]: e.target.value })}
              />
            </form>
          </section>
        ))}
      </div>
      <Suspense fallback={null}>
        {dialog?.kind === 'edit' && entry && (
          <TextDialog
            title={t(`swot.list.${entry.list}`)}
            initial={entry.text}
            onClose={() => setDialog(null)}
            onSave={(text) => void commit(editEntry(entry, { text }, new Date().toISOString()), { undoable: true, label: label(entry.list) })}
          />
        )}
        {dialog?.kind === 'link' && entry && (
          <PickNotesDialog
            title={t('swot.linkTitle')}
            notes={notes}
            initial={entry.noteIds}
            withName={false}
            confirmLabel={t('common.save')}
            onClose={() => setDialog(null)}
            onConfirm={(ids) => void commit(editEntry(entry, { noteIds: ids }, new Date().toISOString()), { undoable: true, label: label(entry.list) })}
          />
        )}
      </Suspense>
    </section>
  );
}
