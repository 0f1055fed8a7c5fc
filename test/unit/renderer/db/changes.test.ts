import { describe, expect, it, vi } from 'vitest';
import { testDb } from './helpers.ts';
import { changesRepository, writeChanges } from '../../../../renderer/db/boardRepository.ts';
import { workerChangesRepository, type WorkerLike, type WriteReply, type WriteRequest } from '../../../../renderer/db/changeWriter.ts';
import { created, deleted, invertChanges, updated } from '../../../../shared/changes.ts';
import type { Placement } from '../../../../shared/model.ts';

const at = '2026-11-23T10:00:00.000Z';
const clock = () => at;

function placement(fields: Partial<Placement> = {}): Placement {
  return { id: 'p1', analysisId: 'a1', taskId: 't1', roleId: 'r1', colour: 'unsorted', order: 'a0', hours: 2, rev: 1, updatedAt: '2026-11-01T00:00:00.000Z', ...fields };
}

describe('writing board changes', () => {
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

  it('gives a write the revision after one another window stored in the meantime', async () => {
    const db = testDb();
    const p = placement();
    await db.placements.put(p);
    // Another window moved the card twice; this window still thinks it is at rev 1.
    await db.placements.put({ ...p, colour: 'black', rev: 3 });
    const { afterwards } = await writeChanges(db, [updated('placements', p, { ...p, colour: 'green' })], clock);
    expect(await db.placements.get('p1')).toMatchObject({ colour: 'green', rev: 2 });
    await afterwards();
    expect(await db.placements.get('p1')).toMatchObject({ colour: 'green', rev: 4 });
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
    const repo = workerChangesRepository(() => {
      throw new Error('Workers are not allowed');
    }, changesRepository(db, clock));
    await repo.apply([created('placements', placement())]);
    expect(await db.placements.get('p1')).toBeDefined();
    warn.mockRestore();
  });
});
