/**
 * Workshop 2: the SWOT canvas, dot voting, the discussion lists and the
 * actions. Pure data and operations; every edit is a list of changes, so it
 * is one undo step like the board's.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { created, deleted, updated, type Change } from './changes.ts';
import { byOrder, revise } from './items.ts';
import type { CalendarDate, Timestamp } from './model.ts';
import type { RecordOf } from './records/registry.ts';
import type { DiscussionList, Quadrant } from './vocabulary.ts';
import type { RawTable } from './survey/table.ts';
import { matchKey, tidy } from './text.ts';

export { QUADRANTS, DISCUSSION_LISTS, ACTION_STATUSES } from './vocabulary.ts';
export type { Quadrant, DiscussionList, ActionStatus } from './vocabulary.ts';

/** One note on the canvas. */
export type SwotNote = RecordOf<'swotNotes'>;

/** A named group of similar notes. */
export type SwotStack = RecordOf<'swotStacks'>;

/** Dot voting of one analysis (id = the analysis id). */
export type Voting = RecordOf<'voting'>;

/** What the room says about the change: one entry in Effekter, Konsekvenser or Framgångsfaktorer. */
export type DiscussionEntry = RecordOf<'discussion'>;

/** An action (åtgärd) the meeting agreed, with someone who owns it. */
export type Action = RecordOf<'actions'>;

export const NOTE_TEXT_MAX = 500;
export const DOTS_MAX = 50;
export const PARTICIPANTS_MAX = 500;

// ---- Notes ----

/** Notes are the same answer when they match apart from case and spacing. */
export const noteKey = matchKey;

export function notesIn(notes: readonly SwotNote[], quadrant: Quadrant): SwotNote[] {
  return notes.filter((n) => n.quadrant === quadrant).sort(byOrder);
}

function lastOrder(notes: readonly SwotNote[], quadrant: Quadrant): string | null {
  return notesIn(notes, quadrant).at(-1)?.order ?? null;
}

export type NoteTextError = 'empty' | 'tooLong';

export function validateNoteText(text: string): NoteTextError | null {
  const t = tidy(text);
  if (t === '') return 'empty';
  if (t.length > NOTE_TEXT_MAX) return 'tooLong';
  return null;
}

/** A new note last in its quadrant. */
export function addNote(notes: readonly SwotNote[], analysisId: string, quadrant: Quadrant, text: string, id: string, now: Timestamp): Change[] {
  if (validateNoteText(text)) throw new Error(`invalid note text: ${validateNoteText(text)}`);
  const note: SwotNote = {
    id,
    rev: 1,
    updatedAt: now,
    analysisId,
    quadrant,
    text: tidy(text),
    order: generateKeyBetween(lastOrder(notes, quadrant), null),
    count: 1,
    votes: 0,
    stackId: null,
    createdAt: now,
  };
  return [created('swotNotes', note)];
}

export function editNote(note: SwotNote, text: string, now: Timestamp): Change[] {
  if (validateNoteText(text)) throw new Error(`invalid note text: ${validateNoteText(text)}`);
  if (tidy(text) === note.text) return [];
  return [updated('swotNotes', note, revise(note, { text: tidy(text) }, now))];
}

/** Deletes a note; a stack left with fewer than two notes goes too. */
export function deleteNote(notes: readonly SwotNote[], stacks: readonly SwotStack[], noteId: string, now: Timestamp): Change[] {
  const note = notes.find((n) => n.id === noteId);
  if (!note) return [];
  const changes: Change[] = [deleted('swotNotes', note)];
  const stack = note.stackId ? stacks.find((s) => s.id === note.stackId) : undefined;
  if (stack && notes.filter((n) => n.stackId === stack.id && n.id !== noteId).length < 2) {
    for (const left of notes.filter((n) => n.stackId === stack.id && n.id !== noteId))
      changes.push(updated('swotNotes', left, revise(left, { stackId: null }, now)));
    changes.push(deleted('swotStacks', stack));
  }
  return changes;
}

/**
 * Moves a note to a position in a quadrant (its index among the other notes
 * there). Moving it out of its stack's quadrant takes it out of the stack.
 */
export function moveNote(notes: readonly SwotNote[], noteId: string, quadrant: Quadrant, index: number, now: Timestamp): Change[] {
  const note = notes.find((n) => n.id === noteId);
  if (!note) return [];
  const others = notesIn(notes, quadrant).filter((n) => n.id !== noteId);
  const at = Math.min(Math.max(Math.trunc(index), 0), others.length);
  const before = others[at - 1]?.order ?? null;
  const after = others[at]?.order ?? null;
  if (note.quadrant === quadrant && notesIn(notes, quadrant).findIndex((n) => n.id === noteId) === at) return [];
  let order: string;
  try {
    order = generateKeyBetween(before, after);
  } catch {
    // Corrupt or equal neighbouring keys: renumber the quadrant around the note.
    const keys = generateNKeysBetween(null, null, others.length + 1);
    const list = [...others.slice(0, at), note, ...others.slice(at)];
    return list.map((n, i) =>
      updated(
        'swotNotes',
        n,
        revise(n, { order: keys[i] ?? n.order, quadrant, ...(n.id === noteId && quadrant !== note.quadrant ? { stackId: null } : {}) }, now),
      ),
    );
  }
  const leavesStack = note.quadrant !== quadrant && note.stackId !== null;
  return [updated('swotNotes', note, revise(note, { quadrant, order, ...(leavesStack ? { stackId: null } : {}) }, now))];
}

// ---- Stacks ----

/** Groups notes into a named stack in the quadrant of the first; notes from other quadrants move there. */
export function groupNotes(
  notes: readonly SwotNote[],
  stacks: readonly SwotStack[],
  noteIds: readonly string[],
  name: string,
  id: string,
  now: Timestamp,
): Change[] {
  const chosen = noteIds.map((nid) => notes.find((n) => n.id === nid)).filter((n): n is SwotNote => n !== undefined);
  const first = chosen[0];
  if (!first || chosen.length < 2 || tidy(name) === '') return [];
  const quadrant = first.quadrant;
  const stack: SwotStack = {
    id,
    rev: 1,
    updatedAt: now,
    analysisId: first.analysisId,
    quadrant,
    name: tidy(name),
    order: generateKeyBetween(
      stacks
        .filter((s) => s.quadrant === quadrant)
        .sort(byOrder)
        .at(-1)?.order ?? null,
      null,
    ),
  };
  const changes: Change[] = [created('swotStacks', stack)];
  // Stacks the chosen notes leave behind with fewer than two notes are dissolved.
  const leaving = new Set(chosen.map((n) => n.stackId).filter((s): s is string => s !== null));
  for (const n of chosen) changes.push(updated('swotNotes', n, revise(n, { stackId: id, quadrant }, now)));
  for (const sid of leaving) {
    const rest = notes.filter((n) => n.stackId === sid && !noteIds.includes(n.id));
    if (rest.length >= 2) continue;
    for (const n of rest) changes.push(updated('swotNotes', n, revise(n, { stackId: null }, now)));
    const old = stacks.find((s) => s.id === sid);
    if (old) changes.push(deleted('swotStacks', old));
  }
  return changes;
}

/** Splits a stack: its notes stay where they are, on their own. */
export function ungroup(notes: readonly SwotNote[], stacks: readonly SwotStack[], stackId: string, now: Timestamp): Change[] {
  const stack = stacks.find((s) => s.id === stackId);
  if (!stack) return [];
  return [...notes.filter((n) => n.stackId === stackId).map((n) => updated('swotNotes', n, revise(n, { stackId: null }, now))), deleted('swotStacks', stack)];
}

export function renameStack(stack: SwotStack, name: string, now: Timestamp): Change[] {
  if (tidy(name) === '' || tidy(name) === stack.name) return [];
  return [updated('swotStacks', stack, revise(stack, { name: tidy(name) }, now))];
}

// ---- Voting ----

export interface Tally {
  budget: number;
  used: number;
  left: number;
  /** More dots given than the room has: shown as a warning, never blocked. */
  over: boolean;
}

/**
 * A note's dots: those the facilitator typed and those phones gave in the
 * room, kept apart (so the typed count stays the facilitator's) and shown
 * and counted together everywhere dots are.
 */
export function dotsOf(note: Pick<SwotNote, 'votes' | 'phoneDots'>): number {
  return note.votes + (note.phoneDots ?? 0);
}

export function tally(notes: readonly SwotNote[], voting: Pick<Voting, 'dotsPerPerson' | 'participants'>): Tally {
  const budget = voting.dotsPerPerson * voting.participants;
  const used = notes.reduce((sum, n) => sum + dotsOf(n), 0);
  return { budget, used, left: Math.max(0, budget - used), over: used > budget };
}

/** Sets a note's votes (never below 0). */
export function setVotes(note: SwotNote, votes: number, now: Timestamp): Change[] {
  const v = Math.max(0, Math.min(Math.trunc(Number.isFinite(votes) ? votes : 0), 100_000));
  if (v === note.votes) return [];
  return [updated('swotNotes', note, revise(note, { votes: v }, now))];
}

/** Clears every note's dots, typed and from phones. */
export function resetVotes(notes: readonly SwotNote[], now: Timestamp): Change[] {
  return notes
    .filter((n) => dotsOf(n) !== 0)
    .map((n) => updated('swotNotes', n, revise(n, { votes: 0, ...(n.phoneDots === undefined ? {} : { phoneDots: 0 }) }, now)));
}

/** Orders a quadrant by votes, most first (ties keep their order). */
export function sortByVotes(notes: readonly SwotNote[], quadrant: Quadrant, now: Timestamp): Change[] {
  const current = notesIn(notes, quadrant);
  const sorted = [...current].sort((a, b) => dotsOf(b) - dotsOf(a));
  if (sorted.every((n, i) => n.id === current[i]?.id)) return [];
  const keys = generateNKeysBetween(null, null, sorted.length);
  return sorted.map((n, i) => updated('swotNotes', n, revise(n, { order: keys[i] ?? n.order }, now)));
}

// ---- Survey import ----

// A Map, not an object: a category such as "constructor" must not find Object.prototype's members.
const CATEGORY = new Map<string, Quadrant>([
  ['styrka', 'strengths'],
  ['styrkor', 'strengths'],
  ['strength', 'strengths'],
  ['strengths', 'strengths'],
  ['svaghet', 'weaknesses'],
  ['svagheter', 'weaknesses'],
  ['weakness', 'weaknesses'],
  ['weaknesses', 'weaknesses'],
  ['möjlighet', 'opportunities'],
  ['möjligheter', 'opportunities'],
  ['opportunity', 'opportunities'],
  ['opportunities', 'opportunities'],
  ['hot', 'threats'],
  ['threat', 'threats'],
  ['threats', 'threats'],
]);

/** The quadrant a survey category names (Swedish or English, singular or plural, any case), or null. */
export function quadrantOf(category: string): Quadrant | null {
  return CATEGORY.get(matchKey(category)) ?? null;
}

export interface SwotImportNote {
  quadrant: Quadrant;
  text: string;
  /** Identical answers merged into it. */
  count: number;
}

export interface SwotImportPlan {
  notes: SwotImportNote[];
  /** Answers whose category is none of the four: the user assigns or skips them. */
  unknown: { line: number; category: string; text: string }[];
  /** Rows without an answer. */
  blank: number;
}

/**
 * Reads a SWOT survey export: one answer per row with its category. The
 * category column is the one named Kategori/Category (or the first); the
 * answer column Svar/Answer (or the next). Identical answers in a quadrant
 * (case and spacing aside) become one note with a count.
 */
export function planSwotImport(table: RawTable): SwotImportPlan {
  const head = table.header.map(matchKey);
  let catCol = head.findIndex((h) => /^(kategori|category|typ|type|swot)$/.test(h));
  let textCol = head.findIndex((h) => /^(svar|answer|text|kommentar|comment)$/.test(h));
  if (catCol < 0) catCol = 0;
  if (textCol < 0 || textCol === catCol) textCol = catCol === 0 ? 1 : 0;
  const merged = new Map<string, SwotImportNote>();
  const unknown: SwotImportPlan['unknown'] = [];
  let blank = 0;
  table.rows.forEach((row, i) => {
    const text = tidy(row[textCol] ?? '');
    const category = (row[catCol] ?? '').trim();
    if (text === '') {
      blank++;
      return;
    }
    const quadrant = quadrantOf(category);
    if (!quadrant) {
      unknown.push({ line: table.lines[i] ?? i + 2, category, text: text.slice(0, NOTE_TEXT_MAX) });
      return;
    }
    const key = `${quadrant}|${noteKey(text)}`;
    const found = merged.get(key);
    if (found) found.count++;
    else merged.set(key, { quadrant, text: text.slice(0, NOTE_TEXT_MAX), count: 1 });
  });
  return { notes: [...merged.values()], unknown, blank };
}

/**
 * The changes that bring imported answers onto the canvas: a note already
 * there with the same text (case and spacing aside) gets the count added;
 * the others go last in their quadrant.
 */
export function applySwotImport(
  notes: readonly SwotNote[],
  analysisId: string,
  incoming: readonly SwotImportNote[],
  newId: () => string,
  now: Timestamp,
): Change[] {
  const work = [...notes];
  const changes: Change[] = [];
  for (const item of incoming) {
    const same = work.find((n) => n.quadrant === item.quadrant && noteKey(n.text) === noteKey(item.text));
    if (same) {
      const next = revise(same, { count: same.count + item.count }, now);
      changes.push(updated('swotNotes', same, next));
      work[work.indexOf(same)] = next;
      continue;
    }
    const [change] = addNote(work, analysisId, item.quadrant, item.text, newId(), now);
    if (!change?.after) continue;
    const note = { ...(change.after as SwotNote), count: item.count };
    changes.push(created('swotNotes', note));
    work.push(note);
  }
  return changes;
}

// ---- Discussion ----

/** A new line last in its list (text checked like a note's). */
export function addEntry(entries: readonly DiscussionEntry[], analysisId: string, list: DiscussionList, text: string, id: string, now: Timestamp): Change[] {
  if (validateNoteText(text)) return [];
  const last =
    entries
      .filter((e) => e.list === list)
      .sort(byOrder)
      .at(-1)?.order ?? null;
  return [created('discussion', { id, rev: 1, updatedAt: now, analysisId, list, text: tidy(text), order: generateKeyBetween(last, null), noteIds: [] })];
}

export function editEntry(entry: DiscussionEntry, patch: { text?: string; noteIds?: string[] }, now: Timestamp): Change[] {
  if (patch.text !== undefined && validateNoteText(patch.text)) return [];
  const next = { ...(patch.text !== undefined ? { text: tidy(patch.text) } : {}), ...(patch.noteIds ? { noteIds: patch.noteIds } : {}) };
  return [updated('discussion', entry, revise(entry, next, now))];
}

// ---- Actions ----

/** A new action, not started, last in the list; null when it has no text. */
export function addAction(
  actions: readonly Action[],
  analysisId: string,
  fields: { text: string; owner: string; due: string },
  id: string,
  now: Timestamp,
): Change[] {
  const text = tidy(fields.text);
  if (text === '') return [];
  const last = [...actions].sort(byOrder).at(-1)?.order ?? null;
  const action: Action = {
    id,
    rev: 1,
    updatedAt: now,
    analysisId,
    text,
    owner: tidy(fields.owner),
    due: /^\d{4}-\d{2}-\d{2}$/.test(fields.due) ? fields.due : null,
    status: 'notStarted',
    link: null,
    order: generateKeyBetween(last, null),
    createdAt: now,
  };
  return [created('actions', action)];
}

/** Overdue: not done, and its due date is before today (both local calendar dates). */
export function isOverdue(action: Pick<Action, 'due' | 'status'>, today: CalendarDate): boolean {
  return action.status !== 'done' && action.due !== null && action.due < today;
}

/** Open actions (not done) first by due date, those without a date last. */
export function openActionsByDue<T extends Pick<Action, 'due' | 'status' | 'createdAt'>>(actions: readonly T[]): T[] {
  return actions
    .filter((a) => a.status !== 'done')
    .sort((a, b) => (a.due ?? '9999-99-99').localeCompare(b.due ?? '9999-99-99') || a.createdAt.localeCompare(b.createdAt));
}

/** Today's date where the user is, as "YYYY-MM-DD". */
export function localToday(now: Date): CalendarDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// ---- Copying with an analysis ----

export interface Workshop2 {
  notes: SwotNote[];
  stacks: SwotStack[];
  voting: Voting | null;
  discussion: DiscussionEntry[];
  actions: Action[];
}
