/**
 * The analysis file (`*.akr`): everything the app stores for one or
 * more analyses, in one versioned JSON document. What an analysis record
 * holds is derived from the record registry: one list per kind that goes into
 * the file, under the kind's name. Building it is pure; the checks that a file
 * can be trusted are in restore.ts, and the upgrades of older versions in
 * migrations.ts.
 */
import type { Analysis, Item, Timestamp } from '../model.ts';
import type { ContentKind, FileKind, RecordOf } from '../records/registry.ts';
import { FILE_KIND_NAMES } from '../records/registry.ts';
import { FILE_VERSION } from './migrations.ts';
import type { KeyFigureSummary } from '../keyFigures.ts';

export const FILE_FORMAT = 'akr-studio-analyses';
export { FILE_VERSION };

/** One analysis with everything it holds: the analysis, then a list per kind of record in the file. */
export type AnalysisRecord = { analysis: Analysis } & { [K in Exclude<FileKind, 'analyses'>]: RecordOf<K>[] };

export interface AkrFile {
  format: typeof FILE_FORMAT;
  version: number;
  exportedAt: Timestamp;
  app: { name: string; version: string };
  /** A random id of the machine (browser profile) that wrote the file; null in files older than version 2. */
  machine: string | null;
  /**
   * Each analysis's key figures, with the privacy threshold applied (shared/keyFigures.ts): written
   * before the analyses, read by the overview across units without reading the items. Absent in
   * files older than version 10; never read back into an analysis.
   */
  keyFigures?: KeyFigureSummary[];
  analyses: AnalysisRecord[];
}

export interface ExportOptions {
  exportedAt: Timestamp;
  appVersion: string;
  machine: string;
  /** Per-person records (survey answers, the people in the new roles) go in only when this is true. */
  includePersonal: boolean;
  /** The privacy threshold for the key figures' counts of people; by default the app's default threshold. */
  threshold?: number;
}

/** The items of one kind in a record. */
export function itemsOf(record: AnalysisRecord, kind: ContentKind): readonly Item[];
export function itemsOf(record: AnalysisRecord, kind: FileKind): readonly { id: string }[];
export function itemsOf(record: AnalysisRecord, kind: FileKind): readonly { id: string }[] {
  return kind === 'analyses' ? [record.analysis] : record[kind];
}

/** A record of an analysis that holds nothing else yet. */
export function emptyRecord(analysis: Analysis): AnalysisRecord {
  const lists = Object.fromEntries(FILE_KIND_NAMES.filter((k) => k !== 'analyses').map((k) => [k, []]));
  return { analysis, ...lists } as AnalysisRecord; // every kind but the analysis itself, each an empty list
}

/** The file's text: readable (two-space indent) and ending in a newline. */
export function serialize(file: AkrFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
