/**
 * Building the survey's task list: the analysis's tasks (the board's) in the
 * order the facilitator sets, optionally grouped. Each function reads a board
 * and returns the changes to write (and to undo), like shared/board.ts.
 */
import { applyBoardChanges, setTaskRoles, validateTaskTitle, type Board } from '../board.ts';
import { created, deleted, updated, type Change } from '../changes.ts';
import { revise } from '../items.ts';
import type { Task, Timestamp } from '../model.ts';
import { matchKey, tidy } from '../text.ts';

type Ordered = Pick<Task, 'id' | 'title' | 'createdAt' | 'order' | 'group'>;

/** A task's group as shown ('' = none). */
export function groupOf(task: Pick<Task, 'group'>): string {
  return tidy(task.group ?? '');
}

/**
 * The tasks in the survey's order: grouped, the groups in the order of their
 * first task, and within a group by `order` (tasks without one after, oldest
 * first). Tasks without a group are a group of their own.
 */
export function surveyOrder<T extends Ordered>(tasks: readonly T[]): T[] {
  const sorted = [...tasks].sort(
    (a, b) =>
      (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
      (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) ||
      a.title.localeCompare(b.title, 'sv') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const groups = new Map<string, T[]>();
  for (const t of sorted) {
    const key = matchKey(groupOf(t));
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()].flat();
}

/** The tasks in the survey's order, cut into their groups (name as first written; '' = no group). */
export function surveyGroups<T extends Ordered>(tasks: readonly T[]): { group: string; tasks: T[] }[] {
  const out: { group: string; tasks: T[] }[] = [];
  for (const t of surveyOrder(tasks)) {
    const last = out.at(-1);
    if (last && matchKey(last.group) === matchKey(groupOf(t))) last.tasks.push(t);
    else out.push({ group: groupOf(t), tasks: [t] });
  }
  return out;
}

/** Gives every task its place in `ordered` as `order`, changing only those whose place differs. */
function renumber(ordered: readonly Task[], now: Timestamp): Change[] {
  return ordered.flatMap((t, i) => (t.order === i ? [] : [updated('tasks', t, revise(t, { order: i }, now))]));
}

/** One task to add to the survey. */
export interface NewSurveyTask {
  title: string;
  /** The roles it is asked of; may be empty (the task is then on no lane of the board until a role is marked). */
  roleIds: readonly string[];
  group?: string;
}

export interface AddedTasks {
  changes: Change[];
  /** The titles added, as stored. */
  added: string[];
  /** Titles left out: the analysis already has them (apart from case and spacing), or the list named them twice. */
  skipped: string[];
}

/**
 * Adds tasks at the end of the survey's list (at the end of their group),
 * each with a card per role in its unsorted column. A title the analysis
 * already has is not added again; an empty or too long title is a
 * programming error (callers check with `validateTaskTitle`).
 */
export function addSurveyTasks(board: Board, analysisId: string, entries: readonly NewSurveyTask[], newId: () => string, now: Timestamp): AddedTasks {
  const seen = new Set(board.tasks.map((t) => matchKey(t.title)));
  const changes: Change[] = [];
  const added: string[] = [];
  const skipped: string[] = [];
  let current = board;
  // Tasks stored before the list had an order get one now, so the new ones come after them.
  const fixed = renumber(surveyOrder(board.tasks), now);
  for (const c of fixed) changes.push(c);
  current = applyBoardChanges(current, fixed);
  let next = board.tasks.length;
  for (const entry of entries) {
    const title = tidy(entry.title);
    if (validateTaskTitle(title) !== null) throw new Error(`Not a task title: "${entry.title}"`);
    const key = matchKey(title);
    if (seen.has(key)) {
      skipped.push(title);
      continue;
    }
    seen.add(key);
    const group = tidy(entry.group ?? '');
    const task: Task = { id: newId(), rev: 1, updatedAt: now, analysisId, title, notes: '', createdAt: now, order: next++, ...(group ? { group } : {}) };
    let these: Change[] = [created('tasks', task)];
    // The task before its cards, so that undo, which runs changes in reverse, removes the cards first.
    if (entry.roleIds.length > 0) these = [...these, ...setTaskRoles(applyBoardChanges(current, these), task.id, entry.roleIds, now, newId)];
    for (const c of these) changes.push(c);
    current = applyBoardChanges(current, these);
    added.push(title);
  }
  return { changes: added.length > 0 ? changes : [], added, skipped };
}

/**
 * Moves a task one place up (-1) or down (+1) within its group. No changes at
 * the group's edge. Every task whose place changes gets its new `order`.
 */
export function moveSurveyTask(board: Board, taskId: string, step: -1 | 1, now: Timestamp): Change[] {
  const ordered = surveyOrder(board.tasks);
  const at = ordered.findIndex((t) => t.id === taskId);
  const task = ordered[at];
  if (!task) throw new Error(`Task ${taskId} is not on the board`);
  const other = ordered[at + step];
  if (!other || matchKey(groupOf(other)) !== matchKey(groupOf(task))) return [];
  const moved = [...ordered];
  moved[at] = other;
  moved[at + step] = task;
  return renumber(moved, now);
}

/** Puts a task in a group ('' = none), last in that group. */
export function setSurveyTaskGroup(board: Board, taskId: string, group: string, now: Timestamp): Change[] {
  const task = board.tasks.find((t) => t.id === taskId);
  if (!task) throw new Error(`Task ${taskId} is not on the board`);
  const name = tidy(group);
  if (name === groupOf(task)) return [];
  const others = surveyOrder(board.tasks.filter((t) => t.id !== taskId));
  const lastOfGroup = others.findLastIndex((t) => matchKey(groupOf(t)) === matchKey(name));
  const at = lastOfGroup < 0 ? others.length : lastOfGroup + 1;
  const ordered = [...others.slice(0, at), task, ...others.slice(at)];
  // The task's own change carries both its group and its place.
  const changes = renumber(ordered, now).filter((c) => c.after?.id !== taskId);
  changes.push(updated('tasks', task, revise(task, { group: name, order: at }, now)));
  return changes;
}

/**
 * Sets the roles a task is asked of. Unlike the board's edit, no role at all
 * is allowed: the task stays in the survey's list, with no card on the board.
 */
export function setSurveyTaskRoles(board: Board, taskId: string, roleIds: readonly string[], now: Timestamp, newId: () => string): Change[] {
  if (roleIds.length > 0) return setTaskRoles(board, taskId, roleIds, now, newId);
  if (!board.tasks.some((t) => t.id === taskId)) throw new Error(`Task ${taskId} is not on the board`);
  return board.placements.filter((p) => p.taskId === taskId).map((p) => deleted('placements', p));
}

/** What deleting a task would take with it. */
export interface TaskUse {
  /** Respondents (of the answers given) who put time on it, merged tasks' answers included. */
  answers: number;
  /** Its cards on the board. */
  cards: number;
}

/** How many answers and cards a task has; `respondents` name tasks by id, merged ones already mapped onto the task they went into. */
export function taskUse(board: Board, taskId: string, respondents: readonly { hours: readonly { taskId: string; hours: number }[] }[]): TaskUse {
  return {
    answers: respondents.filter((r) => r.hours.some((h) => h.taskId === taskId && h.hours > 0)).length,
    cards: board.placements.filter((p) => p.taskId === taskId).length,
  };
}

/** The titles in a pasted or typed list: one a line, list marks and numbering taken off, empty lines and repeats left out. */
export function splitTitles(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const title = tidy(line.replace(/^\s*(?:[-*•–]|\d{1,3}[.)])\s+/, ''));
    if (title === '' || seen.has(matchKey(title))) continue;
    seen.add(matchKey(title));
    out.push(title);
  }
  return out;
}
