/**
 * Making the PDFs: the handout, the final report and a new role's job
 * description. Loaded only when the user asks for one, with jsPDF and the
 * fonts, so none of it is in the start-up bundle.
 */
import { A4_PORTRAIT } from '../../shared/pdf/document.ts';
import { AppError } from '../../shared/errors.ts';
import { hyphenateText, loadHyphenator } from '../../shared/hyphenate.ts';
import { buildHandout, buildJobDescription, buildReport } from '../../shared/pdf/content.ts';
import { safeStem } from '../../shared/exchange/fileName.ts';
import { createPdf, makePdf } from './drawPdf.ts';
import { reportData, strings, type PdfContext } from './reportData.ts';
import { loadFonts } from './fonts.ts';

export type PdfKind = 'handout' | 'report' | { jobDescription: string };
export type { PdfContext } from './reportData.ts';

/** Makes the PDF and hands it to the user (a download, or the save dialog on the desktop). Resolves to its file name. */
export async function exportPdf(kind: PdfKind, { repos, platform, translator, analysisId }: PdfContext): Promise<string> {
  const start = performance.now();
  const [fonts, data, patterns] = await Promise.all([loadFonts(), reportData(repos, analysisId, translator), loadHyphenator(translator.language)]);
  const hyphenate = (word: string) => hyphenateText(word, patterns);
  const s = strings(translator);
  const unit = safeStem(data.analysis.unitName);
  let document;
  let name;
  if (kind === 'handout') {
    // The handout is fitted to two pages with the fonts it will be printed in.
    document = buildHandout(data, s, { setup: A4_PORTRAIT, metrics: createPdf(fonts, A4_PORTRAIT, hyphenate).metrics });
    name = `${unit}-${safeStem(translator.t('pdfExport.fileHandout'))}.pdf`;
  } else if (kind === 'report') {
    // Its summary page is fitted to one page with the fonts it will be printed in.
    document = buildReport(data, s, { setup: A4_PORTRAIT, metrics: createPdf(fonts, A4_PORTRAIT, hyphenate).metrics });
    name = `${unit}-${safeStem(translator.t('pdfExport.fileReport'))}.pdf`;
  } else {
    const summary = data.newRoles.find((r) => r.role.id === kind.jobDescription);
    if (!summary) throw new AppError('roleMissing', { id: kind.jobDescription });
    document = buildJobDescription(summary, { unitName: data.analysis.unitName, organisation: data.analysis.organisation, date: data.today }, s);
    name = `${unit}-${safeStem(summary.role.name)}.pdf`;
  }
  const { bytes } = makePdf(document, fonts, { language: translator.language, author: data.analysis.facilitator, hyphenate });
  // Read by `npm run bench`.
  performance.measure(`akr:pdf:${typeof kind === 'string' ? kind : 'job'}`, { start, end: performance.now() });
  await platform.saveFile(name, new Blob([bytes], { type: 'application/pdf' }));
  return name;
}
