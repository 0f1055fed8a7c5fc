import { describe, expect, it } from 'vitest';
import { addTask, applyBoardChanges, setTaskRoles, type Board } from '../../../../shared/board.ts';
import type { Role } from '../../../../shared/model.ts';
import { surveyTaskList, tasksForRole } from '../../../../shared/survey/tasks.ts';

const role = (id: string, order: string): Role => ({ id, rev: 1, updatedAt: 'x', analysisId: 'a', name: id, headcount: 3, fullTimeHours: 40, order });

describe('the survey’s tasks are the board’s', () => {
  it('lists every task in the order added, each with the roles it has a card for, in role order', () => {
    let ids = 0;
    const newId = () => `id${++ids}`;
    let board: Board = { tasks: [], placements: [], roles: [role('kock', 'b'), role('biträde', 'a')] };
    const add = (title: string, roleIds: string[], now: string) => {
      board = applyBoardChanges(board, addTask(board, { analysisId: 'a', title, roleIds, hours: null }, newId, now));
    };
    add('Laga mat', ['kock'], '2026-01-02');
    add('Diska', ['kock', 'biträde'], '2026-01-01');
    add('Beställa varor', ['biträde'], '2026-01-03');
    const list = surveyTaskList(board);
    expect(list.map((t) => [t.title, t.roleIds])).toEqual([
      ['Diska', ['biträde', 'kock']],
      ['Laga mat', ['kock']],
      ['Beställa varor', ['biträde']],
    ]);
    expect(tasksForRole(list, { id: 'kock' }).map((t) => t.title)).toEqual(['Diska', 'Laga mat']);

    // A role taken off a task is no longer asked about it.
    const diska = list[0]?.taskId ?? '';
    board = applyBoardChanges(board, setTaskRoles(board, diska, ['biträde'], '2026-01-04', newId));
    expect(tasksForRole(surveyTaskList(board), { id: 'kock' }).map((t) => t.title)).toEqual(['Laga mat']);
  });
});
