import Papa from 'papaparse';
import { toTable, type RawTable } from './table.ts';

export type { Delimiter } from '../vocabulary.ts';
import type { Delimiter } from '../vocabulary.ts';
const DELIMITERS: Delimiter[] = [';', ',', '\t'];

/**
 * Reads CSV or TSV text (already decoded). The delimiter is one of `; , \t`,
 * guessed from the text unless given: quoted fields, quoted newlines and
 * doubled quotes are handled, blank rows dropped.
 */
export function parseDelimited(text: string, delimiter?: Delimiter): { table: RawTable; delimiter: Delimiter } {
  const body = text.replace(/^\uFEFF/, '');
  const found = delimiter ?? detectDelimiter(body);
  const result = Papa.parse<string[]>(body, { delimiter: found, skipEmptyLines: false });
  return { table: toTable(result.data), delimiter: found };
}

/**
 * The delimiter, from the first 50 non-blank lines (papaparse's guess
 * counts a trailing blank line against a delimiter otherwise, and then
 * picks ',' for a short two-column file); when no delimiter is
 * consistent, the one that appears most.
 */
function detectDelimiter(text: string): Delimiter {
  const guess = Papa.parse<string[]>(text, { delimiter: '', delimitersToGuess: DELIMITERS, skipEmptyLines: 'greedy', preview: 50 });
  if (guess.errors.some((e) => e.code === 'UndetectableDelimiter')) return guessDelimiter(text);
  return DELIMITERS.find((d) => d === guess.meta.delimiter) ?? guessDelimiter(text);
}

/** For a one-column file, where there is nothing to guess from: the delimiter that appears most. */
function guessDelimiter(text: string): Delimiter {
  const counts = DELIMITERS.map((d) => text.split(d).length);
  return DELIMITERS[counts.indexOf(Math.max(...counts))] ?? ';';
}
