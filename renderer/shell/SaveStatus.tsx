import { Check, LoaderCircle, TriangleAlert } from 'lucide-react';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { errorText } from '../i18n/errorText.ts';

/** "Sparar…" while any write is in flight, "Sparat" once all are committed, or the error. */
export function SaveStatus() {
  const translator = useT();
  const { t } = translator;
  const pending = useApp((s) => s.pendingWrites);
  const error = useApp((s) => s.saveError);
  const state = error ? 'failed' : pending > 0 ? 'saving' : 'saved';
  return (
    <p className={`save-status save-status--${state}`} role="status" data-state={state}>
      {state === 'failed' && <TriangleAlert aria-hidden size={18} />}
      {state === 'saving' && <LoaderCircle aria-hidden size={18} />}
      {state === 'saved' && <Check aria-hidden size={18} />}
      {state === 'failed' ? t('save.failed', { message: errorText(translator, error) }) : t(state === 'saving' ? 'save.saving' : 'save.saved')}
    </p>
  );
}
