import { parseMarkdown, type Inline } from '../../shared/markdown.ts';

function Runs({ runs }: { runs: readonly Inline[] }) {
  // Text nodes only: whatever the facilitator typed, HTML included, is shown as the text it is.
  return runs.map((r, i) => {
    const text = r.italic ? <em>{r.text}</em> : r.text;
    return r.bold ? <strong key={i}>{text}</strong> : <span key={i}>{text}</span>;
  });
}

/**
 * The facilitator's text as the report will show it (shared/markdown.ts). Its headings are drawn
 * one level under the view's own section heading (`level`), so the page's outline stays in order.
 */
export function MarkdownPreview({ text, level = 3, empty }: { text: string; level?: 3 | 4; empty: string }) {
  const blocks = parseMarkdown(text);
  if (blocks.length === 0) return <p className="muted md-preview__empty">{empty}</p>;
  return blocks.map((b, i) => {
    if (b.kind === 'heading') {
      const Tag = level + b.level - 1 <= 3 ? 'h3' : level + b.level - 1 === 4 ? 'h4' : 'h5';
      return (
        <Tag key={i} className={`md-preview__h md-preview__h${b.level}`}>
          <Runs runs={b.text} />
        </Tag>
      );
    }
    if (b.kind === 'paragraph') {
      return (
        <p key={i} className="md-preview__p">
          <Runs runs={b.text} />
        </p>
      );
    }
    const List = b.ordered ? 'ol' : 'ul';
    return (
      <List key={i} className="md-preview__list">
        {b.items.map((item, j) => (
          <li key={j}>
            <Runs runs={item} />
          </li>
        ))}
      </List>
    );
  });
}
