import { useState } from 'react';
import { PURGE_AFTER_DAYS } from '../../shared/analysis.ts';
import { EraseDialog } from '../files/EraseDialog.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { useDeletedAnalyses } from '../store/queries.ts';

/** Deleted analyses that can still be restored. Hidden when there are none. */
export function TrashSection() {
  const { t, date } = useT();
  const deleted = useDeletedAnalyses();
  const restore = useApp((s) => s.restoreAnalysis);
  const pushToast = useApp((s) => s.pushToast);
  const [erasing, setErasing] = useState<{ id: string; unitName: string } | null>(null);
  if (!deleted || deleted.length === 0) return null;
  return (
    <details className="trash">
      <summary>
        <h2 className="trash__title">
          {t('analyses.trash.title')} ({deleted.length})
        </h2>
      </summary>
      <p className="muted">{t('analyses.trash.body', { days: PURGE_AFTER_DAYS })}</p>
      <ul className="trash__list">
        {deleted.map((a) => (
          <li key={a.id}>
            <span>
              <strong>{a.unitName}</strong> <span className="muted">{t('analyses.trash.deletedOn', { date: date(a.deletedAt ?? a.updatedAt) })}</span>
            </span>
            <button
              type="button"
              className="button button--small"
              aria-label={`${t('analyses.trash.restore')}: ${a.unitName}`}
              onClick={() => void restore(a.id).then(() => pushToast({ message: t('analyses.restored', { name: a.unitName }) }))}
            >
              {t('analyses.trash.restore')}
            </button>
            <button type="button" className="button button--small" aria-label={t('erase.buttonLabel', { unit: a.unitName })} onClick={() => setErasing(a)}>
              {t('erase.button')}
            </button>
          </li>
        ))}
      </ul>
      {erasing && <EraseDialog analysis={erasing} onClose={() => setErasing(null)} />}
    </details>
  );
}
