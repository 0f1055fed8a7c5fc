import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import type { Change } from './changes.ts';
import { created, deleted, updated } from './changes.ts';
import { byOrder, revise } from './items.ts';
import type { Colour, Placement, Role, Task, Timestamp } from './model.ts';

/**
 * Operations on the AKR colour board. Each one reads a board and returns the
 * changes to write (and to undo), never a mutated board: the store applies
 * them, the database persists them per item, and undo inverts them.
 *
 * Operations throw on ids that are not on the board and on values callers
 * must validate first (title, hours, role lists): those are programming
 * errors, not user input. `moveCard` alone returns a refusal, because a drag
 * can legitimately land somewhere the card may not go.
 */

/** The items of one analysis that the board operations read. */
export interface Board {
  tasks: Task[];
  placements: Placement[];
  roles: Role[];
}

/** Longest task title, in UTF-16 code units after trimming. */
export const TASK_TITLE_MAX = 200;

/** Most hours a card can hold: a week has 168. */
/**
 * Hours on the board are per role – all the staff in that role together – so a
 * week can hold far more than one person's 168 h. One respondent's week is
 * bounded by 168 h where survey answers are read.
 */
export const HOURS_MAX = 10_000;

export type TaskTitleError = 'titleRequired' | 'titleTooLong';

/**
 * Why hours are refused. `hoursInvalid` (NaN, ±Infinity) is kept apart from
 * `hoursTooMany` so that a form never tells a user "too many hours" about
 * something that is not a number at all.
 */
export type HoursError = 'hoursNegative' | 'hoursTooMany' | 'hoursInvalid';

/** Checks a task title as the user typed it (it is stored trimmed). */
export function validateTaskTitle(title: string): TaskTitleError | null {
  const trimmed = title.trim();
  if (trimmed === '') return 'titleRequired';
  if (trimmed.length > TASK_TITLE_MAX) return 'titleTooLong';
  return null;
}

/** Checks hours per week: null (not yet known) or a number from 0 to 168 inclusive. */
export function validateHours(h: number | null): HoursError | null {
  if (h === null) return null;
  if (!Number.isFinite(h)) return 'hoursInvalid';
  if (h < 0) return 'hoursNegative';
  if (h > HOURS_MAX) return 'hoursTooMany';
  return null;
}

/** The placements in one cell (role × colour), in display order. */
export function cellPlacements(board: Board, roleId: string, colour: Colour): Placement[] {
  return board.placements.filter((p) => p.roleId === roleId && p.colour === colour).sort(byOrder);
}

/** Where a dragged or keyboard-moved card should land. */
export interface CardTarget {
  roleId: string;
  colour: Colour;
  /** Position in the target cell's list without the moved card; clamped to 0..length. */
  index: number;
}

/** Why a move did nothing. */
export type MoveRefusal = 'notFound' | 'taskAlreadyInRole' | 'unchanged';

export type MoveResult = { ok: true; changes: Change[] } | { ok: false; reason: MoveRefusal };

/**
 * Moves a card within its cell, to another colour, or to another role's lane.
 * Normally one change (the moved placement); more when the target cell's
 * order keys were corrupt and had to be renumbered. `notFound` also covers a
 * target role that is not on the board.
 */
export function moveCard(board: Board, placementId: string, to: CardTarget, now: Timestamp): MoveResult {
  const card = board.placements.find((p) => p.id === placementId);
  if (card === undefined || !board.roles.some((r) => r.id === to.roleId)) return { ok: false, reason: 'notFound' };
  // A task has at most one placement per role: its colour is that role's verdict.
  if (to.roleId !== card.roleId && board.placements.some((p) => p.taskId === card.taskId && p.roleId === to.roleId)) {
    return { ok: false, reason: 'taskAlreadyInRole' };
  }
  const cell = cellPlacements(board, to.roleId, to.colour);
  const from = cell.findIndex((p) => p.id === card.id);
  const others = from < 0 ? cell : cell.filter((p) => p.id !== card.id);
  const index = clampIndex(to.index, others.length);
  // Reporting this lets the UI skip an undo step and a write for a drop in place.
  if (from === index) return { ok: false, reason: 'unchanged' };
  const slot = slotAt(others, index);
  const moved = revise(card, { roleId: to.roleId, colour: to.colour, order: slot.order }, now);
  return { ok: true, changes: [updated('placements', card, moved), ...renumberChanges(others, slot.renumbered, now)] };
}

/** What the user enters for a new task. */
export interface NewTask {
  analysisId: string;
  title: string;
  /** Roles that do the task; each gets a card in its unsorted column. Must not be empty. */
  roleIds: readonly string[];
  /** Hours per week, the same for every role; null when not yet known. */
  hours: number | null;
}

/** Creates a task with one card per role, each last in that role's unsorted column. */
export function addTask(board: Board, fields: NewTask, newId: () => string, now: Timestamp): Change[] {
  const title = checkedTitle(fields.title);
  checkHours(fields.hours);
  const roleIds = checkedRoleIds(board, fields.roleIds);
  const task: Task = { id: newId(), rev: 1, updatedAt: now, analysisId: fields.analysisId, title, notes: '', createdAt: now };
  // The task comes first so that undo, which runs changes in reverse, removes cards before their task.
  const changes: Change[] = [created('tasks', task)];
  for (const roleId of roleIds) for (const c of placeLast(board, task, roleId, fields.hours, newId, now)) changes.push(c);
  return changes;
}

/** Renames a task and/or edits its notes; no changes when nothing differs. */
export function updateTask(board: Board, taskId: string, patch: { title?: string; notes?: string }, now: Timestamp): Change[] {
  const task = findTask(board, taskId);
  const next: { title?: string; notes?: string } = {};
  if (patch.title !== undefined) {
    const title = checkedTitle(patch.title);
    if (title !== task.title) next.title = title;
  }
  if (patch.notes !== undefined && patch.notes !== task.notes) next.notes = patch.notes;
  if (next.title === undefined && next.notes === undefined) return [];
  return [updated('tasks', task, revise(task, next, now))];
}

/** Sets one card's hours per week; no changes when they are the same. */
export function setHours(board: Board, placementId: string, hours: number | null, now: Timestamp): Change[] {
  checkHours(hours);
  const placement = findPlacement(board, placementId);
  if (placement.hours === hours) return [];
  return [updated('placements', placement, revise(placement, { hours }, now))];
}

/**
 * Sets which roles do a task: new roles get a card last in their unsorted
 * column with unknown hours; cards of roles no longer listed are deleted.
 * Cards of roles that stay are untouched.
 */
export function setTaskRoles(board: Board, taskId: string, roleIds: readonly string[], now: Timestamp, newId: () => string): Change[] {
  const task = findTask(board, taskId);
  const wanted = new Set(checkedRoleIds(board, roleIds));
  const current = placementsOf(board, taskId);
  const have = new Set(current.map((p) => p.roleId));
  const changes: Change[] = [];
  for (const roleId of wanted) if (!have.has(roleId)) for (const c of placeLast(board, task, roleId, null, newId, now)) changes.push(c);
  for (const p of current) if (!wanted.has(p.roleId)) changes.push(deleted('placements', p));
  return changes;
}

/** Deletes a task and all its cards. */
export function deleteTask(board: Board, taskId: string): Change[] {
  const task = findTask(board, taskId);
  // Cards before their task, so that undo recreates the task before its cards.
  return [...placementsOf(board, taskId).map((p) => deleted('placements', p)), deleted('tasks', task)];
}

/**
 * Copies a task as `${title} ${titleSuffix}` with the same notes; each card is
 * copied (role, colour, hours) and lands directly below its original.
 */
export function duplicateTask(board: Board, taskId: string, newId: () => string, now: Timestamp, titleSuffix: string): Change[] {
  const task = findTask(board, taskId);
  const copy: Task = { ...task, id: newId(), rev: 1, updatedAt: now, createdAt: now, title: `${task.title} ${titleSuffix}`.trim() };
  const changes: Change[] = [created('tasks', copy)];
  for (const original of placementsOf(board, taskId)) {
    const { order, renumber } = slotBelow(board, original, now);
    changes.push(created('placements', { ...original, id: newId(), rev: 1, updatedAt: now, taskId: copy.id, order }));
    for (const c of renumber(undefined)) changes.push(c);
  }
  return changes;
}

/**
 * Merges `mergeId` into `keepId`, e.g. when two survey answers named the same
 * task differently. The kept task keeps its title; notes are joined (empty ones
 * skipped). Per role: hours are summed (unknown counts as nothing, two unknowns
 * stay unknown) on the kept card, which keeps its colour and place; a role only
 * the merged task had keeps that card, moved over to the kept task. The merged
 * task and its remaining cards are deleted; its id joins the kept task's
 * `merged`, so the survey's answers to it count for the kept task.
 */
export function mergeTasks(board: Board, keepId: string, mergeId: string, now: Timestamp, noteSeparator = '\n\n'): Change[] {
  if (keepId === mergeId) throw new Error('A task cannot be merged into itself');
  const keep = findTask(board, keepId);
  const merge = findTask(board, mergeId);
  if (keep.analysisId !== merge.analysisId) throw new Error('Tasks of different analyses cannot be merged');
  const changes: Change[] = [];
  const notes = [keep.notes, merge.notes].filter((n) => n.trim() !== '').join(noteSeparator);
  // The survey's answers name tasks by id: those to the merged task (and to tasks it took in) now count for this one.
  const merged = [...(keep.merged ?? []), mergeId, ...(merge.merged ?? [])];
  changes.push(updated('tasks', keep, revise(keep, notes !== keep.notes ? { notes, merged } : { merged }, now)));
  const keptByRole = new Map(placementsOf(board, keepId).map((p) => [p.roleId, p]));
  const removed: Change[] = [];
  for (const theirs of placementsOf(board, mergeId)) {
    const ours = keptByRole.get(theirs.roleId);
    if (ours === undefined) {
      changes.push(updated('placements', theirs, revise(theirs, { taskId: keepId }, now)));
      continue;
    }
    const hours = ours.hours === null ? theirs.hours : theirs.hours === null ? ours.hours : withoutFloatNoise(ours.hours + theirs.hours);
    if (hours !== ours.hours) changes.push(updated('placements', ours, revise(ours, { hours }, now)));
    removed.push(deleted('placements', theirs));
  }
  return [...changes, ...removed, deleted('tasks', merge)];
}

/**
 * Splits off part of a task as a new one (`newTitle`, empty notes): a card per
 * role of the original, same colour, directly below the original's card. The
 * new card takes `shareToNew` (0..1) of the hours, rounded to 2 decimals; the
 * original keeps the rest, so the role's total is unchanged. Unknown stays unknown.
 */
export function splitTask(board: Board, taskId: string, newTitle: string, shareToNew: number, newId: () => string, now: Timestamp): Change[] {
  if (!(shareToNew >= 0 && shareToNew <= 1)) throw new Error(`Share ${shareToNew} is not between 0 and 1`);
  const title = checkedTitle(newTitle);
  const task = findTask(board, taskId);
  const part: Task = { id: newId(), rev: 1, updatedAt: now, analysisId: task.analysisId, title, notes: '', createdAt: now };
  const changes: Change[] = [created('tasks', part)];
  for (const original of placementsOf(board, taskId)) {
    const { order, renumber, renumbered } = slotBelow(board, original, now);
    const newHours = original.hours === null ? null : Math.round(original.hours * shareToNew * 100) / 100;
    const keptHours = original.hours === null || newHours === null ? null : withoutFloatNoise(original.hours - newHours);
    changes.push(created('placements', { ...original, id: newId(), rev: 1, updatedAt: now, taskId: part.id, order, hours: newHours }));
    // The original may need new hours and, in a corrupt cell, a new key: one revision carries both.
    const patch: Partial<Pick<Placement, 'hours' | 'order'>> = {};
    if (keptHours !== original.hours) patch.hours = keptHours;
    const newOrder = renumbered.get(original.id);
    if (newOrder !== undefined) patch.order = newOrder;
    if (patch.hours !== undefined || patch.order !== undefined) changes.push(updated('placements', original, revise(original, patch, now)));
    for (const c of renumber(original.id)) changes.push(c);
  }
  return changes;
}

// --- helpers -----------------------------------------------------------------

/** Where a new card lands, plus new keys for cards that had to be renumbered to make room. */
interface Slot {
  order: string;
  renumbered: ReadonlyMap<string, string>;
}

/** A slot at `index` of a sorted cell that does not contain the card being placed. */
function slotAt(cell: readonly Placement[], index: number): Slot {
  const order = keyBetween(cell[index - 1]?.order ?? null, cell[index]?.order ?? null);
  if (order !== null) return { order, renumbered: new Map() };
  // Equal or malformed keys (a bad import, a hand-edited file) leave no room
  // between the neighbours. Renumbering the whole cell repairs it for good
  // instead of refusing the user's move; cells are small, so this is cheap.
  const keys = generateNKeysBetween(null, null, cell.length + 1);
  const renumbered = new Map<string, string>();
  cell.forEach((p, i) => {
    const key = at(keys, i < index ? i : i + 1);
    if (key !== p.order) renumbered.set(p.id, key);
  });
  return { order: at(keys, index), renumbered };
}

/** A key strictly between two keys, or null when there is none (equal, reversed or malformed keys). */
function keyBetween(before: string | null, after: string | null): string | null {
  // fractional-indexing accepts the bounds in either order, so reversed keys must be caught here.
  if (before !== null && after !== null && before >= after) return null;
  try {
    return generateKeyBetween(before, after);
  } catch {
    // It throws on malformed keys; the caller renumbers the cell instead.
    return null;
  }
}

function renumberChanges(cell: readonly Placement[], renumbered: ReadonlyMap<string, string>, now: Timestamp, skipId?: string): Change[] {
  const changes: Change[] = [];
  for (const p of cell) {
    const order = renumbered.get(p.id);
    if (order !== undefined && p.id !== skipId) changes.push(updated('placements', p, revise(p, { order }, now)));
  }
  return changes;
}

/** The slot directly below `original` in its own cell. */
function slotBelow(board: Board, original: Placement, now: Timestamp) {
  const cell = cellPlacements(board, original.roleId, original.colour);
  const slot = slotAt(cell, cell.findIndex((p) => p.id === original.id) + 1);
  return { ...slot, renumber: (skipId: string | undefined) => renumberChanges(cell, slot.renumbered, now, skipId) };
}

/** A new card last in the role's unsorted column. */
/** A new card for a task in a role's Osorterat, last; the card's creation is the first change. */
export function placeLast(board: Board, task: Task, roleId: string, hours: number | null, newId: () => string, now: Timestamp): Change[] {
  const cell = cellPlacements(board, roleId, 'unsorted');
  const slot = slotAt(cell, cell.length);
  const placement: Placement = {
    id: newId(),
    rev: 1,
    updatedAt: now,
    analysisId: task.analysisId,
    taskId: task.id,
    roleId,
    colour: 'unsorted',
    order: slot.order,
    hours,
  };
  return [created('placements', placement), ...renumberChanges(cell, slot.renumbered, now)];
}

function clampIndex(index: number, length: number): number {
  if (Number.isNaN(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), length);
}

/** Sums and differences of decimal hours pick up binary noise (0.1 + 0.2); 9 decimals is far below anything typed. */
function withoutFloatNoise(hours: number): number {
  return Math.round(hours * 1e9) / 1e9;
}

function checkedTitle(title: string): string {
  const error = validateTaskTitle(title);
  if (error !== null) throw new Error(`Invalid task title: ${error}`);
  return title.trim();
}

function checkHours(hours: number | null): void {
  const error = validateHours(hours);
  if (error !== null) throw new Error(`Invalid hours ${hours}: ${error}`);
}

/** The role ids without repeats; throws on an empty list or a role not on the board. */
function checkedRoleIds(board: Board, roleIds: readonly string[]): string[] {
  if (roleIds.length === 0) throw new Error('A task needs at least one role');
  const unique = [...new Set(roleIds)];
  const missing = unique.find((id) => !board.roles.some((r) => r.id === id));
  if (missing !== undefined) throw new Error(`Role ${missing} is not on the board`);
  return unique;
}

function findTask(board: Board, taskId: string): Task {
  const task = board.tasks.find((t) => t.id === taskId);
  if (task === undefined) throw new Error(`Task ${taskId} is not on the board`);
  return task;
}

function findPlacement(board: Board, placementId: string): Placement {
  const placement = board.placements.find((p) => p.id === placementId);
  if (placement === undefined) throw new Error(`Placement ${placementId} is not on the board`);
  return placement;
}

function placementsOf(board: Board, taskId: string): Placement[] {
  return board.placements.filter((p) => p.taskId === taskId);
}

function at(keys: readonly string[], i: number): string {
  const key = keys[i];
  if (key === undefined) throw new Error(`No key at ${i}`);
  return key;
}

/**
 * Applies changes to an in-memory board, so several pure edits can be composed
 * into one undo step (each later edit sees the earlier ones). Only tasks and
 * placements change on a board; other tables are ignored.
 */
export function applyBoardChanges(board: Board, changes: readonly Change[]): Board {
  const tasks = new Map(board.tasks.map((t) => [t.id, t]));
  const placements = new Map(board.placements.map((p) => [p.id, p]));
  for (const c of changes) {
    const id = (c.after ?? c.before)?.id;
    if (id === undefined) continue;
    // Change<Item> erases the item type; the table name says which one it is.
    if (c.table === 'tasks') {
      if (c.after === null) tasks.delete(id);
      else tasks.set(id, c.after as Task);
    } else if (c.table === 'placements') {
      if (c.after === null) placements.delete(id);
      else placements.set(id, c.after as Placement);
    }
  }
  return { ...board, tasks: [...tasks.values()], placements: [...placements.values()] };
}
