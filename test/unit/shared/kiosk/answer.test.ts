import { describe, expect, it } from 'vitest';
import { readContract, toNewAnswer, typedTotal, valueProblems, type AnswerContext, type KioskDraft } from '../../../../shared/kiosk/answer.ts';
import { DEFAULT_QUESTIONS } from '../../../../shared/survey/answers.ts';

const hoursContext: AnswerContext = {
  questions: { unit: 'hours', contract: false, mission: true, comments: false },
  taskIds: ['t1', 't2', 't3'],
  fullTimeHours: 40,
};
const draft = (patch: Partial<KioskDraft> = {}): KioskDraft => ({ role: 'Barnskötare', values: {}, contract: '', mission: '', comment: '', ...patch });

describe('a kiosk answer', () => {
  it('becomes a kiosk answer with the hours by task id, blanks and 0 left out', () => {
    const answer = toNewAnswer(draft({ values: { t1: '2,5', t2: '', t3: '0' }, mission: '  Barnen  ' }), hoursContext, 'k1');
    expect(answer).toEqual({
      key: 'k1',
      source: 'kiosk',
      role: 'Barnskötare',
      mission: 'Barnen',
      contractHours: null,
      comment: '',
      hours: [{ taskId: 't1', hours: 2.5 }],
    });
  });

  it('is not stored while a value cannot be used, and says which', () => {
    const bad = draft({ values: { t1: 'två', t2: '-1', t3: '200' } });
    expect(toNewAnswer(bad, hoursContext, 'k1')).toBeNull();
    expect(valueProblems(bad, hoursContext)).toEqual(
      new Map([
        ['t1', 'notNumber'],
        ['t2', 'negative'],
        ['t3', 'overWeek'],
      ]),
    );
    expect(toNewAnswer(draft({ role: '' }), hoursContext, 'k1')).toBeNull();
  });

  it('keeps only what the survey asks (a comment typed when comments are not asked is dropped)', () => {
    const answer = toNewAnswer(
      draft({ values: { t1: '1' }, mission: 'M', comment: 'C', contract: '30' }),
      { ...hoursContext, questions: DEFAULT_QUESTIONS },
      'k',
    );
    expect(answer).toMatchObject({ mission: 'M', comment: '', contractHours: null });
    const all = { ...hoursContext, questions: { unit: 'hours', contract: true, mission: false, comments: true } } as const;
    expect(toNewAnswer(draft({ values: { t1: '1' }, mission: 'M', comment: ' C ', contract: '37,5' }), all, 'k')).toMatchObject({
      mission: '',
      comment: 'C',
      contractHours: 37.5,
    });
  });

  it('turns percent into hours on the person’s contracted week where given, else the role’s full-time week', () => {
    const percent: AnswerContext = { ...hoursContext, questions: { unit: 'percent', contract: true, mission: false, comments: false } };
    expect(toNewAnswer(draft({ values: { t1: '50', t2: '25' } }), percent, 'k')?.hours).toEqual([
      { taskId: 't1', hours: 20 },
      { taskId: 't2', hours: 10 },
    ]);
    expect(toNewAnswer(draft({ values: { t1: '50' }, contract: '30' }), percent, 'k')).toMatchObject({
      contractHours: 30,
      hours: [{ taskId: 't1', hours: 15 }],
    });
    expect(valueProblems(draft({ values: { t1: '120' } }), percent)).toEqual(new Map([['t1', 'overHundredPercent']]));
    expect(typedTotal(draft({ values: { t1: '50', t2: '12,5', t3: 'x' } }), percent)).toBe(62.5);
  });

  it('reads the contracted hours: blank is none; 0, text and more than a week are refused', () => {
    expect(readContract('')).toEqual({ ok: true, hours: null });
    expect(readContract('37,5')).toEqual({ ok: true, hours: 37.5 });
    expect(readContract('0')).toEqual({ ok: false, problem: 'zero' });
    expect(readContract('heltid')).toEqual({ ok: false, problem: 'notNumber' });
    expect(readContract('170')).toEqual({ ok: false, problem: 'overWeek' });
    const contract: AnswerContext = { ...hoursContext, questions: { ...hoursContext.questions, contract: true } };
    expect(toNewAnswer(draft({ contract: 'x' }), contract, 'k')).toBeNull();
  });
});
