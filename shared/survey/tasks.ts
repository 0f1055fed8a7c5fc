/**
 * The survey's tasks are the analysis's tasks: the board's, one list. A task
 * is asked of the roles it has a card for (in any colour, Osorterat too), so
 * adding a task to the survey with its roles puts it on the board, and the
 * survey's answers later fill those cards' hours.
 */
import type { Board } from '../board.ts';
import { byOrder } from '../items.ts';
import type { Role } from '../model.ts';
import { groupOf, surveyOrder } from './taskList.ts';

/** One task as the survey asks it. */
export interface SurveyTask {
  taskId: string;
  title: string;
  /** The roles it is asked of, in the analysis's role order. */
  roleIds: string[];
  /** Its group in the survey's list ('' = none). */
  group: string;
}

/**
 * The analysis's tasks in the survey's order (as the facilitator ordered and
 * grouped them, see `surveyOrder`), each with the roles it is asked of.
 */
export function surveyTaskList(board: Board): SurveyTask[] {
  const roleRank = new Map([...board.roles].sort(byOrder).map((r, i) => [r.id, i]));
  const rolesOf = new Map<string, Set<string>>();
  for (const p of board.placements) {
    let set = rolesOf.get(p.taskId);
    if (!set) rolesOf.set(p.taskId, (set = new Set()));
    set.add(p.roleId);
  }
  return surveyOrder(board.tasks).map((t) => ({
    taskId: t.id,
    title: t.title,
    group: groupOf(t),
    roleIds: [...(rolesOf.get(t.id) ?? [])].filter((id) => roleRank.has(id)).sort((a, b) => (roleRank.get(a) ?? 0) - (roleRank.get(b) ?? 0)),
  }));
}

/** The tasks asked of one role, in the survey's order. */
export function tasksForRole(list: readonly SurveyTask[], role: Pick<Role, 'id'>): SurveyTask[] {
  return list.filter((t) => t.roleIds.includes(role.id));
}
