import { X } from 'lucide-react';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';

/** Short messages, some with "Ångra". A polite live region reads them out. */
export function Toasts() {
  const { t } = useT();
  const toasts = useApp((s) => s.toasts);
  const dismiss = useApp((s) => s.dismissToast);
  return (
    <section className="toasts" aria-label={t('toast.region')}>
      <div role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className="toast">
            <span>{toast.message}</span>
            {toast.undo && (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  dismiss(toast.id);
                  void toast.undo?.();
                }}
              >
                {t('toast.undo')}
              </button>
            )}
            <button type="button" className="icon-button" onClick={() => dismiss(toast.id)} aria-label={t('toast.close')}>
              <X aria-hidden size={18} />
            </button>
          </div>
        ))}
      </div>
    </section>
  );
}
