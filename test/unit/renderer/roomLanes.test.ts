import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/model.ts';
import type { RoleResult } from '../../../shared/survey/results.ts';
import { surveyLanes, surveyResultFor } from '../../../renderer/presenter/roomLanes.ts';

const role = (id: string, name: string) => ({ id, name }) as Role;
const result = (name: string, roles: string[] = [name]): RoleResult => ({
  name,
  roles,
  respondents: 1,
  headcount: null,
  team: 1,
  perPerson: { min: 1, median: 1, max: 1 },
  tasks: [],
  missions: [],
});

describe('which survey result the room sees for a role', () => {
  const roles = [role('r1', 'Förskollärare'), role('r2', 'Barnskötare'), role('r3', 'Kock'), role('r4', 'Vaktmästare')];
  // Barnskötare and Vaktmästare were few: merged into "Övriga". Kock has no answers.
  const results = [result('Förskollärare'), result('Övriga', ['Barnskötare', 'Vaktmästare'])];

  it('goes through one lane per result, in the roles’ order, skipping roles without answers and merged roles seen already', () => {
    expect(surveyLanes(results, roles).map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('shows a role’s own result, the group it was merged into, and for a role without answers the first role’s', () => {
    expect(surveyResultFor(results, roles, 'r1')?.name).toBe('Förskollärare');
    expect(surveyResultFor(results, roles, 'r4')?.name).toBe('Övriga');
    expect(surveyResultFor(results, roles, 'r3')?.name).toBe('Förskollärare');
    expect(surveyResultFor(results, roles, null)?.name).toBe('Förskollärare');
  });

  it('matches names as people type them (case and spaces), and falls back to the first result when no role matches', () => {
    expect(surveyResultFor([result(' förskollärare ')], roles, 'r1')?.name).toBe(' förskollärare ');
    expect(surveyResultFor([result('Rektor')], roles, 'r1')?.name).toBe('Rektor');
    expect(surveyResultFor([], roles, 'r1')).toBeUndefined();
    expect(surveyLanes([result('Rektor')], roles)).toEqual([]);
  });
});
