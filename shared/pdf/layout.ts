/**
 * Lays a `PdfDocument` out into pages of positioned primitives, so the renderer
 * stays dumb: it draws text, rectangles and lines where it is told, and all
 * decisions about wrapping, pagination and the table of contents live here,
 * where they are pure and testable.
 *
 * Coordinates are pt with the origin at the page's top-left corner and y growing
 * downwards (jsPDF's default with `unit: 'pt'`); text `y` is the baseline.
 * Pages are numbered from 1 and the cover counts: page n is the PDF's n-th page.
 */
import type { Colour } from '../model.ts';
import { PDF_COLOURS } from './document.ts';
import type { Block, FontFace, FontMetrics, PageSetup, Paint, PatternId, PdfDocument, PdfImage, TextRun } from './document.ts';
import { SOFT_HYPHEN, stripSoftHyphens } from '../hyphenate.ts';

export type Primitive =
  /** `width` is the measured advance width; `x` is already aligned (left edge of the text). */
  | { kind: 'text'; x: number; y: number; text: string; font: FontFace; size: number; colour: Paint; width: number }
  /** `pattern` is drawn over `fill` in its `ink`; `stroke` null means no outline. */
  | {
      kind: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill: Paint | null;
      pattern: { id: PatternId; ink: Paint } | null;
      stroke: Paint | null;
      lineWidth: number;
    }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; colour: Paint; lineWidth: number }
  /** A picture scaled to `w` × `h` with its top-left corner at `x`, `y`. */
  | { kind: 'image'; x: number; y: number; w: number; h: number; image: PdfImage; alt: string };

export interface TocEntry {
  text: string;
  level: 1 | 2 | 3;
  /** 1-based page number, the cover counted. */
  page: number;
  /** Top of the heading on its page, for links and bookmarks. */
  y: number;
}

export interface LaidOutDocument {
  pages: { items: Primitive[] }[];
  /** Every `toc: true` heading, whether or not the document has a `toc` block. */
  toc: TocEntry[];
}

/** Grey levels (0 black … 1 white) chosen to stay readable on a black-and-white printer. */
const GREY = { text: 0.1, muted: 0.35, rule: 0.6, strongRule: 0.2, fill: 0.92 } as const;
const HEADING_SCALE = { 1: 1.6, 2: 1.3, 3: 1.1 } as const;
const HEADING_GAP = { 1: 1.6, 2: 1.2, 3: 0.9 } as const;
/** Room for page numbers up to four digits, so the TOC's height never depends on them. */
const PAGE_NUMBER_ROOM = '0000';
const EPSILON = 1e-6;

/**
 * A vertical slice that is never split across pages. Blocks become chunks
 * (a paragraph line, a table row, a heading line) and pagination only moves chunks.
 */
interface Chunk {
  height: number;
  /** Space above the chunk, dropped at the top of a page. */
  gapBefore: number;
  /** Headings and table header rows: never the last thing on a page. */
  keepWithNext?: boolean;
  /** On the first chunk of a group: the group's height, to keep it on one page when it fits. */
  groupHeight?: number;
  /** A table's header row, placed again above this row when the row opens a page. */
  repeat?: Chunk;
  special?: 'pageBreak' | 'spacer';
  tocIndex?: number;
  draw: (top: number) => Primitive[];
}

interface Ctx {
  m: FontMetrics;
  s: PageSetup;
  left: number;
  width: number;
  /** Usable height of a page in the flow being built (cover or body). */
  frameHeight: number;
  tocEntries: { text: string; level: 1 | 2 | 3 }[];
  tocPages: number[];
  nextToc: number;
}

/**
 * Lays the document out. The table of contents takes two passes: the first with
 * blank page numbers finds where the headings land, the second fills them in.
 * The TOC's height does not depend on the numbers, so the second pass paginates
 * exactly like the first.
 */
export function layout(doc: PdfDocument, setup: PageSetup, metrics: FontMetrics): LaidOutDocument {
  const all = [...(doc.cover ?? []), ...doc.blocks];
  const entries = tocHeadings(all);
  const first = pass(
    doc,
    setup,
    metrics,
    entries,
    entries.map(() => 0),
  );
  if (entries.length === 0 || !hasTocBlock(all)) return first;
  return pass(
    doc,
    setup,
    metrics,
    entries,
    first.toc.map((e) => e.page),
  );
}

/**
 * Greedy word wrap by measured widths. `\n` always breaks; runs of spaces
 * collapse. A word wider than the line is hyphenated: it breaks after its own
 * hyphens and at its hyphenation points (soft hyphens in the text, and those
 * `m.hyphenate` finds), filling the line it starts on, with "-" drawn at each
 * break; a piece that still does not fit breaks between letters, also with "-".
 * Soft hyphens are never part of the lines returned.
 */
export function wrapText(text: string, font: FontFace, size: number, maxWidth: number, m: FontMetrics): string[] {
  const out: string[] = [];
  const fits = (s: string) => m.width(s, font, size) <= maxWidth + EPSILON;
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/).filter((w) => w !== '')) {
      const plain = stripSoftHyphens(word);
      const joined = line === '' ? plain : `${line} ${plain}`;
      if (fits(joined)) {
        line = joined;
        continue;
      }
      if (fits(plain)) {
        if (line !== '') out.push(line);
        line = plain;
        continue;
      }
      const broken = breakWord(pieces(word, m), line, fits);
      out.push(...broken.slice(0, -1));
      line = broken.at(-1) ?? '';
    }
    out.push(line);
  }
  return out;
}

/** A piece of a word, up to where a line may end; `atBreak` is drawn only if one does ("-" for a soft hyphen). */
interface Piece {
  text: string;
  atBreak: '' | '-';
}

/** A word cut where it may break: after its own hyphens and at its soft hyphens, given or found by `m.hyphenate`. */
function pieces(word: string, m: FontMetrics): Piece[] {
  const marked = m.hyphenate ? m.hyphenate(word) : word;
  const parts = marked.split(/(?<=[\u00AD-])(?=[^\u00AD-])/);
  return parts.map((part, i) => {
    const text = stripSoftHyphens(part);
    const soft = i < parts.length - 1 && part.endsWith(SOFT_HYPHEN) && !text.endsWith('-');
    return { text, atBreak: soft ? '-' : '' };
  });
}

const joined = (parts: Piece[]) => parts.map((p) => p.text).join('');
/** The pieces as the end of a line: with the hyphen of the break. */
const lineEnd = (parts: Piece[]) => joined(parts) + (parts.at(-1)?.atBreak ?? '');

/**
 * Lays out a word too wide for a line, starting after `line` (the line so
 * far): the lines it makes, the last one still open for the words after it.
 */
function breakWord(parts: Piece[], line: string, fits: (s: string) => boolean): string[] {
  const out: string[] = [];
  let prefix = line === '' ? '' : `${line} `;
  let rest = parts;
  for (;;) {
    const first = rest[0];
    if (!first) return [...out, prefix.trimEnd()];
    if (fits(prefix + joined(rest))) return [...out, prefix + joined(rest)];
    // The most pieces that fit at the end of this line, with the break's hyphen.
    let k = 0;
    while (k < rest.length - 1 && fits(prefix + lineEnd(rest.slice(0, k + 1)))) k++;
    if (k > 0) {
      out.push(prefix + lineEnd(rest.slice(0, k)));
      rest = rest.slice(k);
      prefix = '';
      continue;
    }
    if (prefix !== '') {
      // Not even its first piece fits beside the words before it: the word starts a new line.
      out.push(line);
      prefix = '';
      continue;
    }
    // The last resort: a piece wider than the line breaks between letters, with a hyphen.
    const letters = Array.from(first.text);
    if (letters.length <= 1) {
      // One letter wider than the line: it has to overflow.
      if (rest.length === 1) return [...out, first.text];
      out.push(first.text + first.atBreak);
      rest = rest.slice(1);
      continue;
    }
    let n = 1;
    while (n < letters.length - 1 && fits(`${letters.slice(0, n + 1).join('')}-`)) n++;
    out.push(`${letters.slice(0, n).join('')}-`);
    rest = [{ text: letters.slice(n).join(''), atBreak: first.atBreak }, ...rest.slice(1)];
  }
}

function pass(doc: PdfDocument, s: PageSetup, m: FontMetrics, tocEntries: Ctx['tocEntries'], tocPages: number[]): LaidOutDocument {
  const left = s.margin.left;
  const width = s.width - s.margin.left - s.margin.right;
  const areaTop = s.margin.top;
  const areaBottom = s.height - s.margin.bottom;
  const small = s.fontSize * 0.85;
  const band = small * s.lineHeight + s.fontSize * 0.8;
  const header = doc.header ?? '';
  const bodyTop = areaTop + (header !== '' ? band : 0);
  const bodyBottom = areaBottom - (doc.footer ? band : 0);
  const ctx: Ctx = { m, s, left, width, frameHeight: areaBottom - areaTop, tocEntries, tocPages, nextToc: 0 };

  const coverPages = doc.cover && doc.cover.length > 0 ? paginate(chunksOf(ctx, doc.cover), areaTop, areaBottom) : [];
  ctx.frameHeight = bodyBottom - bodyTop;
  const bodyPages = paginate(chunksOf(ctx, doc.blocks), bodyTop, bodyBottom);
  const total = coverPages.length + bodyPages.length;

  const toc: TocEntry[] = [];
  const pages = [...coverPages, ...bodyPages].map((placed, index) => {
    const items = placed.flatMap((p) => p.chunk.draw(p.top));
    for (const p of placed) {
      const entry = p.chunk.tocIndex === undefined ? undefined : tocEntries[p.chunk.tocIndex];
      if (entry) toc.push({ ...entry, page: index + 1, y: p.top });
    }
    if (index < coverPages.length) return { items };
    const n = index + 1;
    if (header !== '') {
      const text = fitText(ctx, header, 'regular', small, width);
      items.push(textAt(ctx, left, baseline(ctx, areaTop, small), text, 'regular', small, GREY.muted));
      const ruleY = areaTop + small * s.lineHeight + 2;
      items.push({ kind: 'line', x1: left, y1: ruleY, x2: left + width, y2: ruleY, colour: GREY.rule, lineWidth: 0.5 });
    }
    if (doc.footer) {
      const text = fitText(ctx, doc.footer.pageLabel(n, total), 'regular', small, width);
      const w = m.width(text, 'regular', small);
      items.push(textAt(ctx, left + width - w, baseline(ctx, areaBottom - small * s.lineHeight, small), text, 'regular', small, GREY.muted));
    }
    return { items };
  });
  return { pages, toc };
}

interface Placed {
  chunk: Chunk;
  top: number;
}

/**
 * Places chunks top to bottom between `top` and `bottom`. When a chunk does not
 * fit, trailing keep-with-next chunks (headings, table header rows) move along to
 * the new page, and a table's header row is repeated above a row that opens a page.
 */
function paginate(chunks: Chunk[], top: number, bottom: number): Placed[][] {
  let page: Placed[] = [];
  const pages: Placed[][] = [page];
  let y = top;
  const place = (c: Chunk) => {
    const at = page.length === 0 ? top : y + c.gapBefore;
    page.push({ chunk: c, top: at });
    y = at + c.height;
  };
  const fits = (height: number, gap: number) => page.length === 0 || y + gap + height <= bottom + EPSILON;
  const newPage = () => {
    page = [];
    pages.push(page);
    y = top;
  };

  for (const c of chunks) {
    if (c.special === 'pageBreak') {
      if (page.length > 0) newPage();
      continue;
    }
    if (c.special === 'spacer') {
      if (fits(c.height, 0)) place(c);
      else newPage();
      continue;
    }
    const wanted = c.groupHeight !== undefined && c.groupHeight <= bottom - top + EPSILON ? c.groupHeight : c.height;
    if (!fits(wanted, c.gapBefore)) {
      let keep = page.length;
      while (keep > 0 && page[keep - 1]?.chunk.keepWithNext) keep -= 1;
      const carried = keep > 0 ? page.splice(keep).map((p) => p.chunk) : [];
      newPage();
      carried.forEach(place);
      if (carried.length === 0 && c.repeat) place(c.repeat);
      // Carried headings plus a chunk taller than what is left: let the chunk open a page.
      if (!fits(c.height, c.gapBefore)) newPage();
    }
    place(c);
  }
  return pages;
}

function chunksOf(ctx: Ctx, blocks: Block[]): Chunk[] {
  return blocks.flatMap((b) => blockChunks(ctx, b));
}

function blockChunks(ctx: Ctx, b: Block): Chunk[] {
  const base = ctx.s.fontSize;
  switch (b.kind) {
    case 'heading': {
      const size = base * HEADING_SCALE[b.level];
      const tocIndex = b.toc ? ctx.nextToc++ : undefined;
      return lineChunks(ctx, wrapText(b.text, 'bold', size, ctx.width, ctx.m), {
        font: 'bold',
        size,
        colour: GREY.text,
        indent: 0,
        gapBefore: base * HEADING_GAP[b.level],
      }).map((c, i) => ({ ...c, keepWithNext: true, tocIndex: i === 0 ? tocIndex : undefined }));
    }
    case 'paragraph': {
      if (b.text === '') return [];
      const style = b.style ?? 'normal';
      const size = style === 'small' ? base * 0.85 : base;
      const font: FontFace = style === 'italic' ? 'italic' : 'regular';
      const colour = style === 'muted' || style === 'small' ? GREY.muted : GREY.text;
      const st = { font, size, colour, indent: 0, gapBefore: base * 0.6 };
      if (b.runs && b.runs.length > 0) return richLineChunks(ctx, wrapRuns(b.runs, size, ctx.width, ctx.m), st);
      return lineChunks(ctx, wrapText(b.text, font, size, ctx.width, ctx.m), st);
    }
    case 'list':
      return listChunks(ctx, b.items, b.runs, b.ordered ?? false);
    case 'table':
      return tableChunks(ctx, b);
    case 'bars':
      return barChunks(ctx, b);
    case 'keyValue':
      return b.pairs.flatMap((pair, i) =>
        rowChunks(
          ctx,
          [
            { text: pair.key, font: 'bold', x: ctx.left, w: ctx.width * 0.35 - base, align: 'left' },
            { text: pair.value, font: 'regular', x: ctx.left + ctx.width * 0.35, w: ctx.width * 0.65, align: 'left' },
          ],
          { padH: 0, padV: 1.5, fill: null, rule: null, gapBefore: i === 0 ? base * 0.6 : 0, maxHeight: ctx.frameHeight },
        ),
      );
    case 'spacer':
      return [{ height: Math.min(Math.max(0, b.pt), ctx.frameHeight), gapBefore: 0, special: 'spacer', draw: () => [] }];
    case 'pageBreak':
      return [{ height: 0, gapBefore: 0, special: 'pageBreak', draw: () => [] }];
    case 'group': {
      const inner = chunksOf(ctx, b.blocks);
      const [first] = inner;
      if (first) first.groupHeight = Math.max(first.groupHeight ?? 0, stackHeight(inner));
      return inner;
    }
    case 'toc':
      return tocChunks(ctx);
    case 'answerBoxes':
      return answerBoxChunks(ctx, b);
    case 'writingLines':
      return writingLineChunks(ctx, b.count);
    case 'quadrants':
      return quadrantChunks(ctx, b);
    case 'image': {
      const { image } = b;
      if (image.width <= 0 || image.height <= 0) return [];
      // At its proportions, never stretched, never wider than the text or taller than a page.
      const scale = Math.min(Math.min(b.maxWidth, ctx.width) / image.width, Math.min(b.maxHeight, ctx.frameHeight) / image.height);
      const w = image.width * scale;
      const h = image.height * scale;
      const x = b.align === 'right' ? ctx.left + ctx.width - w : ctx.left;
      return [{ height: h, gapBefore: base * 0.6, draw: (top) => [{ kind: 'image', x, y: top, w, h, image, alt: b.alt }] }];
    }
  }
}

interface LineStyle {
  font: FontFace;
  size: number;
  colour: Paint;
  indent: number;
  gapBefore: number;
}

/** One chunk per line, so paragraphs and lists can break anywhere between lines. */
function lineChunks(ctx: Ctx, lines: string[], st: LineStyle): Chunk[] {
  return lines.map((line, i) => ({
    height: st.size * ctx.s.lineHeight,
    gapBefore: i === 0 ? st.gapBefore : 0,
    draw: (top) => (line === '' ? [] : [textAt(ctx, ctx.left + st.indent, baseline(ctx, top, st.size), line, st.font, st.size, st.colour)]),
  }));
}

function listChunks(ctx: Ctx, items: string[], runs: TextRun[][] | undefined, ordered: boolean): Chunk[] {
  const base = ctx.s.fontSize;
  // Room for the marker: "10." needs more than a bullet.
  const indent = ordered ? base * 1.4 + ctx.m.width(`${items.length}.`, 'regular', base) - ctx.m.width('•', 'regular', base) : base * 1.4;
  return items.flatMap((item, i) => {
    const st = { font: 'regular', size: base, colour: GREY.text, indent, gapBefore: i === 0 ? base * 0.6 : base * 0.25 } as const;
    const rich = runs?.[i];
    const chunks =
      rich && rich.length > 0
        ? richLineChunks(ctx, wrapRuns(rich, base, ctx.width - indent, ctx.m), st)
        : lineChunks(ctx, wrapText(item, 'regular', base, ctx.width - indent, ctx.m), st);
    const [first] = chunks;
    if (first) {
      const drawLine = first.draw;
      const marker = ordered ? `${i + 1}.` : '•';
      first.draw = (top) => [textAt(ctx, ctx.left + base * 0.3, baseline(ctx, top, base), marker, 'regular', base, GREY.text), ...drawLine(top)];
    }
    return chunks;
  });
}

/** A piece of a line in one face. */
interface Segment {
  text: string;
  font: FontFace;
}

function runFace(run: TextRun): FontFace {
  // Bold italic prints bold: the embedded fonts have no bold oblique face.
  return run.bold ? 'bold' : run.italic ? 'italic' : 'regular';
}

/** Adjacent segments in the same face as one. */
function mergeSegments(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    const last = out.at(-1);
    if (last && last.font === seg.font) last.text += seg.text;
    else if (seg.text !== '') out.push({ ...seg });
  }
  return out;
}

/**
 * Greedy word wrap of text in several faces (wrapText's rules: "\n" breaks, runs of spaces collapse,
 * a word wider than the line is hyphenated in the face it starts in). A word may change face inside
 * ("**fet**,") and still never breaks there.
 */
export function wrapRuns(runs: readonly TextRun[], size: number, maxWidth: number, m: FontMetrics): Segment[][] {
  type Word = Segment[] | 'break';
  const words: Word[] = [];
  let word: Segment[] = [];
  const endWord = () => {
    if (word.length > 0) words.push(word);
    word = [];
  };
  for (const run of runs) {
    const font = runFace(run);
    for (const part of run.text.split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        endWord();
        for (let n = part.split('\n').length - 1; n > 0; n--) words.push('break');
      } else word.push({ text: part, font });
    }
  }
  endWord();
  const widthOf = (segs: Segment[]) => segs.reduce((w, seg) => w + m.width(seg.text, seg.font, size), 0);
  const space = m.width(' ', 'regular', size);
  const lines: Segment[][] = [];
  let line: Segment[] = [];
  let lineWidth = 0;
  const startWith = (w: Segment[]) => {
    const width = widthOf(w);
    if (width <= maxWidth + EPSILON) {
      line = [...w];
      lineWidth = width;
      return;
    }
    // Too wide for a line of its own: hyphenate it in the face it starts in.
    const font = w[0]?.font ?? 'regular';
    const broken = wrapText(w.map((seg) => seg.text).join(''), font, size, maxWidth, m);
    for (const piece of broken.slice(0, -1)) lines.push([{ text: piece, font }]);
    const rest = broken.at(-1) ?? '';
    line = rest === '' ? [] : [{ text: rest, font }];
    lineWidth = m.width(rest, font, size);
  };
  for (const w of words) {
    if (w === 'break') {
      lines.push(mergeSegments(line));
      line = [];
      lineWidth = 0;
      continue;
    }
    if (line.length === 0) {
      startWith(w);
      continue;
    }
    const width = widthOf(w);
    if (lineWidth + space + width <= maxWidth + EPSILON) {
      line.push({ text: ' ', font: line.at(-1)?.font ?? 'regular' }, ...w);
      lineWidth += space + width;
    } else {
      lines.push(mergeSegments(line));
      startWith(w);
    }
  }
  lines.push(mergeSegments(line));
  return lines;
}

/** lineChunks for lines in several faces: each segment drawn after the one before it. */
function richLineChunks(ctx: Ctx, lines: Segment[][], st: LineStyle): Chunk[] {
  return lines.map((line, i) => ({
    height: st.size * ctx.s.lineHeight,
    gapBefore: i === 0 ? st.gapBefore : 0,
    draw: (top) => {
      let x = ctx.left + st.indent;
      const y = baseline(ctx, top, st.size);
      return line.map((seg) => {
        const item = textAt(ctx, x, y, seg.text, seg.font, st.size, st.colour);
        x += ctx.m.width(seg.text, seg.font, st.size);
        return item;
      });
    },
  }));
}

interface Cell {
  text: string;
  font: FontFace;
  x: number;
  w: number;
  align: 'left' | 'right';
}

interface RowStyle {
  padH: number;
  padV: number;
  fill: Paint | null;
  rule: { colour: Paint; lineWidth: number } | null;
  gapBefore: number;
  /** A row taller than this is split between lines: the last resort for huge cells. */
  maxHeight: number;
}

/** A table-like row: cells wrap inside their columns; normally one chunk. */
function rowChunks(ctx: Ctx, cells: Cell[], st: RowStyle): Chunk[] {
  const size = ctx.s.fontSize;
  const lh = size * ctx.s.lineHeight;
  const lines = cells.map((c) => wrapText(c.text, c.font, size, Math.max(0, c.w - 2 * st.padH), ctx.m));
  const count = Math.max(1, ...lines.map((l) => l.length));
  const perPiece = Math.max(1, Math.floor((st.maxHeight - 2 * st.padV) / lh + EPSILON));
  const chunks: Chunk[] = [];
  for (let from = 0; from < count; from += perPiece) {
    const n = Math.min(perPiece, count - from);
    const height = n * lh + 2 * st.padV;
    const last = from + n >= count;
    chunks.push({
      height,
      gapBefore: from === 0 ? st.gapBefore : 0,
      draw: (top) => {
        const out: Primitive[] = [];
        const x0 = cells[0]?.x ?? ctx.left;
        const x1 = cells.reduce((r, c) => Math.max(r, c.x + c.w), x0);
        if (st.fill !== null) out.push({ kind: 'rect', x: x0, y: top, w: x1 - x0, h: height, fill: st.fill, pattern: null, stroke: null, lineWidth: 0 });
        cells.forEach((c, ci) => {
          (lines[ci] ?? []).slice(from, from + n).forEach((line, li) => {
            if (line === '') return;
            const w = ctx.m.width(line, c.font, size);
            const x = c.align === 'right' ? c.x + c.w - st.padH - w : c.x + st.padH;
            out.push(textAt(ctx, x, baseline(ctx, top + st.padV + li * lh, size), line, c.font, size, GREY.text));
          });
        });
        if (st.rule && last) out.push({ kind: 'line', x1: x0, y1: top + height, x2: x1, y2: top + height, ...st.rule });
        return out;
      },
    });
  }
  return chunks;
}

function tableChunks(ctx: Ctx, t: Extract<Block, { kind: 'table' }>): Chunk[] {
  if (t.rows.length === 0 || t.columns.length === 0) return [];
  const sum = t.columns.reduce((s, c) => s + Math.max(0, c.width), 0);
  let x = ctx.left;
  const columns = t.columns.map((c) => {
    const w = sum > 0 ? (Math.max(0, c.width) / sum) * ctx.width : ctx.width / t.columns.length;
    const col = { x, w, align: c.align ?? 'left' };
    x += w;
    return col;
  });
  const cells = (texts: string[], font: FontFace): Cell[] => columns.map((c, i) => ({ ...c, text: texts[i] ?? '', font }));
  const pad = { padH: 4, padV: 3 };
  const header = join(
    rowChunks(
      ctx,
      cells(
        t.columns.map((c) => c.title),
        'bold',
      ),
      {
        ...pad,
        fill: GREY.fill,
        rule: { colour: GREY.strongRule, lineWidth: 0.75 },
        gapBefore: ctx.s.fontSize * 0.8,
        maxHeight: Infinity,
      },
    ),
  );
  header.keepWithNext = true;
  const repeat = t.repeatHeader === false ? undefined : header;
  const maxHeight = ctx.frameHeight - (repeat ? header.height : 0);
  const rowStyle: RowStyle = { ...pad, fill: null, rule: { colour: GREY.rule, lineWidth: 0.5 }, gapBefore: 0, maxHeight };
  const body = t.rows.flatMap((row) => rowChunks(ctx, cells(row, 'regular'), rowStyle));
  const footer = t.footer ? rowChunks(ctx, cells(t.footer, 'bold'), { ...rowStyle, fill: GREY.fill }) : [];
  return [header, ...[...body, ...footer].map((c) => ({ ...c, repeat }))];
}

/**
 * Bars and their legend, kept together on one page when they fit. Each row's label stands above its
 * bar, so the bars take the page's width; a segment's figure is drawn in dark text on a white
 * ground inside the segment (never light text on a pattern), and only where it fits.
 */
function barChunks(ctx: Ctx, b: Extract<Block, { kind: 'bars' }>): Chunk[] {
  if (b.rows.length === 0) return [];
  const { m } = ctx;
  const base = ctx.s.fontSize;
  const small = base * 0.85;
  const lh = base * ctx.s.lineHeight;
  const smallLh = small * ctx.s.lineHeight;
  const gap = base * 0.6;
  const totalW = Math.min(
    ctx.width * 0.2,
    b.rows.reduce((w, r) => Math.max(w, m.width(r.total, 'regular', base)), 0),
  );
  const barX = ctx.left;
  const barW = ctx.width - (totalW > 0 ? gap + totalW : 0);
  const rowSum = (r: (typeof b.rows)[number]) => r.segments.reduce((t, s) => t + Math.max(0, s.value), 0);
  const max = b.rows.reduce((most, r) => Math.max(most, rowSum(r)), b.max ?? 0);
  const scale = max > 0 ? barW / max : 0;
  const barH = Math.max(base * 1.6, smallLh + 4);
  const pad = 2;

  const rows: Chunk[] = b.rows.map((row, i) => {
    const labelLines = wrapText(row.label, 'bold', base, ctx.width, m).filter((l) => l !== '');
    const barTop = labelLines.length * lh + base * 0.15;
    return {
      height: barTop + barH,
      gapBefore: i === 0 ? base * 0.8 : base * 0.6,
      draw: (top) => {
        const out: Primitive[] = labelLines.map((l, li) => textAt(ctx, ctx.left, baseline(ctx, top + li * lh, base), l, 'bold', base, GREY.text));
        const y = top + barTop;
        let x = barX;
        for (const seg of row.segments) {
          if (!(seg.value > 0)) continue;
          const w = seg.value * scale;
          out.push(swatch(seg.colour, x, y, w, barH));
          const tw = m.width(seg.label, 'regular', small);
          if (seg.label !== '' && tw + 2 * pad + 4 <= w) {
            const tx = x + (w - tw) / 2;
            const ty = y + (barH - smallLh) / 2;
            out.push({ kind: 'rect', x: tx - pad, y: ty, w: tw + 2 * pad, h: smallLh, fill: 1, pattern: null, stroke: null, lineWidth: 0 });
            out.push(textAt(ctx, tx, baseline(ctx, ty, small), seg.label, 'regular', small, GREY.text));
          }
          x += w;
        }
        const total = fitText(ctx, row.total, 'regular', base, totalW);
        if (total !== '') {
          const tw = m.width(total, 'regular', base);
          out.push(textAt(ctx, ctx.left + ctx.width - tw, baseline(ctx, y + (barH - lh) / 2, base), total, 'regular', base, GREY.text));
        }
        return out;
      },
    };
  });

  const chunks = [...rows, ...legendChunks(ctx, b.legend)];
  const [first] = chunks;
  if (first) first.groupHeight = stackHeight(chunks);
  return chunks;
}

/** Legend items (swatch with the same fill and pattern as the bars, then the label) flowed into lines. */
function legendChunks(ctx: Ctx, legend: { colour: Colour; label: string }[]): Chunk[] {
  const base = ctx.s.fontSize;
  const lh = base * ctx.s.lineHeight;
  const box = base;
  const items = legend.map((e) => {
    const label = fitText(ctx, e.label, 'regular', base, ctx.width - box - base * 0.4);
    return { colour: e.colour, label, w: box + base * 0.4 + ctx.m.width(label, 'regular', base) };
  });
  const lines: (typeof items)[] = [];
  let x = 0;
  for (const item of items) {
    const line = lines[lines.length - 1];
    if (line && x + base * 1.2 + item.w <= ctx.width + EPSILON) {
      line.push(item);
      x += base * 1.2 + item.w;
    } else {
      lines.push([item]);
      x = item.w;
    }
  }
  const height = Math.max(lh, box);
  return lines.map((line, i) => ({
    height,
    gapBefore: i === 0 ? base * 0.8 : base * 0.2,
    draw: (top) => {
      const out: Primitive[] = [];
      let at = ctx.left;
      for (const item of line) {
        out.push(swatch(item.colour, at, top + (height - box) / 2, box, box));
        out.push(textAt(ctx, at + box + base * 0.4, baseline(ctx, top + (height - lh) / 2, base), item.label, 'regular', base, GREY.text));
        at += item.w + base * 1.2;
      }
      return out;
    },
  }));
}

/** A TOC line per entry line; the page number sits in a fixed right-hand column. */
function tocChunks(ctx: Ctx): Chunk[] {
  const { m } = ctx;
  const base = ctx.s.fontSize;
  const numberRoom = m.width(PAGE_NUMBER_ROOM, 'regular', base);
  const right = ctx.left + ctx.width;
  return ctx.tocEntries.flatMap((entry, i) => {
    const indent = (entry.level - 1) * base * 1.5;
    const font: FontFace = entry.level === 1 ? 'bold' : 'regular';
    const lines = wrapText(entry.text, font, base, ctx.width - indent - numberRoom - base, m);
    const page = ctx.tocPages[i] ?? 0;
    const chunks = lineChunks(ctx, lines, {
      font,
      size: base,
      colour: GREY.text,
      indent,
      gapBefore: i === 0 ? base * 0.6 : entry.level === 1 ? base * 0.5 : base * 0.15,
    });
    const last = chunks[chunks.length - 1];
    const lastLine = lines[lines.length - 1] ?? '';
    if (last && page > 0) {
      const drawLine = last.draw;
      last.draw = (top) => {
        const y = baseline(ctx, top, base);
        const number = String(page);
        const numberW = m.width(number, 'regular', base);
        const out = [...drawLine(top), textAt(ctx, right - numberW, y, number, 'regular', base, GREY.text)];
        const from = ctx.left + indent + m.width(lastLine, font, base) + base * 0.3;
        const to = right - numberW - base * 0.3;
        const dots = '.'.repeat(Math.max(0, Math.floor((to - from) / m.width('.', 'regular', base))));
        if (dots !== '') out.push(textAt(ctx, to - m.width(dots, 'regular', base), y, dots, 'regular', base, GREY.muted));
        return out;
      };
    }
    return chunks;
  });
}

function swatch(colour: Colour, x: number, y: number, w: number, h: number): Primitive {
  const c = PDF_COLOURS[colour];
  return { kind: 'rect', x, y, w, h, fill: colour, pattern: { id: c.pattern, ink: c.ink }, stroke: GREY.strongRule, lineWidth: 0.5 };
}

/** Height of chunks stacked on one page (the first gap falls away at a page top). */
function stackHeight(chunks: Chunk[]): number {
  return chunks.reduce((h, c, i) => h + c.height + (i === 0 ? 0 : c.gapBefore), 0);
}

/** Several chunks as one, e.g. a table header row that has to move as a unit. */
function join(chunks: Chunk[]): Chunk {
  return {
    height: stackHeight(chunks),
    gapBefore: chunks[0]?.gapBefore ?? 0,
    draw: (top) => {
      let y = top;
      return chunks.flatMap((c, i) => {
        y += i === 0 ? 0 : c.gapBefore;
        const items = c.draw(y);
        y += c.height;
        return items;
      });
    },
  };
}

/** Baseline of a line whose box starts at `top`: the glyphs are centred in the line height. */
function baseline(ctx: Ctx, top: number, size: number): number {
  const { ascent, descent } = ctx.m;
  return top + (size * ctx.s.lineHeight - (ascent + Math.abs(descent)) * size) / 2 + ascent * size;
}

function textAt(ctx: Ctx, x: number, y: number, text: string, font: FontFace, size: number, colour: Paint): Primitive {
  // A soft hyphen is a place to break, never a glyph (DejaVu draws one as a hyphen).
  const shown = stripSoftHyphens(text);
  return { kind: 'text', x, y, text: shown, font, size, colour, width: ctx.m.width(shown, font, size) };
}

/** Shortens one-line text (running header, labels) with an ellipsis rather than overflow. */
function fitText(ctx: Ctx, text: string, font: FontFace, size: number, maxWidth: number): string {
  if (ctx.m.width(text, font, size) <= maxWidth + EPSILON) return text;
  const chars = Array.from(text);
  while (chars.length > 0 && ctx.m.width(`${chars.join('')}…`, font, size) > maxWidth + EPSILON) chars.pop();
  return chars.length > 0 ? `${chars.join('')}…` : '';
}

function tocHeadings(blocks: Block[]): Ctx['tocEntries'] {
  return blocks.flatMap((b) => {
    if (b.kind === 'group') return tocHeadings(b.blocks);
    return b.kind === 'heading' && b.toc ? [{ text: b.text, level: b.level }] : [];
  });
}

function hasTocBlock(blocks: Block[]): boolean {
  return blocks.some((b) => b.kind === 'toc' || (b.kind === 'group' && hasTocBlock(b.blocks)));
}

/** Width of a paper form's answer box, in font sizes: room for "37,5" written by hand. */
const BOX_EMS = 5.5;

/** A paper form's rows: the label wrapped on the left, a box to write in on the right with its unit after it. */
function answerBoxChunks(ctx: Ctx, b: Extract<Block, { kind: 'answerBoxes' }>): Chunk[] {
  if (b.rows.length === 0) return [];
  const { m } = ctx;
  const base = ctx.s.fontSize;
  const lh = base * ctx.s.lineHeight;
  const boxW = base * BOX_EMS;
  const boxH = base * 1.6;
  const unitW = b.rows.reduce((w, r) => Math.max(w, m.width(r.unit, 'regular', base)), 0);
  const gap = base * 0.6;
  // The header's box title may be wider than the box: the column takes the wider of the two.
  const columnW = Math.max(boxW + (unitW > 0 ? gap + unitW : 0), m.width(b.header.box, 'bold', base * 0.85));
  const labelW = ctx.width - columnW - gap * 2;
  const boxX = ctx.left + ctx.width - columnW;
  const small = base * 0.85;
  const header: Chunk = {
    height: small * ctx.s.lineHeight + 3,
    gapBefore: base * 0.8,
    keepWithNext: true,
    draw: (top) => {
      const y = baseline(ctx, top, small);
      const right = ctx.left + ctx.width;
      return [
        textAt(ctx, ctx.left, y, fitText(ctx, b.header.label, 'bold', small, labelW), 'bold', small, GREY.text),
        textAt(ctx, boxX, y, fitText(ctx, b.header.box, 'bold', small, columnW), 'bold', small, GREY.text),
        {
          kind: 'line',
          x1: ctx.left,
          y1: top + small * ctx.s.lineHeight + 2,
          x2: right,
          y2: top + small * ctx.s.lineHeight + 2,
          colour: GREY.strongRule,
          lineWidth: 0.75,
        },
      ];
    },
  };
  const pad = base * 0.2;
  const rows: Chunk[] = b.rows.map((row) => {
    const lines = wrapText(row.label, 'regular', base, labelW, m);
    const height = Math.max(boxH, lines.length * lh) + 2 * pad;
    return {
      height,
      gapBefore: 0,
      repeat: header,
      draw: (top) => {
        const textTop = top + (height - lines.length * lh) / 2;
        const boxTop = top + (height - boxH) / 2;
        const out: Primitive[] = lines
          .filter((l) => l !== '')
          .map((l, i) => textAt(ctx, ctx.left, baseline(ctx, textTop + i * lh, base), l, 'regular', base, GREY.text));
        out.push({ kind: 'rect', x: boxX, y: boxTop, w: boxW, h: boxH, fill: null, pattern: null, stroke: GREY.strongRule, lineWidth: 0.75 });
        if (row.unit !== '') out.push(textAt(ctx, boxX + boxW + gap, baseline(ctx, boxTop + (boxH - lh) / 2, base), row.unit, 'regular', base, GREY.text));
        out.push({ kind: 'line', x1: ctx.left, y1: top + height, x2: ctx.left + ctx.width, y2: top + height, colour: GREY.rule, lineWidth: 0.3 });
        return out;
      },
    };
  });
  return [header, ...rows];
}

/** Ruled lines to write on, each a chunk, so they may continue on the next page. */
function writingLineChunks(ctx: Ctx, count: number): Chunk[] {
  const step = ctx.s.fontSize * 2.2;
  return Array.from({ length: Math.max(0, Math.floor(count)) }, (_, i) => ({
    height: step,
    gapBefore: i === 0 ? ctx.s.fontSize * 0.4 : 0,
    draw: (top) => [{ kind: 'line', x1: ctx.left, y1: top + step - 1, x2: ctx.left + ctx.width, y2: top + step - 1, colour: GREY.muted, lineWidth: 0.5 }],
  }));
}

/** Four framed boxes in two rows, each with its title in bold and its prompt wrapped under it. */
function quadrantChunks(ctx: Ctx, b: Extract<Block, { kind: 'quadrants' }>): Chunk[] {
  const base = ctx.s.fontSize;
  const lh = base * ctx.s.lineHeight;
  const gap = base;
  const cellW = (ctx.width - gap) / 2;
  const inner = cellW - base * 1.2;
  const total = Math.max(lh * 8, Math.min(1, Math.max(0, b.share)) * ctx.frameHeight - base * 0.8);
  const cellH = (total - gap) / 2;
  const rows = [b.cells.slice(0, 2), b.cells.slice(2, 4)].filter((r) => r.length > 0);
  return rows.map((row, ri) => ({
    height: cellH,
    gapBefore: ri === 0 ? base * 0.8 : gap,
    draw: (top) =>
      row.flatMap((cell, ci): Primitive[] => {
        const x = ctx.left + ci * (cellW + gap);
        const out: Primitive[] = [{ kind: 'rect', x, y: top, w: cellW, h: cellH, fill: null, pattern: null, stroke: GREY.strongRule, lineWidth: 0.75 }];
        let y = top + base * 0.5;
        for (const l of wrapText(cell.title, 'bold', base * 1.1, inner, ctx.m)) {
          out.push(textAt(ctx, x + base * 0.6, baseline(ctx, y, base * 1.1), l, 'bold', base * 1.1, GREY.text));
          y += base * 1.1 * ctx.s.lineHeight;
        }
        for (const l of wrapText(cell.prompt, 'regular', base * 0.85, inner, ctx.m)) {
          out.push(textAt(ctx, x + base * 0.6, baseline(ctx, y, base * 0.85), l, 'regular', base * 0.85, GREY.muted));
          y += base * 0.85 * ctx.s.lineHeight;
        }
        return out;
      }),
  }));
}
