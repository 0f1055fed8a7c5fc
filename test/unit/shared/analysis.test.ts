import { describe, expect, it } from 'vitest';
import {
  createAnalysis,
  createRole,
  followUpDate,
  isPurgeable,
  roleOrderAfterStep,
  stepProgress,
  validateAnalysisFields,
  validateRoleFields,
} from '../../../shared/analysis.ts';
import { byOrder, revise } from '../../../shared/items.ts';
import type { Role } from '../../../shared/model.ts';

const NOW = '2026-11-23T10:00:00.000Z';
const fields = { unitName: '  Förskolan Solrosen ', organisation: 'Norrby stad', facilitator: 'Eva' };

describe('createAnalysis', () => {
  it('creates the six steps in method order, all not started', () => {
    const { analysis, steps } = createAnalysis(fields, 'a1', NOW);
    expect(analysis.unitName).toBe('Förskolan Solrosen');
    expect(steps.map((s) => s.key)).toEqual(['info', 'survey', 'workshop1', 'swotSurvey', 'workshop2', 'report']);
    expect(steps.every((s) => s.status === 'notStarted' && s.analysisId === 'a1' && s.rev === 1)).toBe(true);
    expect(new Set(steps.map((s) => s.id)).size).toBe(6);
  });

  it('keeps the administration, trimmed, and leaves it out when blank', () => {
    expect(createAnalysis({ ...fields, administration: ' Socialförvaltningen ' }, 'a1', NOW).analysis.administration).toBe('Socialförvaltningen');
    expect('administration' in createAnalysis({ ...fields, administration: '  ' }, 'a1', NOW).analysis).toBe(false);
  });
});

describe('validateAnalysisFields', () => {
  it('requires a unit name and bounds the lengths', () => {
    expect(validateAnalysisFields(fields)).toEqual([]);
    expect(validateAnalysisFields({ ...fields, unitName: '   ' })).toEqual(['unitNameRequired']);
    expect(validateAnalysisFields({ ...fields, unitName: 'x'.repeat(121) })).toEqual(['unitNameTooLong']);
    expect(validateAnalysisFields({ ...fields, administration: 'x'.repeat(161) })).toEqual(['administrationTooLong']);
  });
});

describe('stepProgress and followUpDate', () => {
  it('counts done steps and names the first unfinished one', () => {
    const { steps } = createAnalysis(fields, 'a1', NOW);
    expect(stepProgress(steps)).toEqual({ done: 0, planned: 0, total: 6, current: 'info' });
    const edited = steps.map((s, i) => (i < 2 ? revise(s, { status: 'done' }, NOW) : i === 2 ? revise(s, { status: 'planned' }, NOW) : s));
    expect(stepProgress(edited)).toEqual({ done: 2, planned: 1, total: 6, current: 'workshop1' });
    const all = steps.map((s) => revise(s, { status: 'done' }, NOW));
    expect(stepProgress(all).current).toBeNull();
  });

  it('takes the follow-up date from step 6', () => {
    const { steps } = createAnalysis(fields, 'a1', NOW);
    expect(followUpDate(steps)).toBeNull();
    const withDate = steps.map((s) => (s.key === 'report' ? revise(s, { date: '2027-03-01' }, NOW) : s));
    expect(followUpDate(withDate)).toBe('2027-03-01');
  });
});

describe('revise', () => {
  it('bumps the revision and the timestamp with every write', () => {
    const { analysis } = createAnalysis(fields, 'a1', NOW);
    const later = '2026-11-24T10:00:00.000Z';
    const renamed = revise(analysis, { unitName: 'Ny' }, later);
    expect(renamed).toMatchObject({ unitName: 'Ny', rev: 2, updatedAt: later, organisation: 'Norrby stad' });
  });
});

describe('isPurgeable', () => {
  it('purges only analyses deleted more than 30 days ago', () => {
    const { analysis } = createAnalysis(fields, 'a1', NOW);
    expect(isPurgeable(analysis, NOW)).toBe(false);
    expect(isPurgeable({ ...analysis, deletedAt: '2026-11-01T10:00:00.000Z' }, NOW)).toBe(false);
    expect(isPurgeable({ ...analysis, deletedAt: '2026-10-01T10:00:00.000Z' }, NOW)).toBe(true);
  });
});

describe('roles', () => {
  const make = (names: string[]): Role[] =>
    names.reduce<Role[]>((acc, name, i) => [...acc, createRole('a1', { name, headcount: 1, fullTimeHours: 40 }, acc, `r${i}`, NOW)], []);

  it('appends new roles after the existing ones', () => {
    const roles = make(['Förskollärare', 'Barnskötare', 'Kock']);
    expect(
      [...roles]
        .reverse()
        .sort(byOrder)
        .map((r) => r.name),
    ).toEqual(['Förskollärare', 'Barnskötare', 'Kock']);
  });

  it('moves a role up and down, and not past either end', () => {
    const roles = make(['A', 'B', 'C']);
    const upC = roleOrderAfterStep(roles, 'r2', -1);
    expect(upC).not.toBeNull();
    const moved = roles.map((r) => (r.id === 'r2' ? { ...r, order: upC ?? r.order } : r)).sort(byOrder);
    expect(moved.map((r) => r.name)).toEqual(['A', 'C', 'B']);
    const downA = roleOrderAfterStep(moved, 'r0', 1);
    const moved2 = moved.map((r) => (r.id === 'r0' ? { ...r, order: downA ?? r.order } : r)).sort(byOrder);
    expect(moved2.map((r) => r.name)).toEqual(['C', 'A', 'B']);
    expect(roleOrderAfterStep(moved2, 'r2', -1)).toBeNull();
    expect(roleOrderAfterStep(moved2, 'r1', 1)).toBeNull();
  });

  it('validates names, headcount and full-time hours', () => {
    const roles = make(['Barnskötare']);
    const ok = { name: 'Kock', headcount: 2, fullTimeHours: 40 };
    expect(validateRoleFields(ok, roles)).toEqual([]);
    expect(validateRoleFields({ ...ok, name: ' barnskötare ' }, roles)).toEqual(['nameTaken']);
    expect(validateRoleFields({ ...ok, name: '' }, roles)).toEqual(['nameRequired']);
    expect(validateRoleFields({ ...ok, headcount: -1 }, roles)).toEqual(['headcountInvalid']);
    expect(validateRoleFields({ ...ok, headcount: 1.5 }, roles)).toEqual(['headcountInvalid']);
    expect(validateRoleFields({ ...ok, fullTimeHours: 0 }, roles)).toEqual(['fullTimeHoursInvalid']);
    expect(validateRoleFields({ ...ok, fullTimeHours: Number.NaN }, roles)).toEqual(['fullTimeHoursInvalid']);
  });
});
