import { describe, expect, it } from 'vitest';
import { answerId, currentRound, emptySurveyState, importAnswers, saveAnswers, type NewAnswer, type NewImport } from '../../../../shared/survey/answers.ts';
import type { SurveyResponse, SurveyState } from '../../../../shared/survey/model.ts';
import { firstRoundOf, nextRoundId, roundNameProblem, setCurrentRound, startFollowUpRound } from '../../../../shared/survey/rounds.ts';
import { deliveryChanges } from '../../../../shared/room/deliver.ts';
import { toNewAnswer } from '../../../../shared/kiosk/answer.ts';
import { rowToAnswer } from '../../../../shared/survey/paper.ts';
import { DEFAULT_QUESTIONS } from '../../../../shared/survey/answers.ts';

const at = '2026-11-02T08:00:00.000Z';
const later = '2027-09-20T08:00:00.000Z';

function inFollowUp(): SurveyState {
  const { changes } = startFollowUpRound(emptySurveyState('a1', at), '  Uppföljning hösten 2027 ', later);
  return changes[0]?.after as SurveyState;
}

/** The responses a list of changes stores. */
const stored = (changes: readonly { table: string; after: unknown }[]) =>
  changes.filter((c) => c.table === 'surveyResponses').map((c) => c.after as SurveyResponse);

describe('survey rounds', () => {
  it('numbers a new round one above the highest in use', () => {
    expect(nextRoundId([{ id: 'r1' }])).toBe('r2');
    expect(nextRoundId([{ id: 'r1' }, { id: 'r2' }, { id: 'r4' }])).toBe('r5');
    expect(nextRoundId([])).toBe('r2');
  });

  it('starts a named follow-up round and makes it current, keeping the first', () => {
    const state = inFollowUp();
    expect(state.round).toBe('r2');
    expect(state.rounds).toEqual([
      { id: 'r1', kind: 'first', name: '', startedAt: at },
      { id: 'r2', kind: 'followUp', name: 'Uppföljning hösten 2027', startedAt: later },
    ]);
    expect(currentRound(state)).toBe('r2');
    expect(firstRoundOf(state)).toBe('r1');
  });

  it('never reuses the id of a round whose answers are still stored (a round undone after answers came in)', () => {
    const { round } = startFollowUpRound(emptySurveyState('a1', at), 'Våren 2028', later, ['r1', 'r2']);
    expect(round).toBe('r3');
  });

  it('refuses a round with no name or too long a one', () => {
    expect(roundNameProblem('   ')).toBe('nameRequired');
    expect(roundNameProblem('x'.repeat(201))).toBe('nameTooLong');
    expect(roundNameProblem('Våren 2028')).toBeNull();
    expect(() => startFollowUpRound(emptySurveyState('a1', at), ' ', later)).toThrow();
  });

  it('switches back to the first round, and does nothing when it is current already', () => {
    const state = inFollowUp();
    const [change] = setCurrentRound(state, 'r1');
    expect((change?.after as SurveyState).round).toBe('r1');
    expect(setCurrentRound(state, 'r2')).toEqual([]);
    expect(() => setCurrentRound(state, 'r7')).toThrow();
  });
});

describe('every collection path stores in the current round', () => {
  const state = inFollowUp();
  const role = { id: 'role1', name: 'Barnskötare', fullTimeHours: 40 };

  it('a paper form', () => {
    const answer = rowToAnswer({ id: 'row', form: '3', values: { t1: '4' }, contract: '', mission: '', comment: '' }, role, ['t1'], DEFAULT_QUESTIONS);
    expect(answer).not.toBeNull();
    const [response] = stored(saveAnswers('a1', state, [answer as NewAnswer], [undefined], later));
    expect(response?.round).toBe('r2');
    expect(response?.id).toBe(answerId('a1', 'r2', 'paper', answer?.key ?? ''));
    // The same form number in the first round is another answer.
    expect(response?.id).not.toBe(answerId('a1', 'r1', 'paper', answer?.key ?? ''));
  });

  it('the kiosk', () => {
    const answer = toNewAnswer(
      { role: 'Barnskötare', values: { t1: '5' }, contract: '', mission: '', comment: '' },
      { questions: DEFAULT_QUESTIONS, taskIds: ['t1'], fullTimeHours: 40 },
      'k1',
    );
    expect(answer).not.toBeNull();
    const [response] = stored(saveAnswers('a1', state, [answer as NewAnswer], [undefined], later));
    expect(response).toMatchObject({ round: 'r2', source: 'kiosk' });
  });

  it('a phone in the room', () => {
    const changes = deliveryChanges(
      [
        {
          id: 's1',
          activityId: 'act',
          kind: 'survey',
          role: 'Barnskötare',
          hours: [{ taskId: 't1', hours: 2 }],
          contractHours: null,
          mission: '',
          comment: '',
        },
      ],
      {
        analysisId: 'a1',
        now: later,
        survey: state,
        answers: new Map(),
        notes: [],
        autoLetThrough: false,
        polls: new Map(),
        pollTargets: new Map(),
        roles: [],
        placements: [],
      },
    );
    expect(stored(changes).map((r) => r.round)).toEqual(['r2']);
  });

  it('an imported file (the import dialog passes the current round)', () => {
    const input: NewImport = {
      id: 'imp1',
      analysisId: 'a1',
      fileName: 'uppfoljning.csv',
      report: { kind: 'csv', encoding: 'utf-8', delimiter: ';', decimalMark: 'comma', shape: 'wide', unit: 'hours', ignored: [], skippedCells: 0 },
      respondents: [{ key: '1', role: 'Barnskötare', mission: '', hours: [{ task: 'Diska', hours: 3 }], lines: [2] }],
      tasks: ['Diska'],
      round: currentRound(state),
    };
    const changes = importAnswers(
      input,
      state,
      [undefined],
      [{ id: 't1', rev: 1, updatedAt: at, analysisId: 'a1', title: 'Diska', notes: '', createdAt: at }],
      () => 'new',
      later,
    );
    const [response] = stored(changes);
    expect(response).toMatchObject({ round: 'r2', hours: [{ taskId: 't1', hours: 3 }] });
    expect(response?.id).toBe(answerId('a1', 'r2', 'file', '1'));
  });
});
