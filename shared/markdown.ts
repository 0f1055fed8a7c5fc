/**
 * The small Markdown subset of the facilitator's own texts (the report's
 * summary, conclusions and recommendations, the information slides):
 * headings (`#`, `##`, `###`), bulleted (`- ` or `* `) and numbered (`1. `)
 * lists, paragraphs, **bold** and *italic*. Nothing else has a meaning: HTML,
 * links and images are kept as the plain text they are, so what is stored is
 * always text, and every reader (the views, the PDF, the .docx) draws the same
 * blocks. Reading never fails: any string gives blocks.
 */

/** A run of text with its emphasis. */
export interface Inline {
  text: string;
  bold: boolean;
  italic: boolean;
}

export type MdBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: Inline[] }
  /** A paragraph; a single line break inside it is kept as "\n" in a run's text. */
  | { kind: 'paragraph'; text: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

const HEADING = /^(#{1,3})\s+(.*)$/;
const BULLET = /^\s{0,3}[-*]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,3}[.)]\s+(.*)$/;

/** The blocks of a text in the subset. */
export function parseMarkdown(source: string): MdBlock[] {
  const blocks: MdBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: parseInline(paragraph.join('\n')) });
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    paragraph = [];
    list = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const level = heading[1]?.length ?? 1;
      blocks.push({ kind: 'heading', level: level === 1 ? 1 : level === 2 ? 2 : 3, text: parseInline(heading[2] ?? '') });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = numbered !== null;
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1] ?? '');
      continue;
    }
    if (list) {
      // A line after a list item, not itself an item: it continues that item.
      const last = list.items.length - 1;
      list.items[last] = `${list.items[last] ?? ''} ${line.trim()}`;
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/** The runs of one line or paragraph: `**bold**`, `*italic*` or `_italic_`; a lone marker is text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const push = (t: string, bold: boolean, italic: boolean) => {
    if (t === '') return;
    const last = out.at(-1);
    if (last && last.bold === bold && last.italic === italic) last.text += t;
    else out.push({ text: t, bold, italic });
  };
  const pattern = /\*\*(?=\S)([\s\S]*?\S)\*\*|\*(?=[^\s*])([^*]*?[^\s*])\*|(?<![\p{L}\p{N}])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu;
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    push(text.slice(at, m.index), false, false);
    if (m[1] !== undefined) for (const inner of parseInline(m[1])) push(inner.text, true, inner.italic);
    else push(m[2] ?? m[3] ?? '', false, true);
    at = m.index + m[0].length;
  }
  push(text.slice(at), false, false);
  return out;
}

/** The text without its markers, for a search, a length or a one-line preview. */
export function markdownPlain(source: string): string {
  return parseMarkdown(source)
    .map((b) => (b.kind === 'list' ? b.items.map((i) => i.map((r) => r.text).join('')).join('\n') : b.text.map((r) => r.text).join('')))
    .join('\n\n');
}

/** A text with a selection, as an editor's toolbar changes it. */
export interface Edit {
  text: string;
  start: number;
  end: number;
}

/** Bold on or off around the selection (or a placeholder word when nothing is selected). */
export function toggleBold(e: Edit, placeholder: string): Edit {
  const before = e.text.slice(0, e.start);
  const chosen = e.text.slice(e.start, e.end);
  const after = e.text.slice(e.end);
  if (before.endsWith('**') && after.startsWith('**')) {
    return { text: before.slice(0, -2) + chosen + after.slice(2), start: e.start - 2, end: e.end - 2 };
  }
  if (chosen.length > 4 && chosen.startsWith('**') && chosen.endsWith('**')) {
    return { text: before + chosen.slice(2, -2) + after, start: e.start, end: e.end - 4 };
  }
  const inner = chosen === '' ? placeholder : chosen;
  return { text: `${before}**${inner}**${after}`, start: e.start + 2, end: e.start + 2 + inner.length };
}

/** The kinds of line a toolbar button makes of the selected lines. */
export type LineKind = 'heading' | 'bullet' | 'numbered';

const LINE_PREFIX = /^(#{1,3}\s+|\s{0,3}[-*]\s+|\s{0,3}\d{1,3}[.)]\s+)/;

/**
 * Makes every line the selection touches a heading, a bulleted or a numbered
 * item; when they all are already, makes them plain lines again.
 */
export function toggleLines(e: Edit, kind: LineKind): Edit {
  const lineStart = e.text.lastIndexOf('\n', e.start - 1) + 1;
  const nextBreak = e.text.indexOf('\n', Math.max(e.end, e.start));
  const lineEnd = nextBreak === -1 ? e.text.length : nextBreak;
  const lines = e.text.slice(lineStart, lineEnd).split('\n');
  const has = (line: string) => (kind === 'heading' ? /^##\s/.test(line) : kind === 'bullet' ? BULLET.test(line) : NUMBERED.test(line));
  const all = lines.every(has);
  const changed = lines.map((line, i) => {
    const bare = line.replace(LINE_PREFIX, '');
    if (all) return bare;
    return (kind === 'heading' ? '## ' : kind === 'bullet' ? '- ' : `${i + 1}. `) + bare;
  });
  const block = changed.join('\n');
  const text = e.text.slice(0, lineStart) + block + e.text.slice(lineEnd);
  return { text, start: lineStart, end: lineStart + block.length };
}
