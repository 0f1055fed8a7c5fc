/**
 * A document model (shared/pdf/document.ts) as a Word file, so the unit can edit
 * and file its final report. The same `PdfDocument` the PDF is drawn from comes
 * in, so every section of the report is in both. This is the only module that
 * imports `docx`; it is loaded only when a Word file is asked for.
 *
 * Word's own structures are used wherever there is one: headings 1–3 (the
 * navigation pane and the table of contents follow them), tables with a header
 * row that repeats, numbered and bulleted lists, page numbers as fields in the
 * footer, the unit's name in the header. The colour bars are pictures (PNG,
 * with the PDF's patterns) beside their labels, with their figures in a table.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  PageBreak,
  PageNumber,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IBorderOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import {
  A4_PORTRAIT,
  type Block,
  type ParagraphStyle,
  type PageSetup,
  type PdfDocument,
  type TableColumn,
  type TextRun as PdfTextRun,
} from '../../shared/pdf/document.ts';
import type { Colour } from '../../shared/model.ts';
import { drawBar, drawSwatch, encodePng } from './barPng.ts';

/** What Word files are, for the save dialog and the download. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface DocxMeta {
  language: 'sv' | 'en';
  author?: string;
  /** Column titles of the bars' figures table, in the document's language. */
  words: { role: string; total: string };
}

/** pt → twentieths of a point (twips), Word's unit for page sizes, indents and spacing. */
const tw = (pt: number) => Math.round(pt * 20);
/** pt → half points, Word's unit for font sizes. */
const half = (pt: number) => Math.round(pt * 2);
/** pt → pixels at 96 to the inch, the unit docx takes for pictures. */
const px96 = (pt: number) => Math.round((pt * 96) / 72);

const FONT = 'Calibri';
const BODY_PT = 11;
const MUTED = '555555';
const RULE = 'A6A6A6';
const HEADER_FILL = 'EDEDED';
const BULLETS = 'akr-bullets';
const NUMBERS = 'akr-numbers';
const HEADING: Record<1 | 2 | 3, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
};

const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: RULE };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
/** Room inside every cell, set once per table (not per cell: a 1,000-task report has thousands of cells). */
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

/** A run of text with its emphasis, as the facilitator's own texts carry it. */
type Run = PdfTextRun;

interface Ctx {
  /** Width of the text column in pt. */
  width: number;
  /** Height of the page's body in pt (for the paper forms' boxes). */
  bodyHeight: number;
  meta: DocxMeta;
  /** The bars' pictures, drawn before the document is put together (encoding is asynchronous). */
  pictures: Map<Block, Uint8Array[]>;
  swatches: Map<Colour, Uint8Array>;
  /** Each numbered list restarts at 1. */
  nextList: number;
  /** Inside a group: paragraphs keep with the next one so the group stays on one page. */
  keep: boolean;
  /** On the cover: headings are the title and subtitle, not part of the document's outline. */
  cover: boolean;
}

const BAR_HEIGHT_PT = 12;
const SWATCH_PT = 9;

/** The Word file of a document, as bytes. */
export async function makeDocx(doc: PdfDocument, meta: DocxMeta, setup: PageSetup = A4_PORTRAIT): Promise<Uint8Array> {
  const width = setup.width - setup.margin.left - setup.margin.right;
  const ctx: Ctx = {
    width,
    bodyHeight: setup.height - setup.margin.top - setup.margin.bottom,
    meta,
    pictures: new Map(),
    swatches: new Map(),
    nextList: 0,
    keep: false,
    cover: false,
  };
  await drawPictures([...(doc.cover ?? []), ...doc.blocks], ctx);

  const cover = doc.cover ?? [];
  const children: FileChild[] = [];
  if (cover.length > 0) {
    children.push(...mapBlocks(cover, { ...ctx, cover: true }));
    children.push(new Paragraph({ children: [new PageBreak()] }));
  }
  children.push(...mapBlocks(doc.blocks, ctx));

  const language = meta.language === 'sv' ? 'sv-SE' : 'en-GB';
  const document = new Document({
    title: doc.title,
    ...(doc.header !== undefined && { subject: doc.header }),
    creator: meta.author?.trim() || 'AKR Studio',
    lastModifiedBy: 'AKR Studio',
    // Word fills in the table of contents' page numbers when it opens the file (it asks first).
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: half(BODY_PT), language: { value: language } }, paragraph: { spacing: { after: 120, line: 264 } } },
        heading1: { run: { font: FONT, size: half(18), bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: half(14), bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true } },
        heading3: { run: { font: FONT, size: half(12), bold: true, color: '333333' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
        title: { run: { font: FONT, size: half(30), bold: true, color: '1A1A1A' }, paragraph: { spacing: { after: 160 } } },
      },
      paragraphStyles: [
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: half(16), bold: true },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        {
          id: 'TOCHeading',
          name: 'TOC Heading',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: half(18), bold: true },
          paragraph: { spacing: { after: 160 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } },
          ],
        },
        {
          reference: NUMBERS,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 300 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: tw(setup.width), height: tw(setup.height) },
            margin: {
              top: tw(setup.margin.top),
              right: tw(setup.margin.right),
              bottom: tw(setup.margin.bottom),
              left: tw(setup.margin.left),
              header: 400,
              footer: 400,
            },
          },
          // The cover has no header and no footer, as in the PDF.
          titlePage: cover.length > 0,
        },
        headers: {
          default: new Header({ children: doc.header ? [runningHeader(doc.header)] : [] }),
          ...(cover.length > 0 && { first: new Header({ children: [] }) }),
        },
        footers: {
          default: new Footer({ children: doc.footer ? [pageFooter(doc.footer.pageLabel)] : [] }),
          ...(cover.length > 0 && { first: new Footer({ children: [] }) }),
        },
        children,
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}

function runningHeader(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    border: { bottom: { ...THIN, space: 4 } },
    children: [new TextRun({ text, size: half(9), color: MUTED })],
  });
}

/**
 * The page label ("Sida 3 av 12") with Word's page fields in place of the
 * numbers: the document's own label, asked with two marker numbers.
 */
function pageFooter(pageLabel: (n: number, of: number) => string): Paragraph {
  const label = pageLabel(97, 98);
  const at = label.indexOf('97');
  const ofAt = label.indexOf('98');
  // The page fields are strings docx recognises among the run's children.
  const children: string[] =
    at >= 0 && ofAt > at
      ? [label.slice(0, at), PageNumber.CURRENT, label.slice(at + 2, ofAt), PageNumber.TOTAL_PAGES, label.slice(ofAt + 2)]
      : [PageNumber.CURRENT];
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: children.filter((c) => c !== ''), size: half(9), color: MUTED })],
  });
}

/** Draws every bar and legend swatch of the document as PNG. */
async function drawPictures(blocks: readonly Block[], ctx: Ctx): Promise<void> {
  for (const b of blocks) {
    if (b.kind === 'group') await drawPictures(b.blocks, ctx);
    if (b.kind !== 'bars') continue;
    const max = b.max ?? Math.max(0, ...b.rows.map((r) => r.segments.reduce((n, s) => n + Math.max(0, s.value), 0)));
    const barWidth = ctx.width * BAR_SHARE;
    ctx.pictures.set(b, await Promise.all(b.rows.map((r) => encodePng(drawBar(r.segments, max, barWidth, BAR_HEIGHT_PT)))));
    for (const item of b.legend) if (!ctx.swatches.has(item.colour)) ctx.swatches.set(item.colour, await encodePng(drawSwatch(item.colour, SWATCH_PT)));
  }
}

function mapBlocks(blocks: readonly Block[], ctx: Ctx): FileChild[] {
  const out: FileChild[] = [];
  blocks.forEach((b, i) => out.push(...mapBlock(b, ctx, blocks[i + 1])));
  return out;
}

/** One block of the model in Word. Every kind has its case: a new kind fails to compile until it is mapped here. */
function mapBlock(b: Block, ctx: Ctx, next: Block | undefined): FileChild[] {
  switch (b.kind) {
    case 'heading':
      return [headingOf(b, ctx, next)];
    case 'paragraph':
      return [paragraphOf(runsOf(b) ?? [{ text: b.text }], b.style, ctx)];
    case 'list':
      return listOf(b, ctx);
    case 'table':
      return [tableOf(b.columns, b.rows, b.footer, b.repeatHeader ?? true, ctx), gap()];
    case 'bars':
      return barsOf(b, ctx);
    case 'keyValue':
      return [keyValueOf(b.pairs, ctx), gap()];
    case 'spacer':
      return [new Paragraph({ spacing: { before: 0, after: tw(Math.min(b.pt, 400)) }, ...(ctx.keep && { keepNext: true }), children: [] })];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'group':
      return mapBlocks(b.blocks, { ...ctx, keep: true });
    case 'toc':
      return [new TableOfContents(undefined, { hyperlink: true, headingStyleRange: '1-2' })];
    case 'answerBoxes':
      return [answerBoxesOf(b, ctx), gap()];
    case 'writingLines':
      return Array.from({ length: b.count }, () => new Paragraph({ border: { bottom: THIN }, spacing: { before: 280, after: 0 }, children: [] }));
    case 'quadrants':
      return [quadrantsOf(b, ctx)];
    case 'image':
      return [imageOf(b)];
    default: {
      const unmapped: never = b;
      throw new Error(`a block kind without a Word mapping: ${JSON.stringify(unmapped)}`);
    }
  }
}

function headingOf(b: Extract<Block, { kind: 'heading' }>, ctx: Ctx, next: Block | undefined): Paragraph {
  const children = [new TextRun(b.text)];
  if (ctx.cover) return new Paragraph(b.level === 1 ? { heading: HeadingLevel.TITLE, children } : { style: 'Subtitle', children });
  // The table of contents' own title is not an entry in it.
  if (next?.kind === 'toc') return new Paragraph({ style: 'TOCHeading', keepNext: true, children });
  return new Paragraph({ heading: HEADING[b.level], children });
}

/** A picture (the organisation's logo), as large as the model allows and in its proportions. */
function imageOf(b: Extract<Block, { kind: 'image' }>): Paragraph {
  const { image } = b;
  const scale = Math.min(1, b.maxWidth / Math.max(1, image.width), b.maxHeight / Math.max(1, image.height));
  const bytes = Uint8Array.from(atob(image.data), (c) => c.charCodeAt(0));
  return new Paragraph({
    alignment: b.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { after: 120 },
    children: [
      new ImageRun({
        type: image.type === 'image/png' ? 'png' : 'jpg',
        data: bytes,
        transformation: { width: px96(image.width * scale), height: px96(image.height * scale) },
        altText: { name: 'logo', title: b.alt, description: b.alt },
      }),
    ],
  });
}

/** The emphasis of a paragraph's or a list item's text, when the block carries it as `runs` (the facilitator's Markdown). */
function runsOf(b: Block, item?: number): readonly Run[] | null {
  const runs = b.kind === 'paragraph' ? b.runs : b.kind === 'list' && item !== undefined ? b.runs?.[item] : undefined;
  return runs && runs.length > 0 ? runs : null;
}

/** Text runs; a line break in the text is a line break in Word. */
function textRuns(runs: readonly Run[], style: ParagraphStyle | undefined): TextRun[] {
  const colour = style === 'muted' || style === 'small' ? MUTED : undefined;
  const size = style === 'small' ? half(9) : undefined;
  return runs.flatMap((run) =>
    run.text.split('\n').map(
      (line, i) =>
        new TextRun(
          runOptions({
            text: line,
            ...(i > 0 && { break: 1 }),
            ...(run.bold === true ? { bold: true } : {}),
            ...(run.italic === true || style === 'italic' ? { italics: true } : {}),
            ...(colour && { color: colour }),
            ...(size && { size }),
          }),
        ),
    ),
  );
}

/**
 * A run's options typed as such: handed straight to TextRun, whose argument may also be a string, the
 * linter takes `bold` for String.prototype.bold.
 */
function runOptions(options: IRunOptions): IRunOptions {
  return options;
}

function paragraphOf(runs: readonly Run[], style: ParagraphStyle | undefined, ctx: Ctx): Paragraph {
  return new Paragraph({ ...(ctx.keep && { keepNext: true, keepLines: true }), children: textRuns(runs, style) });
}

function listOf(b: Extract<Block, { kind: 'list' }>, ctx: Ctx): Paragraph[] {
  // Read as unknown on purpose: a list may say it is numbered.
  const ordered = 'ordered' in b && (b as { ordered?: unknown }).ordered === true;
  const instance = ctx.nextList++;
  return b.items.map(
    (text, i) =>
      new Paragraph({
        numbering: { reference: ordered ? NUMBERS : BULLETS, level: 0, ...(ordered && { instance }) },
        spacing: { after: 60 },
        ...(ctx.keep && { keepNext: true }),
        children: textRuns(runsOf(b, i) ?? [{ text }], undefined),
      }),
  );
}

/** An empty paragraph after a table, so two tables never run into one. */
function gap(): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, children: [] });
}

function cellParagraphs(text: string, align: TableColumn['align'], bold: boolean): Paragraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { after: 0 },
        children: [new TextRun(runOptions({ text: line, ...(bold ? { bold: true } : {}) }))],
      }),
  );
}

/** Column widths in twips from the model's shares of the text width. */
function columnWidths(shares: readonly number[], width: number): number[] {
  const sum = shares.reduce((n, s) => n + Math.max(0, s), 0) || 1;
  return shares.map((s) => tw((Math.max(0, s) / sum) * width));
}

function cell(children: (Paragraph | Table)[], widthTw: number, options: { header?: boolean; topRule?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: widthTw, type: WidthType.DXA },
    ...(options.header && { shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } }),
    ...(options.topRule && { borders: { top: { style: BorderStyle.SINGLE, size: 12, color: '1A1A1A' } } }),
    children,
  });
}

function tableOf(columns: readonly TableColumn[], rows: readonly string[][], footer: readonly string[] | undefined, repeatHeader: boolean, ctx: Ctx): Table {
  const widths = columnWidths(
    columns.map((c) => c.width),
    ctx.width,
  );
  const row = (cells: readonly string[], options: { header?: boolean; footer?: boolean }) =>
    new TableRow({
      ...(options.header && { tableHeader: repeatHeader }),
      cantSplit: true,
      children: columns.map((c, i) =>
        cell(cellParagraphs(cells[i] ?? '', c.align, options.header === true || options.footer === true), widths[i] ?? 0, {
          header: options.header === true,
          topRule: options.footer === true,
        }),
      ),
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: GRID,
    rows: [
      row(
        columns.map((c) => c.title),
        { header: true },
      ),
      ...rows.map((r) => row(r, {})),
      ...(footer ? [row(footer, { footer: true })] : []),
    ],
  });
}

/** Shares of the width: the role's name, its bar, its total. */
const LABEL_SHARE = 0.28;
const BAR_SHARE = 0.58;
const TOTAL_SHARE = 1 - LABEL_SHARE - BAR_SHARE;

function barsOf(b: Extract<Block, { kind: 'bars' }>, ctx: Ctx): FileChild[] {
  const pictures = ctx.pictures.get(b) ?? [];
  const widths = columnWidths([LABEL_SHARE, BAR_SHARE, TOTAL_SHARE], ctx.width);
  const legendLabel = new Map(b.legend.map((l) => [l.colour, l.label]));
  const alt = (row: (typeof b.rows)[number]) =>
    `${row.label}: ${row.segments
      .filter((s) => s.value > 0)
      .map((s) => `${legendLabel.get(s.colour) ?? s.colour} ${s.label}`.trim())
      .join(', ')} (${row.total})`;
  const bars = new Table({
    width: { size: widths.reduce((a, c) => a + c, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: NO_BORDERS,
    rows: b.rows.map((row, i) => {
      const png = pictures[i];
      const picture = png
        ? [
            new ImageRun({
              type: 'png',
              data: png,
              transformation: { width: px96(ctx.width * BAR_SHARE - 8), height: px96(BAR_HEIGHT_PT) },
              altText: { name: `bar-${i + 1}`, title: row.label, description: alt(row) },
            }),
          ]
        : [];
      return new TableRow({
        cantSplit: true,
        children: [
          cell(cellParagraphs(row.label, 'left', false), widths[0] ?? 0),
          cell([new Paragraph({ spacing: { after: 0 }, children: picture })], widths[1] ?? 0),
          cell(cellParagraphs(row.total, 'right', false), widths[2] ?? 0),
        ],
      });
    }),
  });
  const legend = new Paragraph({
    spacing: { before: 80, after: 120 },
    children: b.legend.flatMap((item, i): ParagraphChild[] => {
      const png = ctx.swatches.get(item.colour);
      return [
        ...(i > 0 ? [new TextRun('    ')] : []),
        ...(png
          ? [
              new ImageRun({
                type: 'png',
                data: png,
                transformation: { width: px96(SWATCH_PT), height: px96(SWATCH_PT) },
                altText: { name: `legend-${item.colour}`, description: item.label, title: item.label },
              }),
            ]
          : []),
        new TextRun(` ${item.label}`),
      ];
    }),
  });
  // The bars' figures as text too: each colour's share of the role's time, and the total.
  const figures = tableOf(
    [
      { title: ctx.meta.words.role, width: 3 },
      // As wide as the hours table's columns, so the two line up (a longer word, "Osorterat", gets more room).
      ...b.legend.map((l) => ({ title: l.label, width: l.colour === 'unsorted' ? 1.6 : 1.2, align: 'right' as const })),
      { title: ctx.meta.words.total, width: 1.3, align: 'right' },
    ],
    b.rows.map((row) => [
      row.label,
      ...b.legend.map((l) => {
        const seg = row.segments.find((s) => s.colour === l.colour);
        return seg && seg.label !== '' ? seg.label : '–';
      }),
      row.total,
    ]),
    undefined,
    true,
    ctx,
  );
  return [bars, legend, figures, gap()];
}

function keyValueOf(pairs: readonly { key: string; value: string }[], ctx: Ctx): Table {
  const widths = columnWidths([1, 2.4], ctx.width);
  return new Table({
    width: { size: widths.reduce((a, c) => a + c, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: NO_BORDERS,
    rows: pairs.map(
      (p) =>
        new TableRow({
          cantSplit: true,
          children: [cell(cellParagraphs(p.key, 'left', true), widths[0] ?? 0), cell(cellParagraphs(p.value, 'left', false), widths[1] ?? 0)],
        }),
    ),
  });
}

function answerBoxesOf(b: Extract<Block, { kind: 'answerBoxes' }>, ctx: Ctx): Table {
  const widths = columnWidths([6, 1.6, 1], ctx.width);
  const boxed = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  const plain = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
  return new Table({
    width: { size: widths.reduce((a, c) => a + c, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cell(cellParagraphs(b.header.label, 'left', true), widths[0] ?? 0),
          cell(cellParagraphs(b.header.box, 'left', true), widths[1] ?? 0),
          cell([new Paragraph({ children: [] })], widths[2] ?? 0),
        ],
      }),
      ...b.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: [
              new TableCell({ borders: plain, width: { size: widths[0] ?? 0, type: WidthType.DXA }, children: cellParagraphs(r.label, 'left', false) }),
              new TableCell({ borders: boxed, width: { size: widths[1] ?? 0, type: WidthType.DXA }, children: [new Paragraph({ children: [] })] }),
              new TableCell({ borders: plain, width: { size: widths[2] ?? 0, type: WidthType.DXA }, children: cellParagraphs(r.unit, 'left', false) }),
            ],
          }),
      ),
    ],
  });
}

function quadrantsOf(b: Extract<Block, { kind: 'quadrants' }>, ctx: Ctx): Table {
  const widths = columnWidths([1, 1], ctx.width);
  const height = tw((ctx.bodyHeight * Math.max(0, Math.min(1, b.share))) / 2);
  const box = (c: { title: string; prompt: string } | undefined, w: number) =>
    cell([...cellParagraphs(c?.title ?? '', 'left', true), ...cellParagraphs(c?.prompt ?? '', 'left', false)], w);
  const rows = [0, 2].map(
    (i) =>
      new TableRow({
        height: { value: height, rule: 'atLeast' },
        cantSplit: true,
        children: [box(b.cells[i], widths[0] ?? 0), box(b.cells[i + 1], widths[1] ?? 0)],
      }),
  );
  return new Table({
    width: { size: widths.reduce((a, c) => a + c, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: GRID,
    rows,
  });
}
