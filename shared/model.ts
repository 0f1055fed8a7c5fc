import type { RecordOf } from './records/registry.ts';

/**
 * The domain model of an AKR analysis. Pure data: every stored item carries
 * an id, a revision (`rev`, bumped on every write) and `updatedAt`, so that
 * two windows and, later, file imports can tell which edit is newer.
 */

/** An ISO 8601 timestamp, e.g. "2026-11-23T09:15:00.000Z". */
export type Timestamp = string;
/** A local calendar date "YYYY-MM-DD" (no time zone: a meeting day is a day). */
export type CalendarDate = string;

/** Fields every stored item carries. */
export interface Item {
  id: string;
  /** Bumped by one on every write of this item. */
  rev: number;
  updatedAt: Timestamp;
}

/** One analysis: one unit (a preschool, a care team …) going through the six steps. */
export type Analysis = RecordOf<'analyses'>;

export { STEP_KEYS, STEP_STATUSES, COLOURS } from './vocabulary.ts';
export type { StepKey, StepStatus, Colour } from './vocabulary.ts';

/** A step of one analysis. The date of `report` is the follow-up meeting. */
export type Step = RecordOf<'steps'>;

/** A professional role at the unit (yrkesroll). */
export type Role = RecordOf<'roles'>;

/** A work task (arbetsuppgift). Its colour and hours live per role in placements. */
export type Task = RecordOf<'tasks'>;

/** Where a task sits for one role: colour, position and hours per week. */
export type Placement = RecordOf<'placements'>;

/** A task's survey figures for one role, kept on its card when the survey seeds the board. */
export type SurveyFigures = NonNullable<Placement['survey']>;

/** App-wide preferences: the one record of its kind, stored under the id "app". */
export type Settings = Omit<RecordOf<'preferences'>, keyof Item>;

/** Whether two keys can blank and freeze the projector: one letter or digit each, not the same. */
export function validProjectorKeys(keys: { blank: string; freeze: string }): boolean {
  const ok = (k: string) => /^[\p{L}\p{N}]$/u.test(k);
  return ok(keys.blank) && ok(keys.freeze) && keys.blank.toLowerCase() !== keys.freeze.toLowerCase();
}

export const DEFAULT_SETTINGS: Settings = {
  projectorKeys: { blank: 'b', freeze: 'f' },
  language: 'sv',
  defaultFullTimeHours: 40,
  privacyThreshold: 3,
};

/** Everything stored for one analysis, as used by whole-analysis operations. */
export interface AnalysisBundle {
  analysis: Analysis;
  steps: Step[];
  roles: Role[];
  tasks: Task[];
  placements: Placement[];
}
