import { Button } from 'react-aria-components';
import { useT } from '../i18n/i18n.ts';

interface FormFooterProps {
  /** Shown above the buttons and announced when it appears. */
  error?: string | null;
  submitLabel: string;
  onCancel: () => void;
  isDisabled?: boolean;
}

/** The end of a dialog's form: its error, then Avbryt and the verb that submits. */
export function FormFooter({ error, submitLabel, onCancel, isDisabled }: FormFooterProps) {
  const { t } = useT();
  return (
    <>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button--primary" isDisabled={isDisabled}>
          {submitLabel}
        </Button>
      </div>
    </>
  );
}
