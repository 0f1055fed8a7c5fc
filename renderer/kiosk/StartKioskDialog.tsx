import { useState } from 'react';
import type { KioskLock } from '../../shared/kiosk/lock.ts';
import { pinProblem } from '../../shared/kiosk/lock.ts';
import { Dialog } from '../components/Dialog.tsx';
import { FormFooter } from '../components/FormFooter.tsx';
import { useT } from '../i18n/i18n.ts';
import { askFullscreen } from './fullscreen.ts';
import { useApp, useServices } from '../store/context.ts';
import { useLive } from '../store/useLive.ts';
import '../styles/kiosk.css';

interface StartProps {
  analysisId: string;
  onClose: () => void;
}

/**
 * Starts the kiosk: the facilitator chooses a PIN (twice), then sees the
 * recovery code once, and only then is the lock stored.
 */
export function StartKioskDialog({ analysisId, onClose }: StartProps) {
  const { t } = useT();
  const { repos } = useServices();
  const board = useLive(() => repos.board.live(analysisId), [repos, analysisId]);
  // Some task is asked of some role (a card on the board); until the board is read, assume so.
  const hasTasks = !board || board.placements.some((p) => board.roles.some((r) => r.id === p.roleId));
  const makeLock = useApp((s) => s.makeKioskLock);
  const startKiosk = useApp((s) => s.startKiosk);
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [fullscreen, setFullscreen] = useState(true);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<{ lock: KioskLock; recovery: string } | null>(null);
  const problem = pinProblem(pin, again);

  const next = async () => {
    setTried(true);
    if (problem || busy) return;
    setBusy(true);
    try {
      setMade(await makeLock(analysisId, pin));
    } finally {
      setBusy(false);
    }
  };
  const start = async () => {
    if (!made) return;
    // Asked for while the press is still a user gesture; a refusal leaves the kiosk as it is.
    if (fullscreen) askFullscreen();
    await startKiosk(made.lock);
  };

  return (
    <Dialog title={made ? t('kiosk.start.recoveryTitle') : t('kiosk.start.title')} isOpen onClose={onClose}>
      {made ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          <p>{t('kiosk.start.recoveryBody')}</p>
          <p className="kiosk-start__code" aria-label={t('kiosk.start.recoveryLabel')} data-testid="kiosk-recovery">
            {made.recovery}
          </p>
          <FormFooter submitLabel={t('kiosk.start.confirm')} onCancel={onClose} />
        </form>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void next();
          }}
        >
          <p>{t('kiosk.start.intro')}</p>
          <p className="kiosk-start__limits">{t('kiosk.start.limits')}</p>
          {!hasTasks && <p className="field__error">{t('kiosk.start.noTasks')}</p>}
          <div className="field">
            <label className="field__label" htmlFor="kiosk-pin">
              {t('kiosk.start.pin')}
            </label>
            <input
              id="kiosk-pin"
              className="input"
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={8}
              value={pin}
              onChange={(e) => setPin(e.target.value)}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="kiosk-pin-again">
              {t('kiosk.start.pinAgain')}
            </label>
            <input
              id="kiosk-pin-again"
              className="input"
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={8}
              value={again}
              aria-invalid={tried && problem !== null}
              onChange={(e) => setAgain(e.target.value)}
            />
          </div>
          {document.fullscreenEnabled && (
            <div className="field">
              <label className="kiosk-start__check">
                <input type="checkbox" checked={fullscreen} onChange={(e) => setFullscreen(e.target.checked)} aria-describedby="kiosk-fullscreen-hint" />
                {t('kiosk.start.fullscreen')}
              </label>
              <p id="kiosk-fullscreen-hint" className="field__hint">
                {t('kiosk.start.fullscreenHint')}
              </p>
            </div>
          )}
          <FormFooter
            error={tried && problem ? t(`kiosk.pin.${problem}`) : null}
            submitLabel={t('kiosk.start.next')}
            onCancel={onClose}
            isDisabled={busy || !hasTasks}
          />
        </form>
      )}
    </Dialog>
  );
}
