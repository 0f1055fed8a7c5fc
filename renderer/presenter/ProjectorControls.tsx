import { MonitorUp, Snowflake, Square } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import type { PresenterView } from '../../shared/presenter.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';

/**
 * The facilitator's projector controls: open the projector window, blank it
 * (B) or freeze it (F) – the keys act only while focus is in these controls,
 * so they never fire while typing elsewhere – and a line saying what the room sees.
 */
export function ProjectorControls({ analysisId, shown }: { analysisId: string; shown: PresenterView }) {
  const { t } = useT();
  const { platform } = useServices();
  const { blank, frozen } = useApp((s) => s.projector);
  const setProjector = useApp((s) => s.setProjector);
  const pushToast = useApp((s) => s.pushToast);
  const [opened, setOpened] = useState(false);
  const open = async () => {
    const result = await platform.openPresenter(analysisId);
    if (result === 'blocked') pushToast({ message: t('projector.blocked') });
    else setOpened(true);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || (event.target as HTMLElement).matches('input, textarea, select')) return;
    const key = event.key.toLowerCase();
    if (key === 'b') setProjector({ blank: !blank });
    else if (key === 'f') setProjector({ frozen: !frozen });
    else return;
    event.preventDefault();
  };
  const status = blank ? t('projector.status.blank') : frozen ? t('projector.status.frozen') : t('projector.status.showing', { view: t(`projector.view.${shown}`) });
  return (
    <div className={`projector${blank || frozen ? ' projector--held' : ''}`} role="group" aria-label={t('projector.title')} onKeyDown={onKeyDown} data-testid="projector-controls">
      <button type="button" className="button button--small" onClick={() => void open()}>
        <MonitorUp aria-hidden size={18} />
        {opened ? t('projector.reopen') : t('projector.open')}
      </button>
      <button type="button" className="button button--small" aria-pressed={blank} aria-keyshortcuts="B" onClick={() => setProjector({ blank: !blank })}>
        <Square aria-hidden size={18} />
        {t('projector.blank')} <kbd>B</kbd>
      </button>
      <button type="button" className="button button--small" aria-pressed={frozen} aria-keyshortcuts="F" onClick={() => setProjector({ frozen: !frozen })}>
        <Snowflake aria-hidden size={18} />
        {t('projector.freeze')} <kbd>F</kbd>
      </button>
      <span className="projector__status" role="status" data-testid="projector-status">
        {status}
      </span>
    </div>
  );
}
