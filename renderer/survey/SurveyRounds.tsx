import { CalendarPlus } from 'lucide-react';
import { useState } from 'react';
import { firstRoundOf } from '../../shared/survey/rounds.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { roundLabel } from './roundLabel.ts';
import { StartRoundDialog } from './StartRoundDialog.tsx';
import type { SurveyModel } from './useSurvey.ts';
import '../styles/followUp.css';

/**
 * Which survey round answers go to, the choice between rounds, and starting a follow-up round.
 * Every collection path (a file, paper, the kiosk, phones) stores in the round shown here.
 */
export function SurveyRounds({ analysisId, survey }: { analysisId: string; survey: SurveyModel }) {
  const { t } = useT();
  const setSurveyRound = useApp((s) => s.setSurveyRound);
  const [starting, setStarting] = useState(false);
  const rounds = survey.state?.rounds ?? [];
  const current = rounds.find((r) => r.id === survey.round);
  const inFirst = survey.round === firstRoundOf(survey.state);
  return (
    <section className="panel survey-rounds" aria-labelledby="survey-rounds-title">
      <h3 id="survey-rounds-title">{t('rounds.title')}</h3>
      <p className="survey-rounds__current" data-testid="survey-round">
        <strong>{t('rounds.current', { round: current ? roundLabel(t, current) : t('rounds.first') })}</strong>
      </p>
      <p className="muted">{inFirst ? t('rounds.firstNote') : t('rounds.followUpNote')}</p>
      <div className="survey-rounds__tools">
        {rounds.length > 1 && (
          <label className="survey-rounds__choose">
            <span className="field__label">{t('rounds.choose')}</span>
            <select className="input" value={survey.round} onChange={(e) => void setSurveyRound(analysisId, e.target.value, t('rounds.history.switch'))}>
              {rounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {roundLabel(t, r)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="button" onClick={() => setStarting(true)}>
          <CalendarPlus aria-hidden size={18} />
          {t('rounds.start')}
        </button>
      </div>
      <StartRoundDialog analysisId={analysisId} isOpen={starting} onClose={() => setStarting(false)} />
    </section>
  );
}
