import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { testStore } from './testStore.ts';
import { exampleSurveyCsv } from '../../../renderer/example/exampleSurvey.ts';
import { createTranslator } from '../../../renderer/i18n/i18n.ts';
import { makeDocx } from '../../../renderer/docx/reportDocx.ts';
import { reportData, strings } from '../../../renderer/pdf/reportData.ts';
import { updated } from '../../../shared/changes.ts';
import { byOrder } from '../../../shared/items.ts';
import type { Colour } from '../../../shared/model.ts';
import { buildReport } from '../../../shared/pdf/content.ts';
import type { Block, PdfDocument } from '../../../shared/pdf/document.ts';
import { boardTotals } from '../../../shared/totals.ts';

const AT = '2026-11-23T10:00:00.000Z';
const tr = createTranslator('sv');
const words = { role: tr.t('pdf.col.role'), total: tr.t('pdf.col.total') };

/** What mammoth, an independent reader of Word files, makes of the bytes. */
async function read(bytes: Uint8Array): Promise<{ html: string; text: string }> {
  const buffer = Buffer.from(bytes);
  const [{ value: html }, { value: text }] = await Promise.all([mammoth.convertToHtml({ buffer }), mammoth.extractRawText({ buffer })]);
  return { html, text };
}

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .trim();

/** The same text whatever space a figure's unit is kept with. */
const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

/** Every h1–h3 in document order, as "2 Nya roller". */
const headings = (html: string) => [...html.matchAll(/<h([1-6])[^>]*>(.*?)<\/h\1>/g)].map((m) => `${m[1]} ${plain(m[2] ?? '')}`);

/** Every table as rows of cell texts. */
function tables(html: string): string[][][] {
  return [...html.matchAll(/<table>(.*?)<\/table>/g)].map((t) =>
    [...(t[1] ?? '').matchAll(/<tr>(.*?)<\/tr>/g)].map((r) => [...(r[1] ?? '').matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => plain(c[1] ?? ''))),
  );
}

/** The example preschool (8 barnskötare, 6 förskollärare answered), its cards sorted into colours, with notes and an action. */
async function realisticReport(threshold: number) {
  const { repos, state } = testStore({ clock: () => AT });
  const id = await state().createExample({
    csv: exampleSurveyCsv,
    unitName: 'Förskolan Solrosen – avdelning Äppelgården',
    organisation: 'Örebro kommun',
    fileName: 'enkät.csv',
  });
  await state().updateSettings({ privacyThreshold: threshold });
  const [record] = await repos.exchange.records([id]);
  if (!record) throw new Error('no example');
  const colours: Colour[] = ['green', 'yellow', 'red', 'black', 'green', 'unsorted'];
  const placements = [...record.placements].sort(byOrder);
  await state().commit(
    placements.map((p, i) => updated('placements', p, { ...p, colour: colours[i % colours.length] ?? 'green' })),
    { undoable: true },
  );
  await state().saveQuestionNote(id, 'rightThings', 'Vi gör rätt saker på förmiddagen – men disken äter tid.');
  const data = await reportData(repos, id, tr);
  return { id, data, repos, state, document: buildReport(data, strings(tr)) };
}

describe('the final report as a Word file', () => {
  it('carries the facilitator’s own texts with their emphasis and lists, the core missions and the decision trail', async () => {
    const { id, repos, state } = await realisticReport(7);
    await state().setReportText(id, 'summary', 'Enheten får **två** nya tjänster.\n\n- Disken flyttas\n- Tvätten flyttas', 'text');
    await state().setReportText(id, 'conclusions', '## Det viktigaste\n\nPedagogerna får *mer tid* med barnen.', 'text');
    await state().setReportText(id, 'recommendations', '1. Anställ en serviceassistent\n2. Följ upp i maj', 'text');
    const roles = await repos.exchange.records([id]);
    const shownRole = roles[0]?.roles.find((r) => r.name === 'Barnskötare');
    if (!shownRole) throw new Error('no barnskötare');
    await state().setCoreMission(id, shownRole.id, 'Omsorg och lärande för barnen.', 'text');
    await state().setAnchorEntry(id, 'safetyRep', { done: true, date: '2026-11-20', by: 'Skyddsombudet' }, 'text');
    const data = await reportData(repos, id, tr);
    const { html, text } = await read(await makeDocx(buildReport(data, strings(tr)), { language: 'sv', words }));
    // The facilitator's words, bold and italic kept, lists as real lists, in the report's order.
    expect(html).toContain('Enheten får <strong>två</strong> nya tjänster.');
    expect(html).toContain('<ul><li>Disken flyttas</li><li>Tvätten flyttas</li></ul>');
    expect(html).toContain('<em>mer tid</em>');
    expect(html).toContain('<ol><li>Anställ en serviceassistent</li><li>Följ upp i maj</li></ol>');
    expect(text).not.toContain('**');
    const at = (t: string) => text.indexOf(t);
    expect(at('Enheten får')).toBeGreaterThan(0);
    expect(at('Enheten får')).toBeLessThan(at('Pedagogerna får'));
    // The core mission of a role at the threshold, and the trail.
    expect(text).toContain('Omsorg och lärande för barnen.');
    expect(text).toContain('Skyddsombudet');
  });

  it('reads back with real headings in order, the app’s figures in its tables, Swedish intact and the privacy rule applied', async () => {
    // Threshold 7: the 8 barnskötare are shown, the 6 förskollärare are under it.
    const { data, document } = await realisticReport(7);
    const bytes = await makeDocx(document, { language: 'sv', author: 'Åsa Öberg', words });
    // A Word file is a zip (PK…).
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const { html, text } = await read(bytes);

    // The headings, in order and at their levels, are the document model's (the cover's title is not one of them).
    const expected = (blocks: readonly Block[]): string[] =>
      blocks.flatMap((b) =>
        b.kind === 'heading' && !(b.level === 1 && b.text === tr.t('pdf.toc.title')) ? [`${b.level} ${b.text}`] : b.kind === 'group' ? expected(b.blocks) : [],
      );
    expect(headings(html)).toEqual(expected(document.blocks));
    expect(headings(html)).toContain(`1 ${tr.t('pdf.board.title')}`);
    expect(headings(html).some((h) => h.startsWith('3 '))).toBe(true);

    // The hours table holds exactly the app's totals per role and colour, formatted as the app formats them.
    const roles = [...data.roles].sort(byOrder);
    const totals = boardTotals(data.placements, roles);
    const hoursTable = tables(html).find(
      (t) => t[0]?.[0] === tr.t('pdf.col.role') && t[0].includes(tr.t('pdf.colour.green')) && t.at(-1)?.[0] === tr.t('pdf.col.total'),
    );
    expect(hoursTable).toBeDefined();
    const s = strings(tr);
    const colourOrder: Colour[] = ['green', 'yellow', 'red', 'black', 'unsorted'];
    roles.forEach((role, i) => {
      const t = totals.roles[i];
      if (!t) throw new Error('no totals');
      const row = hoursTable?.find((r) => r[0] === role.name);
      expect(row?.map(nbsp)).toEqual([role.name, ...colourOrder.map((c) => s.hours(t.byColour[c])), s.hours(t.total)].map(nbsp));
    });
    expect(hoursTable?.at(-1)?.map(nbsp)).toEqual(
      [tr.t('pdf.col.total'), ...colourOrder.map((c) => s.hours(totals.all.byColour[c])), s.hours(totals.all.total)].map(nbsp),
    );
    expect(totals.all.total).toBeGreaterThan(0);

    // The bars are pictures, with their figures (each colour's share) in a table too.
    expect((html.match(/<img /g) ?? []).length).toBeGreaterThanOrEqual(roles.length);
    expect(html).toContain('src="data:image/png;base64,');
    const barFigures = tables(html).find((t) => t[0]?.[0] === tr.t('pdf.col.role') && t.slice(1).some((r) => r.some((c) => / %$/.test(c))));
    expect(barFigures?.slice(1).map((r) => r[0])).toEqual(roles.map((r) => r.name));

    // Swedish characters, and the dash, survive.
    expect(text).toContain('Förskolan Solrosen – avdelning Äppelgården');
    expect(text).toContain('Vi gör rätt saker på förmiddagen – men disken äter tid.');
    expect(text).toContain('Örebro kommun');

    // The privacy rule: the barnskötare's survey figures are there, the förskollärare's are not, only named as left out.
    expect(data.survey?.groups.map((g) => g.name)).toEqual(['Barnskötare']);
    expect(headings(html)).toContain(`3 ${tr.t('pdf.survey.groupHeading', { name: 'Barnskötare', count: 8 })}`);
    expect(headings(html).filter((h) => h.includes('Förskollärare') && h.startsWith('3 ') && h.includes('svar'))).toEqual([]);
    expect(text).toContain(tr.t('pdf.participation.hidden', { count: 7, roles: 'Förskollärare' }));
    const participation = tables(html).find((t) => t[0]?.[1] === tr.t('pdf.col.respondents'));
    expect(participation?.slice(1).map((r) => r.slice(0, 2))).toEqual([['Barnskötare', '8']]);
  });

  it('shows both roles’ survey figures when both are at the threshold (the check above can fail)', async () => {
    const { document } = await realisticReport(3);
    const { html } = await read(await makeDocx(document, { language: 'sv', words }));
    expect(headings(html)).toContain(`3 ${tr.t('pdf.survey.groupHeading', { name: 'Förskollärare', count: 6 })}`);
  });

  it('puts the unit in the header and the page number fields in the footer, on an A4 page, the cover without either', async () => {
    const { document } = await realisticReport(3);
    const bytes = await makeDocx(document, { language: 'sv', words });
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes);
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    // A4 in twips, and a different first page (the cover).
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toContain('<w:titlePg/>');
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/header\d+\.xml$/.test(f))
        .map(async (f) => (await zip.file(f)?.async('string')) ?? ''),
    );
    expect(headers.some((h) => h.includes('Förskolan Solrosen – avdelning Äppelgården'))).toBe(true);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/footer\d+\.xml$/.test(f))
        .map(async (f) => (await zip.file(f)?.async('string')) ?? ''),
    );
    const footer = footers.find((f) => f.includes('PAGE')) ?? '';
    expect(footer).toMatch(/>Sida </);
    expect(footer).toContain('NUMPAGES');
    // Word's own heading styles, the table of contents as a field over them, and the document's language.
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain('TOC \\h \\o &quot;1-2&quot;');
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('w:val="sv-SE"');
  });
});

/** One block of every kind the document model has: the Record makes a new kind fail to compile here until it is added. */
const EVERY_KIND: Record<Block['kind'], Block[]> = {
  heading: [{ kind: 'heading', level: 2, text: 'Rubrik två – åäö', toc: true }],
  paragraph: [{ kind: 'paragraph', text: 'Stycke med å ä ö\nandra raden', style: 'muted' }],
  list: [{ kind: 'list', items: ['Punkt ett', 'Punkt två'] }],
  table: [
    {
      kind: 'table',
      columns: [
        { title: 'Uppgift', width: 3 },
        { title: 'Timmar', width: 1, align: 'right' },
      ],
      rows: [['Diska', '2,5 h']],
      footer: ['Totalt', '2,5 h'],
    },
  ],
  bars: [
    {
      kind: 'bars',
      rows: [
        {
          label: 'Barnskötare',
          total: '40 h',
          segments: [
            { value: 30, colour: 'green', label: '75 %' },
            { value: 10, colour: 'red', label: '25 %' },
          ],
        },
      ],
      legend: [
        { colour: 'green', label: 'Grön' },
        { colour: 'red', label: 'Röd' },
      ],
    },
  ],
  keyValue: [{ kind: 'keyValue', pairs: [{ key: 'Enhet', value: 'Solrosen' }] }],
  spacer: [{ kind: 'spacer', pt: 12 }],
  pageBreak: [{ kind: 'pageBreak' }],
  group: [{ kind: 'group', blocks: [{ kind: 'paragraph', text: 'I en grupp' }] }],
  toc: [{ kind: 'heading', level: 1, text: 'Innehåll' }, { kind: 'toc' }],
  answerBoxes: [{ kind: 'answerBoxes', header: { label: 'Uppgift', box: 'Timmar' }, rows: [{ label: 'Städa', unit: 'h/v' }] }],
  writingLines: [{ kind: 'writingLines', count: 3 }],
  // A 1×1 PNG, as the logo is stored (base64).
  image: [
    {
      kind: 'image',
      image: {
        type: 'image/png',
        data: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        width: 1,
        height: 1,
      },
      maxWidth: 120,
      maxHeight: 40,
      alt: 'Logotyp',
    },
  ],
  quadrants: [
    {
      kind: 'quadrants',
      share: 0.5,
      cells: ['Styrkor', 'Svagheter', 'Möjligheter', 'Hot'].map((title) => ({ title, prompt: `Vad är ${title.toLowerCase()}?` })),
    },
  ],
};

describe('every block kind of the document model in Word', () => {
  it('maps each kind to something Word shows (none silently dropped)', async () => {
    const doc: PdfDocument = { title: 'Prov', footer: null, blocks: Object.values(EVERY_KIND).flat() };
    const bytes = await makeDocx(doc, { language: 'sv', words: { role: 'Yrkesroll', total: 'Totalt' } });
    const { html, text } = await read(bytes);
    const { default: JSZip } = await import('jszip');
    const body = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
    const shown: Record<Block['kind'], boolean> = {
      heading: html.includes('<h2>') && text.includes('Rubrik två – åäö'),
      paragraph: text.includes('Stycke med å ä ö') && text.includes('andra raden'),
      list: /<ul><li>Punkt ett<\/li><li>Punkt två<\/li><\/ul>/.test(html),
      table: tables(html).some(
        (t) =>
          JSON.stringify(t) ===
          JSON.stringify([
            ['Uppgift', 'Timmar'],
            ['Diska', '2,5 h'],
            ['Totalt', '2,5 h'],
          ]),
      ),
      bars: html.includes('data:image/png') && tables(html).some((t) => JSON.stringify(t[1]) === JSON.stringify(['Barnskötare', '75 %', '25 %', '40 h'])),
      keyValue: tables(html).some((t) => JSON.stringify(t) === JSON.stringify([['Enhet', 'Solrosen']])),
      spacer: body.includes('<w:spacing w:after="240" w:before="0"/>'),
      pageBreak: body.includes('<w:br w:type="page"/>'),
      group: body.includes('<w:keepNext/>') && text.includes('I en grupp'),
      toc: body.includes('TOC \\h \\o') && text.includes('Innehåll'),
      answerBoxes: tables(html).some((t) => t.some((r) => r[0] === 'Städa' && r[2] === 'h/v')),
      writingLines: (body.match(/<w:pBdr><w:bottom /g) ?? []).length >= 3,
      quadrants: tables(html).some((t) => t.length === 2 && t[1]?.[1]?.startsWith('Hot') === true),
      image: body.includes('name="logo"') && body.includes('descr="Logotyp"'),
    };
    expect(Object.entries(shown).filter(([, ok]) => !ok)).toEqual([]);
  });

  it('keeps bold and italic words of a paragraph that carries them as runs', async () => {
    const block: Block = {
      kind: 'paragraph',
      text: 'Vi ska börja nu',
      runs: [{ text: 'Vi ska ' }, { text: 'börja', bold: true }, { text: ' nu', italic: true }],
    };
    const doc: PdfDocument = { title: 'Prov', footer: null, blocks: [block] };
    const { html } = await read(await makeDocx(doc, { language: 'sv', words }));
    expect(html).toContain('<p>Vi ska <strong>börja</strong><em> nu</em></p>');
  });

  it('numbers a list that says it is ordered, each list from 1', async () => {
    const ordered = { kind: 'list' as const, items: ['Först', 'Sedan'], ordered: true };
    const again = { kind: 'list' as const, items: ['Ett till'], ordered: true };
    const doc: PdfDocument = { title: 'Prov', footer: null, blocks: [ordered, { kind: 'list', items: ['Punkt'] }, again] };
    const bytes = await makeDocx(doc, { language: 'sv', words });
    const { html } = await read(bytes);
    expect(html).toContain('<ol><li>Först</li><li>Sedan</li></ol><ul><li>Punkt</li></ul><ol><li>Ett till</li></ol>');
    const { default: JSZip } = await import('jszip');
    const body = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
    // The items' numbering ids in order: the two numbered lists are separate instances, so the second starts at 1.
    const ids = [...body.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(ids).toHaveLength(4);
    expect(ids[0]).toBe(ids[1]);
    expect(new Set([ids[0], ids[2], ids[3]]).size).toBe(3);
  });
});
