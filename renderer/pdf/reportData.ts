/**
 * What the documents are made from: an analysis read for the handout, the
 * report (PDF and Word) and the job descriptions, and the words they are made
 * with. A module of its own, without jsPDF or docx, so that each export loads
 * only its own drawing code.
 */
import { AppError } from '../../shared/errors.ts';
import { coreMissionsByRole } from '../../shared/coreMissions.ts';
import { estimateStaffing, summariseNewRoles } from '../../shared/newRoles.ts';
import { estimateEconomics } from '../../shared/economics.ts';
import { reportSurvey } from '../../shared/pdf/reportSurvey.ts';
import type { PdfStrings, ReportData } from '../../shared/pdf/reportModel.ts';
import { localToday } from '../../shared/swot.ts';
import type { Repositories } from '../db/repositories.ts';
import type { Translator } from '../i18n/i18n.ts';
import type { Platform } from '../platform/platform.ts';
import { firstRoundResults } from '../report/firstRound.ts';
import { surveyModelOf } from '../survey/useSurvey.ts';

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
    economics: { estimate: estimateEconomics(newRoles, record.hires, record.roles, record.staffing[0] ?? null), threshold: settings.privacyThreshold },
  };
}
