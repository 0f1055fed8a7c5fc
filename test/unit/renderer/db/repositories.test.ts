import { describe, expect, it } from 'vitest';
import { firstValueFrom } from './live.ts';
import { testDb } from './helpers.ts';
import { createRepositories, ItemMissingError } from '../../../../renderer/db/repositories.ts';
import { createAnalysis, createRole, stepId } from '../../../../shared/analysis.ts';
import { addTask } from '../../../../shared/board.ts';
import { addPart, createNewRole, setExtra, setStaffing, type NewRole } from '../../../../shared/newRoles.ts';

const fields = { unitName: 'Förskolan Solrosen', organisation: 'Norrby', facilitator: 'Eva' };

function setup(clock = () => '2026-11-23T10:00:00.000Z') {
  const db = testDb();
  return { db, repos: createRepositories(db, clock) };
}

describe('analyses repository', () => {
  it('stores a new analysis with its six steps in one go', async () => {
    const { db, repos } = setup();
    await repos.analyses.create(createAnalysis(fields, 'a1', '2026-11-23T09:00:00.000Z'));
    expect(await db.steps.where('analysisId').equals('a1').count()).toBe(6);
    const list = await firstValueFrom(repos.analyses.liveSummaries());
    expect(list.map((s) => s.analysis.unitName)).toEqual(['Förskolan Solrosen']);
  });

  it('writes only the changed fields, so concurrent edits of other fields are kept', async () => {
    const { db, repos } = setup();
    await repos.analyses.create(createAnalysis(fields, 'a1', '2026-11-23T09:00:00.000Z'));
    await Promise.all([repos.analyses.update('a1', { unitName: 'Solrosen' }), repos.analyses.update('a1', { facilitator: 'Karin' })]);
    const stored = await db.analyses.get('a1');
    expect(stored).toMatchObject({ unitName: 'Solrosen', facilitator: 'Karin', organisation: 'Norrby', rev: 3 });
  });

  it('updates a step and reports an edit of something deleted elsewhere', async () => {
    const { repos } = setup();
    await repos.analyses.create(createAnalysis(fields, 'a1', '2026-11-23T09:00:00.000Z'));
    const step = await repos.analyses.updateStep(stepId('a1', 'report'), { status: 'planned', date: '2027-02-01' });
    expect(step).toMatchObject({ status: 'planned', date: '2027-02-01', rev: 2 });
    await expect(repos.analyses.updateStep('nope', { notes: 'x' })).rejects.toBeInstanceOf(ItemMissingError);
  });

  it('hides a deleted analysis, restores it, and purges it only after 30 days', async () => {
    let now = '2026-11-23T10:00:00.000Z';
    const { db, repos } = setup(() => now);
    await repos.analyses.create(createAnalysis(fields, 'a1', now));
    await repos.analyses.remove('a1');
    expect(await firstValueFrom(repos.analyses.liveSummaries())).toEqual([]);
    await repos.analyses.restore('a1');
    expect((await firstValueFrom(repos.analyses.liveSummaries())).length).toBe(1);
    await repos.analyses.remove('a1');
    expect(await repos.analyses.purgeDeleted()).toBe(0);
    now = '2027-01-01T10:00:00.000Z';
    expect(await repos.analyses.purgeDeleted()).toBe(1);
    expect(await db.analyses.count()).toBe(0);
    expect(await db.steps.count()).toBe(0);
  });

  it('duplicates an analysis with all its roles and question notes', async () => {
    const { db, repos } = setup();
    await repos.analyses.create(createAnalysis(fields, 'a1', '2026-11-23T09:00:00.000Z'));
    await repos.roles.add(createRole('a1', { name: 'Barnskötare', headcount: 3, fullTimeHours: 40 }, [], 'r1', '2026-11-23T09:00:00.000Z'));
    await repos.board.saveQuestionNote('a1', 'rightThings', 'Vi diskar för mycket.');
    const copyId = await repos.analyses.duplicate('a1', 'Solrosen (kopia)');
    expect(await db.questionNotes.where('analysisId').equals(copyId).toArray()).toMatchObject([
      { question: 'rightThings', notes: 'Vi diskar för mycket.', analysisId: copyId },
    ]);
    expect(await db.questionNotes.where('analysisId').equals('a1').count()).toBe(1);
    const copy = await repos.analyses.loadBundle(copyId);
    expect(copy.analysis.unitName).toBe('Solrosen (kopia)');
    expect(copy.roles.map((r) => r.name)).toEqual(['Barnskötare']);
    expect(copy.steps).toHaveLength(6);
    expect(await db.analyses.count()).toBe(2);
  });

  it('duplicates the new roles too, linked to the copy’s own cards, tasks and roles', async () => {
    const { db, repos } = setup();
    const t = '2026-11-23T09:00:00.000Z';
    await repos.analyses.create(createAnalysis(fields, 'a1', t));
    await repos.roles.add(createRole('a1', { name: 'Barnskötare', headcount: 3, fullTimeHours: 40 }, [], 'r1', t));
    const board = { roles: await db.roles.toArray(), tasks: [], placements: [] };
    await repos.changes.apply(addTask(board, { analysisId: 'a1', title: 'Diska', roleIds: ['r1'], hours: 4 }, () => crypto.randomUUID(), t));
    const [placement] = await db.placements.toArray();
    const [task] = await db.tasks.toArray();
    if (!placement || !task) throw new Error('no card');
    const [role] = createNewRole([], 'a1', { name: 'Serviceassistent' }, 'n1', t);
    const newRole = role?.after as NewRole;
    await repos.changes.apply([
      ...(role ? [role] : []),
      ...addPart([], newRole, placement, 2.5, 'x1', t),
      ...setExtra(null, 'a1', task.id, true, t),
      ...setStaffing(null, 'a1', 'r1', { monthlyCost: 30_000 }, t),
    ]);
    const copyId = await repos.analyses.duplicate('a1', 'Solrosen (kopia)');
    const copy = await repos.analyses.loadBundle(copyId);
    const [copiedRole] = await db.newRoles.where('analysisId').equals(copyId).toArray();
    const [copiedPart] = await db.roleParts.where('analysisId').equals(copyId).toArray();
    expect(copiedRole).toMatchObject({ name: 'Serviceassistent', rev: 1 });
    expect(copiedRole?.id).not.toBe('n1');
    expect(copiedPart).toMatchObject({ newRoleId: copiedRole?.id, placementId: copy.placements[0]?.id, hours: 2.5 });
    expect(await db.extraFlags.get(copyId)).toMatchObject({ taskIds: [copy.tasks[0]?.id] });
    expect(await db.staffing.get(copyId)).toMatchObject({ roles: { [copy.roles[0]?.id ?? '']: { monthlyCost: 30_000 } } });
    // The original is untouched.
    expect(await db.roleParts.get('x1')).toMatchObject({ placementId: placement.id });
  });
});

describe('roles repository', () => {
  it('lists roles in order and restores a deleted role', async () => {
    const { repos } = setup();
    const t = '2026-11-23T09:00:00.000Z';
    const a = createRole('a1', { name: 'Förskollärare', headcount: 2, fullTimeHours: 40 }, [], 'r1', t);
    const b = createRole('a1', { name: 'Barnskötare', headcount: 3, fullTimeHours: 38.25 }, [a], 'r2', t);
    await repos.roles.add(b);
    await repos.roles.add(a);
    expect((await firstValueFrom(repos.roles.live('a1'))).map((r) => r.name)).toEqual(['Förskollärare', 'Barnskötare']);
    const removed = await repos.roles.remove('r2');
    expect((await firstValueFrom(repos.roles.live('a1'))).length).toBe(1);
    await repos.roles.restore(removed);
    const back = await firstValueFrom(repos.roles.live('a1'));
    // Above its tombstone (rev 2), so a file cannot take the deletion for newer than the restore.
    expect(back.find((r) => r.id === 'r2')).toMatchObject({ name: 'Barnskötare', fullTimeHours: 38.25, rev: 3 });
  });
});

describe('settings repository', () => {
  it('starts from the defaults and keeps what is changed', async () => {
    const { repos } = setup();
    expect(await repos.settings.get()).toEqual({ language: 'sv', defaultFullTimeHours: 40, privacyThreshold: 3, projectorKeys: { blank: 'b', freeze: 'f' } });
    await repos.settings.update({ language: 'en' });
    await repos.settings.update({ privacyThreshold: 5 });
    expect(await repos.settings.get()).toEqual({ language: 'en', defaultFullTimeHours: 40, privacyThreshold: 5, projectorKeys: { blank: 'b', freeze: 'f' } });
  });
});
