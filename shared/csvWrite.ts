/**
 * Writing CSV that opens correctly in a Swedish Excel: `;` between cells,
 * decimal comma, quotes where needed, and no cell that Excel would run as a
 * formula. The caller adds the UTF-8 BOM when it makes the file's bytes.
 *
 * An Excel set to another list separator (`,` in an English locale, or TAB
 * when the text is pasted) splits an unquoted cell at it, and a part such as
 * the "=1+1" of "a,=1+1" would start a cell of its own; so every cell holding
 * any of `; , TAB` is quoted, numbers with a decimal comma too (a quoted
 * number is still a number to a Swedish Excel).
 */

export type CsvValue = string | number | null;

/**
 * A text cell starting with one of these would be read as a formula (or DDE)
 * by a spreadsheet: escaped with a leading `'` at the cell's start, and also
 * after every separator or line break inside it. A quote opens a quoted cell
 * only at a cell's start, so an Excel splitting at another separator than
 * ours (or a line break in a cell it did not read as quoted) starts a cell
 * there, quotes or not.
 */
const FORMULA_AT_CELL_START = /(^|[;,\t\r\n])(?=[=+\-@\t\r])/g;

/** Formats a number with a decimal comma and at most `decimals` decimals, without thousands separators. */
export function csvNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return '';
  const fixed = (Math.round(value * 10 ** decimals) / 10 ** decimals).toString();
  return fixed.replace('.', ',');
}

/** Cells holding one of these are quoted: any list separator a spreadsheet may split at, a quote, a line break. */
const NEEDS_QUOTES = /[;,\t"\r\n]/;

const quoted = (text: string) => (NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** One cell: numbers with a decimal comma; text escaped against formulas; quoted when it holds a separator, a quote or a line break. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return quoted(csvNumber(value));
  return quoted(value.replace(FORMULA_AT_CELL_START, "$1'"));
}

/** Rows to CSV text, CRLF between rows (as Excel writes it). */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
