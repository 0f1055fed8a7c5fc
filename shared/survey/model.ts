import type { Item, Timestamp } from '../model.ts';
import type { Delimiter } from './csv.ts';
import type { IgnoredReason, Mapping, Shape } from './mapping.ts';
import type { RawTable } from './table.ts';
import type { SurveyResults, SmallRoles } from './results.ts';
import { detectDecimalMark, type DecimalMark, type TimeUnit } from './values.ts';

/** What an import found in its file, kept with it and shown in the import report. */
export interface ImportReport {
  kind: 'csv' | 'tsv' | 'xlsx';
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16' | 'windows-1252' | null;
  delimiter: Delimiter | null;
  decimalMark: DecimalMark;
  shape: Shape;
  unit: TimeUnit;
  ignored: { column: string; because: IgnoredReason }[];
  /** Cells left out as not sensible, and rows without a role. */
  skippedCells: number;
}

/** One imported survey file. */
export interface SurveyImport extends Item {
  analysisId: string;
  fileName: string;
  importedAt: Timestamp;
  /** Respondents in the file; `replaced` of them were already stored from an earlier file and were replaced. */
  respondents: number;
  replaced: number;
  report: ImportReport;
}

/**
 * One respondent's answers. Kept only until the user deletes them (the
 * aggregates stay); never exported. `key` is the file's anonymous respondent
 * id, never a name or an e-mail address.
 */
export interface SurveyResponse extends Item {
  analysisId: string;
  importId: string;
  key: string;
  role: string;
  mission: string;
  hours: Record<string, number>;
}

/** The survey of one analysis (id = the analysis id). */
export interface SurveyState extends Item {
  analysisId: string;
  /** All tasks of all imports, in the order they first appeared. */
  tasks: string[];
  /** How roles under the privacy threshold are shown. */
  smallRoles: SmallRoles;
  /** The results as they were when the respondents' answers were deleted; null while the answers are kept. */
  frozen: { results: SurveyResults; threshold: number; at: Timestamp } | null;
}

/** The response id: one per respondent key in an analysis, so a new file with the same ids replaces them. */
export function responseId(analysisId: string, key: string): string {
  return `${analysisId}|${key}`;
}

/** The import report's figures that come from the table and the mapping (the file reader adds kind, encoding, delimiter). */
export function reportOf(
  file: Pick<ImportReport, 'kind' | 'encoding' | 'delimiter'>,
  table: RawTable,
  mapping: Mapping,
  skippedCells: number,
): ImportReport {
  const timeColumns = mapping.columns.flatMap((c, i) => (c.kind === 'task' || c.kind === 'time' ? [i] : []));
  const cells = function* () {
    for (const row of table.rows) for (const i of timeColumns) yield row[i] ?? '';
  };
  return {
    ...file,
    decimalMark: detectDecimalMark(cells()),
    shape: mapping.shape,
    unit: mapping.unit,
    ignored: mapping.columns.flatMap((c, i) => (c.kind === 'ignored' ? [{ column: table.header[i] ?? '', because: c.ignoredBecause ?? 'chosen' }] : [])),
    skippedCells,
  };
}
