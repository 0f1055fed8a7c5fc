import { parseDelimited, type BrokenQuotes, type Delimiter } from '../../shared/survey/csv.ts';
import { toTable, type RawTable } from '../../shared/survey/table.ts';
import { LIMITS } from '../../shared/limits.ts';
import { checkXlsxArchive } from './xlsxGuard.ts';

/** Files over this size are refused before they are read. */
export const MAX_SURVEY_BYTES = 20 * 1024 * 1024;

export type SurveyFileKind = 'csv' | 'tsv' | 'xlsx';
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16' | 'windows-1252';

/** What reading the file found out, for the import report. */
export interface FileReport {
  kind: SurveyFileKind;
  /** Text files only. */
  encoding?: TextEncoding;
  delimiter?: Delimiter;
  /** Text files only: rows whose quoting does not read cleanly (a warning, the file is read as Excel reads it). */
  brokenQuotes?: BrokenQuotes;
}

export type SurveyFileProblem =
  | { code: 'tooLarge'; size: number; limit: number }
  | { code: 'tooManyRows'; rows: number; limit: number }
  | { code: 'unpacksTooLarge'; limit: number }
  | { code: 'unpackedSizeLies' }
  | { code: 'unknownType'; name: string }
  | { code: 'unreadable'; detail: string }
  | { code: 'empty' };

export class SurveyFileError extends Error {
  constructor(readonly problem: SurveyFileProblem) {
    super(problem.code);
    this.name = 'SurveyFileError';
  }
}

/** A survey file read: its table, and what reading it found out. */
export interface SurveyFileRead {
  table: RawTable;
  report: FileReport;
}

/** The file as the importer needs it: a File works, and so does a test's stand-in. */
export interface SurveyFileInput {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export function kindOf(name: string): SurveyFileKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === 'csv' || ext === 'txt' ? 'csv' : ext === 'tsv' || ext === 'tab' ? 'tsv' : ext === 'xlsx' ? 'xlsx' : null;
}

/**
 * Text as Swedish survey exports come: UTF-8 with or without BOM, UTF-16
 * with BOM (Excel's "Unicode text"), or else Windows-1252 (Excel's older
 * "CSV" on Windows). Invalid UTF-8 means Windows-1252.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252's own characters at 0x80–0x9f (– ” € …); undefined bytes stay as they are. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Some runtimes decode 'windows-1252' as Latin-1, which turns Word's dashes
 * and quotes into control characters; this maps those bytes itself.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** An xlsx cell as text: numbers with a point, dates as "2021-09-06 08:00" (a spreadsheet's dates have no time zone), blanks empty. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 16).replace('T', ' ');
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return typeof value === 'string' ? value : '';
}

/**
 * Reads a survey file into a table. The size is checked before a byte is
 * read; the xlsx reader is loaded only when an xlsx file comes.
 */
export async function readSurveyFile(file: SurveyFileInput): Promise<SurveyFileRead> {
  if (file.size > MAX_SURVEY_BYTES) throw new SurveyFileError({ code: 'tooLarge', size: file.size, limit: MAX_SURVEY_BYTES });
  const kind = kindOf(file.name);
  if (!kind) throw new SurveyFileError({ code: 'unknownType', name: file.name });
  const buffer = await file.arrayBuffer();
  let result: { table: RawTable; report: FileReport };
  let dataRows: number;
  if (kind === 'xlsx') {
    // The reader unzips inside itself and allocates what the archive declares: the sizes are checked first.
    const refusal = await checkXlsxArchive(new Uint8Array(buffer));
    if (refusal?.reason === 'tooLarge') throw new SurveyFileError({ code: 'unpacksTooLarge', limit: refusal.limit });
    if (refusal) throw new SurveyFileError({ code: 'unpackedSizeLies' });
    const { readSheet } = await import('read-excel-file/universal');
    let rows: unknown[][];
    try {
      rows = await readSheet(buffer);
    } catch (error) {
      throw new SurveyFileError({ code: 'unreadable', detail: error instanceof Error ? error.message : String(error) });
    }
    result = { table: toTable(rows.map((row) => row.map(cellText))), report: { kind } };
    dataRows = result.table.rows.length;
  } else {
    const { text, encoding } = decodeText(new Uint8Array(buffer));
    if (text.includes('\u0000')) throw new SurveyFileError({ code: 'unreadable', detail: 'binary' });
    // Rows past the limit are counted, not kept, so the refusal can name how many there are.
    const parsed = parseDelimited(text, kind === 'tsv' ? '\t' : undefined, LIMITS.surveyRows);
    const { table, delimiter, brokenQuotes } = parsed;
    dataRows = parsed.dataRows;
    result = { table, report: { kind, encoding, delimiter, ...(brokenQuotes.count > 0 ? { brokenQuotes } : {}) } };
  }
  if (result.table.header.length === 0 || result.table.rows.length === 0) throw new SurveyFileError({ code: 'empty' });
  if (dataRows > LIMITS.surveyRows) throw new SurveyFileError({ code: 'tooManyRows', rows: dataRows, limit: LIMITS.surveyRows });
  return result;
}
