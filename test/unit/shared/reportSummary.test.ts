import { describe, expect, it } from 'vitest';
import { pdfEn } from '../../../renderer/i18n/pdf.en.ts';
import { pdfSv } from '../../../renderer/i18n/pdf.sv.ts';
import { reportEn } from '../../../renderer/i18n/report.en.ts';
import { reportSv } from '../../../renderer/i18n/report.sv.ts';
import { reportSummaryEn } from '../../../renderer/i18n/reportSummary.en.ts';
import { reportSummarySv } from '../../../renderer/i18n/reportSummary.sv.ts';
import { economicsSv } from '../../../renderer/i18n/economics.sv.ts';
import { economicsEn } from '../../../renderer/i18n/economics.en.ts';
import type { EconomicsPdfKey } from '../../../shared/pdf/economicsKeys.ts';
import type { Placement, Role, Step, Task } from '../../../shared/model.ts';
import { STEP_KEYS } from '../../../shared/model.ts';
import { estimateStaffing, summariseNewRoles, type NewRole, type RolePart, type Staffing } from '../../../shared/newRoles.ts';
import { buildHandout, buildReport, type PdfKey, type PdfStrings, type ReportData } from '../../../shared/pdf/content.ts';
import { A4_PORTRAIT, type FontMetrics, type PdfImage } from '../../../shared/pdf/document.ts';
import { layout, type LaidOutDocument, type Primitive } from '../../../shared/pdf/layout.ts';
import { SUMMARY_KEYS, type SummaryKey } from '../../../shared/pdf/reportSummary.ts';
import type { ReportTextKey } from '../../../shared/pdf/reportTexts.ts';
import type { Action } from '../../../shared/swot.ts';
import { newRoleOf } from './newRoleBuilders.ts';

const metrics: FontMetrics = { width: (text, font, size) => Array.from(text).length * size * (font === 'bold' ? 0.55 : 0.5), ascent: 0.8, descent: 0.2 };
const num = (n: number, maxDecimals = 2) => {
  const f = 10 ** maxDecimals;
  // Grouped like Swedish: a space every three digits.
  const [whole = '', frac] = String(Math.round(n * f) / f).split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') + (frac ? `,${frac}` : '');
};
function stringsOf(dict: Record<PdfKey | ReportTextKey | SummaryKey | EconomicsPdfKey, string>): PdfStrings {
  return {
    t: (key, values) =>
      dict[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
        const v = values?.[name];
        return v === undefined ? whole : typeof v === 'number' ? num(v) : v;
      }),
    number: num,
    hours: (n) => `${num(Math.round(n * 2) / 2, 1)} h`,
    date: (d) => d.slice(0, 10),
  };
}
const sv = stringsOf({ ...pdfSv, ...reportSv, ...reportSummarySv, ...economicsSv });
const run = (data: ReportData): LaidOutDocument => layout(buildReport(data, sv, { setup: A4_PORTRAIT, metrics }), A4_PORTRAIT, metrics);
type Text = Extract<Primitive, { kind: 'text' }>;
const page = (out: LaidOutDocument, n: number) => (out.pages[n - 1]?.items ?? []).filter((p): p is Text => p.kind === 'text').map((t) => t.text);

const at = '2026-11-02T09:00:00.000Z';
const base = { rev: 1, updatedAt: at, analysisId: 'a1' };
const role = (id: string, name: string, headcount: number, order: string): Role => ({ ...base, id, name, headcount, fullTimeHours: 40, order });
const task = (id: string, title: string): Task => ({ ...base, id, title, notes: '', createdAt: at });
const placement = (id: string, taskId: string, roleId: string, colour: Placement['colour'], hours: number): Placement => ({
  ...base,
  id,
  taskId,
  roleId,
  colour,
  order: id,
  hours,
});

// A home-care team: 10 assistant nurses. 40 h green, 20 h red (dishes 12 h, laundry 8 h).
const roles = [role('usk', 'Undersköterska', 10, 'a0')];
const tasks = [task('t1', 'Omvårdnad'), task('t2', 'Diska'), task('t3', 'Tvätta')];
const placements = [placement('p1', 't1', 'usk', 'green', 40), placement('p2', 't2', 'usk', 'red', 12), placement('p3', 't3', 'usk', 'red', 8)];
const board = { roles, tasks, placements };
const parts: RolePart[] = [
  { ...base, id: 'x1', newRoleId: 'n1', placementId: 'p2', hours: null, order: 'a0' },
  { ...base, id: 'x2', newRoleId: 'n1', placementId: 'p3', hours: null, order: 'a1' },
];
const staffing: Staffing = { ...base, id: 'a1', roles: { usk: { posts: null, monthlyCost: 30_000 } } };
const steps: Step[] = STEP_KEYS.map((key, i) => ({ ...base, id: `s${i}`, key, status: 'planned', date: key === 'report' ? '2027-03-15' : null, notes: '' }));
const action = (i: number, text: string, owner: string, status: Action['status'] = 'notStarted'): Action => ({
  ...base,
  id: `ac${i}`,
  text,
  owner,
  due: '2027-02-01',
  status,
  link: null,
  order: `a${i}`,
  createdAt: at,
});

function data(newRole: Partial<NewRole> | null, extra: Partial<ReportData> = {}): ReportData {
  const summaries = newRole ? summariseNewRoles(board, [newRoleOf('n1', 'Serviceassistent', { monthlyCost: 24_000, ...newRole }, at)], parts) : [];
  return {
    analysis: { unitName: 'Hemtjänst Norr', organisation: 'Örebro kommun', facilitator: 'Eva Lind' },
    steps,
    ...board,
    questionNotes: [],
    survey: null,
    workshop2: {
      notes: [],
      stacks: [],
      voting: null,
      discussion: [],
      actions: [action(1, 'Skriv uppdragsbeskrivningen', 'Anna Öberg'), action(2, 'Klart redan', 'Lars', 'done')],
    },
    newRoles: summaries,
    staffing: summaries.length > 0 ? estimateStaffing(board, summaries, staffing) : null,
    today: '2026-12-06',
    ...extra,
  };
}

describe('the report’s summary page', () => {
  it('is page 2, after the cover and before the contents, with every part in its place', () => {
    const out = run(data({ contract: 'BEA' }));
    const two = page(out, 2).join('\n');
    expect(page(out, 2)[0]).toBe('Resultatet i korthet');
    expect(page(out, 3)).toContain('Innehåll');
    // Time per role and colour: 40 of 60 h green = 67 %, 20 h red = 33 %.
    expect(two).toContain('Tid per yrkesroll och färg');
    expect(page(out, 2)).toEqual(expect.arrayContaining(['Undersköterska', '40 h', '67 %', '20 h', '33 %', '60 h']));
    // The new role: 20 h = 50 % of a post, BEA, paid by the labour-market unit (the default).
    expect(page(out, 2)).toEqual(expect.arrayContaining(['Serviceassistent', '50 %', 'BEA', 'arbetsmarknadsenheten *', 'oförändrade *']));
    expect(two).toContain('* Enligt anställningsformen');
    // BEA by default: the unit pays nothing and keeps its posts, so no difference.
    expect(two).toContain('Kostnadseffekt för enheten (uppskattning)');
    expect(page(out, 2).filter((t) => t === 'Ingen skillnad')).toHaveLength(2);
    expect(two).toContain('Månadskostnad per heltidstjänst: Undersköterska 30 000 kr, Serviceassistent 24 000 kr');
    expect(two).toContain('Arbetsmarknadsenheten betalar 12 000 kr per månad');
    // Open actions first, with their owners; the follow-up date from the report step.
    expect(page(out, 2).indexOf('Skriv uppdragsbeskrivningen')).toBeLessThan(page(out, 2).indexOf('Klart redan'));
    expect(page(out, 2)).toContain('Anna Öberg');
    expect(two).toContain('Uppföljningsmötet är 2027-03-15.');
  });

  it('prints the cost effect the estimate computes when the unit pays and the posts are lowered', () => {
    // 10 × 30,000 = 300,000 now; 9.5 × 30,000 + 0.5 × 24,000 = 297,000: down 3,000 a month, 36,000 a year.
    const out = run(data({ contract: 'BEA', payer: 'unit', lowersPosts: true }));
    expect(page(out, 2)).toEqual(expect.arrayContaining(['Per månad', 'Minskar med 3 000 kr', 'Per år', 'Minskar med 36 000 kr']));
    // Chosen, not the contract form's default: no mark.
    expect(page(out, 2)).toEqual(expect.arrayContaining(['enheten', 'sänks']));
    // The staffing section, later, prints the same effect.
    const later = out.pages.slice(3).flatMap((_, i) => page(out, i + 4));
    expect(later).toContain('Minskar med 36 000 kr');
    expect(later).toContain('Kostnad för enheten');
  });

  it('says what is missing instead of a cost effect', () => {
    const out = run(data({ contract: 'AB', monthlyCost: null }));
    expect(page(out, 2).join(' ')).toContain('Månadskostnad saknas för Serviceassistent.');
  });

  it('leaves out empty parts, and the whole page when there is nothing to say', () => {
    const noRoles = run(data(null, { workshop2: null }));
    const two = page(noRoles, 2).join('\n');
    expect(two).toContain('Tid per yrkesroll och färg');
    for (const absent of ['Nya tjänster', 'Kostnadseffekt', 'Viktigaste åtgärderna']) expect(two).not.toContain(absent);
    const bare = run(data(null, { workshop2: null, placements: [], steps: steps.map((s) => ({ ...s, date: null })) }));
    expect(page(bare, 2)).toContain('Innehåll');
    expect(page(bare, 2)).not.toContain('Resultatet i korthet');
  });

  it('stays one page with many roles, new roles and long actions, and counts what it leaves to later', () => {
    const many = Array.from({ length: 14 }, (_, i) =>
      role(`r${i}`, `Yrkesroll nummer ${i + 1} med ett ganska långt namn som fortsätter`, 3, `b${String(i).padStart(2, '0')}`),
    );
    const manyPlacements = many.flatMap((r, i) => [
      placement(`q${i}a`, 't1', r.id, 'green', 20 + i),
      placement(`q${i}b`, 't2', r.id, 'red', 5),
      placement(`q${i}c`, 't3', r.id, 'yellow', 3.5),
    ]);
    const b = { roles: many, tasks, placements: manyPlacements };
    const newRoles = Array.from({ length: 9 }, (_, i) => newRoleOf(`n${i}`, `Ny tjänst ${i + 1}`, { monthlyCost: 25_000, contract: i % 2 ? 'AB' : 'BEA' }, at));
    const manyParts = newRoles.map((n, i): RolePart => ({ ...base, id: `y${i}`, newRoleId: n.id, placementId: `q${i}b`, hours: null, order: 'a0' }));
    const summaries = summariseNewRoles(b, newRoles, manyParts);
    const long = 'Ta fram en rutin för beställningar tillsammans med köket och förrådet, och prova den i fyra veckor innan vi bestämmer oss';
    const out = run({
      ...data(null),
      ...b,
      newRoles: summaries,
      staffing: estimateStaffing(b, summaries, { ...staffing, roles: Object.fromEntries(many.map((r) => [r.id, { posts: null, monthlyCost: 31_000 }])) }),
      workshop2: {
        notes: [],
        stacks: [],
        voting: null,
        discussion: [],
        actions: Array.from({ length: 12 }, (_, i) => action(i, `${long} ${i}`, 'Anna Öberg')),
      },
    });
    expect(page(out, 2)[0]).toBe('Resultatet i korthet');
    expect(page(out, 2)).toContain('Uppföljningsmötet är 2027-03-15.');
    expect(page(out, 3)).toContain('Innehåll');
    // What did not fit is counted, for the roles, the new roles and the actions.
    expect(page(out, 2).filter((t) => /^\+ \d+ till längre fram i rapporten$/.test(t)).length).toBeGreaterThanOrEqual(3);
  });

  it('has its texts in Swedish and English, the same keys and placeholders', () => {
    const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(reportSummarySv).sort()).toEqual([...SUMMARY_KEYS].sort());
    expect(Object.keys(reportSummaryEn).sort()).toEqual([...SUMMARY_KEYS].sort());
    for (const key of SUMMARY_KEYS) expect(holes(reportSummaryEn[key]), key).toEqual(holes(reportSummarySv[key]));
    const en = layout(buildReport(data({ contract: 'BEA' }), stringsOf({ ...pdfEn, ...reportEn, ...reportSummaryEn, ...economicsEn })), A4_PORTRAIT, metrics);
    expect(page(en, 2)[0]).toBe('The result in short');
  });
});

describe('the logo in the documents', () => {
  const logo: PdfImage = { type: 'image/png', data: 'iVBORw0KGgo=', width: 400, height: 100 };
  const images = (out: LaidOutDocument, n: number) => (out.pages[n - 1]?.items ?? []).filter((p) => p.kind === 'image');

  it('is on the report’s cover at its proportions, with the organisation named, and nowhere else', () => {
    const out = run(data({ contract: 'AB' }, { logo }));
    const [image] = images(out, 1);
    expect(image).toMatchObject({ kind: 'image', w: 200, h: 50, alt: 'Logotyp för Örebro kommun' });
    expect(page(out, 1)).toEqual(expect.arrayContaining(['Slutrapport', 'Hemtjänst Norr', 'Örebro kommun', 'Eva Lind', '2026-12-06']));
    expect(out.pages.slice(1).every((_, i) => images(out, i + 2).length === 0)).toBe(true);
    expect(images(run(data({ contract: 'AB' })), 1)).toEqual([]);
  });

  it('heads the handout, small and at the right, above its title', () => {
    const out = layout(buildHandout(data({ contract: 'AB' }, { logo }), sv), A4_PORTRAIT, metrics);
    const [image] = images(out, 1);
    expect(image).toMatchObject({ w: 140, h: 35 });
    const right = A4_PORTRAIT.width - A4_PORTRAIT.margin.right;
    expect((image as { x: number }).x + 140).toBeCloseTo(right, 6);
    expect(page(out, 1)).toContain('Örebro kommun');
  });
});
