/**
 * Which screen a phone shows, from what is open and what this phone has
 * already done, and the dot-vote's arithmetic. Pure.
 */
import type { Activity } from '../shared/room/protocol.ts';
import type { RoomState } from './store.ts';

export type Screen =
  | { kind: 'join' }
  | { kind: 'waiting' }
  | { kind: 'survey' }
  | { kind: 'surveyDone' }
  | { kind: 'swot' }
  | { kind: 'dots'; left: number }
  | { kind: 'dotsDone' }
  | { kind: 'poll' }
  | { kind: 'pollDone' };

/** Submissions in the outbox for this activity (sent from here, no receipt yet). */
function waiting(state: RoomState, activityId: string) {
  return state.outbox.filter((s) => s.activityId === activityId);
}

/** Dots of the phone's budget spent on an activity: sent or waiting in the outbox. */
export function dotsSpent(state: RoomState, activityId: string): number {
  return state.spent[activityId] ?? 0;
}

export function screenFor(state: RoomState | null, activity: Activity): Screen {
  if (state === null) return { kind: 'join' };
  switch (activity.kind) {
    case 'none':
      return { kind: 'waiting' };
    case 'survey':
      return state.answered[activity.id] === true ? { kind: 'surveyDone' } : { kind: 'survey' };
    case 'swot':
      return { kind: 'swot' };
    case 'dots': {
      const left = activity.budget - dotsSpent(state, activity.id);
      return left > 0 ? { kind: 'dots', left } : { kind: 'dotsDone' };
    }
    case 'poll':
      return state.voted[activity.id] !== undefined ? { kind: 'pollDone' } : { kind: 'poll' };
  }
}

/** Whether what this phone sent for an activity still waits for the room's receipt. */
export function unsent(state: RoomState, activityId: string): number {
  return waiting(state, activityId).length;
}

/** Dots placed in a draft. */
export function placed(counts: Readonly<Record<string, number>>): number {
  let sum = 0;
  for (const n of Object.values(counts)) sum += n;
  return sum;
}

export type DotChange = { ok: true; counts: Record<string, number> } | { ok: false; reason: 'noneLeft' | 'noneHere' };

/** One more dot on a note, if the budget has one left (a note may take several). */
export function addDot(counts: Readonly<Record<string, number>>, noteId: string, left: number): DotChange {
  if (placed(counts) >= left) return { ok: false, reason: 'noneLeft' };
  return { ok: true, counts: { ...counts, [noteId]: (counts[noteId] ?? 0) + 1 } };
}

/** One dot fewer on a note. */
export function removeDot(counts: Readonly<Record<string, number>>, noteId: string): DotChange {
  const now = counts[noteId] ?? 0;
  if (now <= 0) return { ok: false, reason: 'noneHere' };
  const next: Record<string, number> = {};
  for (const [id, n] of Object.entries(counts)) if (id !== noteId) next[id] = n;
  if (now > 1) next[noteId] = now - 1;
  return { ok: true, counts: next };
}

/** The note ids to send, a note once per dot on it, notes in the order shown. */
export function dotNoteIds(counts: Readonly<Record<string, number>>, order: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of order) for (let i = 0; i < (counts[id] ?? 0); i++) out.push(id);
  return out;
}
