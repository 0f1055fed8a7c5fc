import type { ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

interface DialogProps {
  title: string;
  isOpen: boolean;
  onClose: () => void;
  children: ReactNode;
  role?: 'dialog' | 'alertdialog';
  /** A wide dialog, for tables (the survey import). */
  wide?: boolean;
}

/** A modal dialog: focus is trapped and restored, Esc and a click outside close it. */
export function Dialog({ title, isOpen, onClose, children, role = 'dialog', wide = false }: DialogProps) {
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable className="modal-overlay">
      <Modal className={wide ? 'modal modal--wide' : 'modal'}>
        <AriaDialog role={role} className="dialog">
          <Heading slot="title" className="dialog__title">
            {title}
          </Heading>
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
