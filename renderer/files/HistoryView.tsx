import { History as HistoryIcon } from 'lucide-react';
import { Button } from 'react-aria-components';
import { AppError } from '../../shared/errors.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { useLive } from '../store/useLive.ts';
import { itemLabel, itemValue } from './itemName.ts';

/**
 * The analysis's History: versions an import set aside in a conflict (and
 * versions a restore replaced), each of which can be brought back.
 */
export function HistoryView({ analysisId }: { analysisId: string }) {
  const translator = useT();
  const { t, dateTime } = translator;
  const { repos } = useServices();
  const restoreKept = useApp((s) => s.restoreKept);
  const pushToast = useApp((s) => s.pushToast);
  const kept = useLive(() => repos.exchange.liveKept(analysisId), [repos, analysisId]);
  const board = useLive(() => repos.board.live(analysisId), [repos, analysisId]);
  if (!kept || !board) return <p className="muted">{t('common.loading')}</p>;
  const names = Object.fromEntries<string>([...board.tasks.map((x) => [x.id, x.title] as const), ...board.roles.map((x) => [x.id, x.name] as const)]);

  const restore = async (id: string, label: string) => {
    try {
      await restoreKept(id);
      pushToast({ message: t('history.restoredToast', { item: label }) });
    } catch (error) {
      if (error instanceof AppError && (error.code === 'keptGone' || error.code === 'keptMissingLink')) {
        pushToast({ message: t(error.code === 'keptGone' ? 'history.refused.gone' : 'history.refused.missingLink') });
      } else throw error;
    }
  };

  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title" className="visually-hidden">
        {t('analysis.history')}
      </h2>
      <p className="muted">{t('history.intro')}</p>
      {kept.length === 0 ? (
        <p className="empty-state">
          <HistoryIcon aria-hidden size={20} /> {t('history.empty')}
        </p>
      ) : (
        <ul className="history__list">
          {kept.map((k) => {
            const label = itemLabel(translator, k.table, k.version, names);
            return (
              <li key={k.id} className="history__item">
                <div>
                  <strong>{label}</strong>
                  {k.version === null && <span className="muted"> – {t('history.deleted')}</span>}
                  <p className="muted">
                    {k.fileName === '' ? t('history.from.restore') : t(k.from === 'here' ? 'history.from.here' : 'history.from.file', { file: k.fileName })}
                    {' · '}
                    {t('history.keptAt', { time: dateTime(k.keptAt) })}
                    {k.version && <> · {t('history.editedAt', { time: dateTime(k.version.updatedAt) })}</>}
                  </p>
                  {k.version && k.table === 'tasks' && 'notes' in k.version && typeof k.version.notes === 'string' && k.version.notes !== '' && (
                    <p className="history__notes">{k.version.notes}</p>
                  )}
                </div>
                {k.restoredAt ? (
                  <span className="muted">{t('history.restored', { time: dateTime(k.restoredAt) })}</span>
                ) : (
                  <Button
                    className="button button--small"
                    aria-label={t('history.restoreLabel', { item: k.version ? itemValue(translator, k.table, k.version, names) : label })}
                    onPress={() => void restore(k.id, label)}
                  >
                    {t('history.restore')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
