/**
 * The workshop agenda: timeboxed items with speaker notes, from a template
 * per workshop, editable per analysis. Starting an item sets the analysis's
 * countdown to its minutes. Pure; the strings of the templates are passed in.
 */
import type { Change } from './changes.ts';
import type { Item, Timestamp } from './model.ts';
import type { RecordOf } from './records/registry.ts';
import { revise } from './items.ts';

export { WORKSHOPS } from './vocabulary.ts';
export type { Workshop } from './vocabulary.ts';
import type { Workshop } from './vocabulary.ts';

/** One analysis's agenda (id = the analysis id). */
export type Agenda = RecordOf<'agendas'>;

/** One timeboxed item of a workshop's agenda. */
export type AgendaItem = Agenda['workshop1'][number];

/** The template of each meeting: keys of the texts, and minutes (about an hour each). */
export const AGENDA_TEMPLATES: Record<Workshop, readonly { key: string; minutes: number }[]> = {
  workshop1: [
    { key: 'intro', minutes: 5 },
    { key: 'results', minutes: 10 },
    { key: 'sorting', minutes: 30 },
    { key: 'questions', minutes: 10 },
    { key: 'summary', minutes: 5 },
  ],
  workshop2: [
    { key: 'swot', minutes: 10 },
    { key: 'voting', minutes: 10 },
    { key: 'questions', minutes: 10 },
    { key: 'effects', minutes: 15 },
    { key: 'actions', minutes: 15 },
  ],
  // The follow-up meeting (step 6), months after the report: what was decided, the board then and
  // now, how each action went, and what the unit keeps, changes and stops.
  followUp: [
    { key: 'welcome', minutes: 5 },
    { key: 'decided', minutes: 10 },
    { key: 'compare', minutes: 15 },
    { key: 'actions', minutes: 15 },
    { key: 'keep', minutes: 10 },
    { key: 'next', minutes: 5 },
  ],
};

export const MAX_ITEM_MINUTES = 180;

/** A template's text: the title or the speaker notes of one item, in the reader's language. */
export type TemplateText = (workshop: Workshop, key: string, part: 'title' | 'notes') => string;

const templateItems = (w: Workshop, text: TemplateText, newId: (key: string) => string): AgendaItem[] =>
  AGENDA_TEMPLATES[w].map((t) => ({ id: newId(t.key), title: text(w, t.key, 'title'), minutes: t.minutes, notes: text(w, t.key, 'notes') }));

/** The agenda from the templates, with their texts in the reader's language. */
export function agendaFromTemplates(analysisId: string, text: TemplateText, newId: () => string, now: Timestamp): Agenda {
  const items = (w: Workshop) => templateItems(w, text, newId);
  return {
    id: analysisId,
    analysisId,
    rev: 1,
    updatedAt: now,
    workshop1: items('workshop1'),
    workshop2: items('workshop2'),
    followUp: items('followUp'),
    current: null,
  };
}

/**
 * The agenda as it is shown and edited: one made before the follow-up meeting had an agenda gets the
 * template's items for it. Their ids are fixed (`followUp:<key>`), so an item started or edited here
 * is the same item on the next read; the first edit of the list stores it.
 */
export function withTemplates(agenda: Agenda, text: TemplateText): Agenda {
  if (agenda.followUp) return agenda;
  return { ...agenda, followUp: templateItems('followUp', text, (key) => `followUp:${key}`) };
}

/** A meeting's items (none when the agenda has no list for it). */
export function itemsOf(agenda: Agenda, workshop: Workshop): AgendaItem[] {
  return agenda[workshop] ?? [];
}

/** The change that stores `next` over `before` (null = the agenda is new). */
function store(before: Agenda | null, next: Omit<Agenda, keyof Item | 'analysisId'>, analysisId: string, now: Timestamp): Change<Agenda>[] {
  if (!before) return [{ table: 'agendas', before: null, after: { id: analysisId, analysisId, rev: 1, updatedAt: now, ...next } }];
  return [{ table: 'agendas', before, after: revise(before, next, now) }];
}

const fields = (a: Agenda) => ({ workshop1: a.workshop1, workshop2: a.workshop2, ...(a.followUp ? { followUp: a.followUp } : {}), current: a.current });

/** Edits one item (title, minutes, notes); minutes are whole, 1–180. Nothing when the edit is invalid. */
export function editItem(agenda: Agenda, workshop: Workshop, itemId: string, patch: Partial<Omit<AgendaItem, 'id'>>, now: Timestamp): Change<Agenda>[] {
  if (patch.minutes !== undefined && (!Number.isInteger(patch.minutes) || patch.minutes < 1 || patch.minutes > MAX_ITEM_MINUTES)) return [];
  if (patch.title !== undefined && patch.title.trim() === '') return [];
  const list = itemsOf(agenda, workshop);
  if (!list.some((i) => i.id === itemId)) return [];
  return store(agenda, { ...fields(agenda), [workshop]: list.map((i) => (i.id === itemId ? { ...i, ...patch } : i)) }, agenda.analysisId, now);
}

/** Adds an item at the end. */
export function addItem(agenda: Agenda, workshop: Workshop, title: string, minutes: number, id: string, now: Timestamp): Change<Agenda>[] {
  if (title.trim() === '' || !Number.isInteger(minutes) || minutes < 1 || minutes > MAX_ITEM_MINUTES) return [];
  return store(
    agenda,
    { ...fields(agenda), [workshop]: [...itemsOf(agenda, workshop), { id, title: title.trim(), minutes, notes: '' }] },
    agenda.analysisId,
    now,
  );
}

/** Removes an item (and, if it was under way, the current marker). */
export function removeItem(agenda: Agenda, workshop: Workshop, itemId: string, now: Timestamp): Change<Agenda>[] {
  if (!itemsOf(agenda, workshop).some((i) => i.id === itemId)) return [];
  const current = agenda.current?.itemId === itemId ? null : agenda.current;
  return store(agenda, { ...fields(agenda), [workshop]: itemsOf(agenda, workshop).filter((i) => i.id !== itemId), current }, agenda.analysisId, now);
}

/** Makes an item the current one. */
export function setCurrent(agenda: Agenda, workshop: Workshop, itemId: string | null, now: Timestamp): Change<Agenda>[] {
  if (itemId !== null && !itemsOf(agenda, workshop).some((i) => i.id === itemId)) return [];
  return store(agenda, { ...fields(agenda), current: itemId === null ? null : { workshop, itemId } }, agenda.analysisId, now);
}

/** The item under way, if any. */
export function currentItem(agenda: Agenda | null): { workshop: Workshop; item: AgendaItem; index: number } | null {
  if (!agenda?.current) return null;
  const { workshop, itemId } = agenda.current;
  const list = itemsOf(agenda, workshop);
  const index = list.findIndex((i) => i.id === itemId);
  const item = list[index];
  return item ? { workshop, item, index } : null;
}

/** The item after (+1) or before (−1) the current one in its workshop; the first one when none is under way. */
export function stepItem(agenda: Agenda, workshop: Workshop, step: 1 | -1): AgendaItem | null {
  const list = itemsOf(agenda, workshop);
  const at = agenda.current?.workshop === workshop ? list.findIndex((i) => i.id === agenda.current?.itemId) : -1;
  if (at < 0) return list[0] ?? null;
  return list[at + step] ?? null;
}

/** Total minutes of a workshop's agenda. */
export function totalMinutes(agenda: Agenda, workshop: Workshop): number {
  return itemsOf(agenda, workshop).reduce((sum, i) => sum + i.minutes, 0);
}

/**
 * The meeting a view of the analysis belongs to: the survey results and the
 * board are workshop 1, the SWOT and the actions workshop 2, the follow-up
 * view the follow-up meeting; other views (new roles, the overview …) belong
 * to none.
 */
export function workshopOfView(view: string): Workshop | null {
  if (view === 'board' || view === 'survey') return 'workshop1';
  if (view === 'swot' || view === 'actions') return 'workshop2';
  if (view === 'followUp') return 'followUp';
  return null;
}

/** The item under way if it belongs to `workshop`; an item of the other workshop is not this one's. */
export function currentItemIn(agenda: Agenda | null, workshop: Workshop | null): { workshop: Workshop; item: AgendaItem; index: number } | null {
  const under = currentItem(agenda);
  return under && under.workshop === workshop ? under : null;
}
