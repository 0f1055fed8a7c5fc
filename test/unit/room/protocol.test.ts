/**
 * The room's protocol and its check against what is open, as pure
 * functions: what a phone may send, and how a phone's survey answer is
 * stored like any other answer, with source 'phone'.
 */
import { describe, expect, it } from 'vitest';
import { checkSubmission, phoneAnswer, toDelivered } from '../../../shared/room/check';
import { activitySchema, submissionSchema } from '../../../shared/room/protocol';
import { answerId, saveAnswers } from '../../../shared/survey/answers';
import { answer, DOTS, note, POLL, SURVEY, SWOT } from './harness';

const NOW = '2026-12-06T09:00:00.000Z';

describe('the room protocol', () => {
  it('reads each kind of submission and refuses unknown fields', () => {
    expect(submissionSchema.safeParse(answer()).success).toBe(true);
    expect(submissionSchema.safeParse(note('Hej')).success).toBe(true);
    expect(submissionSchema.safeParse({ ...note('Hej'), html: '<b>' }).success).toBe(false);
    expect(submissionSchema.safeParse({ ...answer(), hours: [{ taskId: 't-diska', hours: 0 }] }).success).toBe(false);
    expect(submissionSchema.safeParse({ ...answer(), hours: [{ taskId: 't-diska', hours: 169 }] }).success).toBe(false);
  });

  it('reads every activity the facilitator can open, and refuses one without its parts', () => {
    for (const a of [SURVEY, SWOT, DOTS, POLL, { kind: 'none' }]) expect(activitySchema.safeParse(a).success).toBe(true);
    expect(activitySchema.safeParse({ ...SURVEY, roles: [] }).success).toBe(false);
    expect(activitySchema.safeParse({ ...DOTS, budget: 51 }).success).toBe(false);
    expect(activitySchema.safeParse({ ...SWOT, quadrants: ['middle'] }).success).toBe(false);
  });

  it('checks a submission against the open activity only', () => {
    expect(checkSubmission(SURVEY, answer())).toBeNull();
    expect(checkSubmission({ kind: 'none' }, answer())).toBe('notOpen');
    expect(checkSubmission(SWOT, answer())).toBe('notOpen');
    expect(checkSubmission({ kind: 'swot', id: 'act-swot', quadrants: ['threats'] }, note('Hej'))).toBe('invalid');
    const twice = answer({
      hours: [
        { taskId: 't-diska', hours: 1 },
        { taskId: 't-diska', hours: 2 },
      ],
    });
    expect(checkSubmission(SURVEY, twice)).toBe('invalid');
    const noMission = { ...SURVEY, questions: { unit: 'hours', contract: false, mission: false, comments: false } } as const;
    expect(checkSubmission(noMission, answer({ contractHours: null }))).toBe('notAsked');
    expect(checkSubmission(noMission, answer({ contractHours: null, mission: '' }))).toBeNull();
  });

  it('stores a phone’s survey answer as any answer, under its submission id with source phone, so a redelivery replaces itself', () => {
    const sent = toDelivered(answer({ mission: '  Barnens lärande ' }));
    if (sent.kind !== 'survey') throw new Error('not a survey answer');
    const newAnswer = phoneAnswer(sent);
    expect(newAnswer).toEqual({
      key: sent.id,
      source: 'phone',
      role: 'Barnskötare',
      mission: 'Barnens lärande',
      contractHours: 30,
      comment: '',
      hours: [
        { taskId: 't-diska', hours: 2.5 },
        { taskId: 't-planera', hours: 4 },
      ],
    });
    const [, created] = saveAnswers('a1', null, [newAnswer], [undefined], NOW);
    expect(created).toMatchObject({
      table: 'surveyResponses',
      before: null,
      after: { id: answerId('a1', 'r1', 'phone', sent.id), source: 'phone', role: 'Barnskötare', contractHours: 30 },
    });
  });

  it('leaves the phone’s voter id out of what is delivered', () => {
    const vote = { id: 'vote-000001', activityId: 'act-poll', kind: 'poll', voter: 'voter-abcdef', colour: 'black' } as const;
    expect(toDelivered(vote)).toEqual({ id: 'vote-000001', activityId: 'act-poll', kind: 'poll', colour: 'black' });
  });
});
