import { Button } from 'react-aria-components';
import { useT } from '../i18n/i18n.ts';
import { Dialog } from './Dialog.tsx';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  isOpen: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before something destructive. The safe choice, Avbryt, has the focus first. */
export function ConfirmDialog({ title, body, confirmLabel, isOpen, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useT();
  return (
    <Dialog title={title} isOpen={isOpen} onClose={onClose} role="alertdialog">
      <p>{body}</p>
      <div className="dialog__actions">
        <Button className="button" onPress={onClose} autoFocus>
          {t('common.cancel')}
        </Button>
        <Button
          className="button button--danger"
          onPress={() => {
            onConfirm();
            onClose();
          }}
        >
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
