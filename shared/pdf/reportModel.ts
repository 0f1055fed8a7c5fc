/**
 * What the handout and the report are made from, and the words they are made
 * with: the types every section's module shares (content.ts, reportSummary.ts),
 * in a module of their own so that none of them imports another's content.
 */
import type { Analysis, Placement, Role, Step, Task } from '../model.ts';
import type { NewRoleSummary, StaffingEstimate } from '../newRoles.ts';
import type { EconomicEstimate } from '../economics.ts';
import type { Workshop2 } from '../swot.ts';
import type { QuestionNote } from '../workshop.ts';
import type { PdfImage } from './document.ts';
import type { PdfKey, SummaryKey } from './keys.ts';
import type { EconomicsPdfKey } from './economicsKeys.ts';
import type { ReportSurvey } from './reportSurvey.ts';
import type { ReportTextData, ReportTextKey } from './reportTexts.ts';

/** Words and formats in the caller's language (the renderer's Translator fits). */
export interface PdfStrings {
  /** The text of `key` with `{name}` placeholders filled in (the keys of the report's own sections and of its summary page too). */
  t(key: PdfKey | ReportTextKey | SummaryKey | EconomicsPdfKey, values?: Record<string, string | number>): string;
  number(n: number, maxDecimals?: number): string;
  /**
   * Hours with their unit as people read them: to the half hour, "2,5 h",
   * "< 0,5 h" for a small value. Totals are summed exactly before they get here.
   */
  hours(n: number): string;
  /** A calendar date "YYYY-MM-DD" (or an ISO timestamp) as the reader writes dates. */
  date(isoOrDate: string): string;
}

/** Everything the handout and the report are built from. */
export interface ReportData extends ReportTextData {
  analysis: Pick<Analysis, 'unitName' | 'organisation' | 'facilitator'>;
  steps: readonly Step[];
  roles: readonly Role[];
  tasks: readonly Task[];
  placements: readonly Placement[];
  questionNotes: readonly QuestionNote[];
  /** Null when no survey was imported. */
  survey: ReportSurvey | null;
  /** Null (or all empty) before workshop 2. */
  workshop2: Workshop2 | null;
  newRoles: readonly NewRoleSummary[];
  /** The staffing estimate (estimateStaffing), shown with the new roles when given. */
  staffing?: StaffingEstimate | null;
  /** Today as "YYYY-MM-DD": the document's date, and what "overdue" is measured against. */
  today: string;
  /** The economic estimate (shared/economics.ts) and the privacy threshold its per-person sums obey; absent = none. */
  economics?: { estimate: EconomicEstimate; threshold: number } | null;
  /** The organisation's logo (shared/logo.ts), on the report's cover and the handout. */
  logo?: PdfImage | null;
}
