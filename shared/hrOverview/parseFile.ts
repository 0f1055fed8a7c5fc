/**
 * One analysis file's key figures, from its text or the start of it (see
 * headScan.ts). A current file gives the summaries it carries, checked
 * against their schema; a file from before the summaries (or with another
 * version of them) is read in full: restored, upgraded, and summarised here,
 * without its per-person records, which such a file never carries unless
 * ticked. Runs off the main thread (the overview's worker, or Node).
 */
import * as z from 'zod/mini';
import { FILE_FORMAT } from '../exchange/format.ts';
import { FILE_VERSION } from '../exchange/migrations.ts';
import { restoreFile, type RestoreError } from '../exchange/restore.ts';
import { keyFigureSummary } from '../keyFigures.ts';
import { keyFigureSummarySchema, type KeyFigureSummary } from '../keyFiguresSchema.ts';
import { KEY_FIGURES_VERSION } from '../vocabulary.ts';
import { scanHead } from './headScan.ts';

/** Why a file gave no key figures. */
export type FileProblem =
  /** Not JSON, or with key figures or records that do not pass their checks. */
  | { code: 'damaged'; detail: string }
  /** Cut off before its end. */
  | { code: 'truncated' }
  /** JSON, but not an AKR Studio analysis file. */
  | { code: 'notOurs' }
  /** Written by a newer version of the app. */
  | { code: 'newerVersion'; version: number }
  /** Over the size the app reads. */
  | { code: 'tooLarge'; size: number; limit: number }
  /** The folder would not hand the file over (permission, locked, gone). */
  | { code: 'unreadable'; detail: string };

export type ParseOutcome =
  | { kind: 'summaries'; summaries: KeyFigureSummary[]; /** Whether the file had to be read in full. */ full: boolean }
  | { kind: 'needMore' }
  | { kind: 'problem'; problem: FileProblem };

const summariesSchema = z.array(keyFigureSummarySchema);

const isCurrentSummary = (value: unknown) => typeof value === 'object' && value !== null && (value as { version?: unknown }).version === KEY_FIGURES_VERSION;

/** A refusal of restoreFile as a problem of the overview. */
function problemOf(error: RestoreError): FileProblem {
  switch (error.code) {
    case 'notOurs':
      return { code: 'notOurs' };
    case 'newerVersion':
      return { code: 'newerVersion', version: error.version };
    case 'tooLarge':
      return { code: 'tooLarge', size: error.size, limit: error.limit };
    case 'unreadable':
      return { code: 'unreadable', detail: error.detail };
    case 'truncated':
      return { code: 'truncated' };
    case 'notJson':
      return { code: 'damaged', detail: error.detail };
    case 'invalid':
      return { code: 'damaged', detail: `${error.path}: ${error.detail}` };
    case 'forbiddenKey':
    case 'tooDeep':
    case 'duplicateId':
    case 'brokenLink':
      return { code: 'damaged', detail: `${error.code} at ${error.path}` };
  }
}

/** The key figures of every analysis in a whole file read in full (one from before the summaries). */
function fromWholeFile(text: string, threshold: number): ParseOutcome {
  const restored = restoreFile(text);
  if (!restored.ok) return { kind: 'problem', problem: problemOf(restored.error) };
  const summaries = restored.file.analyses.filter((r) => r.analysis.example !== true).map((r) => keyFigureSummary(r, threshold));
  return { kind: 'summaries', summaries, full: true };
}

/**
 * The key figures in `text`, the start of a file (`complete`: all of it).
 * 'needMore' asks for more of the file, at the latest for all of it;
 * `threshold` is the privacy threshold for files summarised here.
 */
export function parseFileText(text: string, complete: boolean, threshold: number): ParseOutcome {
  const head = scanHead(text, complete);
  if (head.kind === 'incomplete') return { kind: 'needMore' };
  if (head.kind === 'truncated') return { kind: 'problem', problem: { code: 'truncated' } };
  if (head.kind === 'damaged') return { kind: 'problem', problem: { code: 'damaged', detail: head.detail } };
  if (head.format !== FILE_FORMAT) return { kind: 'problem', problem: { code: 'notOurs' } };
  if (typeof head.version === 'number' && head.version > FILE_VERSION) return { kind: 'problem', problem: { code: 'newerVersion', version: head.version } };
  // Summaries of another version (or none): the records are what can be trusted.
  const usable = head.kind === 'found' && Array.isArray(head.keyFigures) && head.keyFigures.every(isCurrentSummary);
  if (!usable) return complete ? fromWholeFile(text, threshold) : { kind: 'needMore' };
  const checked = summariesSchema.safeParse(head.keyFigures);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { kind: 'problem', problem: { code: 'damaged', detail: `keyFigures.${(issue?.path ?? []).map(String).join('.')}: ${issue?.message ?? ''}` } };
  }
  return { kind: 'summaries', summaries: checked.data, full: complete };
}
