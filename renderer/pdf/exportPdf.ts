/**
 * Making the PDFs: the handout, the final report and a new role's job
 * description. Loaded only when the user asks for one, with jsPDF and the
 * fonts, so none of it is in the start-up bundle.
 */
import { A4_PORTRAIT } from '../../shared/pdf/document.ts';
import { AppError } from '../../shared/errors.ts';
import { hyphenateText, loadHyphenator } from '../../shared/hyphenate.ts';
import { buildHandout, buildJobDescription, buildReport, reportSurvey, type PdfStrings, type ReportData } from '../../shared/pdf/content.ts';
import { safeStem } from '../../shared/exchange/fileName.ts';
import { estimateStaffing, summariseNewRoles } from '../../shared/newRoles.ts';
import { localToday } from '../../shared/swot.ts';
import type { Repositories } from '../db/repositories.ts';
import type { Translator } from '../i18n/i18n.ts';
import type { Platform } from '../platform/platform.ts';
import { surveyModelOf } from '../survey/useSurvey.ts';
import { coreMissionsByRole } from '../../shared/coreMissions.ts';
import { firstRoundResults } from '../report/firstRound.ts';
import { createPdf, makePdf } from './drawPdf.ts';
import { loadFonts } from './fonts.ts';

export type PdfKind = 'handout' | 'report' | { jobDescription: string };

export interface PdfContext {
  repos: Repositories;
  platform: Platform;
  translator: Translator;
  analysisId: string;
}

export function strings(tr: Translator): PdfStrings {
  // Every PdfKey is a MessageKey: the PDF texts are part of the dictionaries.
  return {
    t: (key, values) => tr.t(key, values),
    number: tr.number,
    // Documents are read by people: hours to the half hour (the CSV exports keep them exact),
    // with no-break spaces so a figure never wraps away from its unit in a narrow column.
    hours: (n) => tr.roundHours(n).replace(/ /g, '\u00a0'),
    date: tr.date,
  };
}

/** Everything of the analysis the documents show; the survey only as the results view shows it (privacy rule applied). */
export async function reportData(repos: Repositories, analysisId: string, tr: Translator): Promise<ReportData> {
  const [record] = await repos.exchange.records([analysisId]);
  if (!record) throw new AppError('analysisMissing', { id: analysisId });
  const settings = await repos.settings.get();
  const board = { roles: record.roles, tasks: record.tasks, placements: record.placements };
  const state = record.surveys[0] ?? null;
  const hasSurvey = state !== null || record.surveyResponses.length > 0;
  const survey = hasSurvey
    ? surveyModelOf(
        { state, imports: record.surveyImports, responses: record.surveyResponses, tasks: record.tasks },
        record.roles,
        settings,
        tr.t('survey.others'),
      )
    : null;
  const newRoles = summariseNewRoles(board, record.newRoles, record.roleParts, record.extraFlags[0]?.taskIds ?? []);
  return {
    analysis: record.analysis,
    steps: record.steps,
    roles: record.roles,
    tasks: record.tasks,
    placements: record.placements,
    questionNotes: record.questionNotes,
    survey: survey ? reportSurvey(survey.results, settings.privacyThreshold) : null,
    workshop2: { notes: record.swotNotes, stacks: record.swotStacks, voting: record.voting[0] ?? null, discussion: record.discussion, actions: record.actions },
    newRoles,
    staffing: newRoles.length > 0 ? estimateStaffing(board, newRoles, record.staffing[0] ?? null) : null,
    today: localToday(new Date()),
    reportTexts: record.reportTexts[0] ?? null,
    anchoring: record.anchoring[0] ?? null,
    coreMissions: coreMissionsByRole(
      record.roles,
      firstRoundResults(
        { state, imports: record.surveyImports, responses: record.surveyResponses, tasks: record.tasks },
        record.roles,
        settings,
        tr.t('survey.others'),
      ),
      settings.privacyThreshold,
    ),
    logo: record.logos[0] ?? null,
  };
}

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
