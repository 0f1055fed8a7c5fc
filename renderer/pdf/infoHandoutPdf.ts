/**
 * Making the information meeting's one-page handout for the staff room. Loaded only when asked,
 * with jsPDF and the fonts.
 */
import { AppError } from '../../shared/errors.ts';
import { safeStem } from '../../shared/exchange/fileName.ts';
import { hyphenateText, loadHyphenator } from '../../shared/hyphenate.ts';
import { resolveSlides } from '../../shared/infoMeeting.ts';
import { A4_PORTRAIT } from '../../shared/pdf/document.ts';
import { buildInfoHandout, infoHandoutInput } from '../../shared/pdf/infoHandout.ts';
import type { Repositories } from '../db/repositories.ts';
import type { Translator } from '../i18n/i18n.ts';
import { infoTexts } from '../info/infoTexts.ts';
import type { Platform } from '../platform/platform.ts';
import { createPdf, makePdf } from './drawPdf.ts';
import { loadFonts } from './fonts.ts';

/** Makes the handout of the analysis's visible slides and hands it to the user. Resolves to its file name. */
export async function exportInfoHandout({
  repos,
  platform,
  translator: tr,
  analysisId,
}: {
  repos: Repositories;
  platform: Platform;
  translator: Translator;
  analysisId: string;
}): Promise<string> {
  const [analysis, steps, meeting, settings, fonts, patterns] = await Promise.all([
    repos.items.get('analyses', analysisId),
    repos.items.where('steps', 'analysisId', analysisId),
    repos.items.get('infoMeetings', analysisId),
    repos.settings.get(),
    loadFonts(),
    loadHyphenator(tr.language),
  ]);
  if (!analysis) throw new AppError('analysisMissing', { id: analysisId });
  const hyphenate = (word: string) => hyphenateText(word, patterns);
  const threshold = settings.privacyThreshold;
  const texts = infoTexts(tr, { unitName: analysis.unitName, facilitator: analysis.facilitator, threshold });
  const slides = resolveSlides(meeting ?? null, { steps, contact: meeting?.contact ?? '' }, texts);
  const input = infoHandoutInput(slides, steps, texts, {
    documentTitle: `${tr.t('info.pdf.documentTitle')} – ${analysis.unitName}`,
    title: tr.t('info.pdf.title', { unit: analysis.unitName }),
    unitLine: analysis.organisation,
    planTitle: tr.t('info.pdf.planTitle'),
    privacyTitle: tr.t('info.pdf.privacyTitle'),
    privacy: tr.t('info.pdf.privacy', { threshold: String(threshold) }),
    more: (count) => tr.plural('info.pdf.more', count),
  });
  const { document, setup } = buildInfoHandout(input, { setup: A4_PORTRAIT, metrics: createPdf(fonts, A4_PORTRAIT, hyphenate).metrics });
  const { bytes } = makePdf(document, fonts, { language: tr.language, author: analysis.facilitator, hyphenate }, setup);
  const name = `${safeStem(analysis.unitName)}-${safeStem(tr.t('info.pdf.file'))}.pdf`;
  await platform.saveFile(name, new Blob([bytes], { type: 'application/pdf' }));
  return name;
}
