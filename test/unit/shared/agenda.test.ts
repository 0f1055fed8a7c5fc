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
  workshopOfView,
  type Agenda,
} from '../../../shared/agenda.ts';

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
    expect(['board', 'survey', 'swot', 'actions', 'newRoles', 'overview'].map(workshopOfView)).toEqual([
      'workshop1',
      'workshop1',
      'workshop2',
      'workshop2',
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
