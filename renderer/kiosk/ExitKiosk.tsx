import { useState } from 'react';
import { LockOpen } from 'lucide-react';
import { Dialog } from '../components/Dialog.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';

/** The small "Avsluta kiosk" control in the corner: the PIN, or the recovery code, ends the kiosk. */
export function ExitKiosk({ analysisId }: { analysisId: string }) {
  const { t } = useT();
  const unlock = useApp((s) => s.unlockKiosk);
  const navigate = useApp((s) => s.navigate);
  const [open, setOpen] = useState(false);
  const [entry, setEntry] = useState('');
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setOpen(false);
    setEntry('');
    setError(null);
  };
  const submit = async () => {
    if (checking || entry.trim() === '') return;
    setChecking(true);
    try {
      const result = await unlock(entry);
      if (result === null) setError(t('kiosk.exit.retry'));
      else if (result.ok) {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        navigate({ name: 'analysis', id: analysisId, view: 'survey' });
        return;
      } else if (result.waitMs > 0) setError(t('kiosk.exit.wait', { seconds: String(Math.ceil(result.waitMs / 1_000)) }));
      else setError(t('kiosk.exit.wrong'));
      setEntry('');
    } finally {
      setChecking(false);
    }
  };

  return (
    <>
      <button type="button" className="button kiosk__small" onClick={() => setOpen(true)}>
        <LockOpen aria-hidden size={18} />
        {t('kiosk.exit')}
      </button>
      <Dialog title={t('kiosk.exit.title')} isOpen={open} onClose={close}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <p>{t('kiosk.exit.body')}</p>
          <div className={`field${error ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor="kiosk-exit-code">
              {t('kiosk.exit.label')}
            </label>
            <input
              id="kiosk-exit-code"
              className="kiosk__input"
              type="password"
              autoComplete="off"
              autoFocus
              value={entry}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? 'kiosk-exit-error' : undefined}
              onChange={(e) => setEntry(e.target.value)}
            />
            <p id="kiosk-exit-error" className="field__error" role="alert" hidden={!error}>
              {error}
            </p>
          </div>
          <div className="dialog__actions">
            <button type="button" className="button kiosk__button" onClick={close}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button--primary kiosk__button" disabled={checking}>
              {checking ? t('kiosk.exit.checking') : t('kiosk.exit.confirm')}
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
