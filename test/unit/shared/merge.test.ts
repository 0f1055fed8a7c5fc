import { describe, expect, it } from 'vitest';
import { createAnalysis, createRole } from '../../../shared/analysis.ts';
import type { AnalysisRecord } from '../../../shared/exchange/format.ts';
import { planMerge, recordItems } from '../../../shared/exchange/merge.ts';

const at = 't';
function record(): AnalysisRecord {
  const b = createAnalysis({ unitName: 'Solrosen', organisation: '', facilitator: '' }, 'a1', at);
  return {
    ...b,
    roles: [createRole('a1', { name: 'Kock', headcount: 1, fullTimeHours: 40 }, [], 'r1', at)],
    questionNotes: [],
    timer: null,
    survey: { state: null, imports: [], responses: [] },
    workshop2: { notes: [], stacks: [], voting: null, discussion: [], actions: [] },
  };
}

describe('merging an imported analysis', () => {
  it('adds everything of an analysis the machine does not have', () => {
    const plan = planMerge(null, record());
    expect(plan).toMatchObject({ isNew: true, added: 1 + 6 + 1, changed: 0, kept: 0 });
    expect(plan.writes).toHaveLength(recordItems(record()).length);
  });

  it('takes items whose revision in the file is higher, adds new ones, and keeps the rest; importing twice changes nothing', () => {
    const local = record();
    const incoming = record();
    incoming.roles = [{ ...(incoming.roles[0] as AnalysisRecord['roles'][number]), name: 'Kock och vaktmästare', rev: 2 }];
    incoming.steps = incoming.steps.map((s, i) => (i === 0 ? { ...s, rev: 0 } : s));
    incoming.tasks = [{ id: 't1', rev: 1, updatedAt: at, analysisId: 'a1', title: 'Diska', notes: '', createdAt: at }];
    const plan = planMerge(local, incoming);
    expect(plan).toMatchObject({ isNew: false, added: 1, changed: 1, kept: 7 });
    expect(plan.writes.map((w) => `${w.table}:${w.item.id}`)).toEqual(['roles:r1', 'tasks:t1']);
    expect(planMerge(incoming, incoming)).toMatchObject({ added: 0, changed: 0, writes: [] });
  });
});
