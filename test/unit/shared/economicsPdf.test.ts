import { describe, expect, it } from 'vitest';
import { economicsEn } from '../../../renderer/i18n/economics.en.ts';
import { economicsSv } from '../../../renderer/i18n/economics.sv.ts';
import { pdfSv } from '../../../renderer/i18n/pdf.sv.ts';
import { reportSv } from '../../../renderer/i18n/report.sv.ts';
import { reportSummarySv } from '../../../renderer/i18n/reportSummary.sv.ts';
import { EMPTY_ESTIMATE, estimateEconomics, type Hire, type HireEstimate } from '../../../shared/economics.ts';
import type { Placement, Role, Task } from '../../../shared/model.ts';
import { summariseNewRoles, type Staffing } from '../../../shared/newRoles.ts';
import { buildReport, type PdfStrings, type ReportData } from '../../../shared/pdf/content.ts';
import type { Block } from '../../../shared/pdf/document.ts';
import { ECONOMICS_PDF_KEYS } from '../../../shared/pdf/economicsKeys.ts';
import { newRoleOf, partOf } from './newRoleBuilders.ts';

const dict: Record<string, string> = { ...pdfSv, ...reportSv, ...reportSummarySv, ...economicsSv };
// Swedish grouping: a space every three digits.
const num = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const sv: PdfStrings = {
  t: (key, values) => (dict[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => String(values?.[name] ?? whole)),
  number: (n) => num(n),
  hours: (n) => `${n} h`,
  date: (d) => d,
};

const at = '2026-12-02T09:00:00.000Z';
const role: Role = { id: 'r1', rev: 1, updatedAt: at, analysisId: 'a1', name: 'Undersköterska', headcount: 8, fullTimeHours: 40, order: 'a' };
const task = (id: string): Task => ({ id, rev: 1, updatedAt: at, analysisId: 'a1', title: id, notes: '', createdAt: at });
const card = (id: string, taskId: string): Placement => ({
  id,
  rev: 1,
  updatedAt: at,
  analysisId: 'a1',
  taskId,
  roleId: 'r1',
  colour: 'red',
  order: id,
  hours: 10,
});
const board = { roles: [role], tasks: [task('Disk'), task('Tvätt')], placements: [card('p1', 'Disk'), card('p2', 'Tvätt')] };
const staffing: Staffing = { id: 'a1', rev: 1, updatedAt: at, analysisId: 'a1', roles: { r1: { posts: null, monthlyCost: 40_000 } } };
const newRoles = [
  newRoleOf('n1', 'Serviceassistent', { contract: 'AB', freedUse: 'Mer tid med de boende' }),
  newRoleOf('n2', 'Kökshjälp', { contract: 'BEA' }),
];
const summaries = summariseNewRoles(board, newRoles, [partOf('q1', 'n1', 'p1', null), partOf('q2', 'n2', 'p2', null)]);

// BEA as in economics.test.ts: salary cost 420 000; net 72 000, −54 000, −264 000 a year.
const bea: HireEstimate = {
  monthlySalary: 25_000,
  onCostPercent: 40,
  payers: ['labourMarket', 'unit', 'unit'],
  subsidyPercent: [80, 50, 0],
  incomeSupport: 9_000,
  dailyActivity: 4_000,
};
const hire = (id: string, newRoleId: string, estimate: HireEstimate): Hire => ({
  id,
  rev: 1,
  updatedAt: at,
  analysisId: 'a1',
  newRoleId,
  startDate: null,
  contract: null,
  wageSubsidy: null,
  priorityGroup: null,
  gender: 'notStated',
  employer: null,
  review6: { heldOn: null, outcome: null, note: '' },
  review12: { heldOn: null, outcome: null, note: '' },
  estimate,
  order: id,
  createdAt: at,
});

function report(hires: Hire[], threshold: number): Block[] {
  const data: ReportData = {
    analysis: { unitName: 'Solgläntan', organisation: 'Skövde kommun', facilitator: '' },
    steps: [],
    ...board,
    questionNotes: [],
    survey: null,
    workshop2: null,
    newRoles: summaries,
    staffing: null,
    today: '2026-12-06',
    economics: { estimate: estimateEconomics(summaries, hires, board.roles, staffing), threshold },
  };
  return buildReport(data, sv).blocks;
}
const texts = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === 'heading' || b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? b.items : b.kind === 'table' ? b.rows.flat() : []));

describe('the report’s economic estimate', () => {
  it('shows the totals and each role by hand-worked figures, with the summary page’s net', () => {
    // 3 BEA people in Kökshjälp: cost 3 × 84 000 = 252 000 in year 1; net 3 × 72 000 = 216 000, −162 000, −792 000.
    const blocks = report([hire('a', 'n2', bea), hire('b', 'n2', bea), hire('c', 'n2', bea)], 3);
    const all = texts(blocks);
    expect(all).toContain('Ekonomisk uppskattning för kommunen');
    const total = blocks.find((b) => b.kind === 'table' && b.rows.some((r) => r[0] === 'Netto för kommunen'));
    expect(total?.kind === 'table' && total.rows.find((r) => r[0] === 'Kostnad för kommunen')).toEqual([
      'Kostnad för kommunen',
      '252 000 kr',
      '630 000 kr',
      '1 260 000 kr',
    ]);
    expect(total?.kind === 'table' && total.rows.find((r) => r[0] === 'varav arbetsmarknadsenheten')?.[1]).toBe('252 000 kr');
    expect(total?.kind === 'table' && total.rows.find((r) => r[0] === 'Netto för kommunen')).toEqual([
      'Netto för kommunen',
      'sparar 216\u00a0000\u00a0kr',
      'kostar 162\u00a0000\u00a0kr',
      'kostar 792\u00a0000\u00a0kr',
    ]);
    // The BEA role keeps the existing posts: 10 h ÷ 40 h × 40 000 × 12 = 120 000 a year, as time for the core mission.
    expect(all).toContain('Undersköterska: 10 h per vecka, värde 120 000 kr per år');
    expect(all).toContain('Tid för grunduppdraget *');
    expect(all).toContain('Den frigjorda tiden används till: Mer tid med de boende');
    expect(
      all.some((t) => t.replace(/\u00a0/g, ' ').startsWith('Netto för kommunen år 1: sparar 216 000 kr, år 2: kostar 162 000 kr, år 3: kostar 792 000 kr')),
    ).toBe(true);
  });

  it('shows no sum over fewer people than the threshold, nor one the total would give away', () => {
    // 3 in Kökshjälp, 1 in Serviceassistent: both roles hidden, the total (4) shown.
    const all = texts(report([hire('a', 'n2', bea), hire('b', 'n2', bea), hire('c', 'n2', bea), hire('d', 'n1', bea)], 3));
    expect(all.filter((t) => t === 'För få personer för att visa.')).toHaveLength(2);
    expect(all).toContain('Antal personer med uppskattning: 4.');
    expect(all).toContain('Summor för färre än 3 personer visas inte, eftersom uppgifterna gäller enskilda personer.');
    // Two people in all: nothing but the freed hours, on the summary page too.
    const two = texts(report([hire('a', 'n2', bea), hire('b', 'n2', bea)], 3));
    expect(two.some((t) => t.includes('kr') && t.includes('sparar'))).toBe(false);
    expect(two.filter((t) => t === 'För få personer för att visa.').length).toBeGreaterThanOrEqual(2);
  });

  it('says what is not given, by kind and never by person, and leaves the section out with no estimate', () => {
    const partial = texts(report([hire('a', 'n2', bea), hire('b', 'n2', bea), hire('c', 'n2', { ...EMPTY_ESTIMATE, monthlySalary: 20_000 })], 3));
    expect(partial.find((t) => t.startsWith('Inte angivet än:'))).toMatch(/personalomkostnader/);
    expect(partial.some((t) => /person \d/.test(t))).toBe(false);
    expect(texts(report([], 3))).not.toContain('Ekonomisk uppskattning för kommunen');
  });

  it('has every word in both languages with the same placeholders', () => {
    const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of ECONOMICS_PDF_KEYS) expect(holes(economicsEn[key]), key).toEqual(holes(economicsSv[key]));
  });
});
