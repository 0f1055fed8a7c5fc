import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../renderer/i18n/i18n.ts';
import { pdfEn } from '../../../renderer/i18n/pdf.en.ts';
import { pdfSv } from '../../../renderer/i18n/pdf.sv.ts';
import { reportEn } from '../../../renderer/i18n/report.en.ts';
import { reportSv } from '../../../renderer/i18n/report.sv.ts';
import type { ReportTextKey } from '../../../shared/pdf/reportTexts.ts';
import { reportSummaryEn } from '../../../renderer/i18n/reportSummary.en.ts';
import { reportSummarySv } from '../../../renderer/i18n/reportSummary.sv.ts';
import { economicsSv } from '../../../renderer/i18n/economics.sv.ts';
import { economicsEn } from '../../../renderer/i18n/economics.en.ts';
import type { EconomicsPdfKey } from '../../../shared/pdf/economicsKeys.ts';
import type { SummaryKey } from '../../../shared/pdf/reportSummary.ts';
import type { Colour, Placement, Role, Step, Task } from '../../../shared/model.ts';
import { STEP_KEYS } from '../../../shared/model.ts';
import { summariseNewRoles, type NewRole, type NewRoleSummary, type RolePart } from '../../../shared/newRoles.ts';
import {
  buildHandout,
  buildJobDescription,
  jobTasks,
  buildReport,
  PDF_KEYS,
  reportSurvey,
  type PdfKey,
  type PdfStrings,
  type ReportData,
  type ReportSurvey,
} from '../../../shared/pdf/content.ts';
import type { Block, FontMetrics, PdfDocument } from '../../../shared/pdf/document.ts';
import { A4_PORTRAIT } from '../../../shared/pdf/document.ts';
import type { LaidOutDocument, Primitive } from '../../../shared/pdf/layout.ts';
import { layout } from '../../../shared/pdf/layout.ts';
import type { SurveyResults } from '../../../shared/survey/results.ts';
import { QUADRANTS, type Action, type DiscussionEntry, type SwotNote, type SwotStack, type Workshop2 } from '../../../shared/swot.ts';
import type { QuestionNote } from '../../../shared/workshop.ts';
import { newRoleOf } from './newRoleBuilders.ts';

/** The metrics stub of pdfLayout.test.ts: every character half the size wide, bold a little wider. */
const metrics: FontMetrics = {
  width: (text, font, size) => Array.from(text).length * size * (font === 'bold' ? 0.55 : 0.5),
  ascent: 0.8,
  descent: 0.2,
};
const run = (d: PdfDocument) => layout(d, A4_PORTRAIT, metrics);

type Text = Extract<Primitive, { kind: 'text' }>;
const texts = (items: Primitive[]): Text[] => items.filter((p): p is Text => p.kind === 'text');
const pageTexts = (out: LaidOutDocument, index: number) => texts(out.pages[index]?.items ?? []).map((t) => t.text);
const allTexts = (out: LaidOutDocument) => out.pages.flatMap((p) => texts(p.items).map((t) => t.text));

function num(n: number, maxDecimals = 2): string {
  const f = 10 ** maxDecimals;
  return String(Math.round(n * f) / f).replace('.', ',');
}
function stringsOf(dict: Record<PdfKey | ReportTextKey | SummaryKey | EconomicsPdfKey, string>): PdfStrings {
  return {
    t: (key, values) =>
      dict[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
        const v = values?.[name];
        return v === undefined ? whole : typeof v === 'number' ? num(v) : v;
      }),
    number: num,
    hours: (n) => `${num(n, 1)} h`,
    date: (d) => d.slice(0, 10),
  };
}
const sv = stringsOf({ ...pdfSv, ...reportSv, ...reportSummarySv, ...economicsSv });

// ---- A realistic analysis: 4 roles, 300 tasks ----

const at = '2026-11-02T09:00:00.000Z';
const base = { rev: 1, updatedAt: at, analysisId: 'a1' };
const UNIT = 'Förskolan Äppelgården – “Solros” −1 ≤ 2';
const ROLE_NAMES = ['Förskollärare', 'Barnskötare', 'Kock', 'Lokalvårdare'];
const roles: Role[] = ROLE_NAMES.map((name, i) => ({ ...base, id: `r${i}`, name, headcount: [6, 8, 2, 2][i] ?? 1, fullTimeHours: 40, order: `a${i}` }));
const COLOURS: Colour[] = ['green', 'yellow', 'red', 'black', 'unsorted', 'green', 'red'];
const tasks: Task[] = Array.from({ length: 300 }, (_, i) => ({
  ...base,
  id: `t${i}`,
  title: `Arbetsuppgift ${i + 1} – ${['städa förrådet', 'beställa varor', 'dokumentera', 'planera veckan'][i % 4]}`,
  notes: '',
  createdAt: at,
}));
const placements: Placement[] = tasks.flatMap((task, i) => {
  const mine = [i % 4, ...(i % 3 === 0 ? [(i + 1) % 4] : [])];
  return mine.map((r, k) => ({
    ...base,
    id: `p${i}-${k}`,
    taskId: task.id,
    roleId: `r${r}`,
    colour: COLOURS[(i + k) % COLOURS.length] ?? 'green',
    order: `a${String(i).padStart(3, '0')}`,
    hours: i % 17 === 0 ? null : ((i * 7) % 23) / 2 + 0.5,
  }));
});
const steps: Step[] = STEP_KEYS.map((key, i) => ({
  ...base,
  id: `s${i}`,
  key,
  status: i < 5 ? 'done' : 'planned',
  date: `2026-${String(9 + Math.floor(i / 2)).padStart(2, '0')}-${String(10 + i).padStart(2, '0')}`,
  notes: key === 'report' ? 'Vi ses i aulan och går igenom åtgärderna.' : '',
}));
const questionNotes: QuestionNote[] = [
  { ...base, id: 'a1:rightThings', question: 'rightThings', notes: 'Mycket tid går till disk och beställningar.\nPedagogerna vill ha mer tid med barnen.' },
  { ...base, id: 'a1:thingsRight', question: 'thingsRight', notes: '' },
  { ...base, id: 'a1:rightCompetence', question: 'rightCompetence', notes: 'Kocken gör inköp som någon annan kan göra.' },
];
const long = 'en ganska lång lapp som beskriver något som personalen tycker är viktigt att ta upp på mötet och som fortsätter';
const notes: SwotNote[] = Array.from({ length: 48 }, (_, i) => ({
  ...base,
  id: `n${i}`,
  quadrant: QUADRANTS[i % 4] ?? 'strengths',
  text: `Lapp ${i + 1}: ${i % 5 === 0 ? long + ' ' + long : 'kort text'}`,
  order: `a${String(i).padStart(2, '0')}`,
  count: i % 6 === 0 ? 3 : 1,
  votes: (i * 5) % 11,
  stackId: i === 4 || i === 8 ? 'st1' : null,
  createdAt: at,
}));
const stacks: SwotStack[] = [{ ...base, id: 'st1', quadrant: 'strengths', name: 'Samarbete', order: 'a0' }];
const discussion: DiscussionEntry[] = [
  { ...base, id: 'd1', list: 'effects', text: 'Mer tid för barnen', order: 'a0', noteIds: [] },
  { ...base, id: 'd2', list: 'successFactors', text: 'Tydlig introduktion', order: 'a0', noteIds: [] },
];
const actions: Action[] = Array.from({ length: 14 }, (_, i) => ({
  ...base,
  id: `ac${i}`,
  text: `Åtgärd ${i + 1}: ${i % 3 === 0 ? 'ta fram en rutin för beställningar tillsammans med köket och förrådet, och prova den i fyra veckor innan vi bestämmer' : 'boka möte'}`,
  owner: i % 2 === 0 ? 'Anna Öberg' : 'Lars Åkesson',
  due: i % 4 === 3 ? null : `2027-0${1 + (i % 6)}-15`,
  status: i % 5 === 0 ? 'done' : 'notStarted',
  link: null,
  order: `a${String(i).padStart(2, '0')}`,
  createdAt: at,
}));
const workshop2: Workshop2 = { notes, stacks, voting: { ...base, id: 'a1', dotsPerPerson: 5, participants: 14 }, discussion, actions };

const newRole = (id: string, name: string, extra: Partial<NewRole>) => newRoleOf(id, name, extra, at);
const redYellow = placements.filter((p) => (p.colour === 'red' || p.colour === 'yellow') && p.hours !== null);
const parts: RolePart[] = redYellow.slice(0, 8).map((p, i) => ({ ...base, id: `x${i}`, newRoleId: 'nr1', placementId: p.id, hours: null, order: `a${i}` }));
const newRoles: NewRole[] = [
  newRole('nr1', 'Serviceassistent', {
    purpose: 'Avlasta pedagogerna med praktiska uppgifter så att de får mer tid med barnen.',
    contract: 'BEA',
    skills: 'Social kompetens, stresstålighet, svenska i tal.',
    training: 'Introduktion i köket och i förrådet, två veckor.',
    adaptations: '',
    supervision: 'Biträdande förskolechef en gång i veckan.',
  }),
];
const summaries: NewRoleSummary[] = summariseNewRoles({ roles, tasks, placements }, newRoles, parts);

const survey: ReportSurvey = {
  threshold: 3,
  groups: [
    {
      name: 'Förskollärare',
      roles: ['Förskollärare'],
      respondents: 5,
      headcount: 6,
      tasks: [
        { task: 'Dokumentera', doing: 5, mean: 4, team: 24 },
        { task: 'Disk', doing: 0, mean: 0, team: 0 },
      ],
    },
    { name: 'Barnskötare', roles: ['Barnskötare'], respondents: 7, headcount: 8, tasks: [{ task: 'Disk', doing: 6, mean: 3.5, team: 28 }] },
    // Under the threshold although the caller passed it: must not be shown on its own.
    { name: 'Lokalvårdare', roles: ['Lokalvårdare'], respondents: 2, headcount: 2, tasks: [{ task: 'Städa', doing: 2, mean: 20, team: 40 }] },
  ],
  hidden: ['Kock'],
};

const full: ReportData = {
  analysis: { unitName: UNIT, organisation: 'Norrby stad', facilitator: 'Eva Lind' },
  steps,
  roles,
  tasks,
  placements,
  questionNotes,
  survey,
  workshop2,
  newRoles: summaries,
  today: '2027-02-01',
};
const empty: ReportData = {
  ...full,
  steps: steps.map((s) => ({ ...s, date: s.key === 'report' ? null : s.date, notes: '' })),
  questionNotes: questionNotes.map((q) => ({ ...q, notes: ' ' })),
  survey: null,
  workshop2: null,
  newRoles: [],
};

/** Every heading has something printed under it before the next heading of its level or above. */
function expectNoEmptySections(blocks: Block[]): void {
  const flat = flatten(blocks);
  flat.forEach((b, i) => {
    if (b.kind !== 'heading') return;
    const next = flat.slice(i + 1).find((n) => n.kind !== 'spacer' && n.kind !== 'pageBreak' && !(n.kind === 'heading' && n.level > b.level));
    expect(next && next.kind !== 'heading', `"${b.text}" has nothing under it`).toBe(true);
  });
}
const flatten = (blocks: Block[]): Block[] => blocks.flatMap((b) => (b.kind === 'group' ? flatten(b.blocks) : [b]));
const headings = (doc: PdfDocument) => flatten([...(doc.cover ?? []), ...doc.blocks]).flatMap((b) => (b.kind === 'heading' ? [b.text] : []));

describe('the dictionaries', () => {
  it('hold exactly the PDF keys, in Swedish and in English, with the same placeholders', () => {
    expect(new Set(PDF_KEYS).size).toBe(PDF_KEYS.length);
    expect(Object.keys(pdfSv).sort()).toEqual([...PDF_KEYS].sort());
    expect(Object.keys(pdfEn).sort()).toEqual([...PDF_KEYS].sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of PDF_KEYS) expect(holes(pdfEn[key]), key).toEqual(holes(pdfSv[key]));
  });
});

describe('the handout', () => {
  it('fits two A4 pages for 4 roles, 300 tasks, SWOT and actions', () => {
    const doc = buildHandout(full, sv, { setup: A4_PORTRAIT, metrics });
    const out = run(doc);
    expect(out.pages.length).toBeLessThanOrEqual(2);
    const all = allTexts(out);
    expect(all).toContain('Röda och svarta uppgifter');
    expect(all).toContain('SWOT: lappar med flest prickar');
    expect(all).toContain('Åtgärder');
    expect(all.some((t) => /^\+ \d+ till$/.test(t))).toBe(true);
    expect(all).toContain('Uppföljningsmötet är 2026-11-15.');
    expect(all.some((t) => t.includes('{'))).toBe(false);
    expectNoEmptySections(doc.blocks);
  });

  it("labels each role's bar with whole percent that add up to 100, and rounds its hours once from the exact sums", () => {
    const small: Placement[] = (['green', 'yellow', 'red', 'black'] as const).map((colour, i) => ({
      ...base,
      id: `q${i}`,
      taskId: `t${i}`,
      roleId: 'r0',
      colour,
      order: `a${i}`,
      hours: colour === 'black' ? 0.05 : 0.3,
    }));
    // The app's own rounding: 0,3 h is "0,5 h", 0,05 h "< 0,5 h", and the 0,95 h they make together "1 h" (not 2 h).
    const people = { ...sv, hours: createTranslator('sv').roundHours };
    const doc = buildHandout({ ...full, roles: [roles[0] as Role], placements: small, workshop2: null }, people);
    const bars = doc.blocks.find((b): b is Extract<Block, { kind: 'bars' }> => b.kind === 'bars');
    const row = bars?.rows[0];
    const labels = (row?.segments ?? []).map((seg) => seg.label).filter((l) => l !== '');
    expect(labels).toEqual(['32 %', '32 %', '31 %', '5 %']);
    expect(row?.total).toBe('1 h');
    const table = doc.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.columns[0]?.title === 'Yrkesroll');
    expect(table?.rows[0]?.slice(1)).toEqual(['0,5 h', '0,5 h', '0,5 h', '< 0,5 h', '1 h']);
  });

  it('lists the largest red and black tasks first, then how many more', () => {
    const doc = buildHandout(full, sv);
    const table = doc.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.columns[0]?.title === 'Uppgift');
    const redBlack = placements.filter((p) => p.colour === 'red' || p.colour === 'black');
    const top = Math.max(...redBlack.map((p) => p.hours ?? 0));
    expect(table?.rows).toHaveLength(8);
    expect(table?.rows[0]?.[3]).toBe(`${num(top, 1)} h`);
    expect(doc.blocks).toContainEqual({ kind: 'paragraph', text: `+ ${redBlack.length - 8} till`, style: 'muted' });
  });

  it('counts the dots phones gave with the typed ones, in the handout and the report', () => {
    const two: SwotNote[] = [
      { ...base, id: 'p1', quadrant: 'threats', text: 'Typed', order: 'a0', count: 1, votes: 3, stackId: null, createdAt: at },
      { ...base, id: 'p2', quadrant: 'threats', text: 'Phones', order: 'a1', count: 1, votes: 1, phoneDots: 4, stackId: null, createdAt: at },
    ];
    const data = { ...full, workshop2: { ...workshop2, notes: two, stacks: [] } };
    const dotTables = (doc: PdfDocument) =>
      flatten(doc.blocks).flatMap((b) => (b.kind === 'table' && b.columns.some((c) => c.title === 'Prickar') ? [b.rows.map((r) => [r[0], r.at(-1)])] : []));
    expect(dotTables(buildHandout(data, sv))).toEqual([
      [
        ['Phones', '5'],
        ['Typed', '3'],
      ],
    ]);
    expect(dotTables(buildReport(data, sv))).toContainEqual([
      ['Phones', '5'],
      ['Typed', '3'],
    ]);
  });

  it('shortens its lists until it fits when given the page metrics', () => {
    const words = 'Ord '.repeat(60);
    const longRoles = Array.from({ length: 6 }, (_, i) => ({
      ...base,
      id: `r${i}`,
      name: `Yrkesroll nummer ${i} med ett långt namn`,
      headcount: 3,
      fullTimeHours: 40,
      order: `a${i}`,
    }));
    const longTasks = tasks.map((t) => ({ ...t, title: `${t.title} ${words}` }));
    const spread = placements.map((p, i) => ({ ...p, roleId: `r${i % 6}`, colour: (['red', 'black', 'green'] as const)[i % 3] ?? 'red' }));
    const worst: ReportData = {
      ...full,
      roles: longRoles,
      tasks: longTasks,
      placements: spread,
      workshop2: {
        ...workshop2,
        notes: notes.map((n, i) => ({ ...n, text: `${n.text} ${words}`, votes: i + 1, stackId: null })),
        actions: Array.from({ length: 3 }, () => actions)
          .flat()
          .map((a, i) => ({
            ...a,
            id: `w${i}`,
            text: `${a.text} ${words}`,
            owner: 'Ansvarig person med ett långt namn',
            order: `b${String(i).padStart(3, '0')}`,
          })),
      },
    };
    expect(run(buildHandout(worst, sv)).pages.length).toBeGreaterThan(2);
    const fitted = run(buildHandout(worst, sv, { setup: A4_PORTRAIT, metrics }));
    expect(fitted.pages.length).toBeLessThanOrEqual(2);
    expect(allTexts(fitted).some((t) => /^\+ \d+ till$/.test(t))).toBe(true);
    // At its tightest the handout keeps what the room decided and drops the list of red and black tasks.
    expect(headings(buildHandout(worst, sv, { setup: A4_PORTRAIT, metrics }))).toEqual(
      expect.arrayContaining(['Nya tjänster', 'De tre frågorna', 'SWOT: lappar med flest prickar', 'Åtgärder']),
    );
  });

  it('uses its second page for longer lists before anything hides behind "+ n till"', () => {
    const redBlackTable = (doc: PdfDocument) =>
      doc.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.columns[0]?.title === 'Uppgift');
    // Nine red tasks (one more than the fixed list of eight) are all listed, with no "+ n till", on two pages.
    const few = placements.filter((p) => p.colour !== 'red' && p.colour !== 'black').concat(placements.filter((p) => p.colour === 'red').slice(0, 9));
    // A small workshop 2: six notes, three actions.
    const w2 = { ...workshop2, notes: workshop2.notes.slice(0, 6), actions: workshop2.actions.slice(0, 3) };
    const small = buildHandout({ ...full, placements: few, workshop2: w2 }, sv, { setup: A4_PORTRAIT, metrics });
    expect(redBlackTable(small)?.rows).toHaveLength(9);
    expect(allTexts(run(small)).some((t) => /^\+ 1 till$/.test(t))).toBe(false);
    expect(run(small).pages.length).toBeLessThanOrEqual(2);
  });

  it('leads with what the room decided: the new roles and the answers to the three questions', () => {
    const doc = buildHandout(full, sv, { setup: A4_PORTRAIT, metrics });
    const order = headings(doc);
    expect(order.slice(0, 3)).toEqual(['Sammanfattning av analysen', 'Nya tjänster', 'De tre frågorna']);
    expect(order.indexOf('Nya tjänster')).toBeLessThan(order.indexOf('Timmar per vecka per yrkesroll'));
    const roleTable = doc.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.columns[0]?.title === 'Ny tjänst');
    const serviceassistent = summaries[0];
    expect(roleTable?.rows).toEqual([
      ['Serviceassistent', `${num(serviceassistent?.hours ?? NaN, 1)} h`, `${num(serviceassistent?.share ?? NaN, 2)} tjänster`],
    ]);
    const all = allTexts(run(doc)).join(' ');
    expect(all).toContain('Pedagogerna vill ha mer tid med barnen.');
    expect(all).toContain('Kocken gör inköp som någon annan kan göra.');
  });

  it('leaves out what is not there', () => {
    const doc = buildHandout(empty, sv);
    expect(headings(doc)).toEqual(['Sammanfattning av analysen', 'Timmar per vecka per yrkesroll', 'Röda och svarta uppgifter']);
    expectNoEmptySections(doc.blocks);
    const bare = buildHandout({ ...empty, placements: [] }, sv);
    expect(headings(bare)).toEqual(['Sammanfattning av analysen']);
  });
});

describe('the final report', () => {
  const doc = buildReport(full, sv);
  const out = run(doc);

  it('has a cover without header or footer', () => {
    const cover = pageTexts(out, 0);
    expect(cover).toContain('Slutrapport');
    expect(cover).toContain(UNIT);
    expect(cover).toContain('Eva Lind');
    expect(cover.some((t) => t.startsWith('Sida'))).toBe(false);
  });

  it('has a table of contents whose page numbers are where the headings are', () => {
    // Page 2 is the summary; the contents follow.
    expect(pageTexts(out, 1)).toContain('Resultatet i korthet');
    expect(pageTexts(out, 2)).toContain('Innehåll');
    expect(out.toc.length).toBeGreaterThan(10);
    const firstBody = Math.min(...out.toc.map((e) => e.page));
    for (const entry of out.toc) {
      expect(pageTexts(out, entry.page - 1), entry.text).toContain(entry.text);
      // The TOC line: the entry's text with its page number on the same baseline.
      const tocPages = out.pages.slice(2, firstBody - 1).map((p) => texts(p.items));
      const line = tocPages.flatMap((ts) => ts.filter((t) => t.text === entry.text).map((t) => ({ t, ts })))[0];
      expect(line, entry.text).toBeDefined();
      const number = line?.ts.find((t) => t.y === line.t.y && /^\d+$/.test(t.text));
      expect(number?.text, entry.text).toBe(String(entry.page));
    }
    const levels = new Set(out.toc.map((e) => e.level));
    expect([...levels].sort()).toEqual([1, 2]);
  });

  it('has the unit name as header and the page label on every page after the cover', () => {
    const total = out.pages.length;
    for (let i = 1; i < total; i++) {
      const ts = texts(out.pages[i]?.items ?? []);
      const header = ts.find((t) => t.text === UNIT);
      expect(header, `page ${i + 1}`).toBeDefined();
      // Above everything else on the page.
      expect(Math.min(...ts.map((t) => t.y))).toBe(header?.y);
      expect(ts.map((t) => t.text)).toContain(`Sida ${i + 1} av ${total}`);
    }
  });

  it('paginates 300 tasks: every card on the board is printed', () => {
    expect(out.pages.length).toBeGreaterThan(15);
    const printed = new Set(allTexts(out));
    for (const task of tasks) expect(printed.has(task.title), task.title).toBe(true);
    expect(allTexts(out).some((t) => t.includes('{'))).toBe(false);
  });

  it('has every section, and none empty', () => {
    const h = headings(doc);
    for (const title of [
      'Om analysen',
      'Deltagande',
      'Enkätens resultat',
      'AKR-tavlan',
      'De tre frågorna',
      'SWOT',
      'Effekter, konsekvenser och framgångsfaktorer',
      'Nya tjänster',
      'Åtgärder',
      'Uppföljning',
    ]) {
      expect(h, title).toContain(title);
    }
    // Empty parts inside sections are left out too.
    expect(h).not.toContain('Gör vi saker rätt?');
    expect(h).not.toContain('Konsekvenser');
    expectNoEmptySections(doc.blocks);
  });

  it('leaves out empty sections', () => {
    const bare = buildReport(empty, sv);
    const h = headings(bare);
    for (const title of [
      'Deltagande',
      'Enkätens resultat',
      'De tre frågorna',
      'SWOT',
      'Effekter, konsekvenser och framgångsfaktorer',
      'Nya tjänster',
      'Åtgärder',
      'Uppföljning',
    ]) {
      expect(h, title).not.toContain(title);
    }
    expect(h).toContain('AKR-tavlan');
    expectNoEmptySections(bare.blocks);
    const noBoard = buildReport({ ...empty, placements: [] }, sv);
    expect(headings(noBoard)).not.toContain('AKR-tavlan');
    expect(run(noBoard).pages.length).toBeGreaterThan(1);
  });

  it('does not show a role with fewer than 3 respondents on its own', () => {
    const participation = doc.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.columns[1]?.title === 'Svarande');
    expect(participation?.rows.map((r) => r[0])).toEqual(['Förskollärare', 'Barnskötare']);
    // No total: with roles left out it would tell how many answered in them.
    expect(participation?.footer).toBeUndefined();
    const all = allTexts(out).join(' ');
    expect(all).toContain('Visas inte (färre än 3 svar): Kock, Lokalvårdare.');
    expect(headings(doc).some((t) => t.startsWith('Lokalvårdare,'))).toBe(false);
    expect(headings(doc)).toContain('Förskollärare, 5 svarande');
  });

  it('keeps only aggregates from the survey results, and moves small groups to hidden', () => {
    const results: SurveyResults = {
      roles: [
        {
          name: 'Förskollärare',
          roles: ['Förskollärare'],
          respondents: 4,
          headcount: 5,
          team: 20,
          perPerson: { min: 2, median: 4, max: 9 },
          tasks: [{ task: 'Disk', doing: 3, mean: 2, median: 2, team: 10 }],
          missions: ['Jag är den enda som kan ta hand om akvariet'],
        },
        {
          name: 'Övriga',
          roles: ['Kock', 'Vaktmästare'],
          respondents: 2,
          headcount: null,
          team: 3,
          perPerson: { min: 1, median: 1.5, max: 2 },
          tasks: [],
          missions: [],
        },
      ],
      hidden: ['Rektor'],
    };
    const safe = reportSurvey(results, 3);
    expect(safe).toEqual({
      threshold: 3,
      groups: [{ name: 'Förskollärare', roles: ['Förskollärare'], respondents: 4, headcount: 5, tasks: [{ task: 'Disk', doing: 3, mean: 2, team: 10 }] }],
      hidden: ['Rektor', 'Kock', 'Vaktmästare'],
    });
    expect(JSON.stringify(safe)).not.toContain('akvariet');
    const merged = buildReport(
      { ...full, survey: reportSurvey({ ...results, roles: [{ ...results.roles[1], respondents: 3 } as SurveyResults['roles'][number]], hidden: [] }, 3) },
      sv,
    );
    expect(allTexts(run(merged))).toContain('Övriga (Kock, Vaktmästare)');
  });
});

describe('the job description', () => {
  const context = { unitName: UNIT, organisation: 'Norrby stad', date: '2027-02-01' };

  it('fits one page for a normal role and leaves out what is not filled in and the advice to the facilitator', () => {
    const summary = summaries[0];
    expect(summary?.parts).toHaveLength(8);
    if (!summary) return;
    const doc = buildJobDescription(summary, context, sv);
    const out = run(doc);
    expect(out.pages).toHaveLength(1);
    const all = allTexts(out);
    expect(all).toContain('Uppdragsbeskrivning: Serviceassistent');
    expect(all).toContain(`${UNIT}, Norrby stad`);
    // The adaptations are not filled in: neither the field nor "Inte ifyllt" is printed.
    expect(all).not.toContain('Inte ifyllt');
    expect(all).not.toContain('Anpassningar av arbetsplatsen');
    expect(all).toContain('Handledning');
    expect(all).toContain('BEA – arbetsmarknadspolitisk anställning');
    // The app's advice about contract forms is for the facilitator, not for the person in the role.
    expect(all.join(' ')).not.toMatch(/Planera hur|Välj AB eller BEA/);
    expect(all).toContain(`${num(summary.hours, 1)} h`);
    expect(all.some((t) => t.includes('{'))).toBe(false);
    expectNoEmptySections(doc.blocks);
  });

  it('gives the number of posts above one full-time post, and leaves out an empty purpose', () => {
    const big = summariseNewRoles(
      { roles, tasks, placements },
      [newRole('nr2', 'Resurs', { fullTimeHours: 10 })],
      parts.map((p) => ({ ...p, newRoleId: 'nr2' })),
    )[0];
    if (!big) throw new Error('no summary');
    const doc = buildJobDescription(big, { ...context, organisation: '' }, sv);
    expect(headings(doc)).not.toContain('Syfte');
    // Nothing of the requirements is filled in: the section is left out, not printed empty.
    expect(headings(doc)).not.toContain('Krav på tjänsten');
    const all = allTexts(run(doc)).join(' ');
    // Posts and the hours of each, worked out from the role's own hours on a 10-hour full-time week.
    const whole = Math.floor(big.hours / 10);
    const rest = big.hours - whole * 10;
    expect(big.share).toBeGreaterThan(1);
    expect(all).toContain(`${num(big.share, 2)} tjänster: ${whole} × heltid på 10 h och 1 × ${num(rest, 1)} h per vecka.`);
    // No contract form chosen: no section for it, and no advice.
    expect(headings(doc)).not.toContain('Anställningsform');
    expect(all).not.toContain('Inte bestämt');
    expectNoEmptySections(doc.blocks);
  });

  it('lists a task once with all its hours, when the role takes it in parts or from several roles', () => {
    // Task t0 is placed for two roles (r0 and r1); the role takes both placements, one of them in two parts.
    const both = placements.filter((p) => p.taskId === 't0');
    expect(both.map((p) => p.roleId)).toEqual(['r0', 'r1']);
    const [a, b] = both;
    if (!a || !b) throw new Error('no placements');
    const board = { roles, tasks, placements: placements.map((p) => (p.taskId === 't0' ? { ...p, colour: 'red' as const, hours: 4 } : p)) };
    const split: RolePart[] = [
      { ...base, id: 'y1', newRoleId: 'nr3', placementId: a.id, hours: 1.5, order: 'a0' },
      { ...base, id: 'y2', newRoleId: 'nr3', placementId: a.id, hours: null, order: 'a1' },
      { ...base, id: 'y3', newRoleId: 'nr3', placementId: b.id, hours: 3, order: 'a2' },
    ];
    const summary = summariseNewRoles(board, [newRole('nr3', 'Kökshjälp', {})], split)[0];
    if (!summary) throw new Error('no summary');
    expect(jobTasks(summary, '–')).toEqual([{ title: 'Arbetsuppgift 1 – städa förrådet', from: 'Förskollärare, Barnskötare', hours: 7 }]);
    const table = buildJobDescription(summary, context, sv).blocks.find((x) => x.kind === 'table');
    expect(table?.kind === 'table' && table.rows).toEqual([['Arbetsuppgift 1 – städa förrådet', 'Förskollärare, Barnskötare', `${num(7, 1)} h`]]);
  });
});

describe('Swedish text', () => {
  it('passes å ä ö – “ ” − ≤ through unchanged', () => {
    const handout = allTexts(run(buildHandout(full, sv)));
    expect(handout).toContain(UNIT);
    const report = run(buildReport(full, sv));
    expect(pageTexts(report, 0)).toContain(UNIT);
    expect(pageTexts(report, 3)).toContain(UNIT);
    expect(allTexts(report)).toContain('Anna Öberg');
  });

  it('follows the language it is given', () => {
    const en = stringsOf({ ...pdfEn, ...reportEn, ...reportSummaryEn, ...economicsEn });
    const doc = buildReport(full, en);
    expect(headings(doc)).toContain('Contents');
    expect(doc.footer?.pageLabel(2, 9)).toBe('Page 2 of 9');
  });
});
