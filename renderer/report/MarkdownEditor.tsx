import { Bold, Heading, List, ListOrdered, type LucideIcon } from 'lucide-react';
import { useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { toggleBold, toggleLines, type Edit, type LineKind } from '../../shared/markdown.ts';
import { useT } from '../i18n/i18n.ts';
import { useAutosave } from '../components/useAutosave.ts';
import { MarkdownPreview } from './MarkdownPreview.tsx';

interface MarkdownEditorProps {
  label: string;
  hint?: string;
  /** The text as stored. */
  stored: string;
  save: (text: string) => Promise<void>;
  maxLength: number;
  /** `wide`: the preview beside the text; `stacked`: under it. */
  layout?: 'wide' | 'stacked';
  rows?: number;
}

const LINE_BUTTONS: { kind: LineKind; icon: LucideIcon; label: 'report.editor.heading' | 'report.editor.bullet' | 'report.editor.numbered' }[] = [
  { kind: 'heading', icon: Heading, label: 'report.editor.heading' },
  { kind: 'bullet', icon: List, label: 'report.editor.bullet' },
  { kind: 'numbered', icon: ListOrdered, label: 'report.editor.numbered' },
];

/**
 * A plain editor of the facilitator's own text: a text area that saves as the user types (see
 * useAutosave: a pause, leaving the field or the page writes it), a small toolbar for the
 * Markdown subset (Ctrl+B for bold), the system's spell checker, and a live preview.
 */
export function MarkdownEditor({ label, hint, stored, save, maxLength, layout = 'wide', rows = 8 }: MarkdownEditorProps) {
  const { t } = useT();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const { draft, setDraft, onFocus, onBlur } = useAutosave({ stored, save, delayMs: 600 });
  // The selection to restore once a toolbar edit has been drawn.
  const selection = useRef<{ start: number; end: number } | null>(null);
  useLayoutEffect(() => {
    const el = area.current;
    const sel = selection.current;
    if (!el || !sel) return;
    selection.current = null;
    el.focus();
    el.setSelectionRange(sel.start, sel.end);
  });

  const apply = (change: (e: Edit) => Edit) => {
    const el = area.current;
    if (!el) return;
    const next = change({ text: el.value, start: el.selectionStart, end: el.selectionEnd });
    if (next.text.length > maxLength) return;
    selection.current = { start: next.start, end: next.end };
    setDraft(next.text);
  };
  const bold = () => apply((e) => toggleBold(e, t('report.editor.boldPlaceholder')));
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'b') {
      e.preventDefault();
      bold();
    }
  };

  // One tab stop for the toolbar; the arrow keys, Home and End move between its buttons (the ARIA toolbar pattern).
  const onToolbarKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...e.currentTarget.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement); // -1 when the focus is elsewhere
    if (at < 0) return;
    const to = e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = buttons[(to + buttons.length) % buttons.length];
    for (const b of buttons) b.tabIndex = b === next ? 0 : -1;
    next?.focus();
  };

  const areaId = `${id}-text`;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={`md-editor md-editor--${layout}`}>
      <label className="field__label" htmlFor={areaId}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className="md-editor__body">
        <div className="md-editor__write">
          <div
            className="md-editor__toolbar"
            role="toolbar"
            aria-label={t('report.editor.toolbar', { field: label })}
            aria-controls={areaId}
            onKeyDown={onToolbarKey}
          >
            {LINE_BUTTONS.map(({ kind, icon: Icon, label: key }, i) => (
              <button
                key={kind}
                type="button"
                tabIndex={i === 0 ? 0 : -1}
                className="button button--small button--quiet"
                // Keeps the selection in the text area when the button is clicked.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => apply((e) => toggleLines(e, kind))}
              >
                <Icon aria-hidden size={16} />
                {t(key)}
              </button>
            ))}
            <button
              type="button"
              className="button button--small button--quiet"
              aria-keyshortcuts="Control+B"
              tabIndex={-1}
              title="Ctrl+B"
              onMouseDown={(e) => e.preventDefault()}
              onClick={bold}
            >
              <Bold aria-hidden size={16} />
              {t('report.editor.bold')}
            </button>
          </div>
          <textarea
            ref={area}
            id={areaId}
            className="input input--multiline md-editor__text"
            value={draft}
            rows={rows}
            maxLength={maxLength}
            spellCheck
            aria-describedby={hintId}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onKeyDown}
            onFocus={onFocus}
            onBlur={onBlur}
          />
        </div>
        <section className="md-preview" aria-label={t('report.editor.preview', { field: label })}>
          <MarkdownPreview text={draft} empty={t('report.editor.previewEmpty')} />
        </section>
      </div>
    </div>
  );
}
