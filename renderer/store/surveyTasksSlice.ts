import type { Change } from '../../shared/changes.ts';
import { deleteTask, mergeTasks, updateTask, type Board } from '../../shared/board.ts';
import { byOrder } from '../../shared/items.ts';
import { addSurveyTasks, moveSurveyTask, setSurveyTaskGroup, setSurveyTaskRoles } from '../../shared/survey/taskList.ts';
import type { Slice, StoreDeps, SurveyTasksSlice } from './types.ts';

/** The survey's task list: each verb reads the board as stored, computes the changes with a pure function, and commits one undo step. */
export function createSurveyTasksSlice({ repos, newId, now = () => new Date().toISOString() }: StoreDeps): Slice<SurveyTasksSlice> {
  return (_set, get) => {
    const boardOf = async (analysisId: string): Promise<Board> => {
      const [roles, tasks, placements] = await Promise.all([
        repos.items.where('roles', 'analysisId', analysisId),
        repos.items.where('tasks', 'analysisId', analysisId),
        repos.items.where('placements', 'analysisId', analysisId),
      ]);
      return { roles: roles.sort(byOrder), tasks, placements };
    };
    const run = (label: string, changes: Change[]) => get().commit(changes, { undoable: true, label });
    return {
      async addSurveyTasks(analysisId, entries, label) {
        const { changes, added, skipped } = addSurveyTasks(await boardOf(analysisId), analysisId, entries, newId, now());
        await run(label, changes);
        return { added, skipped };
      },
      async renameSurveyTask(analysisId, taskId, title, label) {
        await run(label, updateTask(await boardOf(analysisId), taskId, { title }, now()));
      },
      async setSurveyTaskRoles(analysisId, taskId, roleIds, label) {
        await run(label, setSurveyTaskRoles(await boardOf(analysisId), taskId, roleIds, now(), newId));
      },
      async setSurveyTaskGroup(analysisId, taskId, group, label) {
        await run(label, setSurveyTaskGroup(await boardOf(analysisId), taskId, group, now()));
      },
      async moveSurveyTask(analysisId, taskId, step, label) {
        const changes = moveSurveyTask(await boardOf(analysisId), taskId, step, now());
        await run(label, changes);
        return changes.length > 0;
      },
      async mergeSurveyTasks(analysisId, keepId, mergeId, label) {
        await run(label, mergeTasks(await boardOf(analysisId), keepId, mergeId, now()));
      },
      async deleteSurveyTask(analysisId, taskId, label) {
        await run(label, deleteTask(await boardOf(analysisId), taskId));
      },
    };
  };
}
