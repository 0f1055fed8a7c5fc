import { describe, expect, it } from 'vitest';
import { testStore } from '../testStore.ts';
import { surveyTaskList } from '../../../../shared/survey/tasks.ts';
import { byOrder } from '../../../../shared/items.ts';

async function setup() {
  let n = 0;
  const made = testStore({ clock: () => '2026-11-23T10:00:00.000Z', ids: () => (n++ === 0 ? 'a1' : crypto.randomUUID()) });
  await made.state().createAnalysis({ unitName: 'Solrosen', organisation: 'Norrby', facilitator: 'Eva' });
  await made.state().addRole('a1', { name: 'Kock', headcount: 2, fullTimeHours: 40 }, []);
  await made.state().addRole('a1', { name: 'Biträde', headcount: 3, fullTimeHours: 40 }, await made.db.roles.toArray());
  const roles = (await made.db.roles.toArray()).sort(byOrder);
  const list = async () => {
    const [tasks, placements] = await Promise.all([made.db.tasks.toArray(), made.db.placements.toArray()]);
    return surveyTaskList({ roles, tasks, placements }).map((t) => [t.title, t.roleIds.map((id) => roles.find((r) => r.id === id)?.name), t.group]);
  };
  const id = async (title: string) => (await made.db.tasks.toArray()).find((t) => t.title === title)?.id ?? '';
  return { ...made, roles, list, id };
}

describe('the survey’s task list through the store', () => {
  it('adds, renames, marks roles, regroups, moves, merges and deletes tasks, each one undo step', async () => {
    const { state, roles, list, id } = await setup();
    const [kock, bitrade] = roles.map((r) => r.id);
    const result = await state().addSurveyTasks(
      'a1',
      [
        { title: 'Laga mat', roleIds: [kock ?? ''], group: 'Kök' },
        { title: 'Diska', roleIds: [kock ?? '', bitrade ?? ''], group: 'Kök' },
        { title: 'Disk', roleIds: [bitrade ?? ''], group: 'Kök' },
        { title: 'Beställa', roleIds: [] },
      ],
      'lägg till',
    );
    expect(result).toEqual({ added: ['Laga mat', 'Diska', 'Disk', 'Beställa'], skipped: [] });
    expect(await list()).toEqual([
      ['Laga mat', ['Kock'], 'Kök'],
      ['Diska', ['Kock', 'Biträde'], 'Kök'],
      ['Disk', ['Biträde'], 'Kök'],
      ['Beställa', [], ''],
    ]);
    await state().renameSurveyTask('a1', await id('Laga mat'), 'Laga lunch', 'byt namn');
    await state().setSurveyTaskRoles('a1', await id('Beställa'), [bitrade ?? ''], 'roller');
    await state().setSurveyTaskGroup('a1', await id('Beställa'), 'Kök', 'grupp');
    expect(await state().moveSurveyTask('a1', await id('Beställa'), -1, 'flytta')).toBe(true);
    expect(await state().moveSurveyTask('a1', await id('Laga lunch'), -1, 'flytta')).toBe(false);
    await state().mergeSurveyTasks('a1', await id('Diska'), await id('Disk'), 'slå ihop');
    expect(await list()).toEqual([
      ['Laga lunch', ['Kock'], 'Kök'],
      ['Diska', ['Kock', 'Biträde'], 'Kök'],
      ['Beställa', ['Biträde'], 'Kök'],
    ]);
    await state().deleteSurveyTask('a1', await id('Beställa'), 'ta bort');
    expect((await list()).map(([title]) => title)).toEqual(['Laga lunch', 'Diska']);

    // Undo walks back one verb at a time: the delete, then the merge.
    expect(await state().undo('a1')).toBe('ta bort');
    expect((await list()).map(([title]) => title)).toEqual(['Laga lunch', 'Diska', 'Beställa']);
    expect(await state().undo('a1')).toBe('slå ihop');
    expect((await list()).map(([title]) => title)).toEqual(['Laga lunch', 'Diska', 'Beställa', 'Disk']);
    expect(await state().undo('a1')).toBe('flytta');
    expect((await list()).map(([title]) => title)).toEqual(['Laga lunch', 'Diska', 'Disk', 'Beställa']);
    await state().undo('a1');
    await state().undo('a1');
    await state().undo('a1');
    expect(await list()).toEqual([
      ['Laga mat', ['Kock'], 'Kök'],
      ['Diska', ['Kock', 'Biträde'], 'Kök'],
      ['Disk', ['Biträde'], 'Kök'],
      ['Beställa', [], ''],
    ]);
    // Adding is one step too.
    expect(await state().undo('a1')).toBe('lägg till');
    expect(await list()).toEqual([]);
  });

  it('does not add a title the analysis already has', async () => {
    const { state, list } = await setup();
    await state().addSurveyTasks('a1', [{ title: 'Diska', roleIds: [] }], 'x');
    expect(await state().addSurveyTasks('a1', [{ title: ' diska ', roleIds: [] }], 'y')).toEqual({ added: [], skipped: ['diska'] });
    expect(await list()).toHaveLength(1);
    expect(state().histories.a1?.undo.map((e) => e.label)).toEqual(['x']);
  });
});
