/**
 * The report's economic estimate for the municipality (shared/economics.ts):
 * a section with the totals for years 1–3, each new role's figures and the
 * time it frees, and its net on the summary page. Pure, like content.ts.
 *
 * Privacy: the inputs of one person (salary, income support …) are
 * per-person data, so the report shows only sums per role and in total, and a
 * sum over fewer people than the threshold not at all — nor so that it can be
 * worked out from the total (`shownEstimates`). The freed hours' value is
 * about the existing roles, not a person, and is always shown.
 */
import { shownEstimates, type Missing, type RoleEstimate, type YearFigures } from '../economics.ts';
import type { Block, TableColumn } from './document.ts';
import type { EconomicsPdfKey } from './economicsKeys.ts';
import type { PdfStrings, ReportData } from './reportModel.ts';

type Row = { key: EconomicsPdfKey; pick: (y: YearFigures) => number | null; net?: boolean };

const ROWS: readonly Row[] = [
  { key: 'pdf.econ.row.salaryCost', pick: (y) => y.salaryCost },
  { key: 'pdf.econ.row.subsidy', pick: (y) => y.subsidy },
  { key: 'pdf.econ.row.cost', pick: (y) => y.cost },
  { key: 'pdf.econ.row.unit', pick: (y) => y.byPayer?.unit ?? null },
  { key: 'pdf.econ.row.labourMarket', pick: (y) => y.byPayer?.labourMarket ?? null },
  { key: 'pdf.econ.row.peopleSavings', pick: (y) => y.peopleSavings },
  { key: 'pdf.econ.row.postsSaving', pick: (y) => y.postsSaving },
  { key: 'pdf.econ.row.savings', pick: (y) => y.savings },
  { key: 'pdf.econ.row.net', pick: (y) => y.net, net: true },
];

const MISSING_KEY: Record<Missing['input'], EconomicsPdfKey> = {
  monthlySalary: 'pdf.econ.missing.monthlySalary',
  onCostPercent: 'pdf.econ.missing.onCostPercent',
  payer: 'pdf.econ.missing.payer',
  subsidyPercent: 'pdf.econ.missing.subsidyPercent',
  incomeSupport: 'pdf.econ.missing.incomeSupport',
  dailyActivity: 'pdf.econ.missing.dailyActivity',
  existingCost: 'pdf.econ.missing.existingCost',
};

/** Whole kronor with the reader's grouping: "84 000 kr". */
function money(value: number, s: PdfStrings): string {
  return s.t('pdf.cost.amount', { amount: s.number(Math.round(value), 0) });
}

/** The net in words, never a bare minus sign: "sparar 72 000 kr" / "kostar 54 000 kr". */
function net(value: number, s: PdfStrings): string {
  if (Math.abs(value) < 0.5) return money(0, s);
  // The amount keeps together with its unit in a narrow column: "kostar / 264 000 kr", never "264 000 / kr".
  return s.t(value > 0 ? 'pdf.econ.saves' : 'pdf.econ.costs', { amount: money(Math.abs(value), s).replace(/ /g, '\u00a0') });
}

function yearsTable(years: readonly YearFigures[], s: PdfStrings): Block[] {
  const columns: TableColumn[] = [
    { title: s.t('pdf.econ.col.item'), width: 3.9 },
    ...years.map((y): TableColumn => ({ title: s.t('pdf.econ.col.year', { year: String(y.year) }), width: 2.1, align: 'right' })),
  ];
  const cell = (row: Row, y: YearFigures) => {
    const value = row.pick(y);
    if (value === null) return s.t('pdf.econ.notGiven');
    return row.net ? net(value, s) : money(value, s);
  };
  const rows = ROWS.map((row) => [s.t(row.key), ...years.map((y) => cell(row, y))]);
  if (years.some((y) => (y.coreMissionValue ?? 1) !== 0)) {
    rows.push([s.t('pdf.econ.row.coreMission'), ...years.map((y) => (y.coreMissionValue === null ? s.t('pdf.econ.notGiven') : money(y.coreMissionValue, s)))]);
  }
  const table: Block = { kind: 'table', columns, rows };
  return rows.length > ROWS.length ? [table, { kind: 'paragraph', text: s.t('pdf.econ.coreMissionNote'), style: 'small' }] : [table];
}

/** The inputs not given, by kind (never whose: that would point at a person). */
function missingText(missing: readonly Missing[], s: PdfStrings): string {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const m of missing) {
    const text = s.t(MISSING_KEY[m.input], { year: m.year === undefined ? '' : String(m.year), role: m.role ?? '' });
    if (!seen.has(text)) items.push(text);
    seen.add(text);
  }
  return s.t('pdf.econ.missing', { list: items.join(', ') });
}

function roleBlocks(role: RoleEstimate, shown: boolean, s: PdfStrings): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: role.name, toc: true }];
  if (role.years === null) blocks.push({ kind: 'paragraph', text: s.t('pdf.econ.noEstimate'), style: 'muted' });
  else if (!shown) blocks.push({ kind: 'paragraph', text: s.t('pdf.econ.tooFew'), style: 'muted' });
  else blocks.push({ kind: 'paragraph', text: s.t('pdf.econ.people', { count: role.people.length }) }, ...yearsTable(role.years, s));
  if (role.freed.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: s.t('pdf.econ.freed') },
      {
        kind: 'list',
        items: role.freed.map((f) =>
          f.value === null
            ? s.t('pdf.econ.freedLineMissing', { role: f.name, hours: s.hours(f.hours) })
            : s.t('pdf.econ.freedLine', { role: f.name, hours: s.hours(f.hours), amount: money(f.value, s) }),
        ),
      },
      { kind: 'paragraph', text: s.t(role.lowersPosts ? 'pdf.econ.lowers' : 'pdf.econ.notLowers') },
    );
  }
  if (role.freedUse.trim() !== '') blocks.push({ kind: 'paragraph', text: s.t('pdf.econ.freedUse', { text: role.freedUse.trim() }) });
  return blocks;
}

/** The report's section; nothing while nobody in a new role has an estimate. */
export function economicsSection(data: ReportData, s: PdfStrings): Block[] {
  const economics = data.economics;
  if (!economics || economics.estimate.people === 0 || economics.estimate.years === null) return [];
  const { estimate, threshold } = economics;
  const years = estimate.years;
  if (years === null) return [];
  const shown = shownEstimates(estimate, threshold);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: s.t('pdf.econ.title'), toc: true },
    { kind: 'paragraph', text: s.t('pdf.econ.intro') },
    // With a threshold of 1 every sum is shown, and the sentence would say nothing.
    ...(threshold > 1 ? [{ kind: 'paragraph', text: s.t('pdf.econ.threshold', { threshold: String(threshold) }) } as const] : []),
    { kind: 'paragraph', text: s.t('pdf.econ.method'), style: 'small' },
    { kind: 'heading', level: 2, text: s.t('pdf.econ.total'), toc: true },
  ];
  if (shown.total) blocks.push({ kind: 'paragraph', text: s.t('pdf.econ.people', { count: estimate.people }) }, ...yearsTable(years, s));
  else blocks.push({ kind: 'paragraph', text: s.t('pdf.econ.tooFew'), style: 'muted' });
  if (estimate.missing.length > 0) blocks.push({ kind: 'paragraph', text: missingText(estimate.missing, s), style: 'muted' });
  for (const role of estimate.roles) blocks.push(...roleBlocks(role, shown.roles.has(role.newRoleId), s));
  return blocks;
}

/** The estimate's net on the report's summary page; nothing while nobody has an estimate. */
export function economicsSummaryBlocks(data: ReportData, s: PdfStrings): Block[] {
  const economics = data.economics;
  if (!economics || economics.estimate.people === 0 || economics.estimate.years === null) return [];
  const { estimate, threshold } = economics;
  const years = estimate.years ?? [];
  const head: Block = { kind: 'heading', level: 2, text: s.t('pdf.econ.summary') };
  if (!shownEstimates(estimate, threshold).total) return [head, { kind: 'paragraph', text: s.t('pdf.econ.tooFew') }];
  const [y1, y2, y3] = years.map((y) => y.net);
  if (y1 == null || y2 == null || y3 == null) return [head, { kind: 'paragraph', text: s.t('pdf.econ.summaryMissing') }];
  return [head, { kind: 'paragraph', text: s.t('pdf.econ.summaryLine', { y1: net(y1, s), y2: net(y2, s), y3: net(y3, s), people: String(estimate.people) }) }];
}
