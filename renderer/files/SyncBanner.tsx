import { FolderSync } from 'lucide-react';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useT } from '../i18n/i18n.ts';
import { useServices } from '../store/context.ts';
import { ImportPreview } from './ImportPreview.tsx';
import type { SyncOffer } from '../sync/syncController.ts';
import { syncProblemText } from './syncText.ts';
import { useSync } from './useSync.ts';

/**
 * What the sync folder needs the user to know, above every screen: newer
 * files from other machines (with their import preview), a folder problem,
 * a folder that needs permission again.
 */
export function SyncBanner() {
  const translator = useT();
  const { t } = translator;
  const { sync } = useServices();
  const state = useSync();
  const [open, setOpen] = useState<SyncOffer | null>(null);
  const [hiddenProblem, setHiddenProblem] = useState<unknown>(null);
  const problem = state.problem && state.problem !== hiddenProblem ? state.problem : null;
  const waiting = state.waiting.filter((unit) => !state.offers.some((o) => o.units.includes(unit)));
  if (!problem && state.offers.length === 0 && !state.needsPermission && state.unreadable.length === 0 && waiting.length === 0) return null;
  return (
    <section className="banner banner--sync" aria-label={t('sync.title')}>
      <FolderSync aria-hidden size={22} />
      <div className="banner__body">
        {problem && (
          <p role="alert">
            {syncProblemText(translator, problem)}{' '}
            <button type="button" className="link-button" onClick={() => setHiddenProblem(problem)}>
              {t('storage.dismiss')}
            </button>
          </p>
        )}
        {state.needsPermission && state.label && (
          <p>
            {t('sync.needsPermission')}{' '}
            <Button className="button button--small" onPress={() => void sync.reconnect()}>
              {t('sync.reconnect', { label: state.label })}
            </Button>
          </p>
        )}
        {state.offers.length > 0 && (
          <>
            <h2 className="banner__title">{t('sync.offers')}</h2>
            <ul className="banner__list">
              {state.offers.map((offer) => (
                <li key={offer.name}>
                  {offer.units.map((unit) => t('sync.offer', { unit })).join(' ')}{' '}
                  <Button className="button button--small button--primary" onPress={() => setOpen(offer)}>
                    {t('sync.offerShow')}
                  </Button>{' '}
                  <Button className="button button--small" onPress={() => sync.later(offer)}>
                    {t('sync.offerLater')}
                  </Button>
                </li>
              ))}
            </ul>
          </>
        )}
        {waiting.map((unit) => (
          <p key={unit}>{t('sync.waiting', { unit })}</p>
        ))}
        {state.unreadable.map((name) => (
          <p key={name}>{t('sync.unreadable', { name })}</p>
        ))}
      </div>
      {open && <ImportPreview fileName={open.name} file={open.file} onClose={() => setOpen(null)} onImported={() => sync.imported(open)} />}
    </section>
  );
}
