import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testStore } from '../renderer/testStore.ts';
import { analysisRecord } from './generate.ts';
import { addTask, deleteTask, moveCard, setHours, updateTask, type Board } from '../../../shared/board.ts';
import { deleted, updated, type Change } from '../../../shared/changes.ts';
import { serialize, type AkrFile, type AnalysisRecord } from '../../../shared/exchange/format.ts';
import { buildExport } from '../../../shared/exchange/export.ts';
import { isNoop, type MergePlan } from '../../../shared/exchange/merge.ts';
import { restoreFile } from '../../../shared/exchange/restore.ts';
import { CONTENT_KIND_NAMES } from '../../../shared/records/registry.ts';
import { COLOURS } from '../../../shared/vocabulary.ts';
import { editNote } from '../../../shared/swot.ts';
import { setStaffing } from '../../../shared/newRoles.ts';

const A = 'analys-91e0';
let tick = 0;
/** One clock for both machines, so every edit has a time of its own and "newer" means something. */
const clock = () => new Date(Date.UTC(2026, 11, 4, 8, 0, 0, tick++)).toISOString();

type Machine = ReturnType<typeof testStore>;

function read(file: AkrFile): AkrFile {
  const restored = restoreFile(serialize(file));
  if (!restored.ok) throw new Error(`refused: ${JSON.stringify(restored.error)}`);
  return restored.file;
}

async function exportOf(m: Machine): Promise<AkrFile> {
  return read(await m.repos.exchange.exportFile(undefined, { appVersion: 'test', includePersonal: true }));
}

/** One edit on one machine, made as the app makes it: a pure function's changes, committed. */
const edit = fc.record({
  side: fc.constantFrom<'a' | 'b'>('a', 'b'),
  what: fc.constantFrom('rename', 'move', 'hours', 'note', 'deleteTask', 'addTask', 'facilitator', 'posts', 'deleteCard'),
  pick: fc.nat(50),
  text: fc.constantFrom('Diska', 'Städa förråd', 'Åtgärd ”snart”', '', 'Öva'),
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

async function apply(m: Machine, e: Edit): Promise<void> {
  const r = (await m.repos.analyses.record(A)) as AnalysisRecord;
  const board: Board = { roles: r.roles, tasks: r.tasks, placements: r.placements };
  const at = clock();
  const of = <T>(list: readonly T[]) => list[e.pick % Math.max(1, list.length)];
  let changes: Change[] = [];
  const task = of(r.tasks);
  const card = of(r.placements.filter((p) => r.tasks.some((t) => t.id === p.taskId)));
  switch (e.what) {
    case 'rename':
      if (task) changes = updateTask(board, task.id, { title: `${e.text} ${e.pick}`.trim() || 'Uppgift' }, at);
      break;
    case 'move':
      if (card) {
        const moved = moveCard(board, card.id, { roleId: card.roleId, colour: COLOURS[e.pick % COLOURS.length] ?? 'red', index: 0 }, at);
        if (moved.ok) changes = moved.changes;
      }
      break;
    case 'hours':
      if (card) changes = setHours(board, card.id, e.pick / 2, at);
      break;
    case 'note': {
      const note = of(r.swotNotes);
      if (note) changes = editNote(note, `${e.text} ${e.pick}`.trim() || 'Lapp', at);
      break;
    }
    case 'deleteTask':
      if (task) changes = deleteTask(board, task.id);
      break;
    case 'addTask':
      if (r.roles.length > 0)
        changes = addTask(board, { analysisId: A, title: e.text || 'Ny', roleIds: [r.roles[0]?.id ?? ''], hours: 1 }, () => crypto.randomUUID(), at);
      break;
    case 'facilitator':
      changes = [updated('analyses', r.analysis, { ...r.analysis, facilitator: `${e.text} ${e.pick}` })];
      break;
    case 'posts': {
      const role = of(r.roles);
      if (role) changes = setStaffing(r.staffing[0] ?? null, A, role.id, { posts: e.pick }, at);
      break;
    }
    case 'deleteCard':
      if (card) changes = [deleted('placements', card)];
      break;
  }
  // The analysis's own fields are not an undo step in the app; everything else here is.
  await m.state().commit(changes, { undoable: e.what !== 'facilitator', label: e.what });
}

/**
 * The content of a machine's analysis: every kind but the ledger, in id order,
 * without revisions and times (two machines that made the same edit each
 * have it at their own time: the same content, which a merge leaves alone).
 */
async function contentOf(m: Machine): Promise<Record<string, unknown>> {
  const r = await m.repos.analyses.record(A);
  if (!r) return {};
  const bare = ({ rev: _r, updatedAt: _u, ...rest }: { rev: number; updatedAt: string }) => rest;
  return Object.fromEntries(
    CONTENT_KIND_NAMES.map((k) => [k, k === 'analyses' ? bare(r.analysis) : [...r[k]].sort((x, y) => x.id.localeCompare(y.id)).map(bare)]),
  );
}

/** Each version that lost a conflict in these plans is in the machine's History. */
async function expectLostInHistory(m: Machine, plans: readonly MergePlan[]) {
  const kept = await m.db.keptVersions.toArray();
  for (const c of plans.flatMap((p) => p.conflicts)) {
    const lost = c.winner === 'file' ? c.here : c.file;
    expect(
      kept.some((k) => k.table === c.table && k.itemId === c.itemId && JSON.stringify(k.version) === JSON.stringify(lost)),
      `lost ${c.key}`,
    ).toBe(true);
  }
}

describe('two machines exchanging files', () => {
  it('converge after random edits on both sides, with every version that lost a conflict in History', async () => {
    let conflicts = 0;
    await fc.assert(
      fc.asyncProperty(analysisRecord(A), fc.array(edit, { minLength: 1, maxLength: 14 }), async (source, edits) => {
        const a = testStore({ clock });
        const b = testStore({ clock });
        const gen = read(buildExport([source], { exportedAt: clock(), appVersion: 'test', machine: 'm-gen', includePersonal: true }));
        await a.state().importFile(gen, 'gen.akr.json', {});
        await b.state().importFile(await exportOf(a), 'a.akr.json', {});
        for (const e of edits) await apply(e.side === 'a' ? a : b, e);

        const toB = await b.state().importFile(await exportOf(a), 'a.akr.json', {});
        const toA = await a.state().importFile(await exportOf(b), 'b.akr.json', {});
        expect(await contentOf(a)).toEqual(await contentOf(b));
        // Once converged, a further exchange changes nothing.
        expect((await b.state().importFile(await exportOf(a), 'a.akr.json', {})).every(isNoop)).toBe(true);
        await expectLostInHistory(b, toB);
        await expectLostInHistory(a, toB); // History travels with the file
        await expectLostInHistory(a, toA);
        conflicts += [...toA, ...toB].reduce((n, p) => n + p.conflicts.length, 0);
      }),
      { seed: 20261204, numRuns: 100 },
    );
    // The runs did meet conflicts, so the History half of the property was exercised.
    expect(conflicts).toBeGreaterThan(0);
  }, 180_000);
});
