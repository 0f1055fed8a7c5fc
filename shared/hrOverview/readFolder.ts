/**
 * Reading a folder of analysis files for HR's overview, without importing
 * them: each file's key figures, from the start of the file where they are
 * (more of it only when needed), one file at a time, with progress and a
 * way to stop. The folder and the parser are ports: the platform reads the
 * bytes (renderer/platform), the parser runs off the main thread.
 */
import type { KeyFigureSummary } from '../keyFigures.ts';
import type { FileProblem, ParseOutcome } from './parseFile.ts';

/** One file found in the folder: its path inside the folder ("a/b.akr"), and its size in bytes. */
export interface FolderFile {
  path: string;
  size: number;
}

/** An entry with an analysis file's name that cannot be read at all (not a regular file, too large, no access). */
export interface FolderSkipped {
  path: string;
  problem: FileProblem;
}

/** What a folder gives the reader. */
export interface FolderSource {
  files: readonly FolderFile[];
  skipped: readonly FolderSkipped[];
  /** The text of bytes [start, end) of a file (end null: to the end); rejects or gives a problem when it cannot. */
  read(path: string, start: number, end: number | null): Promise<{ ok: true; text: string } | { ok: false; problem: FileProblem }>;
}

/** A summary with the file it came from. */
export interface FoundSummary {
  summary: KeyFigureSummary;
  path: string;
}

export interface FolderReading {
  /** Every summary read, from every file (an analysis may be in several). */
  found: FoundSummary[];
  problems: FolderSkipped[];
  /** Files read, of `total`; less than total when stopped. */
  read: number;
  total: number;
  stopped: boolean;
}

/**
 * How much of a file is read first, then next, before reading it whole: the
 * key figures of a file with one analysis take a few kilobytes; a file
 * holding many analyses, more.
 */
export const HEAD_STEPS = [64 * 1024, 1024 * 1024] as const;

export interface ReadOptions {
  parse: (text: string, complete: boolean) => Promise<ParseOutcome>;
  onProgress?: (read: number, total: number) => void;
  /** Checked between files: once true, the reading stops with what it has. */
  stop?: () => boolean;
}

/** One file's summaries, reading more of it only while the parser asks for more. */
async function readOne(source: FolderSource, file: FolderFile, parse: ReadOptions['parse']): Promise<ParseOutcome> {
  for (const step of [...HEAD_STEPS.filter((s) => s < file.size), null]) {
    const text = await source.read(file.path, 0, step);
    if (!text.ok) return { kind: 'problem', problem: text.problem };
    const outcome = await parse(text.text, step === null);
    if (outcome.kind !== 'needMore') return outcome;
  }
  return { kind: 'problem', problem: { code: 'truncated' } };
}

/** Reads every file of the folder in turn; a file that cannot be read is listed with why, never failing the rest. */
export async function readFolder(source: FolderSource, options: ReadOptions): Promise<FolderReading> {
  const found: FoundSummary[] = [];
  const problems: FolderSkipped[] = [...source.skipped];
  const total = source.files.length;
  let read = 0;
  options.onProgress?.(0, total);
  for (const file of source.files) {
    if (options.stop?.()) return { found, problems, read, total, stopped: true };
    let outcome: ParseOutcome;
    try {
      outcome = await readOne(source, file, options.parse);
    } catch (e) {
      outcome = { kind: 'problem', problem: { code: 'unreadable', detail: e instanceof Error ? e.message : String(e) } };
    }
    if (outcome.kind === 'summaries') for (const summary of outcome.summaries) found.push({ summary, path: file.path });
    else if (outcome.kind === 'problem') problems.push({ path: file.path, problem: outcome.problem });
    read++;
    options.onProgress?.(read, total);
  }
  return { found, problems, read, total, stopped: false };
}
