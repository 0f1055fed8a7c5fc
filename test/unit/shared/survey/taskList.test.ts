import { describe, expect, it } from 'vitest';
import { applyBoardChanges, mergeTasks, type Board } from '../../../../shared/board.ts';
import { invertChanges } from '../../../../shared/changes.ts';
import type { Role, Task } from '../../../../shared/model.ts';
import {
  addSurveyTasks,
  moveSurveyTask,
  setSurveyTaskGroup,
  setSurveyTaskRoles,
  splitTitles,
  surveyGroups,
  surveyOrder,
  taskUse,
} from '../../../../shared/survey/taskList.ts';
import { surveyTaskList } from '../../../../shared/survey/tasks.ts';

const role = (id: string, order: string): Role => ({ id, rev: 1, updatedAt: 'x', analysisId: 'a', name: id, headcount: 3, fullTimeHours: 40, order });
const task = (id: string, createdAt: string, extra: Partial<Task> = {}): Task => ({
  id,
  rev: 1,
  updatedAt: 'x',
  analysisId: 'a',
  title: id,
  notes: '',
  createdAt,
  ...extra,
});

function builder(board: Board = { tasks: [], placements: [], roles: [role('kock', 'a'), role('biträde', 'b')] }) {
  let ids = 0;
  const newId = () => `id${++ids}`;
  const state = { board };
  const apply = (changes: ReturnType<typeof moveSurveyTask>) => {
    state.board = applyBoardChanges(state.board, changes);
    return changes;
  };
  const titles = () => surveyOrder(state.board.tasks).map((t) => t.title);
  return { state, newId, apply, titles };
}

describe('the survey’s task list', () => {
  it('orders by the order set, then tasks without one oldest first, group by group in the order of each group’s first task', () => {
    const tasks = [
      task('Städa', '2026-01-05'),
      task('Diska', '2026-01-01', { order: 2, group: 'Kök' }),
      task('Laga mat', '2026-01-02', { order: 0, group: 'Kök' }),
      task('Skriva', '2026-01-03', { order: 1, group: 'Admin' }),
      task('Handla', '2026-01-04', { group: ' kök ' }),
    ];
    expect(surveyOrder(tasks).map((t) => t.title)).toEqual(['Laga mat', 'Diska', 'Handla', 'Skriva', 'Städa']);
    expect(surveyGroups(tasks).map((g) => [g.group, g.tasks.length])).toEqual([
      ['Kök', 3],
      ['Admin', 1],
      ['', 1],
    ]);
  });

  it('adds tasks with their roles and group at the end, once per title, as the board’s tasks with cards', () => {
    const { state, newId, apply, titles } = builder();
    const first = addSurveyTasks(state.board, 'a', [{ title: ' Laga  mat ', roleIds: ['kock'], group: 'Kök' }], newId, '2026-01-01');
    apply(first.changes);
    const second = addSurveyTasks(
      state.board,
      'a',
      [
        { title: 'laga mat', roleIds: ['kock'] },
        { title: 'Diska', roleIds: ['kock', 'biträde'], group: 'Kök' },
        { title: 'DISKA', roleIds: [] },
        { title: 'Beställa varor', roleIds: [] },
      ],
      newId,
      '2026-01-02',
    );
    expect(second.added).toEqual(['Diska', 'Beställa varor']);
    expect(second.skipped).toEqual(['laga mat', 'DISKA']);
    apply(second.changes);
    expect(titles()).toEqual(['Laga mat', 'Diska', 'Beställa varor']);
    expect(surveyTaskList(state.board).map((t) => [t.title, t.roleIds, t.group])).toEqual([
      ['Laga mat', ['kock'], 'Kök'],
      ['Diska', ['kock', 'biträde'], 'Kök'],
      ['Beställa varor', [], ''],
    ]);
    expect(state.board.placements.filter((p) => p.colour === 'unsorted')).toHaveLength(3);
    // Nothing new: no changes at all.
    expect(addSurveyTasks(state.board, 'a', [{ title: 'Diska', roleIds: [] }], newId, 'x').changes).toEqual([]);
    // Undo takes every task and card away.
    const undone = applyBoardChanges(state.board, invertChanges(second.changes));
    expect(undone.tasks.map((t) => t.title)).toEqual(['Laga mat']);
    expect(undone.placements).toHaveLength(1);
  });

  it('refuses an empty title as a programming error', () => {
    const { state, newId } = builder();
    expect(() => addSurveyTasks(state.board, 'a', [{ title: '  ', roleIds: [] }], newId, 'x')).toThrow();
  });

  it('puts tasks added from the board before the list had an order first, then the new ones', () => {
    const { state, newId, apply, titles } = builder({ tasks: [task('Gammal', '2026-01-01')], placements: [], roles: [role('kock', 'a')] });
    const { changes } = addSurveyTasks(state.board, 'a', [{ title: 'Ny', roleIds: [] }], newId, '2026-02-01');
    apply(changes);
    expect(titles()).toEqual(['Gammal', 'Ny']);
    expect(state.board.tasks.map((t) => t.order)).toEqual([0, 1]);
  });

  it('moves a task up and down within its group, not past its edge', () => {
    const { state, newId, apply, titles } = builder();
    apply(
      addSurveyTasks(
        state.board,
        'a',
        ['A', 'B', 'C'].map((title) => ({ title, roleIds: [], group: 'G' })).concat([{ title: 'D', roleIds: [], group: 'H' }]),
        newId,
        '1',
      ).changes,
    );
    const id = (title: string) => state.board.tasks.find((t) => t.title === title)?.id ?? '';
    apply(moveSurveyTask(state.board, id('C'), -1, '2'));
    expect(titles()).toEqual(['A', 'C', 'B', 'D']);
    expect(moveSurveyTask(state.board, id('B'), 1, '3')).toEqual([]);
    expect(moveSurveyTask(state.board, id('A'), -1, '3')).toEqual([]);
    expect(moveSurveyTask(state.board, id('D'), -1, '3')).toEqual([]);
    const down = apply(moveSurveyTask(state.board, id('A'), 1, '4'));
    expect(titles()).toEqual(['C', 'A', 'B', 'D']);
    // Only the two tasks that swapped places change.
    expect(down).toHaveLength(2);
    expect(() => moveSurveyTask(state.board, 'nope', 1, '5')).toThrow();
  });

  it('puts a task last in the group it is given, and a new group last', () => {
    const { state, newId, apply, titles } = builder();
    apply(
      addSurveyTasks(
        state.board,
        'a',
        [
          { title: 'A', roleIds: [], group: 'G' },
          { title: 'B', roleIds: [], group: 'H' },
          { title: 'C', roleIds: [], group: 'G' },
        ],
        newId,
        '1',
      ).changes,
    );
    const id = (title: string) => state.board.tasks.find((t) => t.title === title)?.id ?? '';
    expect(titles()).toEqual(['A', 'C', 'B']);
    apply(setSurveyTaskGroup(state.board, id('B'), 'G', '2'));
    expect(surveyGroups(state.board.tasks).map((g) => [g.group, g.tasks.map((t) => t.title)])).toEqual([['G', ['A', 'C', 'B']]]);
    apply(setSurveyTaskGroup(state.board, id('A'), 'Ny', '3'));
    expect(surveyGroups(state.board.tasks).map((g) => [g.group, g.tasks.map((t) => t.title)])).toEqual([
      ['G', ['C', 'B']],
      ['Ny', ['A']],
    ]);
    expect(setSurveyTaskGroup(state.board, id('A'), 'Ny', '4')).toEqual([]);
  });

  it('marks and unmarks roles, down to none, which takes the task off the board but keeps it in the list', () => {
    const { state, newId, apply } = builder();
    apply(addSurveyTasks(state.board, 'a', [{ title: 'Diska', roleIds: ['kock'] }], newId, '1').changes);
    const diska = state.board.tasks[0]?.id ?? '';
    apply(setSurveyTaskRoles(state.board, diska, ['kock', 'biträde'], '2', newId));
    expect(surveyTaskList(state.board)[0]?.roleIds).toEqual(['kock', 'biträde']);
    apply(setSurveyTaskRoles(state.board, diska, [], '3', newId));
    expect(state.board.placements).toEqual([]);
    expect(surveyTaskList(state.board).map((t) => [t.title, t.roleIds])).toEqual([['Diska', []]]);
  });

  it('counts the answers and cards a task would take with it, merged tasks’ answers included', () => {
    const { state, newId, apply } = builder();
    apply(
      addSurveyTasks(
        state.board,
        'a',
        [
          { title: 'Diska', roleIds: ['kock', 'biträde'] },
          { title: 'Disk', roleIds: ['kock'] },
        ],
        newId,
        '1',
      ).changes,
    );
    const [diska, disk] = state.board.tasks.map((t) => t.id);
    const respondents = [{ hours: [{ taskId: diska ?? '', hours: 2 }] }, { hours: [{ taskId: diska ?? '', hours: 0 }] }, { hours: [] }];
    expect(taskUse(state.board, diska ?? '', respondents)).toEqual({ answers: 1, cards: 2 });
    apply(mergeTasks(state.board, diska ?? '', disk ?? '', '2'));
    expect(taskUse(state.board, diska ?? '', respondents).cards).toBe(2);
  });

  it('reads one title a line from pasted text, without list marks, empty lines or repeats', () => {
    expect(splitTitles('- Diska\r\n\n  2. Laga   mat \n• diska\n* Handla\n10) Städa\nMöte 2 gånger')).toEqual([
      'Diska',
      'Laga mat',
      'Handla',
      'Städa',
      'Möte 2 gånger',
    ]);
    expect(splitTitles('  \n ')).toEqual([]);
  });
});
