import { Camera } from 'lucide-react';
import { useState } from 'react';
import type { BoardSnapshot } from '../../shared/followUp.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';

/** "Then": when the board's snapshot was taken and what it holds, and taking it (again). */
export function SnapshotPanel({ analysisId, snapshot }: { analysisId: string; snapshot: BoardSnapshot | null }) {
  const { t, date, plural } = useT();
  const takeBoardSnapshot = useApp((s) => s.takeBoardSnapshot);
  const pushToast = useApp((s) => s.pushToast);
  const [confirming, setConfirming] = useState(false);
  const take = () => void takeBoardSnapshot(analysisId, t('followUp.snapshot.history')).then(() => pushToast({ message: t('followUp.snapshot.done') }));
  return (
    <section className="panel" aria-labelledby="follow-up-snapshot-title">
      <h3 id="follow-up-snapshot-title">{t('followUp.snapshot.title')}</h3>
      {snapshot ? (
        <>
          <p data-testid="snapshot-taken">
            {t('followUp.snapshot.taken', {
              date: date(snapshot.takenAt),
              roles: plural('followUp.snapshot.roles', snapshot.roles.length),
              tasks: plural('followUp.snapshot.tasks', snapshot.tasks.length),
              actions: plural('followUp.snapshot.actions', snapshot.actions.length),
            })}
          </p>
          <button type="button" className="button button--small" onClick={() => setConfirming(true)}>
            <Camera aria-hidden size={18} />
            {t('followUp.snapshot.retake')}
          </button>
          <ConfirmDialog
            isOpen={confirming}
            title={t('followUp.snapshot.confirm.title')}
            body={t('followUp.snapshot.confirm.body', { date: date(snapshot.takenAt) })}
            confirmLabel={t('followUp.snapshot.retake')}
            onClose={() => setConfirming(false)}
            onConfirm={take}
          />
        </>
      ) : (
        <div className="empty-state">
          <Camera aria-hidden size={40} />
          <h4>{t('followUp.snapshot.none.title')}</h4>
          <p>{t('followUp.snapshot.none.body')}</p>
          <button type="button" className="button button--primary" onClick={take}>
            {t('followUp.snapshot.take')}
          </button>
        </div>
      )}
    </section>
  );
}
