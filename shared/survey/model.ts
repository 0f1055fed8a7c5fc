import type { RecordOf } from '../records/registry.ts';
import type { RawTable } from './table.ts';
import type { Mapping } from './mapping.ts';
import { detectDecimalMark } from './values.ts';

export { responseId } from '../records/ids.ts';

/** One imported survey file. */
export type SurveyImport = RecordOf<'surveyImports'>;

/** What an import found in its file, kept with it and shown in the import report. */
export type ImportReport = SurveyImport['report'];

/**
 * One respondent's answers. Kept only until the user deletes them (the
 * aggregates stay); never exported unless the user ticks it. `key` is the
 * file's anonymous respondent id, never a name or an e-mail address.
 */
export type SurveyResponse = RecordOf<'surveyResponses'>;

/** The survey of one analysis (id = the analysis id). */
export type SurveyState = RecordOf<'surveys'>;

/** The import report's figures that come from the table and the mapping (the file reader adds kind, encoding, delimiter). */
export function reportOf(file: Pick<ImportReport, 'kind' | 'encoding' | 'delimiter'>, table: RawTable, mapping: Mapping, skippedCells: number): ImportReport {
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

/** A file without a respondent column gets keys per row; they are made unique per import so two such files add up. */
export function storedKey(importId: string, key: string): string {
  return key.startsWith('#') ? `${importId}${key}` : key;
}
