import { Fragment, useMemo } from 'react';
import { parseMarkdown, type Inline } from '../../shared/markdown.ts';

function Runs({ runs }: { runs: readonly Inline[] }) {
  return runs.map((run, i) => {
    const lines = run.text.split('\n');
    const text = lines.map((line, j) => (
      <Fragment key={j}>
        {j > 0 && <br />}
        {line}
      </Fragment>
    ));
    const italic = run.italic ? <em>{text}</em> : text;
    return <Fragment key={i}>{run.bold ? <strong>{italic}</strong> : italic}</Fragment>;
  });
}

/**
 * A slide's text (the Markdown subset) as headings, paragraphs and lists. What is written is always
 * text: anything that looks like HTML is shown as the characters it is.
 */
export function SlideText({ source, headingLevel }: { source: string; headingLevel: 3 | 4 }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return blocks.map((block, i) =>
    block.kind === 'heading' ? (
      <Heading key={i} className="slide-text__heading">
        <Runs runs={block.text} />
      </Heading>
    ) : block.kind === 'paragraph' ? (
      <p key={i}>
        <Runs runs={block.text} />
      </p>
    ) : block.ordered ? (
      <ol key={i}>
        {block.items.map((item, j) => (
          <li key={j}>
            <Runs runs={item} />
          </li>
        ))}
      </ol>
    ) : (
      <ul key={i}>
        {block.items.map((item, j) => (
          <li key={j}>
            <Runs runs={item} />
          </li>
        ))}
      </ul>
    ),
  );
}
