import { afterEach, describe, expect, it } from 'vitest';
import type { AkrDb } from '../../../renderer/db/db.ts';
import { EMPTY_ESTIMATE } from '../../../shared/economics.ts';
import { createNewRole } from '../../../shared/newRoles.ts';
import { testStore } from './testStore.ts';

const openDbs: AkrDb[] = [];
afterEach(() => {
  for (const db of openDbs.splice(0)) db.close();
});

async function withRole() {
  const made = testStore();
  openDbs.push(made.db);
  const id = await made.state().createAnalysis({ unitName: 'Äldreboendet Eken', organisation: 'Norrby', facilitator: 'Eva' });
  await made.state().commit(createNewRole([], id, { name: 'Serviceassistent' }, 'n1', '2026-12-02T09:00:00.000Z'), { undoable: false });
  return { ...made, id };
}

describe('the economic estimate’s verbs', () => {
  it('adds a person, keeps inputs typed in quick succession (two years of one list), and undoes them one by one', async () => {
    const { db, state, id } = await withRole();
    const hireId = await state().addHireForEstimate('n1', 'lägg till');
    expect(await db.hires.get(hireId)).toMatchObject({ analysisId: id, newRoleId: 'n1', estimate: EMPTY_ESTIMATE });
    // Not awaited one by one: each is worked out from the person as stored once the one before is.
    await Promise.all([
      state().setHireEstimate(hireId, { field: 'payers', year: 0, value: 'labourMarket' }, 'år 1'),
      state().setHireEstimate(hireId, { field: 'payers', year: 1, value: 'unit' }, 'år 2'),
      state().setHireEstimate(hireId, { field: 'monthlySalary', value: 25_000 }, 'lön'),
    ]);
    expect((await db.hires.get(hireId))?.estimate).toMatchObject({ payers: ['labourMarket', 'unit', null], monthlySalary: 25_000 });
    expect(await state().undo(id)).toBe('lön');
    expect(await state().undo(id)).toBe('år 2');
    expect((await db.hires.get(hireId))?.estimate?.payers).toEqual(['labourMarket', null, null]);
    // Unchanged input: no step in the history.
    await state().setHireEstimate(hireId, { field: 'payers', year: 0, value: 'labourMarket' }, 'samma');
    expect(state().histories[id]?.undo.map((e) => e.label)).toEqual(['lägg till', 'år 1']);
  });

  it('sets what the freed time is used for, one undo step', async () => {
    const { db, state, id } = await withRole();
    await state().setFreedUse('n1', ' Mer tid med de boende ', 'frigjord tid');
    expect((await db.newRoles.get('n1'))?.freedUse).toBe('Mer tid med de boende');
    expect(await state().undo(id)).toBe('frigjord tid');
    expect((await db.newRoles.get('n1'))?.freedUse).toBeUndefined();
  });
});
