import { describe, expect, it } from 'vitest';
import { firstValueFrom } from './live.ts';
import { testStore } from '../testStore.ts';
import { stepId } from '../../../../shared/analysis.ts';
import { addTask } from '../../../../shared/board.ts';
import { addPart, createNewRole, setExtra, setStaffing, type NewRole } from '../../../../shared/newRoles.ts';
import { AppError } from '../../../../shared/errors.ts';

const fields = { unitName: 'Förskolan Solrosen', organisation: 'Norrby', facilitator: 'Eva' };
const roleFields = (name: string, headcount = 3, fullTimeHours = 40) => ({ name, headcount, fullTimeHours });

function setup(clock = () => '2026-11-23T10:00:00.000Z') {
  return testStore({ clock, ids: () => crypto.randomUUID() });
}

describe('analyses', () => {
  it('stores a new analysis with its six steps in one go', async () => {
    const { db, repos, state } = setup();
    const id = await state().createAnalysis(fields);
    expect(await db.steps.where('analysisId').equals(id).count()).toBe(6);
    const list = await firstValueFrom(repos.analyses.liveSummaries());
    expect(list.map((s) => s.analysis.unitName)).toEqual(['Förskolan Solrosen']);
  });

  it('writes only the changed fields, so concurrent edits of other fields are kept', async () => {
    const { db, state } = setup();
    const id = await state().createAnalysis(fields);
    await Promise.all([state().updateAnalysis(id, { unitName: 'Solrosen' }), state().updateAnalysis(id, { facilitator: 'Karin' })]);
    expect(await db.analyses.get(id)).toMatchObject({ unitName: 'Solrosen', facilitator: 'Karin', organisation: 'Norrby', rev: 3 });
  });

  it('updates a step and reports an edit of something deleted elsewhere', async () => {
    const { db, state } = setup();
    const id = await state().createAnalysis(fields);
    await state().updateStep(stepId(id, 'report'), { status: 'planned', date: '2027-02-01' });
    expect(await db.steps.get(stepId(id, 'report'))).toMatchObject({ status: 'planned', date: '2027-02-01', rev: 2 });
    await expect(state().updateStep('nope', { notes: 'x' })).rejects.toBeInstanceOf(AppError);
  });

  it('hides a deleted analysis, restores it, and purges it only after 30 days', async () => {
    let now = '2026-11-23T10:00:00.000Z';
    const { db, repos, state } = setup(() => now);
    const id = await state().createAnalysis(fields);
    await state().deleteAnalysis(id);
    expect(await firstValueFrom(repos.analyses.liveSummaries())).toEqual([]);
    await state().restoreAnalysis(id);
    expect((await firstValueFrom(repos.analyses.liveSummaries())).length).toBe(1);
    await state().deleteAnalysis(id);
    expect(await repos.analyses.purgeDeleted()).toBe(0);
    now = '2027-01-01T10:00:00.000Z';
    // The caller hears which analyses went, to erase what is kept of them elsewhere (the room's journal).
    const purged: string[] = [];
    expect(await repos.analyses.purgeDeleted((ids) => purged.push(...ids))).toBe(1);
    expect(purged).toEqual([id]);
    expect(await db.analyses.count()).toBe(0);
    expect(await db.steps.count()).toBe(0);
    expect(await db.tombstones.count()).toBe(0);
  });

  it('duplicates an analysis with all its roles and question notes', async () => {
    const { db, repos, state } = setup();
    const id = await state().createAnalysis(fields);
    await state().addRole(id, roleFields('Barnskötare'), []);
    await state().saveQuestionNote(id, 'rightThings', 'Vi diskar för mycket.');
    const copyId = await state().duplicateAnalysis(id, 'Solrosen (kopia)');
    expect(await db.questionNotes.where('analysisId').equals(copyId).toArray()).toMatchObject([
      { id: `${copyId}:rightThings`, question: 'rightThings', notes: 'Vi diskar för mycket.', analysisId: copyId },
    ]);
    expect(await db.questionNotes.where('analysisId').equals(id).count()).toBe(1);
    const copy = await repos.analyses.record(copyId);
    expect(copy?.analysis.unitName).toBe('Solrosen (kopia)');
    expect(copy?.roles.map((r) => r.name)).toEqual(['Barnskötare']);
    expect(copy?.steps.map((s) => s.id).sort()).toEqual(
      ['info', 'report', 'survey', 'swotSurvey', 'workshop1', 'workshop2'].map((k) => stepId(copyId, k as 'info')).sort(),
    );
    expect(await db.analyses.count()).toBe(2);
  });

  it('duplicates the new roles too, linked to the copy’s own cards, tasks and roles', async () => {
    const { db, repos, state } = setup();
    const t = '2026-11-23T09:00:00.000Z';
    const id = await state().createAnalysis(fields);
    await state().addRole(id, roleFields('Barnskötare'), []);
    const [r1] = await db.roles.toArray();
    if (!r1) throw new Error('no role');
    const board = { roles: [r1], tasks: [], placements: [] };
    await state().commit(
      addTask(board, { analysisId: id, title: 'Diska', roleIds: [r1.id], hours: 4 }, () => crypto.randomUUID(), t),
      { undoable: true, label: 'x' },
    );
    const [placement] = await db.placements.toArray();
    const [task] = await db.tasks.toArray();
    if (!placement || !task) throw new Error('no card');
    const [role] = createNewRole([], id, { name: 'Serviceassistent' }, 'n1', t);
    const newRole = role?.after as NewRole;
    await state().commit(
      [
        ...(role ? [role] : []),
        ...addPart([], newRole, placement, 2.5, 'x1', t),
        ...setExtra(null, id, task.id, true, t),
        ...setStaffing(null, id, r1.id, { monthlyCost: 30_000 }, t),
      ],
      { undoable: true, label: 'x' },
    );
    const copyId = await state().duplicateAnalysis(id, 'Solrosen (kopia)');
    const copy = await repos.analyses.record(copyId);
    const [copiedRole] = await db.newRoles.where('analysisId').equals(copyId).toArray();
    const [copiedPart] = await db.roleParts.where('analysisId').equals(copyId).toArray();
    expect(copiedRole).toMatchObject({ name: 'Serviceassistent', rev: 1 });
    expect(copiedRole?.id).not.toBe('n1');
    expect(copiedPart).toMatchObject({ newRoleId: copiedRole?.id, placementId: copy?.placements[0]?.id, hours: 2.5 });
    expect(await db.extraFlags.get(copyId)).toMatchObject({ taskIds: [copy?.tasks[0]?.id] });
    expect(await db.staffing.get(copyId)).toMatchObject({ roles: { [copy?.roles[0]?.id ?? '']: { monthlyCost: 30_000 } } });
    // The original is untouched.
    expect(await db.roleParts.get('x1')).toMatchObject({ placementId: placement.id });
  });
});

describe('roles', () => {
  it('lists roles in order, and the undo of a deletion is newer than the deletion', async () => {
    const { db, repos, state } = setup();
    const id = await state().createAnalysis(fields);
    await state().addRole(id, roleFields('Förskollärare', 2), []);
    await state().addRole(id, roleFields('Barnskötare', 3, 38.25), await db.roles.toArray());
    expect((await firstValueFrom(repos.roles.live(id))).map((r) => r.name)).toEqual(['Förskollärare', 'Barnskötare']);
    const b = (await db.roles.toArray()).find((r) => r.name === 'Barnskötare');
    if (!b) throw new Error('no role');
    const undo = await state().deleteRole(b.id);
    expect((await firstValueFrom(repos.roles.live(id))).length).toBe(1);
    expect(await db.tombstones.get(`roles:${b.id}`)).toMatchObject({ rev: 2 });
    await undo();
    const back = await firstValueFrom(repos.roles.live(id));
    // Above its tombstone (rev 2), so a file cannot take the deletion for newer than the restore.
    expect(back.find((r) => r.id === b.id)).toMatchObject({ name: 'Barnskötare', fullTimeHours: 38.25, rev: 3 });
    expect(await db.tombstones.get(`roles:${b.id}`)).toBeUndefined();
  });
});

describe('settings', () => {
  it('starts from the defaults and keeps what is changed', async () => {
    const { repos, state } = setup();
    expect(await repos.settings.get()).toEqual({ language: 'sv', defaultFullTimeHours: 40, privacyThreshold: 3, projectorKeys: { blank: 'b', freeze: 'f' } });
    await state().updateSettings({ language: 'en' });
    await state().updateSettings({ privacyThreshold: 5 });
    expect(await repos.settings.get()).toEqual({ language: 'en', defaultFullTimeHours: 40, privacyThreshold: 5, projectorKeys: { blank: 'b', freeze: 'f' } });
  });
});
