import Papa from 'papaparse';
import { toTable, type RawTable } from './table.ts';

export type Delimiter = ';' | ',' | '\t';
const DELIMITERS: Delimiter[] = [';', ',', '\t'];

/**
 * Reads CSV or TSV text (already decoded). The delimiter is one of `; , \t`,
 * guessed from the text unless given: quoted fields, quoted newlines and
 * doubled quotes are handled, blank rows dropped.
 */
export function parseDelimited(text: string, delimiter?: Delimiter): { table: RawTable; delimiter: Delimiter } {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: delimiter ?? '',
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: false,
  });
  const found = DELIMITERS.find((d) => d === result.meta.delimiter) ?? delimiter ?? guessDelimiter(text);
  return { table: toTable(result.data), delimiter: found };
}

/** For a one-column file, where there is nothing to guess from: the delimiter that appears most. */
function guessDelimiter(text: string): Delimiter {
  const counts = DELIMITERS.map((d) => text.split(d).length);
  return DELIMITERS[counts.indexOf(Math.max(...counts))] ?? ';';
}
