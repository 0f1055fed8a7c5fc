import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { Dialog } from '../components/Dialog.tsx';
import { useT } from '../i18n/i18n.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { incomingErrorText, type Incoming } from './incoming.ts';

/**
 * A file on its way in: the import preview when it could be read (nothing is
 * imported before "Importera" there), else a dialog that says what is wrong.
 * `note` is shown in the refusal, e.g. that more files wait.
 */
export function IncomingFile({ incoming, onClose, note }: { incoming: Incoming; onClose: () => void; note?: ReactNode }) {
  const translator = useT();
  const { t } = translator;
  if ('file' in incoming) return <ImportPreview fileName={incoming.name} file={incoming.file} onClose={onClose} note={note} />;
  return (
    <Dialog title={t('files.importTitle')} isOpen onClose={onClose}>
      <p>{t('files.fileName', { name: incoming.name })}</p>
      <p role="alert" className="field__error">
        {incomingErrorText(translator, incoming.error)}
      </p>
      {note}
      <div className="dialog__actions">
        <Button className="button" onPress={onClose}>
          {t('common.close')}
        </Button>
      </div>
    </Dialog>
  );
}
