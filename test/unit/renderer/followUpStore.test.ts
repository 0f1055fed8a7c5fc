import { afterEach, describe, expect, it } from 'vitest';
import type { AkrDb } from '../../../renderer/db/db.ts';
import { firstRoundResults } from '../../../renderer/report/firstRound.ts';
import { created, updated } from '../../../shared/changes.ts';
import { DEFAULT_SETTINGS, type Placement, type Role, type Task } from '../../../shared/model.ts';
import { testStore } from './testStore.ts';

const openDbs: AkrDb[] = [];
afterEach(() => {
  for (const db of openDbs.splice(0)) db.close();
});

const T = '2026-11-02T08:00:00.000Z';

async function withBoard() {
  const made = testStore({ clock: () => T });
  openDbs.push(made.db);
  const a = await made.state().createAnalysis({ unitName: 'Förskolan Solrosen', organisation: 'Norrby', facilitator: 'Eva' });
  const role: Role = { id: `${a}-r`, analysisId: a, name: 'Barnskötare', headcount: 2, fullTimeHours: 40, order: 'a0', rev: 1, updatedAt: T };
  const task: Task = { id: `${a}-t`, analysisId: a, title: 'Diska', notes: '', createdAt: T, rev: 1, updatedAt: T };
  const card: Placement = { id: `${a}-c`, analysisId: a, taskId: task.id, roleId: role.id, colour: 'red', order: 'a0', hours: 8, rev: 1, updatedAt: T };
  await made.state().commit([created('roles', role), created('tasks', task), created('placements', card)], { undoable: false });
  return { ...made, a, role, task, card };
}

describe('the follow-up verbs', () => {
  it('starts a follow-up round as one undo step, and answers go to it while the report keeps the first round', async () => {
    const { db, state, a, task } = await withBoard();
    const answer = (key: string, hours: number) => ({
      key,
      source: 'paper' as const,
      role: 'Barnskötare',
      mission: '',
      contractHours: null,
      comment: '',
      hours: [{ taskId: task.id, hours }],
    });
    await state().saveSurveyAnswers(a, [answer('1', 4), answer('2', 2)]);
    const round = await state().startSurveyRound(a, 'Uppföljning hösten 2027', 'starta uppföljning');
    expect(round).toBe('r2');
    expect((await db.surveys.get(a))?.round).toBe('r2');
    await state().saveSurveyAnswers(a, [answer('1', 1)]);
    const responses = await db.surveyResponses.where('analysisId').equals(a).toArray();
    expect(responses.map((r) => r.round).sort()).toEqual(['r1', 'r1', 'r2']);

    const data = { state: (await db.surveys.get(a)) ?? null, imports: [], responses, tasks: await db.tasks.where('analysisId').equals(a).toArray() };
    const roles = await db.roles.where('analysisId').equals(a).toArray();
    const first = firstRoundResults(data, roles, { ...DEFAULT_SETTINGS, privacyThreshold: 1 }, 'Övriga');
    // (4 + 2) / 2 respondents × 2 in the role = 6 h: the first round's, not the follow-up's 1 h.
    expect(first?.roles[0]?.tasks[0]?.team).toBe(6);

    // Answers are not undone from the history (they are deleted per person); the round is.
    expect(await state().undo(a)).toBe('starta uppföljning');
    const after = await db.surveys.get(a);
    expect(after?.round).toBe('r1');
    expect(after?.rounds.map((r) => r.id)).toEqual(['r1']);
    // The undone round's answer is still stored under r2: a new round is r3, so it does not take that answer over.
    expect(await state().startSurveyRound(a, 'Våren 2028', 'starta igen')).toBe('r3');
  });

  it('switches back to the first round', async () => {
    const { db, state, a } = await withBoard();
    await state().startSurveyRound(a, 'Våren 2028', 'starta');
    await state().setSurveyRound(a, 'r1', 'byt omgång');
    expect((await db.surveys.get(a))?.round).toBe('r1');
  });

  it('takes the board’s snapshot, and re-taking it replaces it in one undo step', async () => {
    const { db, state, a, role, task, card } = await withBoard();
    await state().takeBoardSnapshot(a, 'ögonblicksbild');
    expect(await db.boardSnapshots.get(a)).toMatchObject({
      round: null,
      roles: [{ id: role.id, name: 'Barnskötare', headcount: 2 }],
      tasks: [{ id: task.id, title: 'Diska' }],
      cells: [{ taskId: task.id, roleId: role.id, colour: 'red', hours: 8 }],
      actions: [],
    });
    const black: Placement = { ...card, colour: 'black' };
    await state().commit([updated('placements', card, black)], { undoable: false });
    await state().takeBoardSnapshot(a, 'ny ögonblicksbild');
    expect((await db.boardSnapshots.get(a))?.cells[0]?.colour).toBe('black');
    expect(await state().undo(a)).toBe('ny ögonblicksbild');
    expect((await db.boardSnapshots.get(a))?.cells[0]?.colour).toBe('red');
  });

  it('keeps an outcome and a note saved in quick succession', async () => {
    const { db, state, a } = await withBoard();
    await Promise.all([
      state().reviewFollowUpAction(a, 'x1', { outcome: 'dropped' }, 'utfall'),
      state().reviewFollowUpAction(a, 'x1', { note: 'Köket tog över' }, 'anteckning'),
      state().setFollowUpNotes(a, '**Bra** möte', 'anteckningar'),
    ]);
    expect(await db.followUps.get(a)).toMatchObject({ actions: { x1: { outcome: 'dropped', note: 'Köket tog över' } }, notes: '**Bra** möte' });
  });
});
