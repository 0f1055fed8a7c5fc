import { AlertTriangle, Trash2 } from 'lucide-react';
import { useState, type SubmitEvent } from 'react';
import { deleted, updated } from '../../shared/changes.ts';
import { byOrder, revise } from '../../shared/items.ts';
import { followUpDate } from '../../shared/analysis.ts';
import { ACTION_STATUSES, addAction, isOverdue, localToday, type Action, type ActionStatus } from '../../shared/swot.ts';
import { DateInput } from '../components/DateInput.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { useSteps } from '../store/queries.ts';
import { useLive } from '../store/useLive.ts';
import { useWorkshop2 } from '../swot/useWorkshop2.ts';
import { scrollRegion } from '../components/scrollRegion.ts';

const now = () => new Date().toISOString();

/** The actions the meeting agreed: text, owner, due date, status, and what each follows from. */
export function ActionsView({ analysisId }: { analysisId: string }) {
  const { t, date } = useT();
  const { repos } = useServices();
  const commit = useApp((s) => s.commit);
  const w = useWorkshop2(analysisId);
  const board = useLive(() => repos.board.live(analysisId), [repos, analysisId]);
  const steps = useSteps(analysisId);
  const [today] = useState(() => localToday(new Date()));
  const [draft, setDraft] = useState({ text: '', owner: '', due: '' });
  const [error, setError] = useState<string | null>(null);
  if (!w || !board) return <p className="muted">{t('common.loading')}</p>;
  const actions = [...w.actions].sort(byOrder);
  const followUp = steps ? followUpDate(steps) : null;

  const change = (action: Action, patch: Partial<Omit<Action, 'id' | 'rev' | 'updatedAt'>>) =>
    void commit([updated('actions', action, revise(action, patch, now()))], { undoable: true, label: t('actions.history.edit', { text: action.text }) });

  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const changes = addAction(actions, analysisId, draft, crypto.randomUUID(), now());
    if (changes.length === 0) {
      setError(t('actions.textRequired'));
      return;
    }
    void commit(changes, { undoable: true, label: t('actions.history.add', { text: draft.text.trim() }) });
    setDraft({ text: '', owner: '', due: '' });
    setError(null);
  };

  const linkValue = (a: Action) => (a.link ? `${a.link.kind}:${a.link.id}` : '');
  const parseLink = (value: string): Action['link'] => {
    const [kind, id] = value.split(':');
    return (kind === 'note' || kind === 'task') && id ? { kind, id } : null;
  };

  return (
    <div className="actions">
      <p>{t('actions.intro')}</p>
      <p className="muted">{followUp ? t('actions.followUp', { date: date(followUp) }) : t('actions.noFollowUp')}</p>
      {actions.length === 0 ? (
        <p className="empty-note">{t('actions.empty')}</p>
      ) : (
        <div className="table-wrap" ref={scrollRegion}>
          <table className="data-table actions-table">
            <caption className="visually-hidden">{t('actions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('actions.text')}</th>
                <th scope="col">{t('actions.owner')}</th>
                <th scope="col">{t('actions.due')}</th>
                <th scope="col">{t('actions.status')}</th>
                <th scope="col">{t('actions.link')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.delete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => {
                const overdue = isOverdue(a, today);
                return (
                  <tr key={a.id} data-action-id={a.id} className={overdue ? 'actions-table__overdue' : undefined}>
                    <td>
                      {/* A text area so a long action wraps and the row grows, instead of being cut off; Enter saves as in a field. */}
                      <textarea
                        key={`${a.id}:${a.rev}:text`}
                        className="input actions-table__text"
                        aria-label={t('actions.text')}
                        defaultValue={a.text}
                        maxLength={500}
                        rows={1}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') {
                            e.preventDefault();
                            e.currentTarget.blur();
                          }
                        }}
                        onBlur={(e) => e.target.value.trim() !== '' && e.target.value.trim() !== a.text && change(a, { text: e.target.value.trim() })}
                      />
                    </td>
                    <td>
                      <input
                        key={`${a.id}:${a.rev}:owner`}
                        className="input"
                        aria-label={`${t('actions.owner')}: ${a.text}`}
                        defaultValue={a.owner}
                        maxLength={120}
                        onBlur={(e) => e.target.value.trim() !== a.owner && change(a, { owner: e.target.value.trim() })}
                      />
                    </td>
                    <td>
                      <DateInput label={`${t('actions.due')}: ${a.text}`} hideLabel value={a.due} onChange={(due) => change(a, { due })} />
                      {overdue && (
                        <span className="overdue">
                          <AlertTriangle aria-hidden size={16} />
                          {t('actions.overdue')}
                        </span>
                      )}
                    </td>
                    <td>
                      <select
                        className="input"
                        aria-label={`${t('actions.status')}: ${a.text}`}
                        value={a.status}
                        onChange={(e) => change(a, { status: e.target.value as ActionStatus })}
                      >
                        {ACTION_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {t(`actions.status.${s}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select
                        className="input"
                        aria-label={`${t('actions.link')}: ${a.text}`}
                        value={linkValue(a)}
                        onChange={(e) => change(a, { link: parseLink(e.target.value) })}
                      >
                        <option value="">{t('actions.linkNone')}</option>
                        {w.notes.map((n) => (
                          <option key={n.id} value={`note:${n.id}`}>
                            {t('actions.linkNote', { text: n.text })}
                          </option>
                        ))}
                        {board.tasks.map((task) => (
                          <option key={task.id} value={`task:${task.id}`}>
                            {t('actions.linkTask', { text: task.title })}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="icon-button icon-button--danger"
                        aria-label={t('actions.delete', { text: a.text })}
                        onClick={() => void commit([deleted('actions', a)], { undoable: true, label: t('actions.history.delete', { text: a.text }) })}
                      >
                        <Trash2 aria-hidden size={18} />
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <form className="actions__add" onSubmit={add} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="new-action-text">
            {t('actions.text')}
          </label>
          <input id="new-action-text" className="input" value={draft.text} maxLength={500} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="new-action-owner">
            {t('actions.owner')}
          </label>
          <input id="new-action-owner" className="input" value={draft.owner} maxLength={120} onChange={(e) => setDraft({ ...draft, owner: e.target.value })} />
        </div>
        <div className="field">
          <DateInput label={t('actions.due')} value={draft.due} onChange={(due) => setDraft({ ...draft, due: due ?? '' })} />
        </div>
        <button type="submit" className="button button--primary actions__submit">
          {t('actions.add')}
        </button>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
