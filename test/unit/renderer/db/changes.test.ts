import { describe, expect, it, vi } from 'vitest';
import { testDb } from './helpers.ts';
import { changesRepository, writeChanges } from '../../../../renderer/db/writer.ts';
import { workerChangesRepository, type WorkerLike, type WriteReply, type WriteRequest } from '../../../../renderer/db/changeWriter.ts';
import { created, deleted, invertChanges, updated } from '../../../../shared/changes.ts';
import type { Placement } from '../../../../shared/model.ts';
import type { Staffing } from '../../../../shared/newRoles.ts';

const at = '2026-11-23T10:00:00.000Z';
const clock = () => at;

function placement(fields: Partial<Placement> = {}): Placement {
  return {
    id: 'p1',
    analysisId: 'a1',
    taskId: 't1',
    roleId: 'r1',
    colour: 'unsorted',
    order: 'a0',
    hours: 2,
    rev: 1,
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...fields,
  };
}

describe('the one write path', () => {
  it('puts, updates and deletes in one go and gives each write the next revision', async () => {
    const db = testDb();
    const repo = changesRepository(db, clock);
    const p = placement();
    await repo.apply([created('placements', p)]);
    expect(await db.placements.get('p1')).toEqual({ ...p, rev: 1, updatedAt: at });

    const stored = await db.placements.get('p1');
    if (!stored) throw new Error('not stored');
    const moved = { ...stored, colour: 'red' as const };
    await repo.apply([updated('placements', stored, moved)]);
    expect(await db.placements.get('p1')).toMatchObject({ colour: 'red', rev: 2 });

    await repo.apply([deleted('placements', { ...moved, rev: 2 })]);
    expect(await db.placements.get('p1')).toBeUndefined();
  });

  it('writes an undo as a newer revision than the edit it takes back', async () => {
    const db = testDb();
    const repo = changesRepository(db, clock);
    const p = placement();
    await repo.apply([created('placements', p)]);
    const edit = [updated('placements', p, { ...p, colour: 'green' as const, rev: 2 })];
    await repo.apply(edit);
    await repo.apply(invertChanges(edit));
    expect(await db.placements.get('p1')).toMatchObject({ colour: 'unsorted', rev: 3 });
  });

  it('gives a write the revision after one another window stored in the meantime, in one step', async () => {
    const db = testDb();
    const p = placement();
    await db.placements.put(p);
    // Another window moved the card twice; this window still thinks it is at rev 1.
    await db.placements.put({ ...p, colour: 'black', rev: 3 });
    await writeChanges(db, [updated('placements', p, { ...p, colour: 'green' })], clock);
    expect(await db.placements.get('p1')).toMatchObject({ colour: 'green', rev: 4 });
  });

  it('applies an edit field by field over the item as stored: another window’s edit of another field stays', async () => {
    const db = testDb();
    const p = placement();
    await db.placements.put(p);
    // Both windows start from rev 1: one changes the hours, the other the colour.
    await writeChanges(db, [updated('placements', p, { ...p, hours: 7 })], clock);
    await writeChanges(db, [updated('placements', p, { ...p, colour: 'red' })], clock);
    expect(await db.placements.get('p1')).toMatchObject({ hours: 7, colour: 'red', rev: 3 });
  });

  it('patches inside an object field key by key (two roles’ posts in the staffing estimate)', async () => {
    const db = testDb();
    const s: Staffing = {
      id: 'a1',
      analysisId: 'a1',
      rev: 1,
      updatedAt: at,
      roles: { r1: { posts: 1, monthlyCost: null }, r2: { posts: 2, monthlyCost: null } },
    };
    await db.staffing.put(s);
    await writeChanges(db, [updated('staffing', s, { ...s, roles: { ...s.roles, r1: { posts: 5, monthlyCost: null } } })], clock);
    await writeChanges(db, [updated('staffing', s, { ...s, roles: { ...s.roles, r2: { posts: 2, monthlyCost: 30_000 } } })], clock);
    expect((await db.staffing.get('a1'))?.roles).toEqual({ r1: { posts: 5, monthlyCost: null }, r2: { posts: 2, monthlyCost: 30_000 } });
  });

  it('gives an item one revision per commit, however many of its changes the commit holds', async () => {
    const db = testDb();
    const p = placement();
    await db.placements.put(p);
    const a = { ...p, colour: 'red' as const };
    const b = { ...a, order: 'a5' };
    await writeChanges(db, [updated('placements', p, a), updated('placements', a, b)], clock);
    expect(await db.placements.get('p1')).toMatchObject({ colour: 'red', order: 'a5', rev: 2 });
  });

  it('leaves a tombstone for a deleted item, and an item made again is newer than its deletion', async () => {
    const db = testDb();
    const p = placement({ rev: 4 });
    await db.placements.put(p);
    await writeChanges(db, [deleted('placements', p)], clock);
    expect(await db.tombstones.get('placements:p1')).toMatchObject({ table: 'placements', itemId: 'p1', rev: 5, analysisId: 'a1' });
    await writeChanges(db, [created('placements', p)], clock);
    expect(await db.placements.get('p1')).toMatchObject({ rev: 6 });
    expect(await db.tombstones.get('placements:p1')).toBeUndefined();
  });

  it('brings back an item edited here while another window deleted it, newer than the deletion', async () => {
    const db = testDb();
    const p = placement();
    await db.placements.put(p);
    await writeChanges(db, [deleted('placements', p)], clock);
    await writeChanges(db, [updated('placements', p, { ...p, hours: 3 })], clock);
    expect(await db.placements.get('p1')).toMatchObject({ hours: 3, rev: 3 });
    expect(await db.tombstones.get('placements:p1')).toBeUndefined();
  });

  it('writes the app’s preferences the same way, without tombstones', async () => {
    const db = testDb();
    const row = {
      id: 'app' as const,
      rev: 1,
      updatedAt: at,
      language: 'sv' as const,
      defaultFullTimeHours: 40,
      privacyThreshold: 3,
      projectorKeys: { blank: 'b', freeze: 'f' },
    };
    await writeChanges(db, [created('preferences', row)], clock);
    await writeChanges(db, [updated('preferences', row, { ...row, language: 'en' })], clock);
    expect(await db.preferences.get('app')).toMatchObject({ language: 'en', rev: 2 });
    await writeChanges(db, [deleted('preferences', { ...row, rev: 2 })], clock);
    expect(await db.tombstones.count()).toBe(0);
  });

  it('writes nothing for an empty change set', async () => {
    const db = testDb();
    await changesRepository(db, clock).apply([]);
    expect(await db.placements.count()).toBe(0);
  });

  it('records how long each write took to reach the disk', async () => {
    const db = testDb();
    const before = performance.getEntriesByName('akr:persist').length;
    await changesRepository(db, clock).apply([created('placements', placement())]);
    expect(performance.getEntriesByName('akr:persist').length).toBe(before + 1);
  });
});

/** A worker that runs the real write function in this thread, answering asynchronously like a worker. */
function fakeWorker(db: ReturnType<typeof testDb>, behaviour: 'ok' | 'reject' | 'crash' = 'ok') {
  const listeners: { message: ((e: MessageEvent<WriteReply>) => void)[]; error: ((e: Event) => void)[] } = { message: [], error: [] };
  const posted: WriteRequest[] = [];
  const worker: WorkerLike & { terminated: boolean } = {
    terminated: false,
    postMessage(request) {
      posted.push(request);
      setTimeout(() => {
        if (behaviour === 'crash') {
          for (const l of listeners.error) l(new Event('error'));
          return;
        }
        if (behaviour === 'reject') {
          for (const l of listeners.message) l(new MessageEvent('message', { data: { id: request.id, ok: false, message: 'QuotaExceededError: full' } }));
          return;
        }
        void writeChanges(db, request.changes, clock).then(() => {
          const data: WriteReply = { id: request.id, ok: true, committedAt: performance.timeOrigin + performance.now() };
          for (const l of listeners.message) l(new MessageEvent('message', { data }));
        });
      }, 1);
    },
    addEventListener(type: 'message' | 'error', listener: never) {
      (listeners[type] as unknown[]).push(listener);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return { worker, posted };
}

describe('the change writer worker client', () => {
  it('sends the changes to the worker and resolves once the worker has them on disk', async () => {
    const db = testDb();
    const { worker, posted } = fakeWorker(db);
    const local = { apply: vi.fn(() => Promise.resolve()) };
    const repo = workerChangesRepository(() => worker, local);
    const before = performance.getEntriesByName('akr:persist').length;
    await repo.apply([created('placements', placement())]);
    expect(posted).toHaveLength(1);
    expect(local.apply).not.toHaveBeenCalled();
    expect(await db.placements.get('p1')).toMatchObject({ rev: 1 });
    expect(performance.getEntriesByName('akr:persist').length).toBe(before + 1);
  });

  it('rejects when the worker reports a failed write', async () => {
    const db = testDb();
    const repo = workerChangesRepository(() => fakeWorker(db, 'reject').worker, changesRepository(db, clock));
    await expect(repo.apply([created('placements', placement())])).rejects.toThrow(/QuotaExceededError/);
  });

  it('writes on this thread when the worker crashes, including the write in flight', async () => {
    const db = testDb();
    const { worker } = fakeWorker(db, 'crash');
    const repo = workerChangesRepository(() => worker, changesRepository(db, clock));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await repo.apply([created('placements', placement())]);
    await repo.apply([created('placements', placement({ id: 'p2' }))]);
    expect(await db.placements.count()).toBe(2);
    expect(worker.terminated).toBe(true);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('writes on this thread when no worker can be started', async () => {
    const db = testDb();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const repo = workerChangesRepository(
      () => {
        throw new Error('Workers are not allowed');
      },
      changesRepository(db, clock),
    );
    await repo.apply([created('placements', placement())]);
    expect(await db.placements.get('p1')).toBeDefined();
    warn.mockRestore();
  });
});
