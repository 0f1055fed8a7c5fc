import { describe, expect, it } from 'vitest';
import { addTask, applyBoardChanges, type Board } from '../../../../shared/board.ts';
import type { Role } from '../../../../shared/model.ts';
import { dotsActivity, pollActivity, surveyActivity, swotActivity } from '../../../../shared/room/activities.ts';
import { activitySchema, ROOM_LIMITS } from '../../../../shared/room/protocol.ts';
import { DEFAULT_QUESTIONS } from '../../../../shared/survey/answers.ts';
import type { SwotNote } from '../../../../shared/swot.ts';

const role = (id: string, name: string, order: string, fullTimeHours = 40): Role => ({
  id,
  rev: 1,
  updatedAt: 'x',
  analysisId: 'a',
  name,
  headcount: 3,
  fullTimeHours,
  order,
});

function boardWith(roles: Role[], tasks: [string, string[]][]): Board {
  let ids = 0;
  const newId = () => `t${++ids}`;
  let board: Board = { tasks: [], placements: [], roles };
  tasks.forEach(([title, roleIds], i) => {
    board = applyBoardChanges(board, addTask(board, { analysisId: 'a', title, roleIds, hours: null }, newId, `2026-01-0${i + 1}`));
  });
  return board;
}

const note = (id: string, quadrant: SwotNote['quadrant'], text: string, order: string): SwotNote =>
  ({ id, rev: 1, updatedAt: 'x', analysisId: 'a', quadrant, text, order, count: 1, votes: 0 }) as SwotNote;

describe('the survey opened to the phones', () => {
  it('lists each role in role order with the tasks asked of it, in the survey’s order, and its full-time week', () => {
    const board = boardWith(
      [role('r2', 'Kock', 'b', 38.25), role('r1', 'Biträde', 'a', 0)],
      [
        ['Diska', ['r1', 'r2']],
        ['Laga mat', ['r2']],
      ],
    );
    const built = surveyActivity({ id: 'open1', round: 'r1', questions: DEFAULT_QUESTIONS, board, defaultFullTimeHours: 37 });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.activity).toEqual({
      kind: 'survey',
      id: 'open1',
      round: 'r1',
      questions: DEFAULT_QUESTIONS,
      roles: [
        // A role with no full-time week of its own takes the analysis's default.
        { name: 'Biträde', fullTimeHours: 37, tasks: [{ id: expect.any(String), title: 'Diska' }] },
        {
          name: 'Kock',
          fullTimeHours: 38.25,
          tasks: [
            { id: expect.any(String), title: 'Diska' },
            { id: expect.any(String), title: 'Laga mat' },
          ],
        },
      ],
    });
    expect(activitySchema.safeParse(built.activity).success).toBe(true);
  });

  it('leaves out a role with no tasks, and says so when no role has any', () => {
    const board = boardWith([role('r1', 'Kock', 'a'), role('r2', 'Vaktmästare', 'b')], [['Laga mat', ['r1']]]);
    const built = surveyActivity({ id: 'o', round: 'r1', questions: DEFAULT_QUESTIONS, board, defaultFullTimeHours: 40 });
    expect(built.ok && built.activity.kind === 'survey' && built.activity.roles.map((r) => r.name)).toEqual(['Kock']);
    expect(
      surveyActivity({ id: 'o', round: 'r1', questions: DEFAULT_QUESTIONS, board: boardWith([role('r1', 'Kock', 'a')], []), defaultFullTimeHours: 40 }),
    ).toEqual({
      ok: false,
      problem: 'noTasks',
    });
  });

  it('refuses more tasks for a role than the room carries', () => {
    const many: [string, string[]][] = Array.from({ length: ROOM_LIMITS.tasksPerRole + 1 }, (_, i) => [`Uppgift ${i}`, ['r1']]);
    const board = boardWith([role('r1', 'Kock', 'a')], many);
    expect(surveyActivity({ id: 'o', round: 'r1', questions: DEFAULT_QUESTIONS, board, defaultFullTimeHours: 40 })).toEqual({ ok: false, problem: 'tooMany' });
  });
});

describe('SWOT notes, dot votes and colour polls opened to the phones', () => {
  it('opens all four quadrants for notes', () => {
    const built = swotActivity('s1');
    expect(built.ok && built.activity).toEqual({ kind: 'swot', id: 's1', quadrants: ['strengths', 'weaknesses', 'opportunities', 'threats'] });
  });

  it('lists the notes by quadrant and order for a dot vote, with the dots per person as each phone’s budget', () => {
    const notes = [
      note('n3', 'threats', 'Hot ett', 'a'),
      note('n2', 'strengths', 'Styrka två', 'b'),
      note('n1', 'strengths', 'Styrka ett', 'a'),
      note('n4', 'weaknesses', '  ', 'a'),
    ];
    const built = dotsActivity({ id: 'd1', notes, dotsPerPerson: 5 });
    expect(built.ok && built.activity).toEqual({
      kind: 'dots',
      id: 'd1',
      budget: 5,
      notes: [
        { id: 'n1', quadrant: 'strengths', text: 'Styrka ett' },
        { id: 'n2', quadrant: 'strengths', text: 'Styrka två' },
        { id: 'n3', quadrant: 'threats', text: 'Hot ett' },
      ],
    });
  });

  it('says why a dot vote cannot open: no notes, or no dots per person', () => {
    expect(dotsActivity({ id: 'd', notes: [], dotsPerPerson: 5 })).toEqual({ ok: false, problem: 'noNotes' });
    expect(dotsActivity({ id: 'd', notes: [note('n', 'threats', 'x', 'a')], dotsPerPerson: 0 })).toEqual({ ok: false, problem: 'noBudget' });
  });

  it('asks one task for one role in a colour poll, and refuses a title the protocol would refuse', () => {
    expect(pollActivity({ id: 'p1', role: { name: 'Kock' }, task: { id: 't1', title: 'Laga mat' } })).toEqual({
      ok: true,
      activity: { kind: 'poll', id: 'p1', role: 'Kock', taskId: 't1', title: 'Laga mat' },
    });
    expect(pollActivity({ id: 'p1', role: { name: 'Kock' }, task: { id: 't1', title: 'Laga\u0007mat' } })).toEqual({ ok: false, problem: 'invalid' });
  });
});
