import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoursOf as kioskHoursOf } from '../../../shared/kiosk/answer';
import { checkSubmission } from '../../../shared/room/check';
import { submissionSchema } from '../../../shared/room/protocol';
import {
  emptySurveyDraft,
  hoursOf,
  readContract,
  surveySubmission,
  typedTotal,
  valueProblems,
  type SurveyActivity,
  type SurveyDraft,
} from '../../../phone/survey';

const survey = (over: Partial<SurveyActivity['questions']> = {}): SurveyActivity => ({
  kind: 'survey',
  id: 'act-survey',
  round: 'r1',
  questions: { unit: 'hours', contract: false, mission: true, comments: false, ...over },
  roles: [
    {
      name: 'Barnskötare',
      fullTimeHours: 40,
      tasks: [
        { id: 't-diska', title: 'Diska' },
        { id: 't-planera', title: 'Planera' },
      ],
    },
    { name: 'Kock', fullTimeHours: 38.25, tasks: [{ id: 't-laga', title: 'Laga mat' }] },
  ],
});
function role(a: SurveyActivity, name = 'Barnskötare'): SurveyActivity['roles'][number] {
  const found = a.roles.find((r) => r.name === name);
  if (!found) throw new Error(`no role ${name}`);
  return found;
}
const draft = (over: Partial<SurveyDraft>): SurveyDraft => ({ ...emptySurveyDraft(), role: 'Barnskötare', ...over });

describe('the survey on a phone', () => {
  it('reads hours as the survey reads a cell: decimal comma or point, blanks and 0 left out', () => {
    const a = survey();
    expect(hoursOf(draft({ values: { 't-diska': '2,5', 't-planera': '' } }), a, role(a))).toEqual([{ taskId: 't-diska', hours: 2.5 }]);
    expect(hoursOf(draft({ values: { 't-diska': '0', 't-planera': '1.5 h' } }), a, role(a))).toEqual([{ taskId: 't-planera', hours: 1.5 }]);
  });

  it('turns percent into hours on the role’s full-time week when no contract is given', () => {
    const a = survey({ unit: 'percent', contract: true });
    expect(hoursOf(draft({ values: { 't-diska': '50', 't-planera': '12,5 %' } }), a, role(a))).toEqual([
      { taskId: 't-diska', hours: 20 },
      { taskId: 't-planera', hours: 5 },
    ]);
    const kock = role(a, 'Kock');
    expect(hoursOf(draft({ role: 'Kock', values: { 't-laga': '100' } }), a, kock)).toEqual([{ taskId: 't-laga', hours: 38.25 }]);
  });

  it('turns percent into hours on the contracted hours when the survey asks for them and they are given', () => {
    const a = survey({ unit: 'percent', contract: true });
    expect(hoursOf(draft({ contract: '30', values: { 't-diska': '50' } }), a, role(a))).toEqual([{ taskId: 't-diska', hours: 15 }]);
    // A sysselsättningsgrad: 75 % of the 40-hour full-time week is 30 h.
    expect(hoursOf(draft({ contract: '75 %', values: { 't-diska': '50' } }), a, role(a))).toEqual([{ taskId: 't-diska', hours: 15 }]);
    // Not asked: a contract left in the draft does not count.
    const notAsked = survey({ unit: 'percent', contract: false });
    expect(hoursOf(draft({ contract: '30', values: { 't-diska': '50' } }), notAsked, role(notAsked))).toEqual([{ taskId: 't-diska', hours: 20 }]);
  });

  it('gives the same hours as the kiosk for the same typing (the one rule of shared/survey/values.ts)', () => {
    const value = fc.oneof(fc.constantFrom('', '0', '2,5', '100', '12.5 %', '40 h', 'abc', '-1', '170', '101'), fc.integer({ min: 0, max: 100 }).map(String));
    fc.assert(
      fc.property(value, value, fc.constantFrom('', '30', '20,5', 'x'), fc.constantFrom('hours' as const, 'percent' as const), (v1, v2, contract, unit) => {
        const a = survey({ unit, contract: true });
        const d = draft({ values: { 't-diska': v1, 't-planera': v2 }, contract });
        const kiosk = kioskHoursOf(d, { questions: a.questions, taskIds: ['t-diska', 't-planera'], fullTimeHours: 40 });
        expect(hoursOf(d, a, role(a))).toEqual(kiosk);
      }),
      { numRuns: 300 },
    );
  });

  it('names each value that cannot be used', () => {
    const a = survey({ unit: 'percent' });
    expect([...valueProblems(draft({ values: { 't-diska': '120', 't-planera': 'mycket' } }), a, role(a))]).toEqual([
      ['t-diska', 'overHundredPercent'],
      ['t-planera', 'notNumber'],
    ]);
    const h = survey();
    expect([...valueProblems(draft({ values: { 't-diska': '169', 't-planera': '-2' } }), h, role(h))]).toEqual([
      ['t-diska', 'overWeek'],
      ['t-planera', 'negative'],
    ]);
  });

  it('reads the contracted hours: blank, hours, or a percent of the full-time week', () => {
    expect(readContract('', 40)).toEqual({ ok: true, hours: null });
    expect(readContract('32,5', 40)).toEqual({ ok: true, hours: 32.5 });
    expect(readContract('75 %', 40)).toEqual({ ok: true, hours: 30 });
    expect(readContract('75%', 38)).toEqual({ ok: true, hours: 28.5 });
    // A share written as a fraction, as the survey's import reads a contract column.
    expect(readContract('0,75', 40)).toEqual({ ok: true, hours: 30 });
    expect(readContract('1', 40)).toEqual({ ok: true, hours: 40 });
    expect(readContract('1,5', 40)).toEqual({ ok: true, hours: 1.5 });
    expect(readContract('0', 40)).toEqual({ ok: false, problem: 'zero' });
    expect(readContract('120 %', 40)).toEqual({ ok: false, problem: 'overHundredPercent' });
    expect(readContract('200', 40)).toEqual({ ok: false, problem: 'overWeek' });
  });

  it('sums what is typed for the running total', () => {
    const a = survey({ unit: 'percent' });
    expect(typedTotal(draft({ values: { 't-diska': '50', 't-planera': '25,5' } }), a, role(a))).toBe(75.5);
  });

  it('makes a submission the room accepts, with only the questions asked', () => {
    const a = survey({ contract: true, mission: true, comments: false });
    const made = surveySubmission(
      draft({ values: { 't-diska': '2,5', 't-planera': '4' }, contract: '30', mission: '  Omsorg  ', comment: 'left from before' }),
      a,
      'abcdef0123456789',
    );
    expect(made).toEqual({
      ok: true,
      submission: {
        id: 'abcdef0123456789',
        activityId: 'act-survey',
        kind: 'survey',
        role: 'Barnskötare',
        hours: [
          { taskId: 't-diska', hours: 2.5 },
          { taskId: 't-planera', hours: 4 },
        ],
        contractHours: 30,
        mission: 'Omsorg',
        comment: '',
      },
    });
    if (!made.ok) return;
    expect(submissionSchema.safeParse(made.submission).success).toBe(true);
    expect(checkSubmission(a, made.submission)).toBeNull();
  });

  it('makes nothing while the role is missing, a value or the contract is wrong, or a text is too long', () => {
    const a = survey({ contract: true, comments: true });
    expect(surveySubmission(draft({ role: '' }), a, 'id-000001')).toEqual({ ok: false, problem: { kind: 'role' } });
    expect(surveySubmission(draft({ role: 'Rektor' }), a, 'id-000001')).toEqual({ ok: false, problem: { kind: 'role' } });
    expect(surveySubmission(draft({ values: { 't-diska': 'x', 't-planera': '999' } }), a, 'id-000001')).toEqual({
      ok: false,
      problem: { kind: 'values', count: 2 },
    });
    expect(surveySubmission(draft({ contract: '0' }), a, 'id-000001')).toEqual({ ok: false, problem: { kind: 'contract', problem: 'zero' } });
    expect(surveySubmission(draft({ comment: 'x'.repeat(2_001) }), a, 'id-000001')).toEqual({ ok: false, problem: { kind: 'tooLong' } });
  });

  it('an answer with no hours at all is still an answer (a person who does none of the tasks)', () => {
    const a = survey();
    const made = surveySubmission(draft({}), a, 'id-000001');
    expect(made.ok && made.submission.hours).toEqual([]);
  });
});
