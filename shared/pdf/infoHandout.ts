/**
 * The one-page handout of the information meeting, to put up in the staff
 * room: the slides the room sees (their headings and texts), the plan with its
 * dates and the privacy rule. Pure; every string arrives translated.
 *
 * It always fits one A4 page, by this rule, tried in order until it fits:
 * 1. the body text at 10, 9 or 8 pt;
 * 2. then each slide's text cut to 600, 400, 250, 150 or 80 characters
 *    (at a word, with "…"), again at 10, 9 and 8 pt;
 * 3. then headings only, and slides left out from the end, counted in a
 *    closing line ("+ 2 bilder till visas på mötet").
 */
import { planBody, visibleSlides, type InfoContext, type InfoTexts, type ResolvedSlide } from '../infoMeeting.ts';
import { parseMarkdown, type Inline } from '../markdown.ts';
import type { Block, FontMetrics, PageSetup, PdfDocument } from './document.ts';
import { layout } from './layout.ts';
import { hasEmphasis, plainOf, sliceRuns, toRuns } from './runs.ts';

/** A slide as the handout shows it. */
export interface HandoutSlide {
  title: string;
  /** The Markdown subset. */
  body: string;
}

export interface InfoHandoutInput {
  /** The document's title (metadata). */
  documentTitle: string;
  /** The heading at the top, e.g. "Arbetsdifferentiering på Förskolan Solrosen". */
  title: string;
  /** Under the heading: the organisation (may be empty). */
  unitLine: string;
  /** The visible slides, in order. */
  slides: readonly HandoutSlide[];
  /** Added after the slides when no slide carries it (the plan slide hidden or rewritten without dates). */
  plan: { title: string; body: string } | null;
  privacy: { title: string; body: string } | null;
  /** "+ {count} …" when slides had to be left out. */
  more: (count: number) => string;
}

/** The handout's own words, translated, with the analysis's facts filled in. */
export interface InfoHandoutStrings {
  documentTitle: string;
  title: string;
  unitLine: string;
  planTitle: string;
  privacyTitle: string;
  /** The privacy rule with the threshold. */
  privacy: string;
  more: (count: number) => string;
}

/**
 * What the handout shows: the visible slides; the plan with its dates when no
 * visible slide shows the default plan; the privacy rule when no visible slide
 * shows the default survey text (which says it).
 */
export function infoHandoutInput(slides: readonly ResolvedSlide[], steps: InfoContext['steps'], texts: InfoTexts, s: InfoHandoutStrings): InfoHandoutInput {
  const shown = visibleSlides(slides);
  const showsDefault = (key: ResolvedSlide['key']) => shown.some((slide) => slide.key === key && !slide.own.body);
  return {
    documentTitle: s.documentTitle,
    title: s.title,
    unitLine: s.unitLine,
    slides: shown.map((slide) => ({ title: slide.title, body: slide.body })),
    plan: showsDefault('plan') ? null : { title: s.planTitle, body: planBody(steps, texts) },
    privacy: showsDefault('survey') ? null : { title: s.privacyTitle, body: s.privacy },
    more: s.more,
  };
}

const SIZES = [10, 9, 8] as const;
const SMALLEST = 8;
const CUTS = [Infinity, 600, 400, 250, 150, 80] as const;

/** The runs with their line breaks as spaces: a handout's text flows. */
const flowing = (runs: readonly Inline[]): Inline[] => runs.map((r) => ({ ...r, text: r.text.replace(/\s*\n\s*/g, ' ') }));

/** Cuts a text to `max` characters at a word, with "…". */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > max * 0.6 ? room.slice(0, space) : room).trimEnd()}…`;
}

/**
 * A Markdown text as the PDF's blocks: headings, paragraphs and lists (numbered ones numbered), cut
 * to `maxChars` in all. Bold and italic words keep their face, also in a text that was cut.
 */
export function markdownBlocks(source: string, maxChars = Infinity): Block[] {
  const blocks: Block[] = [];
  let left = maxChars;
  /** The runs as shown, or null when nothing is left to show. */
  const take = (inline: readonly Inline[]): { text: string; runs: Inline[] } | null => {
    if (left <= 0) return null;
    const runs = flowing(inline);
    const full = plainOf(runs);
    const text = cut(full, left);
    left -= text.length;
    // A cut text keeps its first characters (trimmed) and ends in "…".
    return { text, runs: text === full ? runs : sliceRuns(runs, text.length - 1, '…') };
  };
  for (const block of parseMarkdown(source)) {
    if (block.kind === 'list') {
      const items = block.items.map(take).filter((x): x is NonNullable<typeof x> => x !== null);
      if (items.length === 0) continue;
      const rich = items.some((item) => hasEmphasis(item.runs));
      blocks.push({ kind: 'list', items: items.map((i) => i.text), ...(rich ? { runs: items.map((i) => toRuns(i.runs)) } : {}), ordered: block.ordered });
    } else {
      const shown = take(block.text);
      if (shown === null) break;
      if (block.kind === 'heading') blocks.push({ kind: 'heading', level: 3, text: shown.text });
      else blocks.push({ kind: 'paragraph', text: shown.text, ...(hasEmphasis(shown.runs) ? { runs: toRuns(shown.runs) } : {}) });
    }
  }
  return blocks;
}

function documentWith(input: InfoHandoutInput, maxChars: number, slideCount: number): PdfDocument {
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: input.title }];
  if (input.unitLine.trim() !== '') blocks.push({ kind: 'paragraph', text: input.unitLine, style: 'muted' });
  const section = (title: string, body: string) =>
    blocks.push({ kind: 'group', blocks: [{ kind: 'heading', level: 2, text: title }, ...(maxChars > 0 ? markdownBlocks(body, maxChars) : [])] });
  for (const slide of input.slides.slice(0, slideCount)) section(slide.title, slide.body);
  if (input.plan) section(input.plan.title, input.plan.body);
  if (input.privacy) section(input.privacy.title, input.privacy.body);
  const left = input.slides.length - slideCount;
  if (left > 0) blocks.push({ kind: 'paragraph', text: input.more(left), style: 'italic' });
  return { title: input.documentTitle, footer: null, blocks };
}

/** The handout and the page setup (font size) it fits one page in, by the rule above. */
export function buildInfoHandout(input: InfoHandoutInput, fit: { setup: PageSetup; metrics: FontMetrics }): { document: PdfDocument; setup: PageSetup } {
  const all = input.slides.length;
  const fits = (document: PdfDocument, setup: PageSetup) => layout(document, setup, fit.metrics).pages.length <= 1;
  for (const maxChars of CUTS) {
    for (const fontSize of SIZES) {
      const setup = { ...fit.setup, fontSize };
      const document = documentWith(input, maxChars, all);
      if (fits(document, setup)) return { document, setup };
    }
  }
  const setup = { ...fit.setup, fontSize: SMALLEST };
  for (let count = all; count > 0; count--) {
    const document = documentWith(input, 0, count);
    if (fits(document, setup)) return { document, setup };
  }
  return { document: documentWith(input, 0, 0), setup };
}
