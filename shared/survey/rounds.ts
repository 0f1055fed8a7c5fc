/**
 * The survey's rounds: the first one, and follow-ups months later that ask
 * the same questions again. New answers of every collection path (a file,
 * paper, the kiosk, phones) go to the current round; the board and the report
 * keep reading the first round's. Pure: the store commits what these return.
 */
import { updated, type Change } from '../changes.ts';
import type { Timestamp } from '../model.ts';
import { FIRST_ROUND } from './answers.ts';
import type { SurveyState } from './model.ts';

/** A survey round as stored. */
export type SurveyRound = SurveyState['rounds'][number];

/** Longest round name, as the schema allows. */
export const ROUND_NAME_MAX = 200;

/** The id a new round gets: "r" and one more than the highest number in use ("r2", "r3" …). */
export function nextRoundId(rounds: readonly Pick<SurveyRound, 'id'>[]): string {
  let highest = 1;
  for (const r of rounds) {
    const n = /^r(\d+)$/.exec(r.id);
    if (n) highest = Math.max(highest, Number(n[1]));
  }
  return `r${highest + 1}`;
}

/** Why a round name is refused: none given, or too long. */
export type RoundNameProblem = 'nameRequired' | 'nameTooLong';

export function roundNameProblem(name: string): RoundNameProblem | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'nameRequired';
  if (trimmed.length > ROUND_NAME_MAX) return 'nameTooLong';
  return null;
}

/** The first round of a survey (every survey has one). */
export function firstRoundOf(state: Pick<SurveyState, 'rounds'> | null): string {
  return state?.rounds[0]?.id ?? FIRST_ROUND;
}

/**
 * Starts a follow-up round named `name` and makes it current: answers given
 * from now on go to it. The first round's answers stay as they are.
 * `answered`: the rounds stored answers name (the id is never one of them).
 */
export function startFollowUpRound(state: SurveyState, name: string, now: Timestamp, answered: readonly string[] = []): { changes: Change[]; round: string } {
  if (roundNameProblem(name) !== null) throw new Error('A round needs a name of at most 200 characters');
  // A round undone after answers came in keeps them under its id: a new round must not take it over.
  const round = nextRoundId([...state.rounds, ...answered.map((id) => ({ id }))]);
  const next: SurveyState = { ...state, rounds: [...state.rounds, { id: round, kind: 'followUp', name: name.trim(), startedAt: now }], round };
  return { changes: [updated('surveys', state, next)], round };
}

/** Makes a round the current one (the one answers go to and the survey view shows); nothing when it already is. */
export function setCurrentRound(state: SurveyState, round: string): Change[] {
  if (!state.rounds.some((r) => r.id === round)) throw new Error(`No survey round ${round}`);
  if (state.round === round) return [];
  return [updated('surveys', state, { ...state, round })];
}
