import { describe, expect, it } from 'vitest';
import type { SurveyQuestions } from '../../../../shared/survey/answers.ts';
import type { SurveyResponse } from '../../../../shared/survey/model.ts';
import {
  checkRow,
  checkValue,
  formOfResponse,
  paperKey,
  parseFormNumber,
  removeAnswers,
  repeatedForms,
  responseToRow,
  rowToAnswer,
  type PaperRow,
} from '../../../../shared/survey/paper.ts';

const hoursQ: SurveyQuestions = { unit: 'hours', contract: false, mission: true, comments: false };
const percentQ: SurveyQuestions = { unit: 'percent', contract: true, mission: true, comments: true };
const role = { id: 'role-1', name: 'Barnskötare', fullTimeHours: 40 };
const tasks = ['t1', 't2', 't3'];
const row = (patch: Partial<PaperRow> = {}): PaperRow => ({ id: 'r', form: '1', values: {}, contract: '', mission: '', comment: '', ...patch });

describe('checking a typed value', () => {
  it('reads a decimal comma and a decimal point alike, and a blank as no answer', () => {
    expect(checkValue('2,5', 60)).toEqual({ ok: true, value: 2.5 });
    expect(checkValue(' 2.5 ', 60)).toEqual({ ok: true, value: 2.5 });
    expect(checkValue(',5', 60)).toEqual({ ok: true, value: 0.5 });
    expect(checkValue('7,', 60)).toEqual({ ok: true, value: 7 });
    expect(checkValue('', 60)).toEqual({ ok: true, value: null });
    expect(checkValue('0', 60)).toEqual({ ok: true, value: 0 });
  });

  it('refuses text, negative numbers and values over the limit, naming the limit', () => {
    expect(checkValue('abc', 60)).toEqual({ ok: false, problem: 'notNumber', max: 60 });
    expect(checkValue('1,2,3', 60)).toEqual({ ok: false, problem: 'notNumber', max: 60 });
    expect(checkValue('1e3', 60)).toEqual({ ok: false, problem: 'notNumber', max: 60 });
    expect(checkValue('-2', 60)).toEqual({ ok: false, problem: 'negative', max: 60 });
    expect(checkValue('60', 60)).toEqual({ ok: true, value: 60 });
    expect(checkValue('60,5', 60)).toEqual({ ok: false, problem: 'tooLarge', max: 60 });
    expect(checkValue('101', 100)).toEqual({ ok: false, problem: 'tooLarge', max: 100 });
  });

  it('reads a form number as a whole number from 1', () => {
    expect(parseFormNumber(' 12 ')).toBe(12);
    expect(parseFormNumber('0')).toBeNull();
    expect(parseFormNumber('1,5')).toBeNull();
    expect(parseFormNumber('x')).toBeNull();
  });
});

describe('checking a row', () => {
  it('sums the week, flags a total over 60 h as a question and marks a wrong box', () => {
    const ok = checkRow(row({ values: { t1: '30', t2: '40' } }), tasks, hoursQ);
    expect(ok).toMatchObject({ valid: true, total: 70, totalHigh: true, form: 1 });
    const bad = checkRow(row({ values: { t1: '75', t2: '4' } }), tasks, hoursQ);
    expect(bad.valid).toBe(false);
    expect(bad.cells.get('t1')).toEqual({ ok: false, problem: 'tooLarge', max: 60 });
    expect(bad.total).toBe(4);
  });

  it('asks for the form number on a row with answers, and leaves an untouched row alone', () => {
    expect(checkRow(row({ form: '', values: { t1: '3' } }), tasks, hoursQ)).toMatchObject({ formProblem: 'missing', valid: false });
    expect(checkRow(row({ form: 'x' }), tasks, hoursQ)).toMatchObject({ formProblem: 'notNumber', valid: false });
    expect(checkRow(row({ form: '' }), tasks, hoursQ)).toMatchObject({ formProblem: null, empty: true });
  });

  it('checks percent against 100 and the contracted hours when they are asked', () => {
    const c = checkRow(row({ values: { t1: '100' }, contract: '70' }), tasks, percentQ);
    expect(c.cells.get('t1')).toEqual({ ok: true, value: 100 });
    expect(c.contract).toEqual({ ok: false, problem: 'tooLarge', max: 60 });
    expect(c.valid).toBe(false);
  });

  it('finds the rows that repeat a form number typed on an earlier row', () => {
    const rows = [row({ id: 'a', form: '1' }), row({ id: 'b', form: '2' }), row({ id: 'c', form: ' 1' }), row({ id: 'd', form: '' })];
    expect([...repeatedForms(rows)]).toEqual([['c', 1]]);
  });
});

describe('a grid row as an answer', () => {
  it('stores hours by task id under the role and form number, from paper, without blanks and zeros', () => {
    const answer = rowToAnswer(row({ form: '3', values: { t1: '2,5', t2: '0', t3: '' }, mission: ' Barnen ' }), role, tasks, hoursQ);
    expect(answer).toEqual({
      key: paperKey('role-1', 3),
      source: 'paper',
      role: 'Barnskötare',
      mission: 'Barnen',
      contractHours: null,
      comment: '',
      hours: [{ taskId: 't1', hours: 2.5 }],
    });
  });

  it('stores nothing while a box is wrong or the form has no number', () => {
    expect(rowToAnswer(row({ values: { t1: '61' } }), role, tasks, hoursQ)).toBeNull();
    expect(rowToAnswer(row({ form: '', values: { t1: '6' } }), role, tasks, hoursQ)).toBeNull();
    expect(rowToAnswer(row({ form: '' }), role, tasks, hoursQ)).toBeNull();
  });

  it('turns percent into hours with the contracted hours, else the full-time week', () => {
    expect(rowToAnswer(row({ values: { t1: '50' }, contract: '30' }), role, tasks, percentQ)?.hours).toEqual([{ taskId: 't1', hours: 15 }]);
    expect(rowToAnswer(row({ values: { t1: '50' } }), role, tasks, percentQ)?.hours).toEqual([{ taskId: 't1', hours: 20 }]);
  });

  it('shows a stored answer as the row that was typed, percent reckoned back', () => {
    const answer = rowToAnswer(row({ form: '7', values: { t1: '12,5', t3: '10' }, contract: '30', mission: 'M', comment: 'K' }), role, tasks, percentQ);
    if (!answer) throw new Error('no answer');
    const stored: SurveyResponse = {
      ...answer,
      id: `a|paper:${answer.key}`,
      analysisId: 'a',
      round: 'r1',
      importId: null,
      key: `paper:${answer.key}`,
      hours: [...answer.hours],
      rev: 1,
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(formOfResponse(stored, 'role-1')).toBe(7);
    expect(formOfResponse(stored, 'role-2')).toBeNull();
    expect(formOfResponse({ ...stored, key: `r2/paper:${answer.key}` }, 'role-1')).toBe(7);
    const back = responseToRow(stored, 7, role, percentQ, (n) => String(n).replace('.', ','));
    expect(back).toEqual({ form: '7', values: { t1: '12,5', t3: '10' }, contract: '30', mission: 'M', comment: 'K' });
    expect(removeAnswers([stored])).toEqual([{ table: 'surveyResponses', before: stored, after: null }]);
  });
});
