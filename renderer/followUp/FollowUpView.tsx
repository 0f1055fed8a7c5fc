import { CalendarPlus, ClipboardList, Plus } from 'lucide-react';
import { ColourIcon } from '../board/colours.tsx';
import { useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { MarkdownEditor } from '../report/MarkdownEditor.tsx';
import { useApp } from '../store/context.ts';
import { routeToHash } from '../store/route.ts';
import { roundLabel } from '../survey/roundLabel.ts';
import { StartRoundDialog } from '../survey/StartRoundDialog.tsx';
import { ActionReview } from './ActionReview.tsx';
import { ComparisonRole } from './ComparisonRole.tsx';
import { SnapshotPanel } from './SnapshotPanel.tsx';
import { useFollowUp, type FollowUpModel } from './useFollowUp.ts';
import '../styles/followUp.css';

/** Step 6: the board then against the follow-up round now, the action review and the meeting's notes. */
export function FollowUpView({ analysisId }: { analysisId: string }) {
  const { t } = useT();
  const model = useFollowUp(analysisId, t('survey.others'));
  const setFollowUpNotes = useApp((s) => s.setFollowUpNotes);
  if (!model) return <p className="muted">{t('common.loading')}</p>;
  return (
    <div className="follow-up-view">
      <p>{t('followUp.intro')}</p>
      <SnapshotPanel analysisId={analysisId} snapshot={model.snapshot} />
      <RoundPanel analysisId={analysisId} model={model} />
      {model.comparison && <Comparison model={model} />}
      <ActionReview analysisId={analysisId} snapshot={model.snapshot} actions={model.actions} followUp={model.followUp} />
      <section className="panel" aria-labelledby="follow-up-notes-title">
        <h3 id="follow-up-notes-title">{t('followUp.notes.title')}</h3>
        <MarkdownEditor
          label={t('followUp.notes.label')}
          hint={t('followUp.notes.hint')}
          maxLength={20_000}
          stored={model.followUp?.notes ?? ''}
          save={(text) => setFollowUpNotes(analysisId, text, t('followUp.notes.history'))}
        />
      </section>
    </div>
  );
}

/** "Now": the follow-up round compared, its answers, or how to start one. */
function RoundPanel({ analysisId, model }: { analysisId: string; model: FollowUpModel }) {
  const { t, plural } = useT();
  const setFollowUpRound = useApp((s) => s.setFollowUpRound);
  const [starting, setStarting] = useState(false);
  const survey = routeToHash({ name: 'analysis', id: analysisId, view: 'survey' });
  return (
    <section className="panel" aria-labelledby="follow-up-round-title">
      <h3 id="follow-up-round-title">{t('followUp.round.title')}</h3>
      {model.round === null ? (
        <div className="empty-state">
          <ClipboardList aria-hidden size={40} />
          <h4>{t('followUp.round.none.title')}</h4>
          <p>{t('followUp.round.none.body')}</p>
          <button type="button" className="button button--primary" onClick={() => setStarting(true)}>
            <CalendarPlus aria-hidden size={18} />
            {t('rounds.start')}
          </button>
        </div>
      ) : (
        <>
          {model.rounds.length > 1 && (
            <label className="follow-up-view__round">
              <span className="field__label">{t('followUp.round.choose')}</span>
              <select className="input" value={model.round.id} onChange={(e) => void setFollowUpRound(analysisId, e.target.value, t('followUp.round.history'))}>
                {model.rounds.map((r) => (
                  <option key={r.id} value={r.id}>
                    {roundLabel(t, r)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <p data-testid="follow-up-round">
            {t('followUp.round.answers', { round: roundLabel(t, model.round), respondents: plural('survey.respondents', model.respondents) })}
          </p>
          {model.frozen ? (
            <p className="notice">{t('followUp.round.frozen')}</p>
          ) : model.respondents === 0 ? (
            <p className="muted">{t('followUp.round.noAnswers')}</p>
          ) : null}
          {model.small.length > 0 && <p className="muted">{t('followUp.round.small', { count: model.threshold, roles: model.small.join(', ') })}</p>}
          {model.unanswered.length > 0 && <p className="muted">{t('followUp.round.unanswered', { roles: model.unanswered.join(', ') })}</p>}
          <p>
            <a data-route-link href={survey}>
              {t('followUp.round.toSurvey')}
            </a>
          </p>
        </>
      )}
      <StartRoundDialog analysisId={analysisId} isOpen={starting} onClose={() => setStarting(false)} />
    </section>
  );
}

const LEGEND = ['green', 'yellow', 'red', 'black', 'unsorted', 'new'] as const;

/** Then and now for the unit and per role, and the tasks new since. */
function Comparison({ model }: { model: FollowUpModel }) {
  const { t, hours } = useT();
  const comparison = model.comparison;
  if (!comparison) return null;
  const current = new Set(model.roles.map((r) => r.id));
  const roles = comparison.roles.filter((r) => Object.values(r.then).some((h) => h > 0) || Object.values(r.now).some((h) => h > 0));
  return (
    <section className="panel" aria-labelledby="follow-up-compare-title">
      <h3 id="follow-up-compare-title">{t('followUp.compare.title')}</h3>
      <p className="muted">{t('followUp.compare.body')}</p>
      <ul className="legend compare__legend" aria-label={t('board.legend')}>
        {LEGEND.map((c) => (
          <li key={c} className="legend__item" title={t(c === 'new' ? 'colour.new.meaning' : `colour.${c}.meaning`)}>
            <span className={`legend__swatch akr-${c}`}>{c === 'new' ? <Plus aria-hidden size={16} /> : <ColourIcon colour={c} size={16} />}</span>
            <strong>{t(c === 'new' ? 'colour.new' : `colour.${c}`)}</strong>
          </li>
        ))}
      </ul>
      <ComparisonRole id="compare-total" name={t('followUp.compare.total')} figures={comparison.total} />
      {roles.map((r) => (
        <ComparisonRole
          key={r.roleId}
          id={`compare-${r.roleId}`}
          name={r.name}
          figures={r}
          note={current.has(r.roleId) ? undefined : t('followUp.compare.deleted')}
        />
      ))}
      {comparison.newTasks.length > 0 && (
        <>
          <h4>{t('followUp.compare.newTasks')}</h4>
          <ul data-testid="new-tasks">
            {comparison.newTasks.map((task) => (
              <li key={task.taskId}>{t('followUp.compare.newTask', { title: task.title, hours: hours(task.hours) })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
