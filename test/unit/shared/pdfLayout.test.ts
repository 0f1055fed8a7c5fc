import { beforeAll, describe, expect, it } from 'vitest';
import { hyphenateText, loadHyphenator, SOFT_HYPHEN } from '../../../shared/hyphenate.ts';
import type { Block, FontMetrics, PdfDocument } from '../../../shared/pdf/document.ts';
import { A4_PORTRAIT, PDF_COLOURS } from '../../../shared/pdf/document.ts';
import type { LaidOutDocument, Primitive } from '../../../shared/pdf/layout.ts';
import { layout, wrapText } from '../../../shared/pdf/layout.ts';

/** Every character is half the size wide (bold a little wider): easy to reason about. */
const metrics: FontMetrics = {
  width: (text, font, size) => Array.from(text).length * size * (font === 'bold' ? 0.55 : 0.5),
  ascent: 0.8,
  descent: 0.2,
};

const setup = A4_PORTRAIT;
const left = setup.margin.left;
const right = setup.width - setup.margin.right;
const top = setup.margin.top;
const bottom = setup.height - setup.margin.bottom;

type Text = Extract<Primitive, { kind: 'text' }>;
type Rect = Extract<Primitive, { kind: 'rect' }>;

const texts = (items: Primitive[]): Text[] => items.filter((p): p is Text => p.kind === 'text');
const rects = (items: Primitive[]): Rect[] => items.filter((p): p is Rect => p.kind === 'rect');
const pageTexts = (out: LaidOutDocument, index: number) => texts(out.pages[index]?.items ?? []).map((t) => t.text);
/** 1-based page of the last text that equals `text` (the TOC repeats headings earlier), or 0. */
const pageOf = (out: LaidOutDocument, text: string) => out.pages.findLastIndex((p) => texts(p.items).some((t) => t.text === text)) + 1;

function doc(blocks: Block[], extra: Partial<PdfDocument> = {}): PdfDocument {
  return { title: 'Test', footer: null, blocks, ...extra };
}
const run = (d: PdfDocument) => layout(d, setup, metrics);
const lines = (n: number, prefix = 'Rad'): Block[] => Array.from({ length: n }, (_, i) => ({ kind: 'paragraph', text: `${prefix} ${i + 1}` }));

describe('wrapText', () => {
  it('wraps by measured width, keeps \\n and breaks a word that fits nowhere', () => {
    expect(wrapText('aa bb cc', 'regular', 10, 24, metrics)).toEqual(['aa', 'bb', 'cc']);
    expect(wrapText('aa bb cc', 'regular', 10, 25, metrics)).toEqual(['aa bb', 'cc']);
    expect(wrapText('aa bb\ncc', 'regular', 10, 100, metrics)).toEqual(['aa bb', 'cc']);
    expect(wrapText('abcdefghij', 'regular', 10, 20, metrics)).toEqual(['abc-', 'def-', 'ghij']);
    expect(wrapText('a\n\nb', 'regular', 10, 100, metrics)).toEqual(['a', '', 'b']);
  });
});

describe('wrapText with hyphenation', () => {
  let sv: (word: string) => string;
  beforeAll(async () => {
    const patterns = await loadHyphenator('sv');
    sv = (word) => hyphenateText(word, patterns);
  });
  const hyphenating = () => ({ ...metrics, hyphenate: sv });
  /** 5 pt a letter at size 10: `chars` letters to the line. */
  const wrap = (text: string, chars: number, m: FontMetrics = hyphenating()) => wrapText(text, 'regular', 10, chars * 5, m);

  it('breaks a word too wide for the line at the points of the Swedish patterns, drawing "-" there', () => {
    const lines = wrap('Förbrukningsmaterialbeställning', 12);
    expect(lines).toEqual(['Förbruk-', 'ningsmateri-', 'albeställ-', 'ning']);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/-$/);
    // Each break is one of the patterns' points.
    const points = sv('Förbrukningsmaterialbeställning').split(SOFT_HYPHEN);
    const ends = points.map((_, i) => points.slice(0, i + 1).join('').length);
    let at = 0;
    for (const line of lines.slice(0, -1)) {
      at += line.length - 1;
      expect(ends).toContain(at);
    }
    expect(lines.map((l, i) => (i < lines.length - 1 ? l.slice(0, -1) : l)).join('')).toBe('Förbrukningsmaterialbeställning');
  });

  it('fills the line the word starts on, and moves a word that fits on the next line whole', () => {
    expect(wrap('av dubbeldokumentation', 12)).toEqual(['av dubbeldo-', 'kumentation']);
    expect(wrap('Diska utvecklingssamtal', 18)).toEqual(['Diska', 'utvecklingssamtal']);
  });

  it('breaks after a hyphen of the word without adding another', () => {
    expect(wrap('IT-samordningsansvar', 10)).toEqual(['IT-samord-', 'ningsan-', 'svar']);
    expect(wrap('IT-samordningsansvar', 3, metrics)).toEqual(['IT-', 'sa-', 'mo-', 'rd-', 'ni-', 'ng-', 'sa-', 'ns-', 'var']);
  });

  it('breaks a word without a point between letters as the last resort, with a hyphen too', () => {
    expect(wrap('XKCDQWRTZPLMNBVC', 6)).toEqual(['XKCDQ-', 'WRTZP-', 'LMNBVC']);
    expect(wrap('Förbrukningsmaterial', 4)).toEqual(['För-', 'bru-', 'k-', 'nin-', 'gs-', 'ma-', 'te-', 'rial']);
  });

  it('never puts a soft hyphen into a line, given or found', () => {
    const given = `Be${SOFT_HYPHEN}ställa för${SOFT_HYPHEN}bruk${SOFT_HYPHEN}nings${SOFT_HYPHEN}material i tid`;
    // Without patterns, the soft hyphens in the text are where it breaks.
    expect(wrap(given, 9, metrics)).toEqual(['Beställa', 'förbruk-', 'nings-', 'material', 'i tid']);
    const lines = wrap(given, 9);
    expect(lines.join('\n')).not.toContain(SOFT_HYPHEN);
    expect(lines).toEqual(['Beställa', 'förbruk-', 'ningsma-', 'terial i', 'tid']);
  });
});

describe('layout', () => {
  it('puts the cover on page 1 and the body after it, honouring page breaks', () => {
    const out = run(
      doc(
        [
          { kind: 'heading', level: 1, text: 'Inledning' },
          { kind: 'paragraph', text: 'Text' },
          { kind: 'pageBreak' },
          { kind: 'pageBreak' },
          { kind: 'heading', level: 1, text: 'Resultat' },
        ],
        { cover: [{ kind: 'heading', level: 1, text: 'Slutrapport' }] },
      ),
    );
    expect(out.pages).toHaveLength(3);
    expect(pageTexts(out, 0)).toEqual(['Slutrapport']);
    expect(pageTexts(out, 1)).toEqual(['Inledning', 'Text']);
    expect(pageTexts(out, 2)).toEqual(['Resultat']);
  });

  it('wraps a long title into several lines inside the margins', () => {
    const title = 'Arbetsdifferentiering på avdelning 12 med fokus på undersköterskornas och sjuksköterskornas uppdrag under hela dygnet';
    const out = run(doc([{ kind: 'heading', level: 1, text: title }]));
    const parts = texts(out.pages[0]?.items ?? []);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((t) => t.text).join(' ')).toBe(title);
    for (const t of parts) {
      expect(t.font).toBe('bold');
      expect(t.x).toBeGreaterThanOrEqual(left);
      expect(t.x + t.width).toBeLessThanOrEqual(right + 1e-6);
    }
    const ys = parts.map((t) => t.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('paginates 300 table rows with the header on every page and no row split', () => {
    const rows = Array.from({ length: 300 }, (_, i) => [
      i % 7 === 0 ? `Uppgift ${i} ${'med en lång beskrivning '.repeat(3)}slut${i}` : `Uppgift ${i}`,
      `${i} h`,
    ]);
    const out = run(
      doc([
        {
          kind: 'table',
          columns: [
            { title: 'Uppgift', width: 3 },
            { title: 'Timmar', width: 1, align: 'right' },
          ],
          rows,
          repeatHeader: true,
        },
      ]),
    );
    expect(out.pages.length).toBeGreaterThan(5);
    const bodyRows = new Map<string, number[]>();
    out.pages.forEach((page, index) => {
      const ts = texts(page.items);
      const header = ts.find((t) => t.text === 'Uppgift');
      expect(header, `header on page ${index + 1}`).toBeDefined();
      for (const t of ts) {
        if (t === header || t.text === 'Timmar') continue;
        expect(t.y).toBeGreaterThan(header?.y ?? Infinity);
        const row = /^(\d+) h$/.exec(t.text)?.[1] ?? /^Uppgift (\d+)/.exec(t.text)?.[1] ?? /slut(\d+)$/.exec(t.text)?.[1];
        if (row !== undefined) bodyRows.set(row, [...(bodyRows.get(row) ?? []), index]);
      }
    });
    expect(bodyRows.size).toBe(300);
    for (const [row, pages] of bodyRows) expect(new Set(pages).size, `row ${row}`).toBe(1);
    // Right-aligned column: the hours end at the same x.
    const hours = texts(out.pages[0]?.items ?? []).filter((t) => / h$/.test(t.text));
    expect(new Set(hours.map((t) => (t.x + t.width).toFixed(6))).size).toBe(1);
  });

  it('splits a row taller than a page between lines, as a last resort', () => {
    const huge = Array.from({ length: 120 }, (_, i) => `rad${i}`).join('\n');
    const out = run(doc([{ kind: 'table', columns: [{ title: 'A', width: 1 }], rows: [[huge]] }]));
    expect(out.pages.length).toBe(3);
    expect(out.pages.flatMap((p) => texts(p.items).map((t) => t.text)).filter((t) => t.startsWith('rad'))).toHaveLength(120);
    out.pages.forEach((_, i) => expect(pageTexts(out, i)[0]).toBe('A'));
  });

  it('never lets a heading end a page', () => {
    let moved = 0;
    for (let n = 20; n <= 80; n += 1) {
      const out = run(doc([...lines(n), { kind: 'heading', level: 2, text: 'Rubrik' }, { kind: 'paragraph', text: 'Efter rubriken' }]));
      const page = pageOf(out, 'Rubrik');
      expect(pageOf(out, 'Efter rubriken')).toBe(page);
      const onPage = pageTexts(out, page - 1);
      expect(onPage[onPage.length - 1]).toBe('Efter rubriken');
      if (page > 1 && onPage[0] === 'Rubrik') {
        // Moved although it would have fitted on its own: the page before had room for the heading line.
        const last = texts(out.pages[page - 2]?.items ?? []).at(-1);
        const headingLine = setup.fontSize * 1.3 * setup.lineHeight;
        if (last && last.y + 0.2 * last.size + setup.fontSize * 1.2 + headingLine < bottom) moved += 1;
      }
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('moves a group that does not fit to the next page whole, and lets a too-big group flow', () => {
    const group: Block = {
      kind: 'group',
      blocks: [
        { kind: 'heading', level: 3, text: 'Roll' },
        { kind: 'list', items: Array.from({ length: 10 }, (_, i) => `Punkt ${i}`) },
      ],
    };
    const out = run(doc([...lines(30), group]));
    expect(pageOf(out, 'Rad 30')).toBe(1);
    expect(pageOf(out, 'Roll')).toBe(2);
    expect(pageOf(out, 'Punkt 0')).toBe(2);
    expect(pageOf(out, 'Punkt 9')).toBe(2);
    const big: Block = { kind: 'group', blocks: lines(200, 'Stor') };
    const flowed = run(doc([...lines(10), big]));
    expect(pageOf(flowed, 'Stor 1')).toBe(1);
  });

  it('fills the table of contents with the pages where the headings landed', () => {
    const blocks: Block[] = [
      { kind: 'heading', level: 1, text: 'Innehåll' },
      { kind: 'toc' },
      { kind: 'pageBreak' },
      { kind: 'heading', level: 1, text: 'Bakgrund', toc: true },
      ...lines(90, 'B'),
      { kind: 'heading', level: 2, text: 'Metod och genomförande', toc: true },
      ...lines(30, 'M'),
      { kind: 'group', blocks: [{ kind: 'heading', level: 1, text: 'Resultat', toc: true }, ...lines(20, 'R')] },
      { kind: 'heading', level: 3, text: 'Inte i innehållet' },
    ];
    const out = run(doc(blocks, { cover: [{ kind: 'heading', level: 1, text: 'Rapport' }], footer: { pageLabel: (n, of) => `Sida ${n} av ${of}` } }));
    expect(out.toc.map((e) => [e.text, e.level])).toEqual([
      ['Bakgrund', 1],
      ['Metod och genomförande', 2],
      ['Resultat', 1],
    ]);
    for (const entry of out.toc) expect(entry.page, entry.text).toBe(pageOf(out, entry.text));
    expect(out.toc.map((e) => e.page)).toEqual([3, 5, 6]);
    expect(pageOf(out, 'R 20')).toBe(6);
    // The TOC on page 2: each title, dot leaders and its page number flush right.
    const tocPage = texts(out.pages[1]?.items ?? []);
    for (const entry of out.toc) {
      const title = tocPage.find((t) => t.text === entry.text);
      const number = tocPage.find((t) => t.text === String(entry.page) && Math.abs(t.y - (title?.y ?? NaN)) < 1e-6);
      expect(number?.x !== undefined && number.x + number.width).toBeCloseTo(right, 6);
      expect(tocPage.some((t) => /^\.+$/.test(t.text) && t.y === title?.y)).toBe(true);
    }
  });

  it('draws the header and "of N" footer on every page but the cover', () => {
    const out = run(
      doc(lines(150), {
        header: 'Avdelning 12 – Kirurgen',
        cover: [{ kind: 'heading', level: 1, text: 'Omslag' }],
        footer: { pageLabel: (n, of) => `Sida ${n} av ${of}` },
      }),
    );
    const n = out.pages.length;
    expect(n).toBeGreaterThanOrEqual(3);
    expect(pageTexts(out, 0)).toEqual(['Omslag']);
    for (let i = 1; i < n; i += 1) {
      expect(pageTexts(out, i)).toContain('Avdelning 12 – Kirurgen');
      expect(pageTexts(out, i)).toContain(`Sida ${i + 1} av ${n}`);
    }
  });

  it('draws nothing for an empty table or empty bars', () => {
    const out = run(
      doc([
        { kind: 'table', columns: [{ title: 'Uppgift', width: 1 }], rows: [], footer: ['Summa'] },
        { kind: 'bars', rows: [], legend: [{ colour: 'green', label: 'Grön' }] },
      ]),
    );
    expect(out.pages).toEqual([{ items: [] }]);
  });

  it('draws stacked bars on one scale, each segment with a pattern, plus a legend', () => {
    const out = run(
      doc([
        {
          kind: 'bars',
          rows: [
            {
              label: 'Undersköterska',
              total: '40 h',
              segments: [
                { value: 20, colour: 'green', label: '20 h' },
                { value: 10, colour: 'yellow', label: '10 h' },
                { value: 5, colour: 'red', label: '5 h' },
                { value: 5, colour: 'black', label: '5 h' },
              ],
            },
            {
              label: 'Sjuksköterska',
              total: '20 h',
              segments: [
                { value: 15, colour: 'unsorted', label: '15 h' },
                { value: 0, colour: 'red', label: '0 h' },
                { value: 5, colour: 'green', label: '5 h' },
              ],
            },
          ],
          legend: (['unsorted', 'green', 'yellow', 'red', 'black'] as const).map((colour) => ({ colour, label: `Etikett ${colour}` })),
        },
      ]),
    );
    const all = rects(out.pages[0]?.items ?? []);
    // The white grounds under the segments' figures are apart from the coloured boxes.
    const grounds = all.filter((r) => r.fill === 1 && r.pattern === null);
    const boxes = all.filter((r) => r.pattern !== null);
    const bars = boxes.filter((r) => r.w > setup.fontSize + 1e-6);
    expect(bars).toHaveLength(6);
    // The bars start at the left margin (the role's name stands above its bar): the page's width is used.
    expect(bars[0]?.x).toBeCloseTo(left, 6);
    expect(bars[4]?.x).toBeCloseTo(left, 6);
    const [first] = bars;
    const above = texts(out.pages[0]?.items ?? []).find((t) => t.text === 'Undersköterska');
    expect(above && first && above.y < first.y).toBe(true);
    // Every figure drawn in a segment is dark text on a white ground inside that segment, never on the pattern.
    const figures = texts(out.pages[0]?.items ?? []).filter(
      (t) => /^\d+ h$/.test(t.text) && bars.some((b) => t.x > b.x && t.x < b.x + b.w && t.y > b.y && t.y < b.y + b.h),
    );
    expect(figures.length).toBeGreaterThanOrEqual(4);
    for (const t of figures) {
      expect(t.colour).toBe(0.1);
      expect(grounds.some((g) => g.x <= t.x && g.x + g.w >= t.x + t.width && g.y <= t.y && g.y + g.h >= t.y)).toBe(true);
    }
    const [a, b, c, d, e, f] = bars.map((r) => r.w);
    expect(a).toBeCloseTo((b ?? 0) * 2, 6);
    expect(c).toBeCloseTo(d ?? 0, 6);
    expect(e).toBeCloseTo((f ?? 0) * 3, 6);
    expect(e).toBeCloseTo((d ?? 0) * 3, 6); // same scale across rows
    for (const r of boxes) {
      expect(typeof r.fill).toBe('string');
      expect(r.pattern?.id).toBe(PDF_COLOURS[r.fill as keyof typeof PDF_COLOURS].pattern);
    }
    expect(new Set(Object.values(PDF_COLOURS).map((c) => c.pattern)).size).toBe(5);
    const legend = boxes.filter((r) => r.w === setup.fontSize);
    expect(legend.map((r) => r.fill)).toEqual(['unsorted', 'green', 'yellow', 'red', 'black']);
    expect(pageTexts(out, 0)).toEqual(expect.arrayContaining(['Undersköterska', '20 h', '40 h', 'Etikett black']));
  });

  it('passes Swedish text and typographic characters through untouched', () => {
    const text = 'Åtgärder för ökad tydlighet – “citat” − ≤ 2,5 h ÅÄÖ';
    const out = run(
      doc([
        { kind: 'paragraph', text },
        { kind: 'keyValue', pairs: [{ key: 'Ämne', value: text }] },
      ]),
    );
    const ts = pageTexts(out, 0);
    expect(ts[0]).toBe(text);
    expect(ts).toContain('Ämne');
    expect(ts.filter((t) => t === text)).toHaveLength(2);
  });

  it('positions everything inside the printable area, the same way every time', () => {
    const d = doc(
      [
        { kind: 'toc' },
        { kind: 'heading', level: 1, text: 'Bakgrund '.repeat(20), toc: true },
        { kind: 'paragraph', text: 'Ettmycketlångtordutanmellanslagsomintegårattradbrytapåvanligtvis'.repeat(4), style: 'italic' },
        { kind: 'list', items: ['kort', 'lång '.repeat(60)] },
        { kind: 'keyValue', pairs: [{ key: 'Nyckel '.repeat(20), value: 'Värde '.repeat(80) }] },
        { kind: 'spacer', pt: 2000 },
        {
          kind: 'table',
          columns: [
            { title: 'Kolumn '.repeat(10), width: 1 },
            { title: 'B', width: 0.2, align: 'right' },
          ],
          rows: lines(80).map((_, i) => [`cell ${i} `.repeat(12), '9'.repeat(40)]),
          footer: ['Summa', '1 234'],
        },
        {
          kind: 'bars',
          rows: [{ label: 'Roll '.repeat(30), total: 'Totalt '.repeat(30), segments: [{ value: 3, colour: 'yellow', label: 'x'.repeat(80) }] }],
          legend: [
            { colour: 'yellow', label: 'Gul '.repeat(60) },
            { colour: 'red', label: 'Röd' },
          ],
        },
      ],
      {
        header: 'Huvud '.repeat(60),
        cover: [
          { kind: 'spacer', pt: 200 },
          { kind: 'heading', level: 1, text: 'Omslag' },
        ],
        footer: { pageLabel: (n, of) => `Sida ${n} av ${of}` },
      },
    );
    const out = run(d);
    expect(out.pages.length).toBeGreaterThan(3);
    for (const page of out.pages) {
      for (const p of page.items) {
        const box =
          p.kind === 'text'
            ? { x0: p.x, x1: p.x + p.width, y0: p.y - metrics.ascent * p.size, y1: p.y + metrics.descent * p.size }
            : p.kind === 'rect' || p.kind === 'image'
              ? { x0: p.x, x1: p.x + p.w, y0: p.y, y1: p.y + p.h }
              : { x0: Math.min(p.x1, p.x2), x1: Math.max(p.x1, p.x2), y0: Math.min(p.y1, p.y2), y1: Math.max(p.y1, p.y2) };
        expect(box.x0, JSON.stringify(p)).toBeGreaterThanOrEqual(left - 1e-6);
        expect(box.x1, JSON.stringify(p)).toBeLessThanOrEqual(right + 1e-6);
        expect(box.y0, JSON.stringify(p)).toBeGreaterThanOrEqual(top - 1e-6);
        expect(box.y1, JSON.stringify(p)).toBeLessThanOrEqual(bottom + 1e-6);
      }
    }
    expect(run(d)).toEqual(out);
  });
});
