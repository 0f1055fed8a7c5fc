import type { SurveyRound } from '../../shared/survey/rounds.ts';
import type { Translator } from '../i18n/i18n.ts';

/** What a round is called: its name, or "Första omgången" for the first round's default. */
export function roundLabel(t: Translator['t'], round: Pick<SurveyRound, 'kind' | 'name'>): string {
  return round.name.trim() === '' ? t('rounds.first') : round.name;
}
