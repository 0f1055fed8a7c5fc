import { describe, expect, it } from 'vitest';
import { followUpModelOf } from '../../../renderer/followUp/useFollowUp.ts';
import type { BoardSnapshot } from '../../../shared/followUp.ts';
import { DEFAULT_SETTINGS, type Role, type Task } from '../../../shared/model.ts';
import { emptySurveyState } from '../../../shared/survey/answers.ts';
import type { SurveyResponse, SurveyState } from '../../../shared/survey/model.ts';

const T = '2027-01-01T00:00:00.000Z';
const role = (id: string, name: string, headcount: number): Role => ({
  id,
  analysisId: 'a1',
  name,
  headcount,
  fullTimeHours: 40,
  order: id,
  rev: 1,
  updatedAt: T,
});
const task: Task = { id: 't1', analysisId: 'a1', title: 'Diska', notes: '', createdAt: T, rev: 1, updatedAt: T };
const answer = (key: string, round: string, roleName: string, hours: number): SurveyResponse => ({
  id: `a1:${round}/${key}`,
  analysisId: 'a1',
  round,
  source: 'paper',
  importId: null,
  key,
  role: roleName,
  mission: '',
  contractHours: null,
  comment: '',
  hours: [{ taskId: 't1', hours }],
  rev: 1,
  updatedAt: T,
});
const snapshot: BoardSnapshot = {
  id: 'a1',
  analysisId: 'a1',
  rev: 1,
  updatedAt: T,
  takenAt: T,
  round: 'r1',
  roles: [{ id: 'r1', name: 'Barnskötare', headcount: 4 }],
  tasks: [{ id: 't1', title: 'Diska' }],
  cells: [{ taskId: 't1', roleId: 'r1', colour: 'red', hours: 20 }],
  actions: [],
};
const base = emptySurveyState('a1', T);
// The first round is current again: the comparison still reads the follow-up round.
const state: SurveyState = { ...base, rounds: [...base.rounds, { id: 'r2', kind: 'followUp', name: 'Hösten 2027', startedAt: T }], round: 'r1' };
const roles = [role('r1', 'Barnskötare', 4), role('r2', 'Kock', 1)];
const responses = [
  answer('1', 'r1', 'Barnskötare', 5),
  answer('2', 'r1', 'Barnskötare', 5),
  answer('1', 'r2', 'Barnskötare', 2),
  answer('2', 'r2', 'Barnskötare', 4),
  answer('3', 'r2', 'Barnskötare', 3),
  answer('4', 'r2', 'Kock', 6),
];
const data = { snapshot, followUp: null, actions: [] };
const survey = { state, imports: [], responses, tasks: [task] };

describe('the follow-up view’s model', () => {
  it('compares the newest follow-up round whichever round is current, each role on its own', () => {
    const model = followUpModelOf(data, survey, roles, DEFAULT_SETTINGS, 'Övriga');
    expect(model.round?.id).toBe('r2');
    expect(model.respondents).toBe(4);
    // Barnskötare: mean (2 + 4 + 3) / 3 = 3 h × 4 people = 12 h now, red as then (20 h).
    expect(model.comparison?.roles[0]).toMatchObject({ roleId: 'r1', then: { red: 20 }, now: { red: 12 }, redBlackChange: -8 });
    // The cook answered alone, under the threshold of 3: left out of the comparison whole (and the unit's sum), and named.
    expect(model.comparison?.roles.map((r) => r.roleId)).toEqual(['r1']);
    expect(model.comparison?.total).toMatchObject({ then: { red: 20 }, now: { red: 12 } });
    expect(model.small).toEqual(['Kock']);
  });

  it('leaves out a role nobody answered for in the round, then too, rather than showing it at 0 h now', () => {
    const withNurse: BoardSnapshot = {
      ...snapshot,
      roles: [...snapshot.roles, { id: 'r3', name: 'Förskollärare', headcount: 2 }],
      cells: [...snapshot.cells, { taskId: 't1', roleId: 'r3', colour: 'black', hours: 6 }],
    };
    const model = followUpModelOf({ ...data, snapshot: withNurse }, survey, [...roles, role('r3', 'Förskollärare ', 2)], DEFAULT_SETTINGS, 'Övriga');
    expect(model.unanswered).toEqual(['Förskollärare ']);
    expect(model.small).toEqual(['Kock']);
    expect(model.comparison?.roles.map((r) => r.roleId)).toEqual(['r1']);
    // Its 6 black hours then are not in the unit's sum either: the change is the answered role's only.
    expect(model.comparison?.total).toMatchObject({ then: { red: 20, black: 0 }, now: { red: 12, black: 0 } });
    // With no answers at all in the round, no role is called unanswered: there is no comparison yet.
    const empty = followUpModelOf(
      { ...data, snapshot: withNurse },
      { ...survey, responses: responses.filter((r) => r.round === 'r1') },
      roles,
      DEFAULT_SETTINGS,
      'Övriga',
    );
    expect(empty.unanswered).toEqual([]);
    expect(empty.comparison).toBeNull();
  });

  it('has no comparison without a snapshot, a follow-up round, or answers per person', () => {
    expect(followUpModelOf({ ...data, snapshot: null }, survey, roles, DEFAULT_SETTINGS, 'Övriga').comparison).toBeNull();
    const noRound = followUpModelOf(data, { ...survey, state: base }, roles, DEFAULT_SETTINGS, 'Övriga');
    expect(noRound.round).toBeNull();
    expect(noRound.comparison).toBeNull();
    const frozen = { ...state, frozen: { results: { roles: [], hidden: [] }, threshold: 3, at: T } };
    const deleted = followUpModelOf(data, { ...survey, state: frozen, responses: [] }, roles, DEFAULT_SETTINGS, 'Övriga');
    expect(deleted.frozen).toBe(true);
    expect(deleted.comparison).toBeNull();
  });
});
