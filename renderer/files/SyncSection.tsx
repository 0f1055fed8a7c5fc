import { FolderSync } from 'lucide-react';
import { Button } from 'react-aria-components';
import { useT } from '../i18n/i18n.ts';
import { useServices } from '../store/context.ts';
import { syncProblemText } from './syncText.ts';
import { useSync } from './useSync.ts';
import { ManagedNote } from '../components/ManagedNote.tsx';
import { usePolicy } from '../store/usePolicy.ts';

/** Settings → Synkmapp: choose, change or stop using the folder, and see how it is doing. */
export function SyncSection() {
  const translator = useT();
  const { t, dateTime } = translator;
  const { sync } = useServices();
  const state = useSync();
  // A locked folder from the organisation's policy: main refuses another choice, so none is offered.
  const managed = usePolicy()?.syncFolder?.locked === true;
  return (
    <section className="panel" aria-labelledby="sync-title">
      <h2 id="sync-title">{t('sync.title')}</h2>
      <p className="muted">{t('sync.body')}</p>
      {!state.supported ? (
        <p>{t('sync.unsupported')}</p>
      ) : (
        <>
          <p data-testid="sync-status">
            {state.folder ? t('sync.current', { label: state.folder.label }) : state.label ? t('sync.current', { label: state.label }) : t('sync.none')}
            {state.folder && state.lastWrite && <> {t('sync.lastWrite', { time: dateTime(state.lastWrite) })}</>}
          </p>
          {managed && <ManagedNote>{t('policy.syncManaged')}</ManagedNote>}
          {state.needsPermission && <p>{t('sync.needsPermission')}</p>}
          {state.problem && <p className="field__error">{syncProblemText(translator, state.problem)}</p>}
          <div className="sync__actions">
            {state.needsPermission && state.label && (
              <Button className="button button--primary" onPress={() => void sync.reconnect()}>
                {t('sync.reconnect', { label: state.label })}
              </Button>
            )}
            <Button className="button" isDisabled={managed} onPress={() => void sync.choose()}>
              <FolderSync aria-hidden size={18} />
              {state.folder || state.label ? t('sync.change') : t('sync.choose')}
            </Button>
            {state.folder && (
              <Button className="button" onPress={() => void sync.sync()}>
                {t('sync.now')}
              </Button>
            )}
            {(state.folder || state.label) && (
              <Button className="button" isDisabled={managed} onPress={() => void sync.forget()}>
                {t('sync.forget')}
              </Button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
