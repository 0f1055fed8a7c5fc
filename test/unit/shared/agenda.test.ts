import { describe, expect, it } from 'vitest';
import {
  addItem,
  agendaFromTemplates,
  AGENDA_TEMPLATES,
  currentItem,
  currentItemIn,
  editItem,
  removeItem,
  setCurrent,
  stepItem,
  totalMinutes,
  withTemplates,
  workshopOfView,
  type Agenda,
} from '../../../shared/agenda.ts';
import { agendaEn } from '../../../renderer/i18n/agenda.en.ts';
import { agendaSv } from '../../../renderer/i18n/agenda.sv.ts';

const at = '2026-12-02T09:00:00.000Z';
let n = 0;
const agenda = () =>
  agendaFromTemplates(
    'a1',
    (w, key, part) => `${w}.${key}.${part}`,
    () => `i${++n}`,
    at,
  );
const after = (changes: { after: Agenda | null }[]) => changes[0]?.after as Agenda;

describe('the workshop agenda', () => {
  it('starts from the templates: about an hour per workshop, texts in the reader’s language', () => {
    const a = agenda();
    expect(totalMinutes(a, 'workshop1')).toBe(60);
    expect(totalMinutes(a, 'workshop2')).toBe(60);
    expect(a.workshop1.map((i) => i.title)).toEqual(AGENDA_TEMPLATES.workshop1.map((t) => `workshop1.${t.key}.title`));
    expect(a.workshop2[0]?.notes).toBe('workshop2.swot.notes');
    expect(a.current).toBeNull();
  });

  it('edits, adds and removes items; refuses empty titles and minutes outside 1–180', () => {
    const a = agenda();
    const first = a.workshop1[0];
    if (!first) throw new Error('no item');
    expect(after(editItem(a, 'workshop1', first.id, { minutes: 8, notes: 'Hälsa välkommen.' }, at)).workshop1[0]).toMatchObject({
      minutes: 8,
      notes: 'Hälsa välkommen.',
    });
    expect(editItem(a, 'workshop1', first.id, { minutes: 0 }, at)).toEqual([]);
    expect(editItem(a, 'workshop1', first.id, { minutes: 2.5 }, at)).toEqual([]);
    expect(editItem(a, 'workshop1', first.id, { title: '  ' }, at)).toEqual([]);
    expect(editItem(a, 'workshop1', 'nowhere', { minutes: 3 }, at)).toEqual([]);
    const added = after(addItem(a, 'workshop2', ' Fika ', 10, 'x', at));
    expect(added.workshop2.at(-1)).toEqual({ id: 'x', title: 'Fika', minutes: 10, notes: '' });
    expect(added.rev).toBe(2);
    const current = after(setCurrent(a, 'workshop1', first.id, at));
    const removed = after(removeItem(current, 'workshop1', first.id, at));
    expect(removed.workshop1).toHaveLength(4);
    expect(removed.current).toBeNull();
  });

  it('knows the item under way, and the next and previous one', () => {
    const a = agenda();
    expect(currentItem(a)).toBeNull();
    expect(stepItem(a, 'workshop1', 1)?.id).toBe(a.workshop1[0]?.id);
    const second = a.workshop1[1];
    if (!second) throw new Error('no item');
    const on = after(setCurrent(a, 'workshop1', second.id, at));
    expect(currentItem(on)).toMatchObject({ workshop: 'workshop1', index: 1, item: { id: second.id } });
    expect(stepItem(on, 'workshop1', 1)?.id).toBe(a.workshop1[2]?.id);
    expect(stepItem(on, 'workshop1', -1)?.id).toBe(a.workshop1[0]?.id);
    const last = after(setCurrent(a, 'workshop1', a.workshop1[4]?.id ?? '', at));
    expect(stepItem(last, 'workshop1', 1)).toBeNull();
    expect(setCurrent(a, 'workshop2', second.id, at)).toEqual([]);
  });

  it('puts the board and the survey results in workshop 1, the SWOT and the actions in workshop 2', () => {
    expect(['board', 'survey', 'swot', 'actions', 'followUp', 'newRoles', 'overview'].map(workshopOfView)).toEqual([
      'workshop1',
      'workshop1',
      'workshop2',
      'workshop2',
      'followUp',
      null,
      null,
    ]);
  });

  it('gives the item under way only to its own workshop', () => {
    const a = agenda();
    const sorting = a.workshop1[2];
    if (!sorting) throw new Error('no item');
    const on = after(setCurrent(a, 'workshop1', sorting.id, at));
    expect(currentItemIn(on, 'workshop1')?.item.id).toBe(sorting.id);
    expect(currentItemIn(on, 'workshop2')).toBeNull();
    expect(currentItemIn(on, null)).toBeNull();
    expect(currentItemIn(a, 'workshop1')).toBeNull();
  });
});

describe('the follow-up meeting’s agenda', () => {
  const text = (w: string, key: string, part: string) => `${w}.${key}.${part}`;
  /** An agenda stored before the follow-up meeting had one. */
  const old = (): Agenda => {
    const { followUp, ...rest } = agenda();
    expect(followUp).toBeDefined();
    return rest;
  };

  it('is about an hour, from the welcome to the next follow-up, each item with speaker notes in Swedish and English', () => {
    const template = AGENDA_TEMPLATES.followUp;
    expect(template.reduce((sum, t) => sum + t.minutes, 0)).toBe(60);
    expect(template.map((t) => t.key)).toEqual(['welcome', 'decided', 'compare', 'actions', 'keep', 'next']);
    const sv: Record<string, string> = agendaSv;
    const en: Record<string, string> = agendaEn;
    for (const { key } of template) {
      for (const part of ['title', 'notes']) {
        const k = `agenda.t.followUp.${key}.${part}`;
        expect(sv[k]?.trim().length ?? 0, k).toBeGreaterThan(part === 'notes' ? 40 : 5);
        expect(en[k]?.trim().length ?? 0, k).toBeGreaterThan(part === 'notes' ? 40 : 5);
      }
    }
    expect(sv['agenda.t.followUp.compare.notes']).toMatch(/röda och svarta/);
    expect(sv['agenda.t.followUp.actions.title']).toMatch(/klara.*pågår.*avbrutna/);
  });

  it('comes with a new agenda', () => {
    const a = agenda();
    expect(totalMinutes(a, 'followUp')).toBe(60);
    expect(a.followUp?.[2]).toMatchObject({ title: 'followUp.compare.title', notes: 'followUp.compare.notes', minutes: 15 });
  });

  it('is the template’s for an agenda stored without one, with ids that hold from one read to the next', () => {
    const a = old();
    expect(totalMinutes(a, 'followUp')).toBe(0);
    const shown = withTemplates(a, text);
    expect(totalMinutes(shown, 'followUp')).toBe(60);
    expect(withTemplates(a, text).followUp?.map((i) => i.id)).toEqual(shown.followUp?.map((i) => i.id));
    expect(new Set(shown.followUp?.map((i) => i.id)).size).toBe(6);
    // An agenda that has its own list keeps it.
    expect(withTemplates(agenda(), text).followUp?.[0]?.id).toMatch(/^i\d+$/);
  });

  it('starts a template item without storing the list, and stores the list on its first edit', () => {
    const a = old();
    const compare = withTemplates(a, text).followUp?.[2];
    if (!compare) throw new Error('no item');
    const started = setCurrent(withTemplates(a, text), 'followUp', compare.id, at);
    expect(started).toHaveLength(1);
    const on = after(started);
    expect(on.current).toEqual({ workshop: 'followUp', itemId: compare.id });
    // As read again from the database, where the list itself is still absent.
    const stored: Agenda = { ...a, current: on.current };
    expect(currentItemIn(withTemplates(stored, text), 'followUp')).toMatchObject({ index: 2, item: { title: 'followUp.compare.title' } });
    expect(currentItemIn(withTemplates(stored, text), 'workshop1')).toBeNull();
    const edited = after(editItem(withTemplates(stored, text), 'followUp', compare.id, { minutes: 20 }, at));
    expect(edited.followUp?.map((i) => i.minutes)).toEqual([5, 10, 20, 15, 10, 5]);
    expect(edited.workshop1).toEqual(a.workshop1);
    const removed = after(removeItem(withTemplates(stored, text), 'followUp', compare.id, at));
    expect(removed.followUp).toHaveLength(5);
    expect(removed.current).toBeNull();
  });
});
