/**
 * The follow-up (step 6): the board frozen when the report was made ("then"),
 * the same survey months later ("now"), and how the two compare per role and
 * colour. Pure: the views, the projector and the follow-up documents read
 * these; nothing here touches a database.
 *
 * Tasks are matched across rounds by id. A task merged into another since the
 * snapshot answers for the task it went into (`task.merged`), so its colour
 * then is found through the ids it took in. Work with no card for the role in
 * the snapshot is "new": the task is new, or new to that role.
 */
import type { Board } from './board.ts';
import { created, updated, type Change } from './changes.ts';
import { byOrder, revise } from './items.ts';
import type { Item, Timestamp } from './model.ts';
import type { RecordOf } from './records/registry.ts';
import type { RoleResult } from './survey/results.ts';
import { matchKey } from './text.ts';
import { COLOURS, type ActionOutcome, type Colour } from './vocabulary.ts';

/** The board as it stood when the report was made (id = the analysis id). */
export type BoardSnapshot = RecordOf<'boardSnapshots'>;
/** The follow-up's own record (id = the analysis id). */
export type FollowUp = RecordOf<'followUps'>;
/** What a snapshot holds, without the fields every stored item carries. */
export type SnapshotContent = Omit<BoardSnapshot, keyof Item | 'analysisId'>;
/** One action's outcome at the follow-up and what was done or why not. */
export type ActionReview = FollowUp['actions'][string];

/** A colour then, or work with no card for the role then. */
export type ThenColour = Colour | 'new';

/** Hours per week in each colour of the board. */
export type ColourHours = Record<Colour, number>;
/** Hours per week in each colour, and work with no card then. */
export type ColourHoursNow = Record<Colour | 'new', number>;

/** Then and now for one role, or for the whole unit. */
export interface ComparisonFigures {
  /** Team hours per week by colour on the board when the report was made. */
  then: ColourHours;
  /** Team hours per week from the follow-up round, by the task's colour then. */
  now: ColourHoursNow;
  /** Each colour's share of the hours then, 0..1 (all 0 when there were no hours). */
  thenShare: ColourHours;
  nowShare: ColourHoursNow;
  /** Hours now − then of red and black work together. */
  redBlackChange: number;
}

export interface RoleComparison extends ComparisonFigures {
  roleId: string;
  /** The role's name now, or as the snapshot kept it when the role was deleted since. */
  name: string;
}

export interface FollowUpComparison {
  /** Roles in the snapshot's order (deleted ones included), then roles added since. */
  roles: RoleComparison[];
  total: ComparisonFigures;
  /** Tasks the snapshot did not have, with their hours now over all roles. */
  newTasks: { taskId: string; title: string; hours: number }[];
}

/** "Now" as the comparison reads it: the analysis's roles and tasks, and the follow-up round's team hours. */
export interface ComparisonNow {
  roles: readonly { id: string; name: string }[];
  /** `merged`: ids of tasks merged into it since (Task.merged). */
  tasks: readonly { id: string; title: string; merged?: readonly string[] }[];
  /** Team hours per week by `${taskId}|${roleId}`. */
  hoursByTaskRole: ReadonlyMap<string, number>;
}

/** The colour then of a task for a role, or 'new' when the role had no card for it. */
export type ColourOf = (taskId: string, roleId: string) => ThenColour;

const cellKey = (taskId: string, roleId: string) => `${taskId}|${roleId}`;

/** The key `hoursByTaskRole` uses. */
export const hoursKey = cellKey;

/**
 * The board frozen for the follow-up: roles in the board's order, tasks in the
 * order they were made, every card's colour and hours, each action's status.
 */
export function takeSnapshot(
  board: Board,
  actions: readonly Pick<RecordOf<'actions'>, 'id' | 'text' | 'status' | 'order'>[],
  round: string | null,
  now: Timestamp,
): SnapshotContent {
  const roles = [...board.roles].sort(byOrder);
  const roleIds = new Set(roles.map((r) => r.id));
  const tasks = [...board.tasks].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  const taskIds = new Set(tasks.map((t) => t.id));
  return {
    takenAt: now,
    round,
    roles: roles.map((r) => ({ id: r.id, name: r.name, headcount: r.headcount })),
    tasks: tasks.map((t) => ({ id: t.id, title: t.title })),
    cells: board.placements
      .filter((p) => taskIds.has(p.taskId) && roleIds.has(p.roleId))
      .map((p) => ({ taskId: p.taskId, roleId: p.roleId, colour: p.colour, hours: p.hours })),
    actions: [...actions].sort(byOrder).map((a) => ({ id: a.id, text: a.text, status: a.status })),
  };
}

/** Stores a snapshot in place of the one before (one per analysis). */
export function saveSnapshot(analysisId: string, before: BoardSnapshot | null, content: SnapshotContent, now: Timestamp): Change[] {
  if (before) return [updated('boardSnapshots', before, revise(before, content, now))];
  return [created('boardSnapshots', { id: analysisId, analysisId, rev: 1, updatedAt: now, ...content })];
}

/**
 * The colour then of each task for each role: the task's own card in the
 * snapshot, or else the card of a task merged into it since (the one with most
 * hours, when several were); 'new' when there is none.
 */
export function snapshotColours(snapshot: Pick<BoardSnapshot, 'cells'>, tasks: ComparisonNow['tasks']): ColourOf {
  const cells = new Map<string, { colour: Colour; hours: number }>();
  for (const c of snapshot.cells) cells.set(cellKey(c.taskId, c.roleId), { colour: c.colour, hours: c.hours ?? 0 });
  const merged = new Map<string, readonly string[]>();
  for (const t of tasks) if (t.merged && t.merged.length > 0) merged.set(t.id, t.merged);
  return (taskId, roleId) => {
    const own = cells.get(cellKey(taskId, roleId));
    if (own) return own.colour;
    let best: { colour: Colour; hours: number } | undefined;
    for (const m of merged.get(taskId) ?? []) {
      const cell = cells.get(cellKey(m, roleId));
      if (cell && (!best || cell.hours > best.hours)) best = cell;
    }
    return best?.colour ?? 'new';
  };
}

const zeroThen = (): ColourHours => ({ unsorted: 0, green: 0, yellow: 0, red: 0, black: 0 });
const zeroNow = (): ColourHoursNow => ({ ...zeroThen(), new: 0 });

function figures(then: ColourHours, now: ColourHoursNow): ComparisonFigures {
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  const thenTotal = sum(then);
  const nowTotal = sum(now);
  const thenShare = zeroThen();
  const nowShare = zeroNow();
  for (const c of COLOURS) {
    thenShare[c] = thenTotal > 0 ? then[c] / thenTotal : 0;
    nowShare[c] = nowTotal > 0 ? now[c] / nowTotal : 0;
  }
  nowShare.new = nowTotal > 0 ? now.new / nowTotal : 0;
  return { then, now, thenShare, nowShare, redBlackChange: now.red + now.black - (then.red + then.black) };
}

/**
 * Then and now per role and colour. "Then" is the snapshot's hours by colour;
 * "now" is the follow-up round's team hours, each task counted in its colour
 * then for that role (`colourOf`, by default from the snapshot through merged
 * tasks). Roles deleted since keep their then and have nothing now; roles
 * added since have nothing then.
 */
export function compareFollowUp(snapshot: BoardSnapshot, now: ComparisonNow, colourOf: ColourOf = snapshotColours(snapshot, now.tasks)): FollowUpComparison {
  const then = new Map<string, ColourHours>();
  const hoursNow = new Map<string, ColourHoursNow>();
  const names = new Map<string, string>();
  for (const r of snapshot.roles) {
    names.set(r.id, r.name);
    then.set(r.id, zeroThen());
    hoursNow.set(r.id, zeroNow());
  }
  for (const r of now.roles) {
    names.set(r.id, r.name);
    if (!then.has(r.id)) then.set(r.id, zeroThen());
    if (!hoursNow.has(r.id)) hoursNow.set(r.id, zeroNow());
  }
  for (const c of snapshot.cells) {
    const row = then.get(c.roleId);
    if (row) row[c.colour] += c.hours ?? 0;
  }
  const snapshotTasks = new Set(snapshot.tasks.map((t) => t.id));
  for (const t of now.tasks) for (const m of t.merged ?? []) if (snapshotTasks.has(m)) snapshotTasks.add(t.id);
  const newTasks: FollowUpComparison['newTasks'] = [];
  for (const t of now.tasks) {
    let taskHours = 0;
    for (const r of now.roles) {
      const h = now.hoursByTaskRole.get(cellKey(t.id, r.id)) ?? 0;
      if (h === 0) continue;
      const row = hoursNow.get(r.id);
      if (row) row[colourOf(t.id, r.id)] += h;
      taskHours += h;
    }
    if (!snapshotTasks.has(t.id)) newTasks.push({ taskId: t.id, title: t.title, hours: taskHours });
  }
  const roles: RoleComparison[] = [...then.keys()].map((roleId) => ({
    roleId,
    name: names.get(roleId) ?? '',
    ...figures(then.get(roleId) ?? zeroThen(), hoursNow.get(roleId) ?? zeroNow()),
  }));
  const totalThen = zeroThen();
  const totalNow = zeroNow();
  for (const r of roles) {
    for (const c of COLOURS) {
      totalThen[c] += r.then[c];
      totalNow[c] += r.now[c];
    }
    totalNow.new += r.now.new;
  }
  return { roles, total: figures(totalThen, totalNow), newTasks };
}

/**
 * The follow-up round's team hours by task and role, from its results per
 * role (each role on its own, as the board's hours come from the first
 * round's): a survey role is the analysis role of its name, case and spacing
 * aside; a survey role with no analysis role is left out.
 */
export function hoursFromResults(results: readonly RoleResult[], roles: readonly { id: string; name: string }[]): Map<string, number> {
  const roleOf = new Map(roles.map((r) => [matchKey(r.name), r.id]));
  const hours = new Map<string, number>();
  for (const result of results) {
    const roleId = roleOf.get(matchKey(result.name));
    if (roleId === undefined) continue;
    for (const t of result.tasks) {
      if (t.taskId === undefined || t.team === 0) continue;
      const key = cellKey(t.taskId, roleId);
      hours.set(key, (hours.get(key) ?? 0) + t.team);
    }
  }
  return hours;
}

/**
 * The snapshot and today's roles without the roles answered by fewer people than the privacy
 * threshold in the follow-up round (by name, as results name roles): their hours "now" would show
 * one or two people's answers, and the unit's sum would give them away by subtraction. So they are
 * left out of the comparison whole, "then" too, and named beside it. As when the survey fills the
 * board, a role is shown on its own only from the threshold on.
 */
export function withoutSmallRoles<R extends { id: string; name: string }>(
  snapshot: BoardSnapshot,
  roles: readonly R[],
  small: readonly string[],
): { snapshot: BoardSnapshot; roles: R[] } {
  if (small.length === 0) return { snapshot, roles: [...roles] };
  const names = new Set(small.map(matchKey));
  const left = new Set([...snapshot.roles, ...roles].filter((r) => names.has(matchKey(r.name))).map((r) => r.id));
  return {
    snapshot: { ...snapshot, roles: snapshot.roles.filter((r) => !left.has(r.id)), cells: snapshot.cells.filter((c) => !left.has(c.roleId)) },
    roles: roles.filter((r) => !left.has(r.id)),
  };
}

/** The round compared: the chosen one, or else the newest follow-up round; null when there is none. */
export function comparedRound(followUp: Pick<FollowUp, 'round'> | null, rounds: readonly { id: string; kind: 'first' | 'followUp' }[]): string | null {
  const followUps = rounds.filter((r) => r.kind === 'followUp');
  const chosen = followUp?.round ?? null;
  if (chosen !== null && followUps.some((r) => r.id === chosen)) return chosen;
  return followUps.at(-1)?.id ?? null;
}

function followUpRecord(analysisId: string, before: FollowUp | null, now: Timestamp): FollowUp {
  return before ?? { id: analysisId, analysisId, round: null, actions: {}, notes: '', rev: 0, updatedAt: now };
}

function write(analysisId: string, before: FollowUp | null, patch: Partial<Omit<FollowUp, keyof Item>>, now: Timestamp): Change[] {
  const base = followUpRecord(analysisId, before, now);
  const after = revise(base, patch, now);
  return before ? [updated('followUps', before, after)] : [created('followUps', after)];
}

/** Chooses the follow-up round compared (null = the newest). */
export function setFollowUpRound(analysisId: string, before: FollowUp | null, round: string | null, now: Timestamp): Change[] {
  if ((before?.round ?? null) === round) return [];
  return write(analysisId, before, { round }, now);
}

/** Records how an action turned out and what was done or why not. */
export function reviewAction(
  analysisId: string,
  before: FollowUp | null,
  actionId: string,
  review: { outcome?: ActionOutcome | null; note?: string },
  now: Timestamp,
): Change[] {
  const was: ActionReview = before?.actions[actionId] ?? { outcome: null, note: '' };
  const next: ActionReview = { outcome: review.outcome === undefined ? was.outcome : review.outcome, note: review.note ?? was.note };
  if (next.outcome === was.outcome && next.note === was.note && before?.actions[actionId]) return [];
  return write(analysisId, before, { actions: { ...(before?.actions ?? {}), [actionId]: next } }, now);
}

/** The follow-up meeting's own notes (Markdown subset). */
export function setFollowUpNotes(analysisId: string, before: FollowUp | null, notes: string, now: Timestamp): Change[] {
  if ((before?.notes ?? '') === notes) return [];
  return write(analysisId, before, { notes }, now);
}
