/**
 * The analysis file (`*.akr.json`): everything the app stores for one or
 * more analyses, in one versioned JSON document. Building it is pure; the
 * checks that a file can be trusted are in restore.ts.
 */
import type { Analysis, Placement, Role, Step, Task, Timestamp } from '../model.ts';
import type { SurveyImport, SurveyResponse, SurveyState } from '../survey/model.ts';
import type { Workshop2 } from '../swot.ts';
import type { QuestionNote, Timer } from '../workshop.ts';
import type { ExchangeBase, KeptVersion, Tombstone } from './versions.ts';
import type { ExtraFlags, NewRole, RolePart, Staffing } from '../newRoles.ts';
import type { Agenda } from '../agenda.ts';

export const FILE_FORMAT = 'akr-studio-analyses';
/**
 * Raised whenever the file gains or changes a stored type; restore.ts reads
 * every version up to this one and upgrades it.
 * 1: the first. 2: tombstones, kept versions, what was exchanged, and the machine that wrote the file.
 * 3: new roles (their parts of tasks, the staffing estimate, tasks flagged as extras).
 * 4: the workshop agenda.
 */
export const FILE_VERSION = 4;

/** One analysis with everything it holds. */
export interface AnalysisRecord {
  analysis: Analysis;
  steps: Step[];
  roles: Role[];
  tasks: Task[];
  placements: Placement[];
  questionNotes: QuestionNote[];
  timer: Timer | null;
  survey: {
    state: SurveyState | null;
    imports: SurveyImport[];
    /** Respondents' answers: in the file only when the user chose so (off by default). */
    responses: SurveyResponse[];
  };
  workshop2: Workshop2;
  newRoles: NewRolesRecord;
  /** The workshop agenda; null until one is made. */
  agenda: Agenda | null;
  /** Items deleted on the writing machine, so an import deletes them too (and never brings them back). */
  tombstones: Tombstone[];
  /** Versions that lost a conflict, shown in the analysis's History. */
  keptVersions: KeptVersion[];
  /**
   * What the writing machine last imported from each other machine: when one
   * of those imports this file, it is the version both sides have seen (see
   * merge.ts). Never the writer's own exports.
   */
  exchanges: ExchangeBase[];
}

/** New roles built in the analysis, with what they need. */
export interface NewRolesRecord {
  roles: NewRole[];
  parts: RolePart[];
  staffing: Staffing | null;
  extras: ExtraFlags | null;
}

export interface AkrFile {
  format: typeof FILE_FORMAT;
  version: number;
  exportedAt: Timestamp;
  app: { name: string; version: string };
  /** A random id of the machine (browser profile) that wrote the file; null in files older than version 2. */
  machine: string | null;
  analyses: AnalysisRecord[];
}

export interface ExportOptions {
  exportedAt: Timestamp;
  appVersion: string;
  machine: string;
  /** Respondent-level survey answers go in only when this is true. */
  includeResponses: boolean;
}

/** The file for these analyses. */
export function buildExport(records: readonly AnalysisRecord[], options: ExportOptions): AkrFile {
  return {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: options.exportedAt,
    app: { name: 'AKR Studio', version: options.appVersion },
    machine: options.machine,
    analyses: records.map((r) => ({
      ...r,
      survey: { ...r.survey, responses: options.includeResponses ? r.survey.responses : [] },
      exchanges: r.exchanges.filter((e) => e.machine !== options.machine),
    })),
  };
}

/** The file's text: readable (two-space indent) and ending in a newline. */
export function serialize(file: AkrFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
