import { afterEach, describe, expect, it } from 'vitest';
import type { AkrDb } from '../../../renderer/db/db.ts';
import { INFO_SLIDE_KEYS } from '../../../shared/vocabulary.ts';
import { testStore } from './testStore.ts';

const fields = { unitName: 'Förskolan Solrosen', organisation: 'Norrby', facilitator: 'Eva' };
const openDbs: AkrDb[] = [];
afterEach(() => {
  for (const db of openDbs.splice(0)) db.close();
});

async function setup() {
  const made = testStore();
  openDbs.push(made.db);
  const id = await made.store.getState().createAnalysis(fields);
  const meeting = () => made.db.infoMeetings.get(id);
  return { ...made, id, meeting };
}

describe('the information meeting’s store verbs', () => {
  it('store nothing until the first edit, then the whole list with the edit, one undo step each', async () => {
    const { store, id, meeting } = await setup();
    expect(await meeting()).toBeUndefined();
    await store.getState().editInfoSlide(id, 'why', { title: 'Därför', notes: 'Ge ett exempel.' }, 'Informationsmöte');
    expect((await meeting())?.slides.map((s) => s.id)).toEqual([...INFO_SLIDE_KEYS]);
    expect((await meeting())?.slides[1]).toMatchObject({ title: 'Därför', notes: 'Ge ett exempel.', body: null });
    expect(store.getState().histories[id]?.undo.map((e) => e.label)).toEqual(['Informationsmöte']);
    expect(await store.getState().undo(id)).toBe('Informationsmöte');
    expect(await meeting()).toBeUndefined();
  });

  it('keep every one of several edits saved at once, each read from what the one before stored', async () => {
    const { store, id, meeting } = await setup();
    const s = store.getState();
    await Promise.all([
      s.editInfoSlide(id, 'background', { title: 'Varför nu?' }, 'L'),
      s.editInfoSlide(id, 'background', { notes: 'Chefen säger några ord.' }, 'L'),
      s.setInfoSlideHidden(id, 'notAbout', true, 'L'),
      s.setInfoContact(id, 'Anna Ek, HR', 'L'),
    ]);
    const stored = await meeting();
    expect(stored?.slides[0]).toMatchObject({ title: 'Varför nu?', notes: 'Chefen säger några ord.' });
    expect(stored?.slides.find((x) => x.id === 'notAbout')?.hidden).toBe(true);
    expect(stored?.contact).toBe('Anna Ek, HR');
    expect(stored?.rev).toBe(4);
  });

  it('hide, reorder, add and delete slides, and undo and redo each', async () => {
    const { store, id, meeting } = await setup();
    const s = store.getState();
    const ids = async () => (await meeting())?.slides.map((x) => `${x.id}${x.hidden ? ' (dold)' : ''}`);
    await s.setInfoSlideHidden(id, 'results', true, 'L');
    await s.moveInfoSlide(id, 'contact', -1, 'L');
    const own = await s.addInfoSlide(id, 'Fika efteråt', 'L');
    expect(await ids()).toEqual(['background', 'why', 'plan', 'survey', 'notAbout', 'contact', 'results (dold)', own]);
    expect((await meeting())?.slides.at(-1)).toMatchObject({ key: 'custom', title: 'Fika efteråt', body: '', notes: '' });
    // A default slide is hidden, never deleted.
    await s.deleteInfoSlide(id, 'why', 'L');
    expect(await ids()).toHaveLength(8);
    await s.deleteInfoSlide(id, own, 'L');
    expect(await ids()).toEqual(['background', 'why', 'plan', 'survey', 'notAbout', 'contact', 'results (dold)']);

    await s.undo(id);
    expect((await ids())?.at(-1)).toBe(own);
    await s.undo(id);
    await s.undo(id);
    expect(await ids()).toEqual(['background', 'why', 'plan', 'survey', 'notAbout', 'results (dold)', 'contact']);
    await s.undo(id);
    expect(await meeting()).toBeUndefined();
    await s.redo(id);
    expect(await ids()).toEqual(['background', 'why', 'plan', 'survey', 'notAbout', 'results (dold)', 'contact']);
  });

  it('record no step for an edit that changes nothing', async () => {
    const { store, id } = await setup();
    const s = store.getState();
    await s.moveInfoSlide(id, 'background', -1, 'L');
    await s.setInfoSlideHidden(id, 'why', false, 'L');
    await s.editInfoSlide(id, 'nope', { title: 'x' }, 'L');
    expect(store.getState().histories[id]?.undo ?? []).toEqual([]);
  });
});
