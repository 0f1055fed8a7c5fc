import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  addAction,
  addEntry,
  editEntry,
  addNote,
  applySwotImport,
  deleteNote,
  groupNotes,
  isOverdue,
  localToday,
  moveNote,
  notesIn,
  openActionsByDue,
  planSwotImport,
  quadrantOf,
  resetVotes,
  setVotes,
  dotsOf,
  sortByVotes,
  tally,
  ungroup,
  validateNoteText,
  type SwotNote,
  type SwotStack,
} from '../../../shared/swot.ts';
import { invertChanges, updated, type Change } from '../../../shared/changes.ts';
import { parseDelimited } from '../../../shared/survey/csv.ts';

const now = '2026-11-23T10:00:00.000Z';
let n = 0;
const newId = () => `n${++n}`;

/** Applies changes to lists of notes and stacks, as the database would. */
function apply(state: { notes: SwotNote[]; stacks: SwotStack[] }, changes: readonly Change[]) {
  const notes = new Map(state.notes.map((x) => [x.id, x]));
  const stacks = new Map(state.stacks.map((x) => [x.id, x]));
  for (const c of changes) {
    const map = c.table === 'swotNotes' ? notes : c.table === 'swotStacks' ? stacks : null;
    if (!map) throw new Error(`unexpected table ${c.table}`);
    const id = (c.after ?? c.before)?.id ?? '';
    if (c.after) map.set(id, c.after as never);
    else map.delete(id);
  }
  return { notes: [...notes.values()], stacks: [...stacks.values()] };
}

function canvas(texts: Partial<Record<'strengths' | 'weaknesses' | 'opportunities' | 'threats', string[]>>) {
  let state = { notes: [] as SwotNote[], stacks: [] as SwotStack[] };
  for (const [q, list] of Object.entries(texts)) {
    for (const text of list) state = apply(state, addNote(state.notes, 'a1', q as 'strengths', text, newId(), now));
  }
  return state;
}
const texts = (notes: SwotNote[], q: 'strengths' | 'weaknesses' | 'opportunities' | 'threats') => notesIn(notes, q).map((x) => x.text);
const idOf = (notes: SwotNote[], text: string) => notes.find((x) => x.text === text)?.id ?? '';

describe('SWOT notes', () => {
  it('adds notes last in their quadrant, tidied, and refuses empty or over-long text', () => {
    const s = canvas({ strengths: ['  Bra   arbetslag ', 'Engagemang'] });
    expect(texts(s.notes, 'strengths')).toEqual(['Bra arbetslag', 'Engagemang']);
    expect(validateNoteText('   ')).toBe('empty');
    expect(validateNoteText('x'.repeat(501))).toBe('tooLong');
    expect(() => addNote([], 'a1', 'threats', ' ', 'x', now)).toThrow();
  });

  it('moves a note within and between quadrants', () => {
    let s = canvas({ strengths: ['A', 'B', 'C'], threats: ['T'] });
    s = apply(s, moveNote(s.notes, idOf(s.notes, 'C'), 'strengths', 0, now));
    expect(texts(s.notes, 'strengths')).toEqual(['C', 'A', 'B']);
    s = apply(s, moveNote(s.notes, idOf(s.notes, 'A'), 'threats', 1, now));
    expect(texts(s.notes, 'strengths')).toEqual(['C', 'B']);
    expect(texts(s.notes, 'threats')).toEqual(['T', 'A']);
    expect(moveNote(s.notes, idOf(s.notes, 'T'), 'threats', 0, now)).toEqual([]);
  });

  it('groups notes into a named stack in the first note’s quadrant, and splits it again', () => {
    let s = canvas({ weaknesses: ['Stress', 'Avbrott'], threats: ['Tidsbrist'] });
    const ids = [idOf(s.notes, 'Stress'), idOf(s.notes, 'Tidsbrist')];
    s = apply(s, groupNotes(s.notes, s.stacks, ids, ' Tid ', 'st1', now));
    expect(s.stacks).toMatchObject([{ id: 'st1', name: 'Tid', quadrant: 'weaknesses' }]);
    expect(s.notes.filter((x) => x.stackId === 'st1').map((x) => [x.text, x.quadrant])).toEqual([
      ['Stress', 'weaknesses'],
      ['Tidsbrist', 'weaknesses'],
    ]);
    const before = s;
    s = apply(s, ungroup(s.notes, s.stacks, 'st1', now));
    expect(s.stacks).toEqual([]);
    expect(s.notes.every((x) => x.stackId === null)).toBe(true);
    expect(groupNotes(before.notes, before.stacks, [ids[0] ?? ''], 'Ensam', 'x', now)).toEqual([]);
  });

  it('dissolves a stack left with one note when a note is deleted, and undo brings it all back', () => {
    let s = canvas({ strengths: ['A', 'B'] });
    s = apply(s, groupNotes(s.notes, s.stacks, [idOf(s.notes, 'A'), idOf(s.notes, 'B')], 'AB', 'st', now));
    const grouped = s;
    const changes = deleteNote(s.notes, s.stacks, idOf(s.notes, 'A'), now);
    s = apply(s, changes);
    expect(s.stacks).toEqual([]);
    expect(s.notes.map((x) => [x.text, x.stackId])).toEqual([['B', null]]);
    const back = apply(s, invertChanges(changes));
    expect(back.stacks).toEqual(grouped.stacks);
    expect(back.notes.map((x) => [x.text, x.stackId]).sort()).toEqual([
      ['A', 'st'],
      ['B', 'st'],
    ]);
  });
});

describe('dot voting', () => {
  it('counts dots used and left, and warns (not blocks) over the budget', () => {
    let s = canvas({ strengths: ['A', 'B'], threats: ['T'] });
    s = apply(s, setVotes(s.notes.find((x) => x.text === 'A') as SwotNote, 4, now));
    s = apply(s, setVotes(s.notes.find((x) => x.text === 'T') as SwotNote, 3, now));
    expect(tally(s.notes, { dotsPerPerson: 3, participants: 2 })).toEqual({ budget: 6, used: 7, left: 0, over: true });
    expect(tally(s.notes, { dotsPerPerson: 3, participants: 3 })).toEqual({ budget: 9, used: 7, left: 2, over: false });
    expect(setVotes(s.notes[0] as SwotNote, -2, now)[0]?.after).toMatchObject({ votes: 0 });
  });

  it('sorts a quadrant by votes, most first, ties in their order, and resets votes', () => {
    let s = canvas({ opportunities: ['A', 'B', 'C', 'D'] });
    for (const [text, v] of [
      ['B', 2],
      ['C', 5],
      ['D', 2],
    ] as const)
      s = apply(s, setVotes(s.notes.find((x) => x.text === text) as SwotNote, v, now));
    s = apply(s, sortByVotes(s.notes, 'opportunities', now));
    expect(texts(s.notes, 'opportunities')).toEqual(['C', 'B', 'D', 'A']);
    expect(sortByVotes(s.notes, 'opportunities', now)).toEqual([]);
    s = apply(s, resetVotes(s.notes, now));
    expect(s.notes.every((x) => x.votes === 0)).toBe(true);
  });
});

describe('dots from phones', () => {
  it('count with the typed dots in the tally and the sorting, stay apart from them, and are reset with them', () => {
    let s = canvas({ opportunities: ['A', 'B'] });
    const [a, b] = s.notes as [SwotNote, SwotNote];
    s = apply(s, [updated('swotNotes', a, { ...a, votes: 1, phoneDots: 4 }), updated('swotNotes', b, { ...b, votes: 3 })]);
    const phoned = s.notes.find((x) => x.text === 'A') as SwotNote;
    expect(dotsOf(phoned)).toBe(5);
    expect(tally(s.notes, { dotsPerPerson: 3, participants: 3 })).toMatchObject({ used: 8, left: 1 });
    s = apply(s, sortByVotes(s.notes, 'opportunities', now));
    expect(texts(s.notes, 'opportunities')).toEqual(['A', 'B']);
    // Typing a dot changes the typed count only.
    expect(setVotes(phoned, 2, now)[0]?.after).toMatchObject({ votes: 2, phoneDots: 4 });
    s = apply(s, resetVotes(s.notes, now));
    expect(s.notes.map(dotsOf)).toEqual([0, 0]);
  });
});

describe('importing the SWOT survey', () => {
  it('reads the fixture into the four quadrants', () => {
    const text = readFileSync(fileURLToPath(new URL('../../fixtures/swot-forskola.csv', import.meta.url)), 'utf8');
    const plan = planSwotImport(parseDelimited(text).table);
    // Independently: count the rows per category in the raw file.
    const rows = text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(';'));
    const count = (cat: string) => rows.filter((r) => r[0] === cat).length;
    expect(plan.notes.filter((x) => x.quadrant === 'strengths')).toHaveLength(count('Styrka'));
    expect(plan.notes.filter((x) => x.quadrant === 'weaknesses')).toHaveLength(count('Svaghet'));
    expect(plan.notes.filter((x) => x.quadrant === 'opportunities')).toHaveLength(count('Möjlighet'));
    expect(plan.notes.filter((x) => x.quadrant === 'threats')).toHaveLength(count('Hot'));
    expect(plan.unknown).toEqual([]);
  });

  it.each([
    ['Styrka', 'strengths'],
    ['STYRKOR', 'strengths'],
    ['weakness', 'weaknesses'],
    ['Weaknesses', 'weaknesses'],
    ['möjligheter', 'opportunities'],
    ['Opportunity', 'opportunities'],
    [' hot ', 'threats'],
    ['Threats', 'threats'],
    ['Övrigt', null],
  ])('reads the category %j as %j', (category, quadrant) => {
    expect(quadrantOf(category)).toBe(quadrant);
  });

  it('merges identical answers with a count, lists unknown categories, and adds counts to notes already there', () => {
    const { table } = parseDelimited('Category,Answer\nStrength,Good team\nstrengths,good  team\nFoo,Something\nThreat,\nThreat,<script>alert(1)</script>\n');
    const plan = planSwotImport(table);
    expect(plan.notes).toEqual([
      { quadrant: 'strengths', text: 'Good team', count: 2 },
      { quadrant: 'threats', text: '<script>alert(1)</script>', count: 1 },
    ]);
    expect(plan.unknown).toEqual([{ line: 4, category: 'Foo', text: 'Something' }]);
    expect(plan.blank).toBe(1);
    const s = canvas({ strengths: ['GOOD TEAM'] });
    const after = apply(s, applySwotImport(s.notes, 'a1', plan.notes, newId, now));
    expect(after.notes.map((x) => [x.text, x.count])).toEqual([
      ['GOOD TEAM', 3],
      ['<script>alert(1)</script>', 1],
    ]);
  });
});

describe('discussion lines', () => {
  it('adds lines last in their list, tidied, edits text and links, and refuses empty text', () => {
    const first = addEntry([], 'a1', 'effects', '  Mer   tid ', 'd1', now)[0]?.after as never as { order: string; text: string };
    expect(first).toMatchObject({ text: 'Mer tid', noteIds: [] });
    const second = addEntry([first as never], 'a1', 'effects', 'Färre avbrott', 'd2', now)[0]?.after as never as { order: string };
    expect(second.order > first.order).toBe(true);
    expect(addEntry([], 'a1', 'effects', '  ', 'd3', now)).toEqual([]);
    expect(editEntry(first as never, { noteIds: ['n1'] }, now)[0]?.after).toMatchObject({ text: 'Mer tid', noteIds: ['n1'], rev: 2 });
    expect(editEntry(first as never, { text: '' }, now)).toEqual([]);
  });
});

describe('actions', () => {
  it('adds an action, not started, with a due date only when it is a date, and not without text', () => {
    const [change] = addAction([], 'a1', { text: ' Ny  rutin ', owner: ' Eva ', due: '2027-02-01' }, 'x1', now);
    expect(change?.after).toMatchObject({ text: 'Ny rutin', owner: 'Eva', due: '2027-02-01', status: 'notStarted', link: null });
    expect(addAction([], 'a1', { text: 'X', owner: '', due: 'snart' }, 'x2', now)[0]?.after).toMatchObject({ due: null });
    expect(addAction([], 'a1', { text: '  ', owner: 'Eva', due: '' }, 'x3', now)).toEqual([]);
  });

  it('is overdue after its due date unless done, by the local calendar', () => {
    expect(isOverdue({ due: '2026-11-22', status: 'inProgress' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ due: '2026-11-23', status: 'notStarted' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ due: '2026-11-01', status: 'done' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ due: null, status: 'notStarted' }, '2026-11-23')).toBe(false);
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('lists open actions by due date, undated last', () => {
    const a = (due: string | null, status: 'notStarted' | 'done', createdAt: string) => ({ due, status, createdAt });
    const list = [a(null, 'notStarted', '1'), a('2026-12-01', 'notStarted', '2'), a('2026-11-01', 'done', '3'), a('2026-11-30', 'notStarted', '4')];
    expect(openActionsByDue(list).map((x) => x.createdAt)).toEqual(['4', '2', '1']);
  });
});
