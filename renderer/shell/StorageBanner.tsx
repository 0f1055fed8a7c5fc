import { X } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';

/** Reminds the user when the browser may clear the data. */
export function StorageBanner() {
  const { t } = useT();
  const storage = useApp((s) => s.storage);
  const [dismissed, setDismissed] = useState(false);
  if (storage !== 'bestEffort' || dismissed) return null;
  return (
    <section className="banner" aria-label={t('settings.storage')}>
      <p>{t('storage.notPersistent')}</p>
      <button type="button" className="icon-button" onClick={() => setDismissed(true)} aria-label={t('storage.dismiss')}>
        <X aria-hidden size={20} />
      </button>
    </section>
  );
}
