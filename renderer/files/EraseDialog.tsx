import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Dialog } from '../components/Dialog.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { syncProblemText } from './syncText.ts';
import { useSync } from './useSync.ts';

/**
 * Erasing an analysis for good (the right to erasure): everything it holds
 * on this machine, its History and undo steps, and its files in the sync
 * folder. Asks first, and only goes ahead once the user has ticked that
 * they understand.
 */
export function EraseDialog({ analysis, onClose }: { analysis: { id: string; unitName: string }; onClose: () => void }) {
  const translator = useT();
  const { t } = translator;
  const { sync } = useServices();
  const { folder } = useSync();
  const eraseAnalysis = useApp((s) => s.eraseAnalysis);
  const pushToast = useApp((s) => s.pushToast);
  const navigate = useApp((s) => s.navigate);
  const route = useApp((s) => s.route);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);

  const erase = async () => {
    setBusy(true);
    try {
      const files = await eraseAnalysis(analysis.id);
      const problem = await sync.removeFiles(files);
      onClose();
      if (route.name === 'analysis' && route.id === analysis.id) navigate({ name: 'analyses' });
      pushToast({
        message: problem
          ? t('erase.syncFailed', { unit: analysis.unitName, problem: syncProblemText(translator, problem) })
          : t('erase.done', { unit: analysis.unitName }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('erase.title', { unit: analysis.unitName })} isOpen onClose={onClose} role="alertdialog">
      <p>{t('erase.body', { sync: folder ? t('erase.bodySync') : '' })}</p>
      <label className="checkbox">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
        {t('erase.confirm')}
      </label>
      <div className="dialog__actions">
        <Button className="button" onPress={onClose} autoFocus>
          {t('common.cancel')}
        </Button>
        <Button className="button button--danger" isDisabled={!understood || busy} onPress={() => void erase()}>
          {t('erase.button')}
        </Button>
      </div>
    </Dialog>
  );
}
