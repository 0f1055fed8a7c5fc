/**
 * Writing CSV that opens correctly in a Swedish Excel: `;` between cells,
 * decimal comma, quotes where needed, and no cell that Excel would run as a
 * formula. The caller adds the UTF-8 BOM when it makes the file's bytes.
 */

export type CsvValue = string | number | null;

/** A text cell starting with one of these would be read as a formula (or DDE) by a spreadsheet. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Formats a number with a decimal comma and at most `decimals` decimals, without thousands separators. */
export function csvNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return '';
  const fixed = (Math.round(value * 10 ** decimals) / 10 ** decimals).toString();
  return fixed.replace('.', ',');
}

/** One cell: numbers with a decimal comma; text escaped against formulas and quoted when it holds ; " or a line break. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return csvNumber(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, CRLF between rows (as Excel writes it). */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
