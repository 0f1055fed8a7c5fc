import type { Timestamp } from './model.ts';
import type { RecordOf } from './records/registry.ts';

export { QUESTION_KEYS } from './vocabulary.ts';
export type { QuestionKey } from './vocabulary.ts';
export { questionNoteId } from './records/ids.ts';

/** The room's notes on one of the three questions, for one analysis. */
export type QuestionNote = RecordOf<'questionNotes'>;

/**
 * The countdown for the current timebox, one per analysis (id = analysis id).
 * Running: `endsAt` is set. Paused: `remainingMs` is set. Reset: neither.
 * Storing the end time, not a tick count, keeps it right across a reload.
 */
export type Timer = RecordOf<'timers'>;

export const DEFAULT_TIMER_MS = 10 * 60 * 1000;
export const MAX_TIMER_MS = 180 * 60 * 1000;

export function newTimer(analysisId: string, now: Timestamp): Timer {
  return { id: analysisId, analysisId, rev: 1, updatedAt: now, durationMs: DEFAULT_TIMER_MS, endsAt: null, remainingMs: null };
}

/** Milliseconds left at `now` (never negative). */
export function timeLeft(timer: Timer, now: number): number {
  if (timer.endsAt !== null) return Math.max(0, Date.parse(timer.endsAt) - now);
  return timer.remainingMs ?? timer.durationMs;
}

export function isRunning(timer: Timer): boolean {
  return timer.endsAt !== null;
}

export function startTimer(timer: Timer, now: number): Pick<Timer, 'endsAt' | 'remainingMs'> {
  const left = timeLeft(timer, now);
  return { endsAt: new Date(now + (left > 0 ? left : timer.durationMs)).toISOString(), remainingMs: null };
}

export function pauseTimer(timer: Timer, now: number): Pick<Timer, 'endsAt' | 'remainingMs'> {
  return { endsAt: null, remainingMs: timeLeft(timer, now) };
}

export function resetTimer(): Pick<Timer, 'endsAt' | 'remainingMs'> {
  return { endsAt: null, remainingMs: null };
}

/** Sets the timebox length in whole minutes (1–180); resets the countdown. */
export function setTimerMinutes(minutes: number): Pick<Timer, 'durationMs' | 'endsAt' | 'remainingMs'> | null {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes * 60_000 > MAX_TIMER_MS) return null;
  return { durationMs: minutes * 60_000, endsAt: null, remainingMs: null };
}
