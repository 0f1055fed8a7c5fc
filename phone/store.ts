/**
 * What a phone keeps of one room, in localStorage under one key: the room's
 * token (the address bar no longer has it), the phone's random voter id for
 * this room, the outbox, drafts of what is being typed, and what was already
 * sent per activity (survey answered, dots spent, poll vote, notes posted).
 * One room at a time: joining another room (another token, e.g. the room
 * opened again after the laptop restarted) gives a new voter id and keeps the
 * rest: drafts, what was done per activity, and the outbox, whose
 * submissions the new room takes if it has the same activity open (else it
 * refuses them as not open, and the phone says so). Pure apart from the
 * Storage passed in.
 */
import type { Activity, PollColour, Submission } from '../shared/room/protocol.ts';
import type { Quadrant } from '../shared/vocabulary.ts';
import type { SurveyDraft } from './survey.ts';

export interface NoteDraft {
  quadrant: Quadrant | '';
  text: string;
}

export interface RoomState {
  token: string;
  voter: string;
  outbox: Submission[];
  /** Drafts by activity id. */
  survey: Record<string, SurveyDraft>;
  notes: Record<string, NoteDraft>;
  /** Dots placed but not sent, by activity id, then note id. */
  dots: Record<string, Record<string, number>>;
  /** Per activity id: the survey was answered, dots were spent, the poll colour given, notes posted. */
  answered: Record<string, true>;
  spent: Record<string, number>;
  voted: Record<string, PollColour>;
  posted: Record<string, number>;
  /** The last activity seen, so a reload shows the same view before the live channel answers. */
  activity: Activity;
}

export const STORE_KEY = 'akr-room';

export function freshState(token: string, voter: string): RoomState {
  return { token, voter, outbox: [], survey: {}, notes: {}, dots: {}, answered: {}, spent: {}, voted: {}, posted: {}, activity: { kind: 'none' } };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The state kept, or null when there is none or it cannot be read (then the phone joins afresh). */
export function loadState(storage: Pick<Storage, 'getItem'>): RoomState | null {
  let raw: string | null;
  try {
    raw = storage.getItem(STORE_KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || typeof parsed.token !== 'string' || typeof parsed.voter !== 'string' || !Array.isArray(parsed.outbox)) return null;
  const fresh = freshState(parsed.token, parsed.voter);
  const pick = <K extends keyof RoomState>(key: K): RoomState[K] => (isRecord(parsed[key]) ? (parsed[key] as RoomState[K]) : fresh[key]);
  return {
    ...fresh,
    outbox: parsed.outbox as Submission[],
    survey: pick('survey'),
    notes: pick('notes'),
    dots: pick('dots'),
    answered: pick('answered'),
    spent: pick('spent'),
    voted: pick('voted'),
    posted: pick('posted'),
    activity: isRecord(parsed.activity) && typeof parsed.activity.kind === 'string' ? (parsed.activity as Activity) : fresh.activity,
  };
}

/** Keeps the state; false when the browser would not store it (private mode, full), so the page can say so. */
export function saveState(storage: Pick<Storage, 'setItem'>, state: RoomState): boolean {
  try {
    storage.setItem(STORE_KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

/** The state for a room joined with `token`: the kept one for the same room; for another room the same with a new voter id. */
export function stateForToken(kept: RoomState | null, token: string, newVoter: () => string): RoomState {
  if (kept === null) return freshState(token, newVoter());
  return kept.token === token ? kept : { ...kept, token, voter: newVoter() };
}
