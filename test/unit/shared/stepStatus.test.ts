import { describe, expect, it } from 'vitest';
import { createAnalysis } from '../../../shared/analysis.ts';
import type { Step, StepKey } from '../../../shared/model.ts';
import {
  followWork,
  isManual,
  NO_WORK,
  setByFacilitator,
  stepState,
  statusesShown,
  statusFromWork,
  withStatusShown,
  workFactsByAnalysis,
  type WorkFacts,
} from '../../../shared/stepStatus.ts';

const NOW = '2026-11-23T10:00:00.000Z';
const fresh = () => createAnalysis({ unitName: 'Förskolan Solrosen', organisation: '', facilitator: '' }, 'a1', NOW).steps;
const stepOf = (steps: Step[], key: StepKey): Step => {
  const s = steps.find((x) => x.key === key);
  if (!s) throw new Error(key);
  return s;
};
const facts = (f: Partial<WorkFacts>): WorkFacts => ({ ...NO_WORK, ...f });

describe('statusFromWork', () => {
  it('leaves every step not started in an analysis with nothing done', () => {
    for (const s of fresh()) expect(statusFromWork(s.key, NO_WORK, null)).toEqual({ status: 'notStarted', reason: null });
  });

  it('marks the survey, and the information meeting before it, done once a survey is imported', () => {
    const f = facts({ surveyImports: 1 });
    expect(statusFromWork('survey', f, null)).toEqual({ status: 'done', reason: 'surveyImported' });
    expect(statusFromWork('info', f, null)).toEqual({ status: 'done', reason: 'surveyStarted' });
    expect(statusFromWork('workshop1', f, null).status).toBe('notStarted');
  });

  it('holds workshop 1 once every card on the board is sorted, not before', () => {
    expect(statusFromWork('workshop1', facts({ cards: 10, unsorted: 3 }), null).status).toBe('notStarted');
    expect(statusFromWork('workshop1', facts({ cards: 10, unsorted: 0 }), null)).toEqual({ status: 'done', reason: 'boardSorted' });
    // An empty board is not a sorted one.
    expect(statusFromWork('workshop1', facts({ cards: 0, unsorted: 0 }), null).status).toBe('notStarted');
  });

  it('takes SWOT notes as the SWOT survey done, and the discussion or actions as workshop 2 held', () => {
    expect(statusFromWork('swotSurvey', facts({ swotNotes: 4 }), null)).toEqual({ status: 'done', reason: 'swotNotes' });
    expect(statusFromWork('workshop2', facts({ swotNotes: 4 }), null).status).toBe('notStarted');
    expect(statusFromWork('workshop2', facts({ discussion: 1 }), null)).toEqual({ status: 'done', reason: 'workshop2Notes' });
    expect(statusFromWork('workshop2', facts({ actions: 2 }), null).status).toBe('done');
  });

  it('calls a step with a date but no work yet planned, and never derives the final report as done', () => {
    expect(statusFromWork('workshop1', NO_WORK, '2027-02-01')).toEqual({ status: 'planned', reason: 'dateSet' });
    const everything = facts({ roles: 2, surveyImports: 1, cards: 5, swotNotes: 3, discussion: 2, actions: 2, newRoles: 1 });
    expect(statusFromWork('report', everything, null).status).toBe('notStarted');
    expect(statusFromWork('report', everything, '2027-05-01').status).toBe('planned');
  });
});

describe('the facilitator’s setting and the work', () => {
  it('shows what the work says while the facilitator has set nothing', () => {
    const state = stepState(stepOf(fresh(), 'survey'), facts({ surveyImports: 1 }));
    expect(state).toMatchObject({ status: 'done', source: 'work', reason: 'surveyImported' });
  });

  it('lets the facilitator’s own status win over the work, until they reset it', () => {
    const survey = stepOf(fresh(), 'survey');
    const f = facts({ surveyImports: 1 });
    const set = { ...survey, ...setByFacilitator('planned') };
    expect(stepState(set, f)).toMatchObject({ status: 'planned', source: 'facilitator', fromWork: { status: 'done' } });
    // Work done later does not overrule the facilitator either.
    expect(stepState(set, facts({ surveyImports: 3 })).status).toBe('planned');
    const reset = { ...set, ...followWork() };
    expect(stepState(reset, f)).toMatchObject({ status: 'done', source: 'work' });
  });

  it('lets the facilitator mark a step done that the app sees no work for', () => {
    const report = { ...stepOf(fresh(), 'report'), ...setByFacilitator('done') };
    expect(stepState(report, NO_WORK)).toMatchObject({ status: 'done', source: 'facilitator' });
  });

  it('keeps the status of a step stored before the status followed the work as the facilitator’s', () => {
    const { manual: _gone, ...old } = { ...stepOf(fresh(), 'workshop1'), status: 'done' as const };
    expect(isManual(old)).toBe(true);
    expect(stepState(old, NO_WORK)).toMatchObject({ status: 'done', source: 'facilitator' });
    const { manual: _none, ...untouched } = stepOf(fresh(), 'workshop1');
    expect(isManual(untouched)).toBe(false);
    expect(stepState(untouched, facts({ cards: 2 })).source).toBe('work');
  });

  it('gives the rail and the list the status as shown', () => {
    const steps = fresh().map((s) => (s.key === 'report' ? { ...s, ...setByFacilitator('planned') } : s));
    const f = facts({ surveyImports: 1, cards: 4, unsorted: 0 });
    expect(withStatusShown(steps, f).map((s) => s.status)).toEqual(['done', 'done', 'done', 'notStarted', 'notStarted', 'planned']);
    expect(statusesShown(steps, f)).toEqual({
      info: 'done',
      survey: 'done',
      workshop1: 'done',
      swotSurvey: 'notStarted',
      workshop2: 'notStarted',
      report: 'planned',
    });
    expect(statusesShown([], NO_WORK).survey).toBe('notStarted');
  });
});

describe('workFactsByAnalysis', () => {
  it('counts each analysis’s work on its own, blank question notes aside', () => {
    const facts = workFactsByAnalysis({
      roles: [{ analysisId: 'a' }, { analysisId: 'a' }, { analysisId: 'b' }],
      surveyImports: [{ analysisId: 'b' }],
      placements: [
        { analysisId: 'a', colour: 'unsorted' },
        { analysisId: 'a', colour: 'red' },
        { analysisId: 'a', colour: 'yellow' },
        { analysisId: 'a', colour: 'green' },
      ],
      questionNotes: [
        { analysisId: 'a', notes: '  ' },
        { analysisId: 'a', notes: 'Vi diskar för mycket.' },
      ],
      swotNotes: [{ analysisId: 'b' }],
      discussion: [],
      actions: [{ analysisId: 'a' }],
      newRoles: [{ analysisId: 'b' }],
    });
    expect(facts.get('a')).toEqual({ ...NO_WORK, roles: 2, cards: 4, unsorted: 1, redOrYellow: 2, questionNotes: 1, actions: 1 });
    expect(facts.get('b')).toEqual({ ...NO_WORK, roles: 1, surveyImports: 1, swotNotes: 1, newRoles: 1 });
    expect(facts.get('c')).toBeUndefined();
  });
});
