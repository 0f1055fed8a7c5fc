/**
 * The paper survey: a staff survey form per role, numbered in sequence up to
 * the role's headcount, and the SWOT form. Pure document models for the PDF
 * layout (layout.ts); every string arrives translated.
 *
 * Each form starts on a new page. Its number is printed at the top and on
 * every page of it (in the footer), so a second page that comes loose can be
 * put back with its form.
 */
import type { SurveyQuestions } from '../survey/answers.ts';
import type { Block, FontMetrics, PageSetup, PdfDocument } from './document.ts';
import { layout } from './layout.ts';

/** The words of the forms, already translated; functions fill in their figures. */
export interface PaperFormStrings {
  /** The document's title (metadata), e.g. "Enkät om arbetstid". */
  documentTitle: string;
  /** The heading of a role's form, e.g. "Tid per arbetsuppgift – Barnskötare". */
  formTitle: (role: string) => string;
  /** "Blankett 3 av 12"; `of` is null when the role has no headcount. */
  formNumber: (n: number, of: number | null) => string;
  /** The unit and organisation, under the title. */
  unitLine: string;
  /** How to fill the form in (differs for hours and percent). */
  instruction: string;
  /** The privacy promise, threshold filled in. */
  privacy: string;
  taskHeader: string;
  /** The boxes' column title: "Timmar per vecka" or "Procent av veckan". */
  boxHeader: string;
  /** Beside each box: "h" or "%". */
  boxUnit: string;
  contractTitle: string;
  contractLabel: string;
  contractHeader: string;
  hoursUnit: string;
  missionTitle: string;
  missionHelp: string;
  commentTitle: string;
  commentHelp: string;
  /** The footer of each page: the role, the form and the page within the form. */
  pageLabel: (role: string, form: string, page: number, pages: number) => string;
}

/** One role's forms: its tasks in the survey's order and how many numbered forms. */
export interface PaperRoleForm {
  role: string;
  tasks: readonly string[];
  /** The role's headcount; 0 prints one form without "av …". */
  headcount: number;
}

/** Lines to write the core mission and comments on. */
const MISSION_LINES = 5;
const COMMENT_LINES = 4;

/** The blocks of one form. */
function formBlocks(role: PaperRoleForm, n: number, questions: SurveyQuestions, s: PaperFormStrings): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: s.formTitle(role.role) },
    { kind: 'paragraph', text: s.formNumber(n, role.headcount > 0 ? role.headcount : null), style: 'normal' },
    { kind: 'paragraph', text: s.unitLine, style: 'muted' },
    { kind: 'paragraph', text: s.instruction },
    { kind: 'paragraph', text: s.privacy, style: 'italic' },
    { kind: 'answerBoxes', header: { label: s.taskHeader, box: s.boxHeader }, rows: role.tasks.map((label) => ({ label, unit: s.boxUnit })) },
  ];
  if (questions.contract) {
    blocks.push({
      kind: 'group',
      blocks: [
        { kind: 'heading', level: 3, text: s.contractTitle },
        { kind: 'answerBoxes', header: { label: '', box: s.contractHeader }, rows: [{ label: s.contractLabel, unit: s.hoursUnit }] },
      ],
    });
  }
  if (questions.mission) {
    blocks.push({
      kind: 'group',
      blocks: [
        { kind: 'heading', level: 3, text: s.missionTitle },
        { kind: 'paragraph', text: s.missionHelp, style: 'muted' },
        { kind: 'writingLines', count: MISSION_LINES },
      ],
    });
  }
  if (questions.comments) {
    blocks.push({
      kind: 'group',
      blocks: [
        { kind: 'heading', level: 3, text: s.commentTitle },
        { kind: 'paragraph', text: s.commentHelp, style: 'muted' },
        { kind: 'writingLines', count: COMMENT_LINES },
      ],
    });
  }
  return blocks;
}

/** How many forms a role gets: one per person, at least one. */
export function formCount(role: Pick<PaperRoleForm, 'headcount'>): number {
  return Math.max(1, Math.floor(role.headcount));
}

/** Where a page of the forms belongs: its role, its form and its place in the form. */
export interface FormPage {
  role: string;
  form: string;
  page: number;
  pages: number;
}

/** One role's forms: their blocks (each form after a page break but the first) and what each page is. */
export interface RoleForms {
  blocks: Block[];
  pages: FormPage[];
}

/**
 * A role's forms, numbered 1 … headcount. The role's form is laid out once
 * with `fit` to know how many pages a form takes, so that every page's footer
 * can name its form.
 */
export function roleForms(role: PaperRoleForm, questions: SurveyQuestions, s: PaperFormStrings, fit: { setup: PageSetup; metrics: FontMetrics }): RoleForms {
  const count = formCount(role);
  const of = role.headcount > 0 ? role.headcount : null;
  // The widest number the role prints, so no form of it can take more room than measured.
  const probe = layout({ title: '', footer: { pageLabel: () => '' }, blocks: formBlocks(role, count, questions, s) }, fit.setup, fit.metrics);
  const perForm = probe.pages.length;
  const blocks: Block[] = [];
  const pages: FormPage[] = [];
  for (let n = 1; n <= count; n++) {
    if (n > 1) blocks.push({ kind: 'pageBreak' });
    blocks.push(...formBlocks(role, n, questions, s));
    for (let p = 1; p <= perForm; p++) pages.push({ role: role.role, form: s.formNumber(n, of), page: p, pages: perForm });
  }
  return { blocks, pages };
}

/** Several roles' forms as one document, each form starting on a new page. */
export function formsDocument(parts: readonly RoleForms[], s: Pick<PaperFormStrings, 'documentTitle' | 'pageLabel'>): PdfDocument {
  const pages = parts.flatMap((p) => p.pages);
  return {
    title: s.documentTitle,
    footer: {
      pageLabel: (n) => {
        const at = pages[n - 1];
        return at ? s.pageLabel(at.role, at.form, at.page, at.pages) : '';
      },
    },
    blocks: parts.flatMap((p, i) => (i === 0 ? p.blocks : [{ kind: 'pageBreak' as const }, ...p.blocks])),
  };
}

/** The forms of the roles, each form on its own page(s), numbered per role. */
export function buildPaperForms(
  roles: readonly PaperRoleForm[],
  questions: SurveyQuestions,
  s: PaperFormStrings,
  fit: { setup: PageSetup; metrics: FontMetrics },
): PdfDocument {
  return formsDocument(
    roles.map((r) => roleForms(r, questions, s, fit)),
    s,
  );
}

/** The SWOT form's words. */
export interface SwotFormStrings {
  documentTitle: string;
  title: string;
  unitLine: string;
  instruction: string;
  privacy: string;
  /** The four quadrants in order (strengths, weaknesses, opportunities, threats), each with its prompt. */
  cells: readonly { title: string; prompt: string }[];
}

/** The SWOT form: one page, the four quadrants with their prompts and room to write. */
export function buildSwotForm(s: SwotFormStrings): PdfDocument {
  return {
    title: s.documentTitle,
    footer: null,
    blocks: [
      { kind: 'heading', level: 1, text: s.title },
      { kind: 'paragraph', text: s.unitLine, style: 'muted' },
      { kind: 'paragraph', text: s.instruction },
      { kind: 'paragraph', text: s.privacy, style: 'italic' },
      { kind: 'quadrants', cells: [...s.cells], share: 0.78 },
    ],
  };
}
