import { toTable, type RawTable } from './table.ts';

export type { Delimiter } from '../vocabulary.ts';
import type { Delimiter } from '../vocabulary.ts';
const DELIMITERS: Delimiter[] = [';', ',', '\t'];

/** How many rows with broken quoting are named (the count says how many there are in all). */
const BROKEN_ROWS_NAMED = 20;
/** Rows the delimiter is guessed from, within at most this many characters (a header may be 20 MB). */
const GUESS_ROWS = 50;
const GUESS_CHARS = 1 << 20;

/** Rows whose quoting does not read cleanly, as Excel numbers them (the header's row is 1). */
export interface BrokenQuotes {
  rows: number[];
  count: number;
}

export interface Delimited {
  table: RawTable;
  delimiter: Delimiter;
  /** Non-blank rows after the header, counted to the end even when `maxRows` stopped keeping them. */
  dataRows: number;
  brokenQuotes: BrokenQuotes;
}

/**
 * Reads CSV or TSV text (already decoded) the way Excel opens it. The
 * delimiter is one of `; , \t`, guessed from the text unless given. A quote
 * opens a quoted cell only at the start of a cell; inside one, `""` is a
 * quote and a lone `"` closes it. Text after a closing quote is kept up to the
 * next delimiter, and a quote that is never closed is read as a plain
 * character (Excel would swallow the rest of the file into that cell); both
 * are reported as broken quoting with their row. Rows are numbered as Excel
 * numbers them: one per record, blank rows included, a quoted cell spanning
 * lines staying in its row. Blank rows are dropped. One pass, linear in the
 * text; `maxRows` keeps at most that many data rows (the rest are counted).
 */
export function parseDelimited(text: string, delimiter?: Delimiter, maxRows = Number.POSITIVE_INFINITY): Delimited {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const found = delimiter ?? detectDelimiter(body);
  const read = readRecords(body, found, maxRows + 1, Number.POSITIVE_INFINITY);
  return { table: toTable(read.records), delimiter: found, dataRows: Math.max(0, read.nonBlank - 1), brokenQuotes: read.broken };
}

interface Records {
  /** Every record up to the `keep`-th non-blank one, blank ones included (so index + 1 is the row number). */
  records: string[][];
  nonBlank: number;
  broken: BrokenQuotes;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * The records of the text, read with `delimiter`: keeps the records up to
 * the `keep`-th non-blank one, and stops reading after the `stop`-th.
 */
function readRecords(text: string, delimiter: Delimiter, keep: number, stop: number): Records {
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  const records: string[][] = [];
  const broken: BrokenQuotes = { rows: [], count: 0 };
  let nonBlank = 0;
  let row: string[] = [];
  let rowNumber = 1;
  let i = 0;
  // A quote never closed is read as a character once; a second one (which needs an odd
  // quote after the first) takes the rest of the text, so no stretch is read more than twice.
  let reread = false;

  const endOfCell = (from: number) => {
    let j = from;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === sep || c === CR || c === LF) break;
      j++;
    }
    return j;
  };
  let lastBroken = 0;
  const markBroken = () => {
    if (lastBroken === rowNumber) return;
    lastBroken = rowNumber;
    broken.count++;
    if (broken.rows.length < BROKEN_ROWS_NAMED) broken.rows.push(rowNumber);
  };
  const endRecord = () => {
    const blank = row.every((c) => c.trim() === '');
    if (!blank) nonBlank++;
    if (blank ? nonBlank < keep : nonBlank <= keep) records.push(row);
    row = [];
    rowNumber++;
  };

  while (nonBlank < stop) {
    let cell: string;
    if (i < n && text.charCodeAt(i) === QUOTE) {
      let value = '';
      let from = i + 1;
      let closedAt = -1;
      for (let q = text.indexOf('"', from); q >= 0; q = text.indexOf('"', from)) {
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += text.slice(from, q);
        closedAt = q;
        break;
      }
      if (closedAt >= 0) {
        i = closedAt + 1;
        if (i < n && text.charCodeAt(i) !== sep && text.charCodeAt(i) !== CR && text.charCodeAt(i) !== LF) {
          markBroken();
          const end = endOfCell(i);
          value += text.slice(i, end);
          i = end;
        }
        cell = value;
      } else {
        markBroken();
        if (reread) {
          cell = value + text.slice(from);
          i = n;
        } else {
          reread = true;
          const end = endOfCell(i);
          cell = text.slice(i, end);
          i = end;
        }
      }
    } else {
      const end = endOfCell(i);
      cell = text.slice(i, end);
      i = end;
    }
    row.push(cell);
    if (i >= n) {
      endRecord();
      break;
    }
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    endRecord();
    if (i >= n) break;
  }
  return { records, nonBlank, broken };
}

/**
 * The delimiter, from the first 50 non-blank rows read with each: the one
 * that gives every row as many cells as the first, and more than one (most
 * cells wins a tie); otherwise the one that gives the most rows the first
 * row's count; for a file where none splits the first row, the one that
 * appears most.
 */
function detectDelimiter(whole: string): Delimiter {
  // The first megabyte, cut at its last line end when it has one.
  const cut = whole.length > GUESS_CHARS ? whole.lastIndexOf('\n', GUESS_CHARS) : -1;
  const text = whole.length > GUESS_CHARS ? whole.slice(0, cut > 0 ? cut : GUESS_CHARS) : whole;
  let best: { d: Delimiter; fit: number; width: number } | null = null;
  for (const d of DELIMITERS) {
    const rows = readRecords(text, d, GUESS_ROWS, GUESS_ROWS).records.filter((r) => r.some((c) => c.trim() !== ''));
    const width = rows[0]?.length ?? 0;
    if (width < 2) continue;
    const fit = rows.filter((r) => r.length === width).length;
    if (!best || fit > best.fit || (fit === best.fit && width > best.width)) best = { d, fit, width };
  }
  return best?.d ?? mostFrequent(text);
}

/** For a one-column file, where there is nothing to guess from: the delimiter that appears most. */
function mostFrequent(text: string): Delimiter {
  const counts = DELIMITERS.map((d) => {
    let count = 0;
    for (let at = text.indexOf(d); at >= 0; at = text.indexOf(d, at + 1)) count++;
    return count;
  });
  let most = 0;
  for (let i = 1; i < counts.length; i++) if ((counts[i] ?? 0) > (counts[most] ?? 0)) most = i;
  return DELIMITERS[most] ?? ';';
}
