import { X } from 'lucide-react';
import { useState } from 'react';
import { useSync } from '../files/useSync.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { LOCAL_FLAGS, setLocalFlag, useLocalFlag } from './localFlags.ts';

/**
 * Reminds the user when the browser may clear the data. Once a copy exists
 * outside the browser (a saved file of all analyses, or a sync folder) it can
 * be put away for good on this machine; until then only for this session.
 */
export function StorageBanner() {
  const { t } = useT();
  const storage = useApp((s) => s.storage);
  const sync = useSync();
  const savedFile = useLocalFlag(LOCAL_FLAGS.fileCopySaved) === true;
  const dismissedForGood = useLocalFlag(LOCAL_FLAGS.storageBannerDismissed) === true;
  const [dismissed, setDismissed] = useState(false);
  if (storage !== 'bestEffort' || dismissed || dismissedForGood) return null;
  const copyExists = savedFile || sync.folder !== null || sync.label !== null;
  return (
    <section className="banner" aria-label={t('settings.storage')}>
      <p>
        {t('storage.notPersistent')}
        {copyExists && <> {t('storage.haveCopy')}</>}
      </p>
      {copyExists && (
        <button type="button" className="button button--small" onClick={() => setLocalFlag(LOCAL_FLAGS.storageBannerDismissed, true)}>
          {t('storage.dismissForGood')}
        </button>
      )}
      <button type="button" className="icon-button" onClick={() => setDismissed(true)} aria-label={t('storage.dismiss')}>
        <X aria-hidden size={20} />
      </button>
    </section>
  );
}
