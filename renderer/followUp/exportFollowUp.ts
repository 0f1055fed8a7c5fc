/**
 * Making the follow-up document for the unit, as a PDF or a Word file: the same model
 * (shared/pdf/followUp.ts) for both, as the final report. Loaded only when asked for; each format's
 * drawing code (jsPDF, docx) is loaded only for that format.
 */
import { AppError } from '../../shared/errors.ts';
import { safeStem } from '../../shared/exchange/fileName.ts';
import { buildFollowUp, followUpActionRows, type FollowUpDocData, type FollowUpStrings } from '../../shared/pdf/followUp.ts';
import { byOrder } from '../../shared/items.ts';
import { localToday } from '../../shared/swot.ts';
import type { Translator } from '../i18n/i18n.ts';
import type { PdfContext } from '../pdf/reportData.ts';
import { followUpModelOf } from './useFollowUp.ts';

function followUpStrings(tr: Translator): FollowUpStrings {
  // Every key here is a MessageKey: the document's texts are part of the dictionaries.
  return { t: (key, values) => tr.t(key, values), number: tr.number, hours: (n) => tr.roundHours(n).replace(/ /g, '\u00a0'), date: tr.date };
}

/** Everything of the analysis the follow-up document shows; the follow-up round's results with the privacy rule applied. */
async function followUpDocData({ repos, translator: tr, analysisId }: Pick<PdfContext, 'repos' | 'translator' | 'analysisId'>): Promise<FollowUpDocData> {
  const [record] = await repos.exchange.records([analysisId]);
  if (!record) throw new AppError('analysisMissing', { id: analysisId });
  const settings = await repos.settings.get();
  const snapshot = record.boardSnapshots[0] ?? null;
  const followUp = record.followUps[0] ?? null;
  // The follow-up view's own model, so the document holds the figures the facilitator saw.
  const { comparison, round, small, unanswered, threshold } = followUpModelOf(
    { snapshot, followUp, actions: [...record.actions].sort(byOrder) },
    { state: record.surveys[0] ?? null, imports: record.surveyImports, responses: record.surveyResponses, tasks: record.tasks },
    [...record.roles].sort(byOrder),
    settings,
    tr.t('survey.others'),
  );
  return {
    analysis: record.analysis,
    today: localToday(new Date()),
    snapshotTakenAt: snapshot?.takenAt ?? null,
    roundName: round ? round.name.trim() || tr.date(round.startedAt) : null,
    comparison,
    leftOut: { roles: small, threshold, unanswered },
    actions: followUpActionRows(snapshot?.actions ?? [], record.actions, followUp?.actions),
    notes: followUp?.notes ?? '',
    logo: record.logos[0] ?? null,
  };
}

const fileName = (tr: Translator, unitName: string, extension: string) => `${safeStem(unitName)}-${safeStem(tr.t('followUpExport.file'))}.${extension}`;

/** Makes the follow-up PDF and hands it to the user. Resolves to its file name. */
export async function exportFollowUpPdf(context: PdfContext): Promise<string> {
  const { translator: tr, platform } = context;
  const [{ makePdf }, { loadFonts }, { hyphenateText, loadHyphenator }, data] = await Promise.all([
    import('../pdf/drawPdf.ts'),
    import('../pdf/fonts.ts'),
    import('../../shared/hyphenate.ts'),
    followUpDocData(context),
  ]);
  const [fonts, patterns] = await Promise.all([loadFonts(), loadHyphenator(tr.language)]);
  const hyphenate = (word: string) => hyphenateText(word, patterns);
  const document = buildFollowUp(data, followUpStrings(tr));
  const { bytes } = makePdf(document, fonts, { language: tr.language, author: data.analysis.facilitator, hyphenate });
  const name = fileName(tr, data.analysis.unitName, 'pdf');
  await platform.saveFile(name, new Blob([bytes], { type: 'application/pdf' }));
  return name;
}

/** Makes the follow-up as a Word file and hands it to the user. Resolves to its file name. */
export async function exportFollowUpDocx(context: PdfContext): Promise<string> {
  const { translator: tr, platform } = context;
  const [{ DOCX_MIME, makeDocx }, data] = await Promise.all([import('../docx/reportDocx.ts'), followUpDocData(context)]);
  const document = buildFollowUp(data, followUpStrings(tr));
  const bytes = await makeDocx(document, {
    language: tr.language,
    author: data.analysis.facilitator,
    words: { role: tr.t('pdf.col.role'), total: tr.t('pdf.col.total') },
  });
  const name = fileName(tr, data.analysis.unitName, 'docx');
  await platform.saveFile(name, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_MIME }));
  return name;
}
