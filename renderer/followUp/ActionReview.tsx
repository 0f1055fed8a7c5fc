import { Label, RadioGroup } from 'react-aria-components';
import type { BoardSnapshot, FollowUp } from '../../shared/followUp.ts';
import type { RecordOf } from '../../shared/records/registry.ts';
import { ACTION_OUTCOMES, type ActionOutcome } from '../../shared/vocabulary.ts';
import { AutosaveField } from '../components/AutosaveField.tsx';
import { SegmentedOption } from '../components/SegmentedOption.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';

interface Row {
  id: string;
  text: string;
  then: BoardSnapshot['actions'][number]['status'] | null;
  now: RecordOf<'actions'>['status'] | null;
}

/** The snapshot's actions in their order, then those added since; the text as it reads now where the action is still there. */
function rowsOf(snapshot: BoardSnapshot | null, actions: readonly RecordOf<'actions'>[]): Row[] {
  const current = new Map(actions.map((a) => [a.id, a]));
  const rows: Row[] = (snapshot?.actions ?? []).map((a) => {
    const now = current.get(a.id);
    return { id: a.id, text: now?.text ?? a.text, then: a.status, now: now?.status ?? null };
  });
  const seen = new Set(rows.map((r) => r.id));
  for (const a of actions) if (!seen.has(a.id)) rows.push({ id: a.id, text: a.text, then: null, now: a.status });
  return rows;
}

const NONE = 'none';

/** Every action with its status then and now, how it turned out, and what was done or why it was dropped. */
export function ActionReview({
  analysisId,
  snapshot,
  actions,
  followUp,
}: {
  analysisId: string;
  snapshot: BoardSnapshot | null;
  actions: readonly RecordOf<'actions'>[];
  followUp: FollowUp | null;
}) {
  const { t } = useT();
  const review = useApp((s) => s.reviewFollowUpAction);
  const rows = rowsOf(snapshot, actions);
  return (
    <section className="panel" aria-labelledby="follow-up-actions-title">
      <h3 id="follow-up-actions-title">{t('followUp.actions.title')}</h3>
      <p className="muted">{t('followUp.actions.body')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('followUp.actions.none')}</p>
      ) : (
        <ul className="action-review">
          {rows.map((row) => {
            const stored = followUp?.actions[row.id];
            return (
              <li key={row.id} className="action-review__item" data-action-review={row.id}>
                <h4 className="action-review__text">{row.text}</h4>
                <dl className="action-review__status">
                  <div>
                    <dt>{t('followUp.actions.statusThen')}</dt>
                    <dd>{row.then ? t(`actions.status.${row.then}`) : t('followUp.actions.notThen')}</dd>
                  </div>
                  <div>
                    <dt>{t('followUp.actions.statusNow')}</dt>
                    <dd>{row.now ? t(`actions.status.${row.now}`) : t('followUp.actions.deleted')}</dd>
                  </div>
                </dl>
                <RadioGroup
                  className="segmented"
                  orientation="horizontal"
                  value={stored?.outcome ?? NONE}
                  aria-label={t('followUp.actions.outcomeFor', { action: row.text })}
                  onChange={(value) => {
                    const outcome = (ACTION_OUTCOMES as readonly string[]).includes(value) ? (value as ActionOutcome) : null; // checked just before
                    void review(analysisId, row.id, { outcome }, t('followUp.actions.history.outcome'));
                  }}
                >
                  <Label className="field__label" aria-hidden>
                    {t('followUp.actions.outcome')}
                  </Label>
                  <div className="segmented__options">
                    {ACTION_OUTCOMES.map((o) => (
                      <SegmentedOption key={o} value={o}>
                        {t(`followUp.actions.outcome.${o}`)}
                      </SegmentedOption>
                    ))}
                    <SegmentedOption value={NONE}>{t('followUp.actions.outcome.none')}</SegmentedOption>
                  </div>
                </RadioGroup>
                <AutosaveField
                  label={t('followUp.actions.note')}
                  multiline
                  maxLength={2_000}
                  stored={stored?.note ?? ''}
                  save={(note) => review(analysisId, row.id, { note }, t('followUp.actions.history.note'))}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
