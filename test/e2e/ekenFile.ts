import { createAnalysis, createRole } from '../../shared/analysis.ts';
import { serialize, type AnalysisRecord } from '../../shared/exchange/format.ts';
import { buildExport } from '../../shared/exchange/export.ts';
import type { Placement, Task } from '../../shared/model.ts';
import type { NewRole, RolePart, Staffing } from '../../shared/newRoles.ts';

export const EKEN_AT = '2026-12-02T09:00:00.000Z';
const at = EKEN_AT;

/**
 * The parts of Äldreboendet Eken, the care unit the new roles' tests share:
 * 10 assistant nurses (a 40 h week, a post 33,000 kr a month) and 2 nurses
 * (38.25 h, 45,000 kr, 2 posts), and makers for its tasks, cards, the service
 * assistant (BEA, a 37 h week, 26,000 kr a month) and the cards' parts in it.
 * Each test puts together the board and roles it needs.
 */
export function ekenParts(a: string) {
  const bundle = createAnalysis({ unitName: 'Äldreboendet Eken', organisation: 'Norrby stad', facilitator: 'Eva Processledare' }, a, at);
  const usk = createRole(a, { name: 'Undersköterska', headcount: 10, fullTimeHours: 40 }, [], crypto.randomUUID(), at);
  const ssk = createRole(a, { name: 'Sjuksköterska', headcount: 2, fullTimeHours: 38.25 }, [usk], crypto.randomUUID(), at);
  const task = (title: string): Task => ({ id: crypto.randomUUID(), rev: 1, updatedAt: at, analysisId: a, title, notes: '', createdAt: at });
  const place = (t: Task, roleId: string, colour: Placement['colour'], hours: number): Placement => ({
    id: crypto.randomUUID(),
    rev: 1,
    updatedAt: at,
    analysisId: a,
    taskId: t.id,
    roleId,
    colour,
    order: 'a0',
    hours,
  });
  const serviceAssistant = (extra: Partial<NewRole> = {}): NewRole => ({
    id: crypto.randomUUID(),
    rev: 1,
    updatedAt: at,
    analysisId: a,
    name: 'Serviceassistent',
    purpose: 'Avlasta omvårdnaden',
    fullTimeHours: 37,
    contract: 'BEA',
    monthlyCost: 26_000,
    skills: '',
    training: '',
    adaptations: '',
    supervision: '',
    order: 'a0',
    createdAt: at,
    ...extra,
  });
  const part = (newRole: NewRole, p: Placement, hours: number | null, order: string): RolePart => ({
    id: crypto.randomUUID(),
    rev: 1,
    updatedAt: at,
    analysisId: a,
    newRoleId: newRole.id,
    placementId: p.id,
    hours,
    order,
  });
  const staffing: Staffing = {
    id: a,
    rev: 1,
    updatedAt: at,
    analysisId: a,
    roles: { [usk.id]: { posts: null, monthlyCost: 33_000 }, [ssk.id]: { posts: 2, monthlyCost: 45_000 } },
  };
  return { bundle, usk, ssk, task, place, serviceAssistant, part, staffing };
}

/** An analysis file of `records`, as the app exports it (no per-person records). */
export function analysesFile(records: AnalysisRecord[], machine: string): Buffer {
  return Buffer.from(serialize(buildExport(records, { exportedAt: at, appVersion: '0.1.0', machine, includePersonal: false })));
}
