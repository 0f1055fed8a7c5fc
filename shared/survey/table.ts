/**
 * A survey file read into rows of text, whatever its format: the first
 * non-blank row is the header. `lines` gives each data row's row number in
 * the file (1 = the first row), so problems can point at the right place.
 */
export interface RawTable {
  header: string[];
  rows: string[][];
  lines: number[];
}

/** Turns rows of cells into a table: drops blank rows, trims the header, pads short rows. */
export function toTable(cells: readonly (readonly string[])[]): RawTable {
  const numbered = cells.map((row, i) => ({ row, line: i + 1 })).filter(({ row }) => row.some((c) => c.trim() !== ''));
  const [head, ...body] = numbered;
  if (!head) return { header: [], rows: [], lines: [] };
  // A loop, not Math.max(...rows): spreading 200,000 rows into a call overflows the stack.
  let width = head.row.length;
  for (const b of body) if (b.row.length > width) width = b.row.length;
  // Most rows are already full: those are kept as they are rather than copied.
  const pad = (row: readonly string[]): string[] => (row.length === width ? (row as string[]) : Array.from({ length: width }, (_, i) => row[i] ?? ''));
  return {
    header: pad(head.row).map((h) => h.replace(/^\uFEFF/, '').trim()),
    rows: body.map((b) => pad(b.row)),
    lines: body.map((b) => b.line),
  };
}
