import { describe, expect, it } from 'vitest';
import { createAnalysis, createRole } from '../../../../shared/analysis.ts';
import { emptyRecord } from '../../../../shared/exchange/format.ts';
import { copyAnalysis } from '../../../../shared/records/copy.ts';

const NOW = '2026-11-23T09:00:00.000Z';
const LATER = '2026-12-04T10:00:00.000Z';
const fields = { unitName: 'Förskolan Solrosen', organisation: 'Norrby stad', facilitator: 'Eva' };
const counter = (prefix: string) => {
  let n = 0;
  return () => `${prefix}${++n}`;
};

function source() {
  const base = createAnalysis(fields, 'a1', NOW);
  return {
    ...emptyRecord(base.analysis),
    steps: base.steps,
    roles: [createRole('a1', { name: 'Barnskötare', headcount: 4, fullTimeHours: 40 }, [], 'r1', NOW)],
    tasks: [{ id: 't1', rev: 3, updatedAt: NOW, createdAt: NOW, analysisId: 'a1', title: 'Diska', notes: '' }],
    placements: [{ id: 'p1', rev: 2, updatedAt: NOW, analysisId: 'a1', taskId: 't1', roleId: 'r1', colour: 'red' as const, order: 'a0', hours: 2.5 }],
    questionNotes: [{ id: 'a1:rightThings', rev: 2, updatedAt: NOW, analysisId: 'a1', question: 'rightThings' as const, notes: 'Disken' }],
    staffing: [{ id: 'a1', rev: 2, updatedAt: NOW, analysisId: 'a1', roles: { r1: { posts: 3.5, monthlyCost: 31_000 } } }],
  };
}

describe('copyAnalysis', () => {
  it('copies every item under new ids at revision 1, keeps the links between them, and makes derived ids again', () => {
    const { record: copy, ids } = copyAnalysis(source(), { unitName: 'Kopia', now: LATER, newId: counter('n') });
    expect(copy.analysis).toMatchObject({ id: 'n1', unitName: 'Kopia', rev: 1, createdAt: LATER, deletedAt: null });
    expect(copy.steps.every((s) => s.analysisId === 'n1' && s.id === `n1:${s.key}`)).toBe(true);
    const [p] = copy.placements;
    expect(p).toMatchObject({ taskId: copy.tasks[0]?.id, roleId: copy.roles[0]?.id, colour: 'red', hours: 2.5, rev: 1, analysisId: 'n1', updatedAt: LATER });
    expect(copy.questionNotes).toMatchObject([{ id: 'n1:rightThings', analysisId: 'n1', notes: 'Disken' }]);
    expect(copy.staffing).toMatchObject([{ id: 'n1', roles: { [copy.roles[0]?.id ?? '']: { posts: 3.5 } } }]);
    expect(ids.get('tasks')?.get('t1')).toBe(copy.tasks[0]?.id);
    const oldIds = new Set(['a1', 'r1', 't1', 'p1']);
    expect([copy.analysis, ...copy.roles, ...copy.tasks, ...copy.placements].some((i) => oldIds.has(i.id))).toBe(false);
  });

  it('keeps a link that pointed at nothing pointing at nothing', () => {
    const original = source();
    const broken = { ...original, placements: original.placements.map((p) => ({ ...p, taskId: 'gone' })) };
    const { record: copy } = copyAnalysis(broken, { unitName: 'x', now: LATER, newId: counter('n') });
    expect(copy.placements[0]?.taskId).toBe('gone');
  });

  it('copies none of the ledger: a copy has never been exchanged', () => {
    const withLedger = { ...source(), tombstones: [{ id: 'tasks:t9', rev: 2, updatedAt: NOW, analysisId: 'a1', table: 'tasks' as const, itemId: 't9' }] };
    const { record: copy } = copyAnalysis(withLedger, { unitName: 'x', now: LATER, newId: counter('n') });
    expect([copy.tombstones, copy.keptVersions, copy.exchanges]).toEqual([[], [], []]);
  });
});
