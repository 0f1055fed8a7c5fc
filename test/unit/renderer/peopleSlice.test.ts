import { afterEach, describe, expect, it } from 'vitest';
import type { AkrDb } from '../../../renderer/db/db.ts';
import { createNewRole, deleteNewRole } from '../../../shared/newRoles.ts';
import { blankHire } from '../../../shared/people.ts';
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
  const roleId = crypto.randomUUID();
  await made.store.getState().commit(createNewRole([], id, { name: 'Serviceassistent' }, roleId, '2026-12-01T08:00:00.000Z'), { undoable: true, label: 'ny' });
  const hires = () => made.db.hires.where('analysisId').equals(id).sortBy('order');
  return { ...made, id, roleId, hires };
}

describe('the people verbs of the store', () => {
  it('add, edit and remove a person, one undo step each', async () => {
    const { store, id, roleId, hires } = await setup();
    const s = store.getState();
    const hireId = await s.addHire(roleId, { ...blankHire(), contract: 'BEA', startDate: '2026-03-01' }, 'lägga till');
    expect(await hires()).toMatchObject([{ id: hireId, analysisId: id, newRoleId: roleId, contract: 'BEA', startDate: '2026-03-01', rev: 1 }]);
    await s.editHire(
      hireId ?? '',
      { ...blankHire(), contract: 'BEA', startDate: '2026-03-01', review6: { heldOn: '2026-09-02', outcome: 'toAB', note: '' } },
      'ändra',
    );
    expect((await hires())[0]).toMatchObject({ rev: 2, review6: { heldOn: '2026-09-02', outcome: 'toAB' } });
    // Saving the form unchanged is no step at all.
    await s.editHire(
      hireId ?? '',
      { ...blankHire(), contract: 'BEA', startDate: '2026-03-01', review6: { heldOn: '2026-09-02', outcome: 'toAB', note: '' } },
      'ändra',
    );
    await s.removeHire(hireId ?? '', 'ta bort');
    expect(await hires()).toEqual([]);
    expect(store.getState().histories[id]?.undo.map((e) => e.label)).toEqual(['ny', 'lägga till', 'ändra', 'ta bort']);
    await s.undo(id);
    expect((await hires())[0]).toMatchObject({ id: hireId, review6: { outcome: 'toAB' } });
    await s.undo(id);
    expect((await hires())[0]?.review6.outcome).toBeNull();
  });

  it('delete the people of a new role with it, and bring them back with one undo', async () => {
    const { store, db, id, roleId, hires } = await setup();
    const s = store.getState();
    await s.addHire(roleId, blankHire(), 'a');
    await s.addHire(roleId, { ...blankHire(), gender: 'woman' }, 'b');
    const role = await db.newRoles.get(roleId);
    if (!role) throw new Error('no role');
    await s.commit(deleteNewRole(role, [], await hires()), { undoable: true, label: 'ta bort tjänsten' });
    expect(await hires()).toEqual([]);
    expect(await db.newRoles.get(roleId)).toBeUndefined();
    await s.undo(id);
    expect((await hires()).map((h) => h.gender)).toEqual(['notStated', 'woman']);
  });
});
