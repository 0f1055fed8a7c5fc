import { Bold, Heading, List, ListOrdered } from 'lucide-react';
import { useRef, type KeyboardEvent } from 'react';
import { toggleBold, toggleLines, type Edit, type LineKind } from '../../shared/markdown.ts';
import { Field } from '../components/Field.tsx';
import { useAutosave, type AutosaveOptions } from '../components/useAutosave.ts';
import { useT } from '../i18n/i18n.ts';

/**
 * A text area for the Markdown subset that saves itself, with a small toolbar (bold, heading,
 * bulleted and numbered lines; Ctrl+B for bold) and the system's spell checker on. What is stored
 * is the text as written, never HTML.
 */
export function MarkdownField({ label, hint, maxLength, ...options }: AutosaveOptions & { label: string; hint?: string; maxLength: number }) {
  const { t } = useT();
  const { draft, error, setDraft, onFocus, onBlur } = useAutosave(options);
  const area = useRef<HTMLTextAreaElement>(null);
  const apply = (change: (edit: Edit) => Edit) => {
    const element = area.current;
    if (!element) return;
    const next = change({ text: draft, start: element.selectionStart, end: element.selectionEnd });
    if (next.text.length > maxLength) return;
    setDraft(next.text);
    // The text area shows the new text on the next render; the selection follows it there.
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(next.start, next.end);
    });
  };
  const lines = (kind: LineKind) => apply((e) => toggleLines(e, kind));
  const bold = () => apply((e) => toggleBold(e, t('info.boldPlaceholder')));
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'b') {
      event.preventDefault();
      bold();
    }
  };
  const tools = [
    { key: 'bold', icon: Bold, label: t('info.tool.bold'), run: bold, shortcut: 'Control+B' },
    { key: 'heading', icon: Heading, label: t('info.tool.heading'), run: () => lines('heading') },
    { key: 'bullet', icon: List, label: t('info.tool.bullet'), run: () => lines('bullet') },
    { key: 'numbered', icon: ListOrdered, label: t('info.tool.numbered'), run: () => lines('numbered') },
  ];
  return (
    <Field label={label} hint={hint} error={error} className="md-field">
      {({ inputId, describedBy, invalid }) => (
        <>
          <div className="md-field__tools" role="toolbar" aria-label={t('info.tools')} aria-controls={inputId}>
            {tools.map(({ key, icon: Icon, label: name, run, shortcut }) => (
              <button
                key={key}
                type="button"
                className="button button--small"
                aria-keyshortcuts={shortcut}
                // Keeps the text's selection and focus: the button acts on what is selected.
                onMouseDown={(event) => event.preventDefault()}
                onClick={run}
              >
                <Icon aria-hidden size={16} />
                {name}
              </button>
            ))}
          </div>
          <textarea
            ref={area}
            id={inputId}
            className="input input--multiline"
            rows={7}
            spellCheck
            value={draft}
            maxLength={maxLength}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onFocus={onFocus}
            onBlur={onBlur}
            onKeyDown={onKeyDown}
            onChange={(event) => setDraft(event.target.value)}
          />
        </>
      )}
    </Field>
  );
}
