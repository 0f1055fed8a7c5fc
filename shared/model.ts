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
export interface Analysis extends Item {
  unitName: string;
  organisation: string;
  facilitator: string;
  createdAt: Timestamp;
  /** Set when the user deletes it; it can be restored until it is purged. */
  deletedAt: Timestamp | null;
}

/** The six steps of Stockholm's model, in order. */
export const STEP_KEYS = ['info', 'survey', 'workshop1', 'swotSurvey', 'workshop2', 'report'] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export const STEP_STATUSES = ['notStarted', 'planned', 'done'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** A step of one analysis. The date of `report` is the follow-up meeting. */
export interface Step extends Item {
  analysisId: string;
  key: StepKey;
  status: StepStatus;
  date: CalendarDate | null;
  notes: string;
}

/** A professional role at the unit (yrkesroll). */
export interface Role extends Item {
  analysisId: string;
  name: string;
  /** Number of people in the role. */
  headcount: number;
  /** Hours in a full-time week for this role (40 by default). */
  fullTimeHours: number;
  /** Fractional index: roles sort by this string. */
  order: string;
}

/** A work task (arbetsuppgift). Its colour and hours live per role in placements. */
export interface Task extends Item {
  analysisId: string;
  title: string;
  notes: string;
  createdAt: Timestamp;
}

/** The AKR colours plus the unsorted column. */
export const COLOURS = ['unsorted', 'green', 'yellow', 'red', 'black'] as const;
export type Colour = (typeof COLOURS)[number];

/** Where a task sits for one role: colour, position and hours per week. */
export interface Placement extends Item {
  analysisId: string;
  taskId: string;
  roleId: string;
  colour: Colour;
  /** Fractional index within (role, colour). */
  order: string;
  /** Hours per week for this role; null when not yet known. */
  hours: number | null;
  /** What the staff survey said, when the hours came from it (absent on cards typed in). */
  survey?: SurveyFigures | null;
}

/** A task's survey figures for one role, kept on its card when the survey seeds the board. */
export interface SurveyFigures {
  /** The team's hours the card was given: mean × headcount, or the sum of answers. */
  team: number;
  /** Mean hours per person over the role's respondents. */
  mean: number;
  /** Respondents who reported time on the task. */
  doing: number;
  /** All respondents of the role. */
  respondents: number;
}

/** App-wide preferences, one record. */
export interface Settings {
  language: 'sv' | 'en';
  defaultFullTimeHours: number;
  /** Survey results per role are shown only with at least this many respondents. */
  privacyThreshold: number;
  /** The keys that blank and freeze the projector (while its controls have focus): single letters. */
  projectorKeys: { blank: string; freeze: string };
}

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
