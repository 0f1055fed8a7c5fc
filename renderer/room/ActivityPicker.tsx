import { useState } from 'react';
import { dotsActivity, NOTHING, surveyActivity, swotActivity, type ActivityProblem, type Built } from '../../shared/room/activities.ts';
import type { Activity } from '../../shared/room/protocol.ts';
import { currentRound, DEFAULT_QUESTIONS } from '../../shared/survey/answers.ts';
import { useT } from '../i18n/i18n.ts';
import { useServices } from '../store/context.ts';
import { useSettings } from '../store/queries.ts';
import { useLive } from '../store/useLive.ts';

type Choice = 'none' | 'survey' | 'swot' | 'dots' | 'poll';
const CHOICES: readonly Choice[] = ['none', 'survey', 'swot', 'dots', 'poll'];

/**
 * What is open to the phones: nothing, the time survey, SWOT notes, a dot
 * vote on the notes, or the colour poll (started from a card on the board).
 * Each choice is built from the analysis as it stands when chosen.
 */
export function ActivityPicker({
  analysisId,
  activity,
  busy,
  onChoose,
}: {
  analysisId: string;
  activity: Activity;
  busy: boolean;
  onChoose: (activity: Activity) => Promise<boolean>;
}) {
  const { t } = useT();
  const { repos } = useServices();
  const settings = useSettings();
  const board = useLive(() => repos.board.live(analysisId), [repos, analysisId]);
  const survey = useLive(() => repos.survey.live(analysisId), [repos, analysisId]);
  const swot = useLive(() => repos.swot.live(analysisId), [repos, analysisId]);
  const [problem, setProblem] = useState<ActivityProblem | null>(null);
  // Arrow keys move through a radio group: the choice is opened to the phones only with the button, never on the way past.
  const [choice, setChoice] = useState<Choice | null>(null);
  const chosen = choice ?? activity.kind;
  const ready = board !== undefined && survey !== undefined && swot !== undefined;

  const build = (choice: Exclude<Choice, 'poll'>): Built | null => {
    if (!board || !survey || !swot) return null;
    const id = crypto.randomUUID();
    if (choice === 'none') return { ok: true, activity: NOTHING };
    if (choice === 'survey')
      return surveyActivity({
        id,
        round: currentRound(survey.state),
        questions: survey.state?.questions ?? DEFAULT_QUESTIONS,
        board,
        defaultFullTimeHours: settings.defaultFullTimeHours,
      });
    if (choice === 'swot') return swotActivity(id);
    return dotsActivity({ id, notes: swot.notes, dotsPerPerson: swot.voting?.dotsPerPerson ?? 0 });
  };
  const apply = async () => {
    if (chosen === 'poll') return;
    const built = build(chosen);
    if (!built) return;
    if (!built.ok) {
      setProblem(built.problem);
      return;
    }
    setProblem(null);
    if (await onChoose(built.activity)) setChoice(null);
  };

  return (
    <fieldset className="phones-activity" disabled={busy || !ready}>
      <legend className="phones-panel__heading">{t('phones.activity.legend')}</legend>
      {CHOICES.map((choice) => {
        const pollOpen = activity.kind === 'poll';
        if (choice === 'poll' && !pollOpen) return null;
        return (
          <label key={choice} className="phones-activity__choice">
            <input
              type="radio"
              name={`phones-activity-${analysisId}`}
              value={choice}
              checked={chosen === choice}
              onChange={() => {
                setProblem(null);
                setChoice(choice);
              }}
            />
            <span>
              {choice === 'poll' && activity.kind === 'poll'
                ? t('phones.activity.pollOf', { title: activity.title, role: activity.role })
                : t(`phones.activity.${choice}`)}
            </span>
          </label>
        );
      })}
      {activity.kind !== 'poll' && <p className="muted phones-activity__hint">{t('phones.activity.pollHint')}</p>}
      <button
        type="button"
        className="button button--primary button--small"
        disabled={chosen === activity.kind || chosen === 'poll'}
        onClick={() => void apply()}
      >
        {t('phones.activity.apply')}
      </button>
      {problem && (
        <p role="alert" className="phones-panel__error">
          {t(`phones.activity.problem.${problem}`)}
        </p>
      )}
    </fieldset>
  );
}
