import { describe, expect, it } from 'vitest';
import type { StepKey, StepStatus } from '../../../shared/model.ts';
import { nextStep } from '../../../shared/nextStep.ts';
import { NO_WORK, type WorkFacts } from '../../../shared/stepStatus.ts';

const facts = (f: Partial<WorkFacts>): WorkFacts => ({ ...NO_WORK, ...f });
const NONE: Record<StepKey, StepStatus> = {
  info: 'notStarted',
  survey: 'notStarted',
  workshop1: 'notStarted',
  swotSurvey: 'notStarted',
  workshop2: 'notStarted',
  report: 'notStarted',
};
const done = (...keys: StepKey[]): Record<StepKey, StepStatus> => ({ ...NONE, ...Object.fromEntries(keys.map((k) => [k, 'done'])) });

describe('nextStep', () => {
  it('asks for the roles first, in the roles view', () => {
    expect(nextStep(NO_WORK, NONE)).toEqual({ key: 'addRoles', step: 'survey', view: 'roles', count: 0 });
  });

  it('then the survey, in the survey view', () => {
    expect(nextStep(facts({ roles: 2 }), NONE)).toMatchObject({ key: 'importSurvey', view: 'survey' });
  });

  it('fills the board from an imported survey before workshop 1', () => {
    expect(nextStep(facts({ roles: 2, surveyImports: 1 }), done('info', 'survey'))).toMatchObject({ key: 'fillBoard', step: 'workshop1', view: 'survey' });
  });

  it('asks for tasks on the board when the survey was done outside the app', () => {
    expect(nextStep(facts({ roles: 2 }), done('info', 'survey'))).toMatchObject({ key: 'addTasks', view: 'board' });
  });

  it('holds workshop 1 on the board, then names the cards left to sort', () => {
    const s = done('info', 'survey');
    expect(nextStep(facts({ roles: 2, surveyImports: 1, cards: 40, unsorted: 40 }), s)).toMatchObject({ key: 'sortBoard', view: 'board', count: 40 });
    expect(nextStep(facts({ roles: 2, surveyImports: 1, cards: 40, unsorted: 7 }), s)).toMatchObject({ key: 'finishSorting', view: 'board', count: 7 });
  });

  it('goes on to the SWOT survey and then workshop 2, both in the SWOT view', () => {
    const f = facts({ roles: 2, surveyImports: 1, cards: 40 });
    expect(nextStep(f, done('info', 'survey', 'workshop1'))).toMatchObject({ key: 'importSwot', step: 'swotSurvey', view: 'swot' });
    expect(nextStep(f, done('info', 'survey', 'workshop1', 'swotSurvey'))).toMatchObject({ key: 'holdWorkshop2', step: 'workshop2', view: 'swot' });
  });

  it('suggests new roles from red and yellow tasks, then the actions, then the final report', () => {
    const s = done('info', 'survey', 'workshop1', 'swotSurvey', 'workshop2');
    const f = facts({ roles: 2, surveyImports: 1, cards: 40, redOrYellow: 12 });
    expect(nextStep(f, s)).toMatchObject({ key: 'buildNewRoles', view: 'newRoles' });
    expect(nextStep({ ...f, newRoles: 1 }, s)).toMatchObject({ key: 'agreeActions', view: 'actions' });
    // No red or yellow tasks: no new role to suggest.
    expect(nextStep({ ...f, redOrYellow: 0 }, s)).toMatchObject({ key: 'agreeActions' });
    expect(nextStep({ ...f, newRoles: 1, actions: 3 }, s)).toMatchObject({ key: 'finalReport', step: 'report', view: 'overview' });
  });

  it('follows the status the facilitator set: a survey marked done moves on without an import', () => {
    expect(nextStep(facts({ roles: 2, cards: 3, unsorted: 3 }), done('survey')).key).toBe('sortBoard');
  });

  it('says all is done once the final report and follow-up are', () => {
    expect(nextStep(facts({ roles: 2 }), done('info', 'survey', 'workshop1', 'swotSurvey', 'workshop2', 'report'))).toEqual({
      key: 'allDone',
      step: null,
      view: null,
      count: 0,
    });
  });
});
