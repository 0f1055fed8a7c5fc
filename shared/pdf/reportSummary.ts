/**
 * The final report's first pages: a cover with the organisation's logo, and
 * page 2, the result in short for a manager with two minutes — time per role
 * and colour, the new roles, the cost effect with what it rests on, the main
 * actions with their owners, and the follow-up date. Also the cost effect as
 * the report's staffing section prints it. Pure, like content.ts: every word
 * arrives through `PdfStrings`.
 */
import { byOrder } from '../items.ts';
import type { Colour } from '../model.ts';
import type { AddedRow, NewRoleSummary, StaffingEstimate } from '../newRoles.ts';
import { largestRemainder } from '../numbers.ts';
import { boardTotals } from '../totals.ts';
import type { PdfStrings, ReportData } from './reportModel.ts';
export { SUMMARY_KEYS, type SummaryKey } from './keys.ts';
import type { Block, FontMetrics, PageSetup, PdfDocument, PdfImage, TableColumn } from './document.ts';
import { layout } from './layout.ts';
import { economicsSummaryBlocks } from './economics.ts';

/** How much the summary page shows; the rest is counted ("+ 3 till") and is in the report's later sections. */
export interface SummaryLimits {
  roles: number;
  newRoles: number;
  actions: number;
  actionChars: number;
  nameChars: number;
  costs: number;
}

/** The limits without page metrics: one page with realistic data. */
export const SUMMARY_LIMITS: Readonly<SummaryLimits> = { roles: 6, newRoles: 4, actions: 4, actionChars: 70, nameChars: 28, costs: 5 };

/** Tried in turn, most first, when the page metrics are given, until the summary fits its page. */
const FIT_LIMITS: readonly Readonly<SummaryLimits>[] = [
  { roles: 8, newRoles: 5, actions: 5, actionChars: 90, nameChars: 32, costs: 6 },
  SUMMARY_LIMITS,
  { roles: 4, newRoles: 3, actions: 3, actionChars: 50, nameChars: 24, costs: 3 },
  { roles: 3, newRoles: 2, actions: 2, actionChars: 40, nameChars: 20, costs: 2 },
];

/** The report's page and font metrics, to fit the summary on its one page. */
export interface SummaryFit {
  setup: PageSetup;
  metrics: FontMetrics;
}

const COLOURS: readonly Colour[] = ['green', 'yellow', 'red', 'black', 'unsorted'];
const COLOUR_KEY = {
  unsorted: 'pdf.colour.unsorted',
  green: 'pdf.colour.green',
  yellow: 'pdf.colour.yellow',
  red: 'pdf.colour.red',
  black: 'pdf.colour.black',
} as const;

/** The organisation's logo on the report's cover: at most 200 × 90 pt, at the left. */
export function coverLogo(logo: PdfImage | null | undefined, organisation: string, s: PdfStrings): Block[] {
  if (!logo) return [];
  return [{ kind: 'image', image: logo, maxWidth: 200, maxHeight: 90, alt: s.t('pdf.cover.logo', { organisation: organisation.trim() }) }];
}

/** The logo at the top of a handout: small, so the handout keeps its two pages. */
export function handoutLogo(logo: PdfImage | null | undefined, organisation: string, s: PdfStrings): Block[] {
  if (!logo) return [];
  return [{ kind: 'image', image: logo, maxWidth: 140, maxHeight: 36, align: 'right', alt: s.t('pdf.cover.logo', { organisation: organisation.trim() }) }];
}

/**
 * Page 2 of the report: the result in short, ending with a page break so the
 * rest of the report starts on a page of its own. Parts with nothing in them
 * are left out; with nothing at all, there is no page.
 */
export function reportSummaryBlocks(data: ReportData, s: PdfStrings, fit?: SummaryFit): Block[] {
  if (!fit) return summaryWith(data, s, SUMMARY_LIMITS);
  let blocks: Block[] = [];
  for (const limits of FIT_LIMITS) {
    blocks = summaryWith(data, s, limits);
    // Laid out as the report lays out its pages: with the running header and the page label.
    // Without its closing page break, which would open an empty page.
    const page = blocks.filter((b) => b.kind !== 'pageBreak');
    const alone: PdfDocument = { title: '', header: data.analysis.unitName, footer: { pageLabel: (n, of) => s.t('pdf.pageLabel', { n, of }) }, blocks: page };
    if (layout(alone, fit.setup, fit.metrics).pages.length <= 1) return blocks;
  }
  return blocks;
}

function summaryWith(data: ReportData, s: PdfStrings, L: Readonly<SummaryLimits>): Block[] {
  const parts = [
    ...hoursPart(data, s, L),
    ...newRolesPart(data.newRoles, data.staffing ?? null, s, L),
    ...costPart(data.staffing ?? null, data.newRoles, s, L),
    ...economicsSummaryBlocks(data, s),
    ...actionsPart(data, s, L),
    ...followUpPart(data, s),
  ];
  if (parts.length === 0) return [];
  return [
    // Not in the contents: it comes before them.
    { kind: 'heading', level: 1, text: s.t('pdf.summary.title') },
    { kind: 'paragraph', text: s.t('pdf.summary.intro', { unit: data.analysis.unitName }), style: 'muted' },
    ...parts,
    { kind: 'pageBreak' },
  ];
}

function hoursPart(data: ReportData, s: PdfStrings, L: Readonly<SummaryLimits>): Block[] {
  const roles = [...data.roles].sort(byOrder);
  const totals = boardTotals(data.placements, roles);
  const rows = roles.flatMap((role, i) => {
    const t = totals.roles[i];
    return t && t.total > 0 ? [{ role, t }] : [];
  });
  if (rows.length === 0) return [];
  const colours = COLOURS.filter((c) => c !== 'unsorted' || totals.all.byColour.unsorted > 0);
  const shown = rows.slice(0, L.roles);
  const cell = (hours: number, percent: number) => (hours > 0 ? s.t('pdf.summary.hoursCell', { hours: s.hours(hours), percent: s.number(percent, 0) }) : '–');
  return [
    subheading(s.t('pdf.summary.hours')),
    table(
      [
        col(s.t('pdf.col.role'), 2.6),
        ...colours.map((c) => col(s.t(COLOUR_KEY[c]), c === 'unsorted' ? 1.4 : 1.1, 'right')),
        col(s.t('pdf.col.total'), 1.1, 'right'),
      ],
      shown.map(({ role, t }) => {
        const percents = largestRemainder(colours.map((c) => t.byColour[c]));
        return [clip(role.name, L.nameChars), ...colours.map((c, i) => cell(t.byColour[c], percents[i] ?? 0)), s.hours(t.total)];
      }),
    ),
    ...more(rows.length - shown.length, s),
  ];
}

function shareText(summary: NewRoleSummary, s: PdfStrings): string {
  return summary.share > 1
    ? s.t('pdf.summary.sharePosts', { posts: s.number(summary.share, 2) })
    : s.t('pdf.summary.sharePercent', { percent: s.number(Math.round(summary.share * 100), 0) });
}

function newRolesPart(summaries: readonly NewRoleSummary[], staffing: StaffingEstimate | null, s: PdfStrings, L: Readonly<SummaryLimits>): Block[] {
  if (summaries.length === 0) return [];
  const shown = summaries.slice(0, L.newRoles);
  const added = new Map((staffing?.added ?? []).map((r) => [r.roleId, r]));
  // Who pays and whether the existing posts are lowered are inputs of the cost effect; "*" marks what the contract form means.
  const mark = (text: string, isDefault: boolean) => (isDefault ? `${text} *` : text);
  const rows = shown.map((r) => {
    const row = added.get(r.role.id);
    return [
      clip(r.role.name, L.nameChars),
      s.hours(r.hours),
      shareText(r, s),
      r.role.contract ?? s.t('pdf.summary.noContract'),
      row ? mark(s.t(row.payer === 'unit' ? 'pdf.cost.payer.unit' : 'pdf.cost.payer.labourMarket'), row.payerIsDefault) : '',
      row ? mark(s.t(row.lowersPosts ? 'pdf.summary.lowers.yes' : 'pdf.summary.lowers.no'), row.lowersPostsIsDefault) : '',
    ];
  });
  const anyDefault = shown.some((r) => {
    const row = added.get(r.role.id);
    return row !== undefined && (row.payerIsDefault || row.lowersPostsIsDefault);
  });
  return [
    subheading(s.t('pdf.summary.newRoles')),
    table(
      [
        col(s.t('pdf.col.newRole'), 2.0),
        col(s.t('pdf.col.hours'), 1.2, 'right'),
        col(s.t('pdf.summary.col.share'), 1.2, 'right'),
        col(s.t('pdf.summary.col.contract'), 0.9),
        col(s.t('pdf.summary.col.payer'), 3.2),
        col(s.t('pdf.summary.col.lowers'), 1.7),
      ],
      rows,
    ),
    ...more(summaries.length - shown.length, s),
    ...(staffing && anyDefault ? [{ kind: 'paragraph', text: s.t('pdf.summary.byContract'), style: 'small' } as const] : []),
  ];
}

/** Whole kronor with the reader's grouping: "15 359 kr". */
function money(value: number, s: PdfStrings): string {
  return s.t('pdf.cost.amount', { amount: s.number(Math.round(value), 0) });
}

function difference(value: number, s: PdfStrings): string {
  if (Math.abs(value) < 0.5) return s.t('pdf.cost.none');
  return s.t(value < 0 ? 'pdf.cost.decrease' : 'pdf.cost.increase', { amount: money(Math.abs(value), s) });
}

function costPart(staffing: StaffingEstimate | null, summaries: readonly NewRoleSummary[], s: PdfStrings, L: Readonly<SummaryLimits>): Block[] {
  if (!staffing || summaries.length === 0) return [];
  return [subheading(s.t('pdf.cost.title')), ...costEffectBlocks(staffing, s, L)];
}

function roleAssumption(row: AddedRow, s: PdfStrings): string {
  const byContract = ` ${s.t('pdf.cost.byContract')}`;
  return s.t('pdf.cost.inputRole', {
    name: row.name,
    payer: s.t(row.payer === 'unit' ? 'pdf.cost.payer.unit' : 'pdf.cost.payer.labourMarket') + (row.payerIsDefault ? byContract : ''),
    lowers: s.t(row.lowersPosts ? 'pdf.cost.lowers.yes' : 'pdf.cost.lowers.no') + (row.lowersPostsIsDefault ? byContract : ''),
  });
}

/**
 * The cost effect as the app computes it (estimateStaffing): the difference a
 * month and a year for the unit, marked as an estimate, with what it rests on —
 * the monthly cost of a post per role, who pays each new role and whether it
 * lowers the existing posts. While a cost is missing, says which.
 */
export function costEffectBlocks(staffing: StaffingEstimate, s: PdfStrings, short?: { costs: number; nameChars: number }): Block[] {
  const blocks: Block[] = [];
  if (staffing.monthlyDifference === null || staffing.yearlyDifference === null) {
    const missing = [...staffing.existing.filter((r) => r.monthlyCost === null), ...staffing.added.filter((r) => r.unitCost === null)].map((r) => r.name);
    blocks.push({ kind: 'paragraph', text: s.t('pdf.cost.missing', { names: missing.join(', ') }) });
  } else {
    blocks.push({
      kind: 'keyValue',
      pairs: [
        { key: s.t('pdf.cost.monthly'), value: difference(staffing.monthlyDifference, s) },
        { key: s.t('pdf.cost.yearly'), value: difference(staffing.yearlyDifference, s) },
      ],
    });
  }
  // Short (the summary page): only the roles the new roles take hours from, names clipped, the rest counted.
  const name = (text: string) => (short ? clip(text, short.nameChars) : text);
  const priced = [...staffing.existing.filter((r) => !short || r.hoursMoved > 0), ...staffing.added].filter((r) => r.monthlyCost !== null);
  const costs = priced
    .slice(0, short?.costs ?? priced.length)
    .map((r) => s.t('pdf.cost.inputCost', { name: name(r.name), amount: money(r.monthlyCost ?? 0, s) }));
  if (costs.length < priced.length) costs.push(s.t('pdf.summary.more', { count: priced.length - costs.length }));
  const assumptions = [
    ...(costs.length > 0 ? [s.t('pdf.cost.inputCosts', { list: costs.join(', ') })] : []),
    // On the summary page the new-role table above says who pays and whether the posts are lowered.
    ...(short ? [] : staffing.added.map((r) => roleAssumption(r, s))),
    ...(staffing.paidElsewhere !== null && staffing.paidElsewhere > 0 ? [s.t('pdf.cost.elsewhere', { amount: money(staffing.paidElsewhere, s) })] : []),
  ];
  if (assumptions.length > 0) blocks.push({ kind: 'paragraph', text: s.t('pdf.cost.basis'), style: 'small' }, { kind: 'list', items: assumptions });
  return blocks;
}

function actionsPart(data: ReportData, s: PdfStrings, L: Readonly<SummaryLimits>): Block[] {
  // Open actions first (in their order), then those done: what a manager has to act on.
  const actions = [...(data.workshop2?.actions ?? [])]
    .filter((a) => a.text.trim() !== '')
    .sort((a, b) => Number(a.status === 'done') - Number(b.status === 'done') || byOrder(a, b));
  if (actions.length === 0) return [];
  const shown = actions.slice(0, L.actions);
  return [
    subheading(s.t('pdf.summary.actions')),
    table(
      [col(s.t('pdf.col.action'), 5), col(s.t('pdf.col.owner'), 2.2), col(s.t('pdf.col.due'), 1.6)],
      shown.map((a) => [clip(a.text, L.actionChars), clip(a.owner, L.nameChars), a.due ? s.date(a.due) : '']),
    ),
    ...more(actions.length - shown.length, s),
  ];
}

function followUpPart(data: ReportData, s: PdfStrings): Block[] {
  const date = data.steps.find((st) => st.key === 'report')?.date ?? null;
  if (!date) return [];
  return [subheading(s.t('pdf.summary.followUp')), { kind: 'paragraph', text: s.t('pdf.summary.followUpDate', { date: s.date(date) }) }];
}

function subheading(text: string): Block {
  return { kind: 'heading', level: 2, text };
}

function col(title: string, width: number, align?: 'left' | 'right'): TableColumn {
  return align ? { title, width, align } : { title, width };
}

function table(columns: TableColumn[], rows: string[][]): Block {
  return { kind: 'table', columns, rows };
}

function more(count: number, s: PdfStrings): Block[] {
  return count > 0 ? [{ kind: 'paragraph', text: s.t('pdf.summary.more', { count }), style: 'muted' }] : [];
}

function clip(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
