import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AkrDb } from '../../../renderer/db/db.ts';
import { AppError } from '../../../shared/errors.ts';
import { TOAST_MS } from '../../../renderer/store/appStore.ts';
import { stepId } from '../../../shared/analysis.ts';
import { testStore } from './testStore.ts';
import type { Placement, Role } from '../../../shared/model.ts';
import { byOrder } from '../../../shared/items.ts';
import { agendaFromTemplates, editItem } from '../../../shared/agenda.ts';
import { created } from '../../../shared/changes.ts';

const fields = { unitName: 'Förskolan Solrosen', organisation: 'Norrby', facilitator: 'Eva' };
const roleFields = (name: string) => ({ name, headcount: 3, fullTimeHours: 40 });

const openDbs: AkrDb[] = [];

function setup() {
  const made = testStore();
  openDbs.push(made.db);
  return made;
}

afterEach(() => {
  vi.useRealTimers();
  for (const db of openDbs.splice(0)) db.close();
});

async function rolesIn(db: AkrDb, analysisId: string): Promise<Role[]> {
  return (await db.roles.where('analysisId').equals(analysisId).toArray()).sort(byOrder);
}

describe('the app store with real repositories', () => {
  it('creates an analysis with its six steps and shows the write as pending until it is committed', async () => {
    const { db, store } = setup();
    const creating = store.getState().createAnalysis(fields);
    expect(store.getState().pendingWrites).toBe(1);
    const id = await creating;
    expect(store.getState().pendingWrites).toBe(0);
    expect(await db.analyses.get(id)).toMatchObject({ unitName: 'Förskolan Solrosen', deletedAt: null });
    expect(await db.steps.where('analysisId').equals(id).count()).toBe(6);
    expect(store.getState().saveError).toBeNull();
  });

  it('reports a failed write as a save error and clears it after the next write succeeds', async () => {
    const { store } = setup();
    const id = await store.getState().createAnalysis(fields);

    await expect(store.getState().updateStep('missing-step', { notes: 'x' })).rejects.toBeInstanceOf(AppError);
    expect(store.getState().saveError).toMatchObject({ code: 'itemMissing', data: { id: 'missing-step' } });
    expect(store.getState().pendingWrites).toBe(0);

    await store.getState().updateStep(stepId(id, 'info'), { notes: 'Bokat' });
    expect(store.getState().saveError).toBeNull();
  });

  it('deletes an analysis and hands back an undo that restores it', async () => {
    const { db, store } = setup();
    const id = await store.getState().createAnalysis(fields);
    const undo = await store.getState().deleteAnalysis(id);
    expect((await db.analyses.get(id))?.deletedAt).not.toBeNull();
    await undo();
    expect((await db.analyses.get(id))?.deletedAt).toBeNull();
    expect(store.getState().pendingWrites).toBe(0);
  });

  it('deletes a role with its placements and hands back an undo that brings both back', async () => {
    const { db, store } = setup();
    const analysisId = await store.getState().createAnalysis(fields);
    await store.getState().addRole(analysisId, roleFields('Barnskötare'), []);
    const [role] = await rolesIn(db, analysisId);
    if (!role) throw new Error('the role was not added');
    const placement: Placement = {
      id: 'p1',
      rev: 1,
      updatedAt: '2026-11-23T09:00:00.000Z',
      analysisId,
      taskId: 't1',
      roleId: role.id,
      colour: 'green',
      order: 'a0',
      hours: 2.5,
    };
    // Another role's card on the same task stays.
    const other: Placement = { ...placement, id: 'p2', roleId: 'r-other' };
    await db.placements.bulkAdd([placement, other]);

    const undo = await store.getState().deleteRole(role.id);
    expect(await rolesIn(db, analysisId)).toEqual([]);
    expect(await db.placements.get('p1')).toBeUndefined();
    expect(await db.placements.get('p2')).toEqual(other);

    await undo();
    expect((await rolesIn(db, analysisId)).map((r) => r.name)).toEqual(['Barnskötare']);
    expect(await db.placements.get('p1')).toMatchObject({ roleId: role.id, hours: 2.5 });
  });

  it('moves a role up past its neighbour', async () => {
    const { db, store } = setup();
    const analysisId = await store.getState().createAnalysis(fields);
    for (const name of ['Förskollärare', 'Barnskötare', 'Kock']) {
      await store.getState().addRole(analysisId, roleFields(name), await rolesIn(db, analysisId));
    }
    const sorted = await rolesIn(db, analysisId);
    const cook = sorted.find((r) => r.name === 'Kock');
    if (!cook) throw new Error('the role was not added');

    await store.getState().moveRole(sorted, cook.id, -1);
    expect((await rolesIn(db, analysisId)).map((r) => r.name)).toEqual(['Förskollärare', 'Kock', 'Barnskötare']);
  });

  it('leaves the order alone when the first role is moved up', async () => {
    const { db, store } = setup();
    const analysisId = await store.getState().createAnalysis(fields);
    await store.getState().addRole(analysisId, roleFields('Förskollärare'), []);
    await store.getState().addRole(analysisId, roleFields('Barnskötare'), await rolesIn(db, analysisId));
    const before = await rolesIn(db, analysisId);
    const [first] = before;
    if (!first) throw new Error('the role was not added');

    await store.getState().moveRole(before, first.id, -1);
    expect(await rolesIn(db, analysisId)).toEqual(before);
  });

  it('tells the platform when the language changes, and only then', async () => {
    const { db, store, languages } = setup();
    await store.getState().updateSettings({ defaultFullTimeHours: 38.25 });
    expect(languages).toEqual([]);
    await store.getState().updateSettings({ language: 'en' });
    expect(languages).toEqual(['en']);
    expect(await db.preferences.get('app')).toMatchObject({ language: 'en', defaultFullTimeHours: 38.25, rev: 2 });
  });
});

describe('agenda edits', () => {
  it('keeps both of two edits saved at once (minutes, then notes), each read from what the one before stored, and undoes them one by one', async () => {
    const { db, store } = setup();
    const id = await store.getState().createAnalysis(fields);
    const made = agendaFromTemplates(
      id,
      (w, key, part) => `${w}.${key}.${part}`,
      () => crypto.randomUUID(),
      '2026-12-02T09:00:00.000Z',
    );
    await store.getState().commit([created('agendas', made)], { undoable: false });
    const item = made.workshop1[0];
    if (!item) throw new Error('no item');
    const at = () => new Date().toISOString();
    // Both begin before either is stored: each must start from the other's result, not from `made`.
    await Promise.all([
      store.getState().editAgenda(id, (a) => editItem(a, 'workshop1', item.id, { minutes: 7 }, at()), 'Agenda'),
      store.getState().editAgenda(id, (a) => editItem(a, 'workshop1', item.id, { notes: 'Hälsa välkommen.' }, at()), 'Agenda'),
    ]);
    expect((await db.agendas.get(id))?.workshop1[0]).toMatchObject({ minutes: 7, notes: 'Hälsa välkommen.' });
    await store.getState().undo(id);
    expect((await db.agendas.get(id))?.workshop1[0]).toMatchObject({ minutes: 7, notes: item.notes });
    await store.getState().undo(id);
    expect((await db.agendas.get(id))?.workshop1[0]).toMatchObject({ minutes: item.minutes, notes: item.notes });
  });
});

describe('toasts', () => {
  it('keeps only the three newest toasts', () => {
    vi.useFakeTimers();
    const { store } = setup();
    for (const message of ['ett', 'två', 'tre', 'fyra']) store.getState().pushToast({ message });
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['två', 'tre', 'fyra']);
  });

  it('removes the toast that is dismissed and keeps the others', () => {
    vi.useFakeTimers();
    const { store } = setup();
    store.getState().pushToast({ message: 'ett' });
    store.getState().pushToast({ message: 'två' });
    const [first] = store.getState().toasts;
    if (!first) throw new Error('no toast was pushed');
    store.getState().dismissToast(first.id);
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['två']);
  });

  it('dismisses a toast by itself after TOAST_MS', () => {
    vi.useFakeTimers();
    const { store } = setup();
    store.getState().pushToast({ message: 'Analysen är borttagen.' });
    vi.advanceTimersByTime(TOAST_MS - 1);
    expect(store.getState().toasts).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(store.getState().toasts).toEqual([]);
  });
});
