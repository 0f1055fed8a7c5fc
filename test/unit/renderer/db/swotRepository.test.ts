import { describe, expect, it } from 'vitest';
import { firstValueFrom } from './live.ts';
import { testStore } from '../testStore.ts';
import { addTask } from '../../../../shared/board.ts';
import { created, updated, type Change } from '../../../../shared/changes.ts';
import { addNote, groupNotes, type Action, type SwotNote } from '../../../../shared/swot.ts';

const at = '2026-11-23T10:00:00.000Z';
let n = 0;
const newId = () => `id${++n}`;

async function setup() {
  // The first id drawn is the analysis's: a1.
  let first = true;
  const made = testStore({ clock: () => at, ids: () => (first ? ((first = false), 'a1') : crypto.randomUUID()) });
  await made.state().createAnalysis({ unitName: 'Solrosen', organisation: 'Norrby', facilitator: 'Eva' });
  const apply = (changes: Change[]) => made.state().commit(changes, { undoable: true, label: 'test' });
  return { ...made, apply };
}

describe('workshop 2 storage', () => {
  it('stores notes, stacks, voting, discussion and actions written as changes, and reads them live', async () => {
    const { db, repos, apply } = await setup();
    const first = addNote([], 'a1', 'strengths', 'Bra arbetslag', 'n1', at);
    const second = addNote([first[0]?.after as SwotNote], 'a1', 'strengths', 'Engagemang', 'n2', at);
    await apply([...first, ...second]);
    let w = await firstValueFrom(repos.swot.live('a1'));
    await apply(groupNotes(w.notes, w.stacks, ['n1', 'n2'], 'Laget', 's1', at));
    const action: Action = {
      id: 'x1',
      rev: 1,
      updatedAt: at,
      analysisId: 'a1',
      text: 'Införa serviceassistent',
      owner: 'Eva',
      due: '2027-02-01',
      status: 'notStarted',
      link: { kind: 'note', id: 'n1' },
      order: 'a0',
      createdAt: at,
    };
    await apply([
      created('voting', { id: 'a1', analysisId: 'a1', dotsPerPerson: 3, participants: 12, rev: 1, updatedAt: at }),
      created('discussion', { id: 'd1', analysisId: 'a1', list: 'effects', text: 'Mer tid för barnen', order: 'a0', noteIds: ['n1'], rev: 1, updatedAt: at }),
      created('actions', action),
    ]);
    w = await firstValueFrom(repos.swot.live('a1'));
    expect(w.notes.map((x) => [x.id, x.stackId])).toEqual([
      ['n1', 's1'],
      ['n2', 's1'],
    ]);
    expect(w.stacks.map((s) => s.name)).toEqual(['Laget']);
    expect(w.voting).toMatchObject({ dotsPerPerson: 3, participants: 12 });
    expect(w.discussion.map((d) => d.text)).toEqual(['Mer tid för barnen']);
    const all = await firstValueFrom(repos.swot.liveAllActions());
    expect(all.map((x) => [x.action.text, x.analysis.unitName])).toEqual([['Införa serviceassistent', 'Solrosen']]);
    // An example analysis's actions are not the facilitator's work: left out of the list across analyses.
    const analysis = await db.analyses.get('a1');
    if (!analysis) throw new Error('no analysis');
    await apply([updated('analyses', analysis, { ...analysis, example: true })]);
    expect(await firstValueFrom(repos.swot.liveAllActions())).toEqual([]);
  });

  it('copies workshop 2 with a duplicated analysis, links kept, and purges it with a deleted one', async () => {
    const { db, repos, apply, state } = await setup();
    await apply([created('roles', { id: 'r1', rev: 1, updatedAt: at, analysisId: 'a1', name: 'Kock', headcount: 1, fullTimeHours: 40, order: 'a0' })]);
    const taskChanges = addTask(
      { tasks: [], placements: [], roles: [{ id: 'r1', rev: 1, updatedAt: at, analysisId: 'a1', name: 'Kock', headcount: 1, fullTimeHours: 40, order: 'a0' }] },
      { analysisId: 'a1', title: 'Diska', roleIds: ['r1'], hours: 2 },
      newId,
      at,
    );
    const taskId = taskChanges[0]?.after?.id ?? '';
    await apply([
      ...taskChanges,
      ...addNote([], 'a1', 'threats', 'Budget', 'n1', at),
      created('actions', {
        id: 'x1',
        rev: 1,
        updatedAt: at,
        analysisId: 'a1',
        text: 'Sluta diska',
        owner: 'Kim',
        due: null,
        status: 'inProgress',
        link: { kind: 'task', id: taskId },
        order: 'a0',
        createdAt: at,
      }),
      created('discussion', {
        id: 'd1',
        analysisId: 'a1',
        list: 'successFactors',
        text: 'Tydliga roller',
        order: 'a0',
        noteIds: ['n1'],
        rev: 1,
        updatedAt: at,
      }),
    ]);
    const copy = await state().duplicateAnalysis('a1', 'Solrosen (kopia)');
    const w = await firstValueFrom(repos.swot.live(copy));
    const copiedTask = (await db.tasks.where('analysisId').equals(copy).toArray())[0];
    expect(w.notes.map((x) => x.text)).toEqual(['Budget']);
    expect(w.notes[0]?.id).not.toBe('n1');
    expect(w.actions[0]?.link).toEqual({ kind: 'task', id: copiedTask?.id });
    expect(w.discussion[0]?.noteIds).toEqual([w.notes[0]?.id]);

    await db.analyses.update('a1', { deletedAt: '2026-09-01T00:00:00.000Z' });
    expect(await repos.analyses.purgeDeleted()).toBe(1);
    for (const table of [db.swotNotes, db.discussion, db.actions]) expect(await table.where('analysisId').equals('a1').count()).toBe(0);
    expect(await db.swotNotes.where('analysisId').equals(copy).count()).toBe(1);
  });
});
