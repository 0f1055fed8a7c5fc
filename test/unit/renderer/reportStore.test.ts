import { afterEach, describe, expect, it } from 'vitest';
import type { AkrDb } from '../../../renderer/db/db.ts';
import { testStore } from './testStore.ts';

const openDbs: AkrDb[] = [];
afterEach(() => {
  for (const db of openDbs.splice(0)) db.close();
});

async function withAnalysis() {
  const made = testStore();
  openDbs.push(made.db);
  const id = await made.state().createAnalysis({ unitName: 'Förskolan Solrosen', organisation: 'Norrby', facilitator: 'Eva' });
  return { ...made, id };
}

describe('the report verbs', () => {
  it('makes the report texts on the first edit, keeps edits made in quick succession, and undoes them one by one', async () => {
    const { db, state, id } = await withAnalysis();
    await Promise.all([
      state().setReportText(id, 'summary', 'Sammanfattningen', 'ändra sammanfattning'),
      state().setReportText(id, 'conclusions', 'Slutsatsen', 'ändra slutsatser'),
      state().setCoreMission(id, 'role-1', 'Undervisning', 'ändra grunduppdraget'),
    ]);
    expect(await db.reportTexts.get(id)).toMatchObject({ summary: 'Sammanfattningen', conclusions: 'Slutsatsen', coreMissions: { 'role-1': 'Undervisning' } });
    expect(await state().undo(id)).toBe('ändra grunduppdraget');
    expect((await db.reportTexts.get(id))?.coreMissions).toEqual({});
    expect(await state().undo(id)).toBe('ändra slutsatser');
    expect(await db.reportTexts.get(id)).toMatchObject({ summary: 'Sammanfattningen', conclusions: '' });
    expect(await state().undo(id)).toBe('ändra sammanfattning');
    expect(await db.reportTexts.get(id)).toBeUndefined();
    expect(await state().redo(id)).toBe('ändra sammanfattning');
    expect((await db.reportTexts.get(id))?.summary).toBe('Sammanfattningen');
  });

  it('records nothing when a text is saved unchanged, and removes a blanked core mission', async () => {
    const { db, state, id } = await withAnalysis();
    await state().setCoreMission(id, 'role-1', 'Omsorg', 'a');
    await state().setCoreMission(id, 'role-1', 'Omsorg', 'b');
    expect(state().histories[id]?.undo.map((e) => e.label)).toEqual(['a']);
    await state().setCoreMission(id, 'role-1', '  ', 'c');
    expect((await db.reportTexts.get(id))?.coreMissions).toEqual({});
  });

  it('keeps the decision trail and attendance, each change one undo step', async () => {
    const { db, state, id } = await withAnalysis();
    await state().setAnchorEntry(id, 'manager', { done: true }, 'bocka');
    await state().setAnchorEntry(id, 'manager', { date: '2026-09-01', by: 'Anna' }, 'datum');
    await state().setAttendance(id, 'workshop1', 'role-1', 5, 'närvaro');
    await state().setAttendance(id, 'workshop1', 'role-1', 6, 'närvaro');
    await state().setAttendance(id, 'info', 'role-2', 2, 'närvaro');
    let stored = await db.anchoring.get(id);
    expect(stored?.entries.manager).toEqual({ done: true, date: '2026-09-01', by: 'Anna', note: '' });
    expect(stored?.attendance.map((a) => [a.meeting, a.roleId, a.count])).toEqual([
      ['workshop1', 'role-1', 6],
      ['info', 'role-2', 2],
    ]);
    await state().setAttendance(id, 'info', 'role-2', 0, 'närvaro');
    stored = await db.anchoring.get(id);
    expect(stored?.attendance.map((a) => a.count)).toEqual([6]);
    await state().undo(id);
    await state().undo(id);
    await state().undo(id);
    stored = await db.anchoring.get(id);
    expect(stored?.attendance.map((a) => a.count)).toEqual([5]);
    await state().undo(id);
    expect((await db.anchoring.get(id))?.entries.manager).toEqual({ done: true, date: '2026-09-01', by: 'Anna', note: '' });
    await state().undo(id);
    expect((await db.anchoring.get(id))?.entries.manager).toEqual({ done: true, date: null, by: '', note: '' });
  });
});
