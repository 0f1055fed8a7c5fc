import { describe, expect, it } from 'vitest';
import { pdfSv } from '../../../renderer/i18n/pdf.sv.ts';
import { pdfEn } from '../../../renderer/i18n/pdf.en.ts';
import { reportEn } from '../../../renderer/i18n/report.en.ts';
import { reportSv } from '../../../renderer/i18n/report.sv.ts';
import { reportSummarySv } from '../../../renderer/i18n/reportSummary.sv.ts';
import { economicsSv } from '../../../renderer/i18n/economics.sv.ts';
import type { RoleMissions } from '../../../shared/coreMissions.ts';
import type { Role, Step } from '../../../shared/model.ts';
import { STEP_KEYS } from '../../../shared/model.ts';
import { buildReport, type PdfStrings, type ReportData } from '../../../shared/pdf/content.ts';
import { A4_PORTRAIT, type Block, type FontMetrics, type PdfDocument } from '../../../shared/pdf/document.ts';
import { layout, wrapRuns, type Primitive } from '../../../shared/pdf/layout.ts';
import { markdownBlocks, REPORT_TEXT_KEYS, type Anchoring, type ReportTexts } from '../../../shared/pdf/reportTexts.ts';

const metrics: FontMetrics = {
  width: (text, font, size) => Array.from(text).length * size * (font === 'bold' ? 0.55 : 0.5),
  ascent: 0.8,
  descent: 0.2,
};
const strings: PdfStrings = {
  t: (key, values) =>
    ({ ...pdfSv, ...reportSv, ...reportSummarySv, ...economicsSv })[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = values?.[name];
      return v === undefined ? whole : String(v);
    }),
  number: (n) => String(n).replace('.', ','),
  hours: (n) => `${n} h`,
  date: (d) => d.slice(0, 10),
};

const at = '2026-11-02T09:00:00.000Z';
const base = { rev: 1, updatedAt: at, analysisId: 'a1' };
const roles: Role[] = [
  { ...base, id: 'r1', name: 'Förskollärare', headcount: 6, fullTimeHours: 40, order: 'a0' },
  { ...base, id: 'r2', name: 'Kock', headcount: 1, fullTimeHours: 40, order: 'a1' },
];
const steps: Step[] = STEP_KEYS.map((key) => ({ ...base, id: `s-${key}`, key, status: 'notStarted', date: null, notes: '' }));
const texts = (patch: Partial<ReportTexts>): ReportTexts => ({
  id: 'a1',
  ...base,
  summary: '',
  conclusions: '',
  recommendations: '',
  coreMissions: {},
  ...patch,
});
const anchoring = (patch: Partial<Anchoring>): Anchoring => ({ id: 'a1', ...base, entries: {}, attendance: [], ...patch });

function data(extra: Partial<ReportData>): ReportData {
  return {
    analysis: { unitName: 'Förskolan Solrosen', organisation: 'Norrby', facilitator: 'Eva' },
    steps,
    roles,
    tasks: [],
    placements: [],
    questionNotes: [],
    survey: null,
    workshop2: null,
    newRoles: [],
    today: '2026-11-02',
    ...extra,
  };
}

const flatten = (blocks: Block[]): Block[] => blocks.flatMap((b) => (b.kind === 'group' ? flatten(b.blocks) : [b]));
const h1s = (doc: PdfDocument) => flatten(doc.blocks).flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));
type Text = Extract<Primitive, { kind: 'text' }>;
const texts_ = (items: Primitive[]) => items.filter((p): p is Text => p.kind === 'text');
const allText = (doc: PdfDocument) =>
  layout(doc, A4_PORTRAIT, metrics)
    .pages.flatMap((p) => texts_(p.items).map((t) => t.text))
    .join(' ');

const missions: RoleMissions[] = [
  {
    roleId: 'r1',
    name: 'Förskollärare',
    state: 'shown',
    respondents: 4,
    answers: [
      { text: 'Undervisa barnen', count: 3 },
      { text: 'Planera', count: 1 },
    ],
  },
  { roleId: 'r2', name: 'Kock', state: 'hidden', respondents: 0, answers: [] },
];

describe('the facilitator’s Markdown in the report', () => {
  it('maps headings under the section, paragraphs with bold and italic runs, and numbered and bulleted lists', () => {
    const blocks = markdownBlocks('# Läget\nVi har **för lite** tid och *mycket* disk.\n\n1. Första\n2. **Andra**\n\n- Ett\n- Två\n\n### Djupare\nVanlig text');
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Läget' },
      {
        kind: 'paragraph',
        text: 'Vi har för lite tid och mycket disk.',
        runs: [{ text: 'Vi har ' }, { text: 'för lite', bold: true }, { text: ' tid och ' }, { text: 'mycket', italic: true }, { text: ' disk.' }],
      },
      { kind: 'list', items: ['Första', 'Andra'], runs: [[{ text: 'Första' }], [{ text: 'Andra', bold: true }]], ordered: true },
      { kind: 'list', items: ['Ett', 'Två'] },
      { kind: 'heading', level: 3, text: 'Djupare' },
      { kind: 'paragraph', text: 'Vanlig text' },
    ]);
  });

  it('keeps HTML as the text it is', () => {
    expect(markdownBlocks('<script>alert(1)</script> **ja**')).toEqual([
      { kind: 'paragraph', text: '<script>alert(1)</script> ja', runs: [{ text: '<script>alert(1)</script> ' }, { text: 'ja', bold: true }] },
    ]);
  });
});

describe('the report’s own sections', () => {
  it('puts the summary first, the core missions after the survey, conclusions and recommendations near the end and the decision trail last', () => {
    const doc = buildReport(
      data({
        reportTexts: texts({
          summary: 'Kort sagt: **bra**.',
          conclusions: 'Slutsatsen.',
          recommendations: '- Gör så här',
          coreMissions: { r1: 'Undervisning.' },
        }),
        coreMissions: missions,
        anchoring: anchoring({ entries: { manager: { done: true, date: '2026-09-01', by: 'Anna', note: '' } } }),
        workshop2: {
          notes: [],
          stacks: [],
          voting: null,
          discussion: [],
          actions: [{ ...base, id: 'x1', text: 'Åtgärd', owner: 'Eva', due: null, status: 'notStarted', order: 'a0', link: null, createdAt: at }],
        },
      }),
      strings,
    );
    // Page 2 is the result in brief (reportSummary.ts); the facilitator's own summary opens the report after the contents.
    expect(h1s(doc)).toEqual([
      'Resultatet i korthet',
      'Innehåll',
      'Sammanfattning',
      'Om analysen',
      'Grunduppdrag per yrkesroll',
      'Åtgärder',
      'Slutsatser',
      'Rekommendationer',
      'Uppföljning',
      'Förankring och deltagande',
    ]);
  });

  it('leaves out every section with nothing in it', () => {
    const empty = buildReport(
      data({
        reportTexts: texts({ summary: '  \n\n ', coreMissions: { r1: '   ' } }),
        coreMissions: [{ ...missions[0], answers: [] } as RoleMissions, missions[1] as RoleMissions],
        anchoring: anchoring({
          entries: { hr: { done: false, date: null, by: ' ', note: '' } },
          attendance: [{ id: 'x', meeting: 'info', roleId: 'gone', count: 4 }],
        }),
      }),
      strings,
    );
    expect(h1s(empty)).toEqual(['Innehåll', 'Om analysen']);
    expect(h1s(buildReport(data({}), strings))).toEqual(['Innehåll', 'Om analysen']);
  });

  it('prints the core missions with the answers counted, and a hidden role without any answer', () => {
    const doc = buildReport(
      data({ reportTexts: texts({ coreMissions: { r1: 'Förskollärarna **undervisar**.', r2: 'Kocken lagar maten.' } }), coreMissions: missions }),
      strings,
    );
    const text = allText(doc);
    expect(text).toContain('undervisar');
    expect(text).toContain('Undervisa barnen × 3');
    expect(text).toContain('Planera');
    expect(text).toContain('Kocken lagar maten.');
    expect(text).toContain('Enkätsvaren visas inte: för få svarande i rollen.');
    // The hidden role's part holds the summary and the note, nothing else.
    const blocks = flatten(doc.blocks);
    const kock = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Kock');
    expect(blocks.slice(kock + 1).filter((b) => b.kind === 'list')).toEqual([]);
  });

  it('prints the decision trail and the attendance with totals over the meetings that have any', () => {
    const doc = buildReport(
      data({
        anchoring: anchoring({
          entries: {
            riskAssessment: { done: true, date: '2026-10-01', by: 'Berit', note: 'Inga risker' },
            hr: { done: false, date: null, by: '', note: 'Väntar' },
          },
          attendance: [
            { id: 'x1', meeting: 'workshop1', roleId: 'r1', count: 5 },
            { id: 'x2', meeting: 'workshop1', roleId: 'r2', count: 1 },
            { id: 'x3', meeting: 'info', roleId: 'r1', count: 6 },
          ],
        }),
      }),
      strings,
    );
    const tables = flatten(doc.blocks).filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    const trail = tables.find((t) => t.columns[0]?.title === 'Förankring');
    expect(trail?.rows).toEqual([
      ['HR:s stöd', 'Nej', '', '', 'Väntar'],
      ['Risk- och konsekvensbedömning', 'Ja', '2026-10-01', 'Berit', 'Inga risker'],
    ]);
    const attendance = tables.find((t) => t.columns[0]?.title === 'Yrkesroll');
    expect(attendance?.columns.map((c) => c.title)).toEqual(['Yrkesroll', 'Informationsmöte', 'Workshop 1']);
    expect(attendance?.rows).toEqual([
      ['Förskollärare', '6', '5'],
      ['Kock', '0', '1'],
    ]);
    expect(attendance?.footer).toEqual(['Totalt', '6', '6']);
  });

  it('lays a long text over several pages with every word and no line wider than the page', () => {
    const words = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? `**ord${i}**` : `ord${i}`));
    const doc = buildReport(data({ reportTexts: texts({ summary: words.join(' ') }) }), strings);
    const laid = layout(doc, A4_PORTRAIT, metrics);
    const printed = laid.pages.flatMap((p) => texts_(p.items));
    const joined = printed.map((t) => t.text).join(' ');
    for (const i of [0, 7, 1500, 2999]) expect(joined).toContain(`ord${i}`);
    expect(laid.pages.length).toBeGreaterThan(4);
    const right = A4_PORTRAIT.width - A4_PORTRAIT.margin.right;
    for (const t of printed) expect(t.x + t.width).toBeLessThanOrEqual(right + 0.01);
    // Bold words are drawn in the bold face.
    expect(printed.some((t) => t.font === 'bold' && t.text.includes('ord7'))).toBe(true);
    expect(printed.some((t) => t.font === 'regular' && t.text.includes('ord8'))).toBe(true);
  });
});

describe('wrapping text in several faces', () => {
  it('never breaks a word where its face changes, and keeps hard line breaks', () => {
    const lines = wrapRuns([{ text: 'aa ' }, { text: 'bold', bold: true }, { text: ', cc dd\nee' }], 10, 40, metrics);
    expect(lines.map((l) => l.map((s) => s.text).join(''))).toEqual(['aa', 'bold,', 'cc dd', 'ee']);
    expect(lines[1]).toEqual([
      { text: 'bold', font: 'bold' },
      { text: ',', font: 'regular' },
    ]);
  });
});

describe('the dictionaries', () => {
  it('hold every key of the report’s sections in Swedish and English, with the same placeholders', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of REPORT_TEXT_KEYS) {
      expect(reportSv[key], key).toBeTruthy();
      expect(holes(reportEn[key]), key).toEqual(holes(reportSv[key]));
    }
    for (const key of Object.keys(reportSv) as (keyof typeof reportSv)[]) expect(holes(reportEn[key]), key).toEqual(holes(reportSv[key]));
    // No report key hides a PDF key of the same name.
    const pdfKeys = new Set<string>([...Object.keys(pdfSv), ...Object.keys(pdfEn)]);
    expect(REPORT_TEXT_KEYS.filter((k) => pdfKeys.has(k))).toEqual([]);
  });
});
