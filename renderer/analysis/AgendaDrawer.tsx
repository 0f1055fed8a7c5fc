import { ListOrdered, X } from 'lucide-react';
import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { workshopOfView } from '../../shared/agenda.ts';
import { useT } from '../i18n/i18n.ts';
import type { AnalysisView } from '../store/route.ts';

const AgendaPanel = lazy(() => import('../presenter/AgendaPanel.tsx').then((m) => ({ default: m.AgendaPanel })));

/**
 * The agenda in a drawer at the window's right edge instead of a band across
 * the view: a button opens it, Esc or its close button shut it and the focus
 * goes back to the button. It is not modal: the board stays usable beside it,
 * and it shows the workshop of the view it is opened on.
 */
export function AgendaDrawer({ analysisId, view }: { analysisId: string; view: AnalysisView }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const drawer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) drawer.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.stopPropagation();
    close();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={open ? 'agenda-drawer' : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        <ListOrdered aria-hidden size={18} />
        {t('agenda.title')}
      </button>
      {open && (
        <div
          id="agenda-drawer"
          ref={drawer}
          className="drawer"
          role="dialog"
          aria-modal="false"
          aria-labelledby="agenda-title"
          tabIndex={-1}
          onKeyDown={onKeyDown}
        >
          <button type="button" className="icon-button drawer__close" aria-label={t('agenda.close')} onClick={close}>
            <X aria-hidden size={20} />
          </button>
          <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
            <AgendaPanel analysisId={analysisId} workshop={workshopOfView(view)} />
          </Suspense>
        </div>
      )}
    </>
  );
}
