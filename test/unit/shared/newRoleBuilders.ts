import type { NewRole, RolePart } from '../../../shared/newRoles.ts';

/** A new role as stored, with every field empty unless given. */
export function newRoleOf(id: string, name: string, extra: Partial<NewRole> = {}, at = '2026-12-02T09:00:00.000Z', analysisId = 'a1'): NewRole {
  return {
    id,
    rev: 1,
    updatedAt: at,
    analysisId,
    name,
    purpose: '',
    fullTimeHours: 40,
    contract: null,
    monthlyCost: null,
    skills: '',
    training: '',
    adaptations: '',
    supervision: '',
    order: id,
    createdAt: at,
    ...extra,
  };
}

/** A part of a placement given to a new role. */
export function partOf(id: string, newRoleId: string, placementId: string, hours: number | null, order = id, at = '2026-12-02T09:00:00.000Z'): RolePart {
  return { id, rev: 1, updatedAt: at, analysisId: 'a1', newRoleId, placementId, hours, order };
}
