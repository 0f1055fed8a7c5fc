import { useEffect, useRef } from 'react';
import { useT } from '../i18n/i18n.ts';

/** "Är du kvar?": shown before an untouched answer is cleared; any touch or key keeps the answer. */
export function IdleWarning({ secondsLeft, onStay }: { secondsLeft: number; onStay: () => void }) {
  const { t } = useT();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="kiosk__idle" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-idle-title" aria-describedby="kiosk-idle-body">
      <div className="kiosk__idle-box">
        <h2 id="kiosk-idle-title">{t('kiosk.idle.title')}</h2>
        <p id="kiosk-idle-body">{t('kiosk.idle.body', { seconds: String(secondsLeft) })}</p>
        <button ref={button} type="button" className="button button--primary kiosk__button" onClick={onStay}>
          {t('kiosk.idle.stay')}
        </button>
      </div>
    </div>
  );
}
