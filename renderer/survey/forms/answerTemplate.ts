import { toCsv } from '../../../shared/csvWrite.ts';

/** The answer template as CSV for a Swedish Excel: UTF-8 with BOM, `;`, the header row only. */
export function templateCsv(header: readonly string[]): Blob {
  return new Blob(['\uFEFF', toCsv([[...header]])], { type: 'text/csv;charset=utf-8' });
}

/**
 * The answer template as an Excel workbook: the header row in bold, frozen,
 * with columns wide enough to read. The writer (write-excel-file, which zips
 * in the page with fflate) is loaded only when a template is asked for.
 */
export async function templateXlsx(header: readonly string[], sheet: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const row = header.map((value) => ({ value, type: String, fontWeight: 'bold' as const, wrap: true }));
  return writeXlsxFile([row], {
    sheet: sheet.slice(0, 31),
    stickyRowsCount: 1,
    columns: header.map((h, i) => ({ width: i === 0 ? 12 : Math.min(40, Math.max(14, Math.ceil(h.length * 0.6))) })),
  }).toBlob();
}
