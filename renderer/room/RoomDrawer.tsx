import { Smartphone, X } from 'lucide-react';
import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/i18n.ts';
import { useRoom } from './roomContext.ts';

const RoomPanel = lazy(() => import('./RoomPanel.tsx').then((m) => ({ default: m.RoomPanel })));

/**
 * Phones in the room, in a drawer at the window's right edge (as the
 * agenda): not modal, so the board stays usable beside it while a poll runs.
 * The button says when the room is open and how many phones are in it.
 */
export function RoomDrawer({ analysisId }: { analysisId: string }) {
  const { t, plural } = useT();
  const { state } = useRoom();
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
  const here = state.info?.analysisId === analysisId ? state.info : null;
  return (
    <>
      <button
        ref={button}
        type="button"
        className={`button button--small${here ? ' phones-button--open' : ''}`}
        aria-expanded={open}
        aria-controls={open ? 'phones-drawer' : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        <Smartphone aria-hidden size={18} />
        {here ? plural('phones.buttonOpen', here.phones) : t('phones.button')}
      </button>
      {open && (
        <div
          id="phones-drawer"
          ref={drawer}
          className="drawer phones-drawer"
          role="dialog"
          aria-modal="false"
          aria-labelledby="phones-title"
          tabIndex={-1}
          onKeyDown={onKeyDown}
        >
          <button type="button" className="icon-button drawer__close" aria-label={t('phones.closeDrawer')} onClick={close}>
            <X aria-hidden size={20} />
          </button>
          <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
            <RoomPanel analysisId={analysisId} />
          </Suspense>
        </div>
      )}
    </>
  );
}
