/**
 * The part of papaparse's API that shared/survey/csv.ts uses. Declared here
 * instead of @types/papaparse, which pulls Node's types into everything that
 * imports it: shared/ and the renderer are compiled without Node's types, so
 * that no Node API can creep into them.
 */
declare module 'papaparse' {
  export interface ParseConfig {
    /** '' guesses the delimiter among `delimitersToGuess`. */
    delimiter?: string;
    delimitersToGuess?: string[];
    skipEmptyLines?: boolean | 'greedy';
    /** Parse only this many rows. */
    preview?: number;
  }
  export interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
  }
  export interface ParseMeta {
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    truncated: boolean;
  }
  export interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: ParseMeta;
  }
  const Papa: { parse<T>(input: string, config?: ParseConfig): ParseResult<T> };
  export default Papa;
}
