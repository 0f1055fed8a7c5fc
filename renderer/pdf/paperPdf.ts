/**
 * Making the paper survey's PDFs: the numbered forms per role and the SWOT
 * form. Loaded only when asked, with jsPDF and the fonts.
 */
import { hyphenateText, loadHyphenator } from '../../shared/hyphenate.ts';
import { safeStem } from '../../shared/exchange/fileName.ts';
import { A4_PORTRAIT, type PdfDocument } from '../../shared/pdf/document.ts';
import { buildSwotForm, formCount, formsDocument, roleForms, type PaperFormStrings, type PaperRoleForm, type RoleForms } from '../../shared/pdf/paperForms.ts';
import type { SurveyQuestions } from '../../shared/survey/answers.ts';
import type { Quadrant } from '../../shared/vocabulary.ts';
import { QUADRANTS } from '../../shared/vocabulary.ts';
import type { Translator } from '../i18n/i18n.ts';
import type { Platform } from '../platform/platform.ts';
import { createPdf, makePdf } from './drawPdf.ts';
import { loadFonts } from './fonts.ts';

/** What the forms are made from, as the survey view has it. */
export interface PaperPdfInput {
  /** The unit's name, for the file name. */
  unitName: string;
  /** The unit and organisation, printed under the title. */
  unitLine: string;
  questions: SurveyQuestions;
  threshold: number;
  /** The SWOT prompts as edited; a quadrant not listed gets the default text. */
  swotPrompts: readonly { quadrant: Quadrant; text: string }[];
  facilitator: string;
}

function formStrings(tr: Translator, input: PaperPdfInput): PaperFormStrings {
  const { t } = tr;
  const percent = input.questions.unit === 'percent';
  return {
    documentTitle: t('paper.pdf.documentTitle'),
    formTitle: (role) => t('paper.pdf.formTitle', { role }),
    formNumber: (n, of) => (of === null ? t('paper.pdf.formNumberAlone', { n: String(n) }) : t('paper.pdf.formNumber', { n: String(n), of: String(of) })),
    unitLine: input.unitLine,
    instruction: t(percent ? 'paper.pdf.instruction.percent' : 'paper.pdf.instruction.hours'),
    privacy: t('paper.pdf.privacy', { count: String(input.threshold) }),
    taskHeader: t('paper.pdf.taskHeader'),
    boxHeader: t(percent ? 'paper.pdf.boxPercent' : 'paper.pdf.boxHours'),
    boxUnit: percent ? '%' : 'h',
    contractTitle: t('paper.pdf.contractTitle'),
    contractLabel: t('paper.pdf.contractLabel'),
    contractHeader: t('paper.pdf.contractHeader'),
    hoursUnit: 'h',
    missionTitle: t('paper.pdf.missionTitle'),
    missionHelp: t('paper.pdf.missionHelp'),
    commentTitle: t('paper.pdf.commentTitle'),
    commentHelp: t('paper.pdf.commentHelp'),
    pageLabel: (role, form, page, pages) => t('paper.pdf.pageLabel', { role, form, page: String(page), pages: String(pages) }),
  };
}

/** The default prompt of each SWOT quadrant. */
const SWOT_PROMPT = {
  strengths: 'paper.swot.strengths',
  weaknesses: 'paper.swot.weaknesses',
  opportunities: 'paper.swot.opportunities',
  threats: 'paper.swot.threats',
} as const satisfies Record<Quadrant, string>;

/** Lets the page draw the progress before the next piece of work. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Makes the forms of `roles` (or the SWOT form) and hands the file to the
 * user; `onProgress` hears how many forms are laid out. Resolves to the file name.
 */
export async function exportPaperPdf(
  what: { forms: readonly PaperRoleForm[] } | 'swot',
  input: PaperPdfInput,
  { translator, platform, onProgress }: { translator: Translator; platform: Platform; onProgress?: (done: number, total: number) => void },
): Promise<string> {
  const start = performance.now();
  const [fonts, patterns] = await Promise.all([loadFonts(), loadHyphenator(translator.language)]);
  const hyphenate = (word: string) => hyphenateText(word, patterns);
  const unit = safeStem(input.unitName);
  let document: PdfDocument;
  let name: string;
  if (what === 'swot') {
    const cells = QUADRANTS.map((q) => ({
      title: translator.t(`swot.quadrant.${q}`),
      prompt: input.swotPrompts.find((p) => p.quadrant === q)?.text.trim() || translator.t(SWOT_PROMPT[q]),
    }));
    document = buildSwotForm({
      documentTitle: translator.t('paper.pdf.swotTitle'),
      title: translator.t('paper.pdf.swotTitle'),
      unitLine: input.unitLine,
      instruction: translator.t('paper.pdf.swotInstruction'),
      privacy: translator.t('paper.pdf.swotPrivacy'),
      cells,
    });
    name = `${unit}-${safeStem(translator.t('paper.fileSwot'))}.pdf`;
  } else {
    const s = formStrings(translator, input);
    const fit = { setup: A4_PORTRAIT, metrics: createPdf(fonts, A4_PORTRAIT, hyphenate).metrics };
    const total = what.forms.reduce((n, r) => n + formCount(r), 0);
    // Role by role, so the progress moves; the roles' documents are then joined into one file.
    const parts: RoleForms[] = [];
    let done = 0;
    for (const role of what.forms) {
      onProgress?.(done, total);
      await yieldToPage();
      parts.push(roleForms(role, input.questions, s, fit));
      done += formCount(role);
    }
    onProgress?.(done, total);
    await yieldToPage();
    document = formsDocument(parts, s);
    const stem =
      what.forms.length === 1 && what.forms[0]
        ? `${safeStem(translator.t('paper.fileForms'))}-${safeStem(what.forms[0].role)}`
        : safeStem(translator.t('paper.fileForms'));
    name = `${unit}-${stem}.pdf`;
  }
  const { bytes } = makePdf(document, fonts, { language: translator.language, author: input.facilitator, hyphenate });
  // Read by `npm run bench`.
  performance.measure(`akr:pdf:${what === 'swot' ? 'swotForm' : 'paperForms'}`, { start, end: performance.now() });
  await platform.saveFile(name, new Blob([bytes], { type: 'application/pdf' }));
  return name;
}
