import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/room/protocol';
import { freshState } from '../../../phone/store';
import { addDot, dotNoteIds, placed, removeDot, screenFor, unsent } from '../../../phone/view';

const SURVEY: Activity = {
  kind: 'survey',
  id: 'act-survey',
  round: 'r1',
  questions: { unit: 'hours', contract: false, mission: false, comments: false },
  roles: [{ name: 'Kock', fullTimeHours: 40, tasks: [{ id: 't1', title: 'Laga mat' }] }],
};
const DOTS: Activity = { kind: 'dots', id: 'act-dots', budget: 3, notes: [{ id: 'n1', quadrant: 'threats', text: 'Hot' }] };
const POLL: Activity = { kind: 'poll', id: 'act-poll', role: 'Kock', taskId: 't1', title: 'Laga mat' };
const SWOT: Activity = { kind: 'swot', id: 'act-swot', quadrants: ['strengths'] };

describe('which screen a phone shows', () => {
  it('asks for the code until the phone is in a room', () => {
    expect(screenFor(null, SURVEY)).toEqual({ kind: 'join' });
  });

  it('waits calmly while nothing is open, and shows what is', () => {
    const state = freshState('token-token-token-1', 'voter-0001');
    expect(screenFor(state, { kind: 'none' })).toEqual({ kind: 'waiting' });
    expect(screenFor(state, SURVEY)).toEqual({ kind: 'survey' });
    expect(screenFor(state, SWOT)).toEqual({ kind: 'swot' });
    expect(screenFor(state, DOTS)).toEqual({ kind: 'dots', left: 3 });
    expect(screenFor(state, POLL)).toEqual({ kind: 'poll' });
  });

  it('thanks instead of asking again: one survey answer, one poll vote, dots until the budget is spent', () => {
    const state = freshState('token-token-token-1', 'voter-0001');
    state.answered['act-survey'] = true;
    state.voted['act-poll'] = 'red';
    state.spent['act-dots'] = 2;
    expect(screenFor(state, SURVEY)).toEqual({ kind: 'surveyDone' });
    expect(screenFor(state, POLL)).toEqual({ kind: 'pollDone' });
    expect(screenFor(state, DOTS)).toEqual({ kind: 'dots', left: 1 });
    state.spent['act-dots'] = 3;
    expect(screenFor(state, DOTS)).toEqual({ kind: 'dotsDone' });
    // A new opening (another id) asks again.
    expect(screenFor(state, { ...SURVEY, id: 'act-survey-2' })).toEqual({ kind: 'survey' });
    expect(screenFor(state, { ...POLL, id: 'act-poll-2' })).toEqual({ kind: 'poll' });
  });

  it('counts what still waits for the room’s receipt, per activity', () => {
    const state = freshState('token-token-token-1', 'voter-0001');
    state.outbox.push({ id: 'sub-00001', activityId: 'act-swot', kind: 'note', quadrant: 'strengths', text: 'a' });
    expect(unsent(state, 'act-swot')).toBe(1);
    expect(unsent(state, 'act-survey')).toBe(0);
  });
});

describe('dots', () => {
  it('a note takes several dots, within what is left', () => {
    let counts: Record<string, number> = {};
    for (const id of ['n1', 'n1', 'n2']) {
      const r = addDot(counts, id, 3);
      expect(r.ok).toBe(true);
      if (r.ok) counts = r.counts;
    }
    expect(counts).toEqual({ n1: 2, n2: 1 });
    expect(placed(counts)).toBe(3);
    expect(addDot(counts, 'n3', 3)).toEqual({ ok: false, reason: 'noneLeft' });
  });

  it('takes dots off, and refuses to go below none', () => {
    const r = removeDot({ n1: 2, n2: 1 }, 'n2');
    expect(r).toEqual({ ok: true, counts: { n1: 2 } });
    expect(removeDot({ n1: 2 }, 'n1')).toEqual({ ok: true, counts: { n1: 1 } });
    expect(removeDot({ n1: 2 }, 'n3')).toEqual({ ok: false, reason: 'noneHere' });
  });

  it('sends a note once per dot, in the order the notes are shown', () => {
    expect(dotNoteIds({ n3: 1, n1: 2, gone: 4 }, ['n1', 'n2', 'n3'])).toEqual(['n1', 'n1', 'n3']);
  });
});
