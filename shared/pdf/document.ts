/**
 * The input model for PDFs: pure data that says *what* goes into a document.
 * `layout.ts` turns it into positioned primitives; a renderer (jsPDF, loaded only
 * when a PDF is made) draws those. Nothing here measures, looks up words or draws:
 * every string arrives already translated, and text is measured through the
 * `FontMetrics` port so this code stays free of fonts, DOM and Node.
 */
import type { Colour } from '../model.ts';

/** The faces the renderer embeds. Italic is its own face: PDFs cannot slant a font. */
export type FontFace = 'regular' | 'bold' | 'italic';

/**
 * Text measurement, fed by the renderer with the embedded font's own advance
 * widths so that wrapping here matches what the PDF shows.
 */
export interface FontMetrics {
  /** Advance width of `text` in pt at `sizePt`. */
  width(text: string, font: FontFace, sizePt: number): number;
  /** Height above the baseline, as a fraction of the font size. */
  ascent: number;
  /** Depth below the baseline, as a positive fraction of the font size. */
  descent: number;
  /**
   * Where a word too wide for its line may break: the word with soft hyphens
   * (U+00AD) at its hyphenation points (shared/hyphenate.ts). Without it such a
   * word breaks after its own hyphens, else between letters, always with "-".
   */
  hyphenate?: (word: string) => string;
}

export type ParagraphStyle = 'normal' | 'muted' | 'small' | 'italic';

/**
 * A run of text with its emphasis: the facilitator's own text (shared/markdown.ts) keeps its bold
 * and italic words. A block that has runs also keeps its plain `text`/`items`, the same words
 * without emphasis, so a reader that ignores runs still prints every word.
 */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface TableColumn {
  title: string;
  /** Share of the text width; the shares are scaled to add up to the full width. */
  width: number;
  align?: 'left' | 'right';
}

export interface BarSegment {
  value: number;
  colour: Colour;
  /** Drawn inside the segment when it fits (e.g. "12 h"). */
  label: string;
}

export interface BarRow {
  label: string;
  segments: BarSegment[];
  /** Shown to the right of the bar (e.g. "38,5 h"). */
  total: string;
}

/**
 * A picture to place (the organisation's logo): PNG or JPEG bytes as base64,
 * with its size in pixels for its proportions. Checked before it gets here
 * (shared/logo.ts); the renderer embeds it as it is.
 */
export interface PdfImage {
  type: 'image/png' | 'image/jpeg';
  data: string;
  width: number;
  height: number;
}

export type Block =
  /** `toc: true` puts the heading into the table of contents (default: left out). */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; toc?: boolean }
  /** `runs`, when given, is `text` with its emphasis (drawn instead of `text`). */
  | { kind: 'paragraph'; text: string; style?: ParagraphStyle; runs?: TextRun[] }
  /** `runs[i]`, when given, is `items[i]` with its emphasis; `ordered` numbers the items 1., 2. … instead of bullets. */
  | { kind: 'list'; items: string[]; runs?: TextRun[][]; ordered?: boolean }
  /** `repeatHeader` (default true) repeats the header row at the top of each new page. */
  | { kind: 'table'; columns: TableColumn[]; rows: string[][]; footer?: string[]; repeatHeader?: boolean }
  /**
   * One stacked horizontal bar per row, all on one scale (the largest row total,
   * or `max` when given), followed by the legend. Each colour also gets a pattern.
   */
  | { kind: 'bars'; rows: BarRow[]; legend: { colour: Colour; label: string }[]; max?: number }
  | { kind: 'keyValue'; pairs: { key: string; value: string }[] }
  /** Vertical space in pt; a spacer that does not fit ends the page instead. */
  | { kind: 'spacer'; pt: number }
  | { kind: 'pageBreak' }
  /** Kept together on one page when the whole group fits on an empty page. */
  | { kind: 'group'; blocks: Block[] }
  /** Where the table of contents goes: one line per `toc` heading. */
  | { kind: 'toc' }
  /**
   * A paper form's answer boxes: each row a label and an empty box to write in
   * with its unit beside it; the header row repeats on a new page.
   */
  | { kind: 'answerBoxes'; header: { label: string; box: string }; rows: { label: string; unit: string }[] }
  /** Empty ruled lines to write on (a paper form's free-text answers). */
  | { kind: 'writingLines'; count: number }
  /** Four framed boxes, two by two, each a title and a prompt, filling `share` (0–1) of a page's body height. */
  | { kind: 'quadrants'; cells: { title: string; prompt: string }[]; share: number }
  /**
   * A picture at its proportions, as large as fits in `maxWidth` × `maxHeight` (pt, never wider
   * than the text), at the left or right edge; `alt` is its text for the document's readers.
   */
  | { kind: 'image'; image: PdfImage; maxWidth: number; maxHeight: number; align?: 'left' | 'right'; alt: string };

export interface PdfDocument {
  /** Document metadata for the renderer; not drawn by the layout. */
  title: string;
  /** Running header on every page but the cover (e.g. the unit's name). */
  header?: string;
  /** Page label such as "Sida 3 av 12"; `n` and `of` count the cover as page 1. */
  footer: { pageLabel: (n: number, of: number) => string } | null;
  /** The first page(s): no header and no footer. The body starts on a new page. */
  cover?: Block[];
  blocks: Block[];
}

/** All lengths in pt (1/72 inch). */
export interface PageSetup {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Body text size in pt; headings, tables and the header scale from it. */
  fontSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
}

const MM = 72 / 25.4;

export const A4_PORTRAIT: PageSetup = {
  width: 595.28,
  height: 841.89,
  margin: { top: 20 * MM, right: 20 * MM, bottom: 18 * MM, left: 20 * MM },
  fontSize: 10,
  lineHeight: 1.35,
};

/** Ink: a grey level from 0 (black) to 1 (white), or an AKR colour by name. */
export type Paint = number | Colour;

/**
 * Fill patterns that keep the AKR colours apart on a black-and-white printout
 * (../shared/design/UI.md): `plain` and `solid` are the fill alone (light grey
 * versus dark), the others are drawn over the fill in the colour's ink.
 */
export type PatternId = 'plain' | 'solid' | 'stripes' | 'dots' | 'crosshatch';

/** The AKR palette for print: fill, ink on the fill (text and pattern), pattern. */
export const PDF_COLOURS: Record<Colour, { hex: string; ink: Paint; pattern: PatternId }> = {
  unsorted: { hex: '#e6e6e6', ink: 0.1, pattern: 'plain' },
  green: { hex: '#007a5a', ink: 1, pattern: 'solid' },
  yellow: { hex: '#f0e442', ink: 0.1, pattern: 'stripes' },
  red: { hex: '#b34f00', ink: 1, pattern: 'dots' },
  black: { hex: '#1a1a1a', ink: 1, pattern: 'crosshatch' },
};
