/**
 * Finding a file's key figures in the first part of its text, without
 * parsing the rest: an analysis file is one JSON object whose `keyFigures`
 * come before its `analyses` (shared/exchange/format.ts), so the summaries of
 * a file of any size are in its first kilobytes.
 *
 * The scanner walks the top-level object key by key. It parses the values of
 * `format`, `version` and `keyFigures`, and skips every other value by
 * matching brackets and strings, never building it. Once it has those three
 * it stops: what follows is not read, nor checked (a file damaged further on
 * still gives its summary; importing it is another matter).
 */

/** What the scan of a prefix found. */
export type HeadScan =
  /** The three values, parsed (not yet checked). */
  | { kind: 'found'; format: unknown; version: unknown; keyFigures: unknown }
  /** The whole object was read and has no key figures (a file from before they existed). */
  | { kind: 'absent'; format: unknown; version: unknown }
  /** The prefix ends before the scan could finish: read more of the file. */
  | { kind: 'incomplete' }
  /** The whole text ends before the object does: cut off (a copy or a sync that did not finish). */
  | { kind: 'truncated' }
  /** Not a JSON object, or broken where the scan passed. */
  | { kind: 'damaged'; detail: string };

const WANTED = ['format', 'version', 'keyFigures'] as const;
type Wanted = (typeof WANTED)[number];

/** Thrown inside the scan when the prefix runs out. */
class Incomplete extends Error {}

class Damaged extends Error {}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Scans `text`, the start of a file (`complete`: the whole of it). Never
 * throws. With the whole text, the answer is never 'incomplete' unless the
 * text itself is cut off: 'truncated'.
 */
export function scanHead(text: string, complete: boolean): HeadScan {
  try {
    return scan(text);
  } catch (e) {
    if (e instanceof Incomplete) return complete ? { kind: 'truncated' } : { kind: 'incomplete' };
    if (e instanceof Damaged) return { kind: 'damaged', detail: e.message };
    throw e;
  }
}

function scan(text: string): HeadScan {
  const n = text.length;
  let i = 0;
  const skipSpace = () => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) throw new Incomplete();
  };
  const expect = (char: string) => {
    skipSpace();
    if (text[i] !== char) throw new Damaged(`expected "${char}" at position ${i}`);
    i++;
  };
  /** The end (exclusive) of the string starting at `start` (its opening quote). */
  const stringEnd = (start: number): number => {
    let j = start + 1;
    for (;;) {
      const quote = text.indexOf('"', j);
      if (quote < 0) throw new Incomplete();
      // An escaped quote has an odd number of backslashes before it.
      let slashes = 0;
      while (text.charCodeAt(quote - 1 - slashes) === 0x5c) slashes++;
      if (slashes % 2 === 0) return quote + 1;
      j = quote + 1;
    }
  };
  /** The end (exclusive) of the value starting at `start`. */
  const valueEnd = (start: number): number => {
    const first = text[start];
    if (first === '"') return stringEnd(start);
    if (first === '{' || first === '[') {
      let depth = 0;
      let j = start;
      while (j < n) {
        const c = text[j];
        if (c === '"') {
          j = stringEnd(j);
          continue;
        }
        if (c === '{' || c === '[') depth++;
        else if (c === '}' || c === ']') {
          depth--;
          if (depth === 0) return j + 1;
        }
        j++;
      }
      throw new Incomplete();
    }
    // A number, true, false or null: up to the next delimiter.
    let j = start;
    while (j < n && !/[,}\]\s]/.test(text[j] ?? '')) j++;
    if (j >= n) throw new Incomplete();
    if (j === start) throw new Damaged(`a value is missing at position ${start}`);
    return j;
  };
  const parse = (start: number, end: number): unknown => {
    try {
      return JSON.parse(text.slice(start, end)) as unknown;
    } catch (e) {
      throw new Damaged(e instanceof Error ? e.message : String(e));
    }
  };

  // Notepad and some sync clients start a text file with a byte-order mark.
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  expect('{');
  const found: Partial<Record<Wanted, unknown>> = {};
  skipSpace();
  if (text[i] === '}') return { kind: 'absent', format: undefined, version: undefined };
  for (;;) {
    skipSpace();
    if (text[i] !== '"') throw new Damaged(`expected a key at position ${i}`);
    const keyEnd = stringEnd(i);
    const key = parse(i, keyEnd);
    i = keyEnd;
    expect(':');
    skipSpace();
    const end = valueEnd(i);
    if ((WANTED as readonly unknown[]).includes(key)) found[key as Wanted] = parse(i, end); // one of WANTED, just checked
    i = end;
    if ('format' in found && 'version' in found && 'keyFigures' in found) {
      return { kind: 'found', format: found.format, version: found.version, keyFigures: found.keyFigures };
    }
    skipSpace();
    if (text[i] === '}') return { kind: 'absent', format: found.format, version: found.version };
    if (text[i] !== ',') throw new Damaged(`expected "," or "}" at position ${i}`);
    i++;
  }
}
