/**
 * Making the final report as a Word file: the same report the PDF is drawn
 * from (buildReport over the same data), handed to the user like the PDF.
 * Loaded only when the user asks for it, with the `docx` library.
 */
import { safeStem } from '../../shared/exchange/fileName.ts';
import { buildReport } from '../../shared/pdf/content.ts';
import { reportData, strings, type PdfContext } from '../pdf/reportData.ts';
import { DOCX_MIME, makeDocx } from './reportDocx.ts';

/** Makes the report's Word file and saves it (a download, or the save dialog on the desktop). Resolves to its file name. */
export async function exportReportDocx({ repos, platform, translator, analysisId }: PdfContext): Promise<string> {
  const start = performance.now();
  const data = await reportData(repos, analysisId, translator);
  const document = buildReport(data, strings(translator));
  const bytes = await makeDocx(document, {
    language: translator.language,
    author: data.analysis.facilitator,
    words: { role: translator.t('pdf.col.role'), total: translator.t('pdf.col.total') },
  });
  // Read by `npm run bench`.
  performance.measure('akr:docx:report', { start, end: performance.now() });
  const name = `${safeStem(data.analysis.unitName)}-${safeStem(translator.t('pdfExport.fileReport'))}.docx`;
  await platform.saveFile(name, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_MIME }));
  return name;
}
