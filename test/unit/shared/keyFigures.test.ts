import { describe, expect, it } from 'vitest';
import { emptyRecord, serialize, type AnalysisRecord } from '../../../shared/exchange/format.ts';
import { buildExport } from '../../../shared/exchange/export.ts';
import { keyFigureSummary } from '../../../shared/keyFigures.ts';
import { keyFigureSummarySchema } from '../../../shared/keyFiguresSchema.ts';
import type { Analysis, Placement, Role, Task } from '../../../shared/model.ts';
import type { RecordOf } from '../../../shared/records/registry.ts';
import { newRoleOf, partOf } from './newRoleBuilders.ts';

const at = '2026-12-02T09:00:00.000Z';
const analysis: Analysis = {
  id: 'a1',
  rev: 4,
  updatedAt: at,
  unitName: 'Solrosens förskola',
  organisation: 'Skövde kommun',
  facilitator: 'Anna',
  createdAt: at,
  deletedAt: null,
  administration: 'Barn- och utbildningsförvaltningen',
};
const role = (id: string, name: string): Role => ({ id, rev: 1, updatedAt: at, analysisId: 'a1', name, headcount: 6, fullTimeHours: 40, order: id });
const task = (id: string, title: string): Task => ({ id, rev: 1, updatedAt: at, analysisId: 'a1', title, notes: '', createdAt: at });
const card = (id: string, taskId: string, roleId: string, hours: number): Placement => ({
  id,
  rev: 2,
  updatedAt: '2026-12-03T10:00:00.000Z',
  analysisId: 'a1',
  taskId,
  roleId,
  colour: 'red',
  order: 'a0',
  hours,
});
const hire: RecordOf<'hires'> = {
  id: 'h1',
  rev: 1,
  updatedAt: at,
  analysisId: 'a1',
  newRoleId: 'n1',
  startDate: '2027-01-10',
  contract: 'BEA',
  wageSubsidy: true,
  priorityGroup: true,
  gender: 'woman',
  employer: 'labourMarket',
  review6: { heldOn: null, outcome: null, note: '' },
  review12: { heldOn: null, outcome: null, note: '' },
  order: 'a0',
  createdAt: at,
};

/** Two existing roles; 6 h of the teachers' and 4 h of the assistants' red work go to one new BEA role. */
function record(): AnalysisRecord {
  return {
    ...emptyRecord(analysis),
    roles: [role('r1', 'Förskollärare'), role('r2', 'Barnskötare')],
    tasks: [task('t1', 'Disk'), task('t2', 'Tvätt')],
    placements: [card('p1', 't1', 'r1', 6), card('p2', 't2', 'r2', 4), card('p3', 't2', 'r1', 2)],
    newRoles: [newRoleOf('n1', 'Kökshjälp', { contract: 'BEA' })],
    roleParts: [partOf('q1', 'n1', 'p1', null), partOf('q2', 'n1', 'p2', null)],
    hires: [hire],
  };
}

describe("the file's key figures", () => {
  it('sums the new roles by hand: 6 h + 4 h moved, one BEA role, hours freed per existing role', () => {
    const summary = keyFigureSummary(record(), 3);
    expect(summary).toMatchObject({
      version: 1,
      analysisId: 'a1',
      unitName: 'Solrosens förskola',
      administration: 'Barn- och utbildningsförvaltningen',
      threshold: 3,
      newRoles: 1,
      hoursMoved: 10,
      byContract: { AB: 0, BEA: 1, none: 0 },
      freed: [
        { name: 'Förskollärare', hours: 6 },
        { name: 'Barnskötare', hours: 4 },
      ],
    });
    // Revisions: analysis 4 + 2 roles + 2 tasks + 3 cards × 2 + 1 new role + 2 parts + 1 person = 18; the newest edit is a card's.
    expect(summary.revision).toBe(18);
    expect(summary.lastEdit).toBe('2026-12-03T10:00:00.000Z');
    expect(keyFigureSummarySchema.safeParse(summary).success).toBe(true);
  });

  it('is written before the analyses, and from the whole record even when the people are left out', () => {
    const file = buildExport([record()], { exportedAt: at, appVersion: '0.1.0', machine: 'm1', includePersonal: false });
    expect(file.analyses[0]?.hires).toEqual([]);
    expect(file.keyFigures?.[0]?.newRoles).toBe(1);
    const text = serialize(file);
    expect(text.indexOf('"keyFigures"')).toBeGreaterThan(0);
    expect(text.indexOf('"keyFigures"')).toBeLessThan(text.indexOf('"analyses"'));
    // No per-person record reaches the file: the person's start date is nowhere in it.
    expect(text).not.toContain('2027-01-10');
  });

  it('reads an analysis stored before the administration existed as none', () => {
    const { administration: _none, ...older } = analysis;
    expect(keyFigureSummary({ ...record(), analysis: older }, 3).administration).toBe('');
  });
});
