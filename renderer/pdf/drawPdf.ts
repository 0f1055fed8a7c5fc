/**
 * Draws a laid-out document (shared/pdf/layout.ts) with jsPDF. This is the
 * only module that knows the PDF library; it is loaded only when a PDF is
 * made, and it runs in Node too (the tests make real PDFs with it).
 *
 * Fonts: DejaVu Sans regular, bold and oblique, embedded, so every character
 * prints – å ä ö, – “ ”, and also − → ≤ ✓, which the PDF standard fonts lack.
 */
import { jsPDF } from 'jspdf';
import {
  A4_PORTRAIT,
  PDF_COLOURS,
  type FontFace,
  type FontMetrics,
  type Paint,
  type PageSetup,
  type PatternId,
  type PdfDocument,
} from '../../shared/pdf/document.ts';
import { layout, type LaidOutDocument, type Primitive } from '../../shared/pdf/layout.ts';

/** The three faces as TrueType files, base64-encoded (what jsPDF's virtual file system takes). */
export interface FontFiles {
  regular: string;
  bold: string;
  italic: string;
}

const FAMILY = 'DejaVuSans';
const STYLE: Record<FontFace, string> = { regular: 'normal', bold: 'bold', italic: 'italic' };
// DejaVu Sans's vertical metrics (hhea): ascender 1901, descender −483 on 2048 units per em.
const ASCENT = 1901 / 2048;
const DESCENT = 483 / 2048;

/**
 * A jsPDF document with the fonts registered, and metrics measured with them;
 * `hyphenate` (the language's patterns) says where too-wide words may break.
 */
export function createPdf(fonts: FontFiles, setup: PageSetup = A4_PORTRAIT, hyphenate?: FontMetrics['hyphenate']): { pdf: jsPDF; metrics: FontMetrics } {
  const pdf = new jsPDF({ unit: 'pt', format: [setup.width, setup.height], orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  for (const face of ['regular', 'bold', 'italic'] as const) {
    const file = `${FAMILY}-${face}.ttf`;
    pdf.addFileToVFS(file, fonts[face]);
    pdf.addFont(file, FAMILY, STYLE[face]);
  }
  pdf.setFont(FAMILY, 'normal');
  const metrics: FontMetrics = {
    width(text, font, size) {
      pdf.setFont(FAMILY, STYLE[font]);
      return pdf.getStringUnitWidth(text) * size;
    },
    ascent: ASCENT,
    descent: DESCENT,
    ...(hyphenate && { hyphenate }),
  };
  return { pdf, metrics };
}

function rgb(paint: Paint): [number, number, number] {
  if (typeof paint === 'number') {
    const level = Math.round(Math.max(0, Math.min(1, paint)) * 255);
    return [level, level, level];
  }
  const hex = PDF_COLOURS[paint].hex.replace('#', '');
  return [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)];
}

/** The pattern over a filled box, clipped to it, so the colours stay apart in black and white. */
function drawPattern(pdf: jsPDF, x: number, y: number, w: number, h: number, id: PatternId, ink: Paint): void {
  if (id === 'plain' || id === 'solid' || w <= 0 || h <= 0) return;
  pdf.saveGraphicsState();
  pdf.rect(x, y, w, h, null);
  pdf.clip();
  pdf.discardPath();
  pdf.setDrawColor(...rgb(ink));
  pdf.setFillColor(...rgb(ink));
  pdf.setLineWidth(0.4);
  const step = 4;
  if (id === 'stripes' || id === 'crosshatch') {
    for (let d = -h; d < w + h; d += step) pdf.line(x + d, y + h, x + d + h, y);
  }
  if (id === 'crosshatch') {
    for (let d = -h; d < w + h; d += step) pdf.line(x + d, y, x + d + h, y + h);
  }
  if (id === 'dots') {
    for (let cy = y + step / 2; cy < y + h; cy += step) for (let cx = x + step / 2; cx < x + w; cx += step) pdf.circle(cx, cy, 0.6, 'F');
  }
  pdf.restoreGraphicsState();
}

/** A short name for a picture's bytes (FNV-1a over the base64), the same for the same picture. */
function imageAlias(data: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) hash = Math.imul(hash ^ data.charCodeAt(i), 0x01000193);
  return `img${(hash >>> 0).toString(16)}-${data.length}`;
}

function drawItem(pdf: jsPDF, item: Primitive): void {
  switch (item.kind) {
    case 'text':
      pdf.setFont(FAMILY, STYLE[item.font]);
      pdf.setFontSize(item.size);
      pdf.setTextColor(...rgb(item.colour));
      pdf.text(item.text, item.x, item.y, { baseline: 'alphabetic' });
      return;
    case 'rect': {
      const style = item.fill !== null && item.stroke !== null ? 'FD' : item.fill !== null ? 'F' : item.stroke !== null ? 'S' : null;
      if (item.fill !== null) pdf.setFillColor(...rgb(item.fill));
      if (item.stroke !== null) {
        pdf.setDrawColor(...rgb(item.stroke));
        pdf.setLineWidth(item.lineWidth);
      }
      if (style) pdf.rect(item.x, item.y, item.w, item.h, style);
      if (item.pattern) drawPattern(pdf, item.x, item.y, item.w, item.h, item.pattern.id, item.pattern.ink);
      return;
    }
    case 'line':
      pdf.setDrawColor(...rgb(item.colour));
      pdf.setLineWidth(item.lineWidth);
      pdf.line(item.x1, item.y1, item.x2, item.y2);
      return;
    case 'image':
      // The alias embeds one copy however many pages show the same picture.
      pdf.addImage(item.image.data, item.image.type === 'image/png' ? 'PNG' : 'JPEG', item.x, item.y, item.w, item.h, imageAlias(item.image.data), 'FAST');
      return;
  }
}

/** Draws every page of a laid-out document, with its outline (bookmarks) from the table of contents. */
export function drawPages(pdf: jsPDF, laid: LaidOutDocument): void {
  laid.pages.forEach((page, i) => {
    if (i > 0) pdf.addPage();
    for (const item of page.items) drawItem(pdf, item);
  });
  for (const entry of laid.toc) pdf.outline.add(null, entry.text, { pageNumber: entry.page });
}

export interface PdfMeta {
  language: 'sv' | 'en';
  author?: string;
  /** The language's hyphenation (shared/hyphenate.ts), for words too wide for their column. */
  hyphenate?: FontMetrics['hyphenate'];
}

/** Lays out and draws a document: the PDF's bytes and its page count. */
export function makePdf(document: PdfDocument, fonts: FontFiles, meta: PdfMeta, setup: PageSetup = A4_PORTRAIT): { bytes: ArrayBuffer; pages: number } {
  const { pdf, metrics } = createPdf(fonts, setup, meta.hyphenate);
  const laid = layout(document, setup, metrics);
  drawPages(pdf, laid);
  pdf.setProperties({ title: document.title, subject: document.header ?? document.title, author: meta.author ?? '', creator: 'AKR Studio' });
  pdf.setLanguage(meta.language === 'sv' ? 'sv' : 'en-GB');
  return { bytes: pdf.output('arraybuffer'), pages: laid.pages.length };
}
