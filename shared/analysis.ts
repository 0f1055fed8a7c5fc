import { generateKeyBetween } from 'fractional-indexing';
import type { Analysis, AnalysisBundle, Role, Step, StepKey, Timestamp } from './model.ts';
import { STEP_KEYS } from './model.ts';
import { LIMITS } from './limits.ts';

/** What a user types when creating or renaming an analysis. */
export interface AnalysisFields {
  unitName: string;
  organisation: string;
  facilitator: string;
  /** The administration (förvaltning); absent = none. */
  administration?: string;
}

export type AnalysisFieldError = 'unitNameRequired' | 'unitNameTooLong' | 'organisationTooLong' | 'administrationTooLong' | 'facilitatorTooLong';

/** Checks the fields of an analysis; an empty list means they are fine. */
export function validateAnalysisFields(fields: AnalysisFields): AnalysisFieldError[] {
  const errors: AnalysisFieldError[] = [];
  const unit = fields.unitName.trim();
  if (unit === '') errors.push('unitNameRequired');
  if (unit.length > LIMITS.unitName) errors.push('unitNameTooLong');
  if (fields.organisation.trim().length > LIMITS.organisation) errors.push('organisationTooLong');
  if ((fields.administration ?? '').trim().length > LIMITS.administration) errors.push('administrationTooLong');
  if (fields.facilitator.trim().length > LIMITS.facilitator) errors.push('facilitatorTooLong');
  return errors;
}

/** A step's id is derived from its analysis, so an analysis can never hold two of the same step. */
export function stepId(analysisId: string, key: StepKey): string {
  return `${analysisId}:${key}`;
}

/** Creates a new analysis with its six steps, all not started and following the work. */
export function createAnalysis(fields: AnalysisFields, id: string, now: Timestamp): AnalysisBundle {
  const analysis: Analysis = {
    id,
    rev: 1,
    updatedAt: now,
    createdAt: now,
    deletedAt: null,
    unitName: fields.unitName.trim(),
    organisation: fields.organisation.trim(),
    facilitator: fields.facilitator.trim(),
    example: false,
    // Left out when none, as on analyses from before the field existed.
    ...(fields.administration?.trim() ? { administration: fields.administration.trim() } : {}),
  };
  const steps: Step[] = STEP_KEYS.map((key) => ({
    id: stepId(id, key),
    rev: 1,
    updatedAt: now,
    analysisId: id,
    key,
    status: 'notStarted',
    manual: false,
    date: null,
    notes: '',
  }));
  return { analysis, steps, roles: [], tasks: [], placements: [] };
}

/** Progress through the six steps, for the list of analyses. */
export interface StepProgress {
  done: number;
  planned: number;
  total: number;
  /** The first step that is not done, or null when all are. */
  current: StepKey | null;
}

export function stepProgress(steps: readonly Step[]): StepProgress {
  const byKey = new Map(steps.map((s) => [s.key, s]));
  let done = 0;
  let planned = 0;
  let current: StepKey | null = null;
  for (const key of STEP_KEYS) {
    const status = byKey.get(key)?.status ?? 'notStarted';
    if (status === 'done') done += 1;
    else {
      if (status === 'planned') planned += 1;
      current ??= key;
    }
  }
  return { done, planned, total: STEP_KEYS.length, current };
}

/** The follow-up meeting is the date of step 6. */
export function followUpDate(steps: readonly Step[]): string | null {
  return steps.find((s) => s.key === 'report')?.date ?? null;
}

/** Whether an analysis is an example to explore: marked as such, kept out of the sync folder and the key figures. */
export function isExample(analysis: Pick<Analysis, 'example'>): boolean {
  return analysis.example === true;
}

/** Whether the sync folder holds a file of this analysis: not once it is deleted, and never for an example. */
export function inSyncFolder(analysis: Pick<Analysis, 'example' | 'deletedAt'>): boolean {
  return analysis.deletedAt === null && !isExample(analysis);
}

/** Whether an analysis counts in the key figures across analyses: not once it is deleted, and never an example. */
export function inKeyFigures(analysis: Pick<Analysis, 'example' | 'deletedAt'>): boolean {
  return analysis.deletedAt === null && !isExample(analysis);
}

/** Analyses deleted longer ago than this are purged for good. */
export const PURGE_AFTER_DAYS = 30;

export function isPurgeable(analysis: Analysis, now: Timestamp): boolean {
  if (analysis.deletedAt === null) return false;
  const age = Date.parse(now) - Date.parse(analysis.deletedAt);
  return age > PURGE_AFTER_DAYS * 24 * 60 * 60 * 1000;
}

/** What a user types for a role. */
export interface RoleFields {
  name: string;
  headcount: number;
  fullTimeHours: number;
}

export type RoleFieldError = 'nameRequired' | 'nameTooLong' | 'nameTaken' | 'headcountInvalid' | 'fullTimeHoursInvalid';

/** Checks a role's fields against the other roles of the analysis. */
export function validateRoleFields(fields: RoleFields, others: readonly Role[]): RoleFieldError[] {
  const errors: RoleFieldError[] = [];
  const name = fields.name.trim();
  if (name === '') errors.push('nameRequired');
  if (name.length > LIMITS.roleName) errors.push('nameTooLong');
  if (others.some((r) => r.name.trim().toLocaleLowerCase('sv') === name.toLocaleLowerCase('sv'))) errors.push('nameTaken');
  if (!Number.isInteger(fields.headcount) || fields.headcount < 0 || fields.headcount > LIMITS.headcountMax) {
    errors.push('headcountInvalid');
  }
  if (!Number.isFinite(fields.fullTimeHours) || fields.fullTimeHours < LIMITS.fullTimeHoursMin || fields.fullTimeHours > LIMITS.fullTimeHoursMax) {
    errors.push('fullTimeHoursInvalid');
  }
  return errors;
}

/** Creates a role placed after the last of the existing ones. */
export function createRole(analysisId: string, fields: RoleFields, existing: readonly Role[], id: string, now: Timestamp): Role {
  const last = existing.reduce<string | null>((max, r) => (max === null || r.order > max ? r.order : max), null);
  return {
    id,
    rev: 1,
    updatedAt: now,
    analysisId,
    name: fields.name.trim(),
    headcount: fields.headcount,
    fullTimeHours: fields.fullTimeHours,
    order: generateKeyBetween(last, null),
  };
}

/**
 * The new order key for moving a role one place up (-1) or down (+1) among
 * roles sorted by order; null when it is already at that end.
 */
export function roleOrderAfterStep(sorted: readonly Role[], roleId: string, step: -1 | 1): string | null {
  const index = sorted.findIndex((r) => r.id === roleId);
  if (index < 0) return null;
  const target = index + step;
  if (target < 0 || target >= sorted.length) return null;
  // Moving up: land between target-1 and target. Moving down: between target and target+1.
  const before = step < 0 ? sorted[target - 1] : sorted[target];
  const after = step < 0 ? sorted[target] : sorted[target + 1];
  return generateKeyBetween(before?.order ?? null, after?.order ?? null);
}
