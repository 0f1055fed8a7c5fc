import { Eye, MonitorUp, Snowflake, Square } from 'lucide-react';
import { lazy, Suspense, useState, type KeyboardEvent } from 'react';
import type { PresenterView, ProjectionState } from '../../shared/presenter.ts';

const ProjectionStage = lazy(() => import('./PresenterPage.tsx').then((m) => ({ default: m.ProjectionStage })));
import { useT } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { useSettings } from '../store/queries.ts';

/**
 * The facilitator's projector controls: open the projector window, blank it
 * (B) or freeze it (F) – the keys act only while focus is in these controls,
 * so they never fire while typing elsewhere – and a line saying what the room sees.
 */
export function ProjectorControls({ analysisId, projection }: { analysisId: string; projection: ProjectionState }) {
  const shown: PresenterView = projection.view;
  const { t } = useT();
  const { platform } = useServices();
  const { blank, frozen } = useApp((s) => s.projector);
  const setProjector = useApp((s) => s.setProjector);
  const pushToast = useApp((s) => s.pushToast);
  const [opened, setOpened] = useState(false);
  const [preview, setPreview] = useState(false);
  const keys = useSettings().projectorKeys;
  const open = async () => {
    const result = await platform.openPresenter(analysisId);
    if (result === 'blocked') pushToast({ message: t('projector.blocked') });
    else setOpened(true);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || (event.target as HTMLElement).matches('input, textarea, select')) return;
    const key = event.key.toLowerCase();
    if (key === keys.blank) setProjector({ blank: !blank });
    else if (key === keys.freeze) setProjector({ frozen: !frozen });
    else return;
    event.preventDefault();
  };
  const status = blank
    ? t('projector.status.blank')
    : frozen
      ? t('projector.status.frozen')
      : t('projector.status.showing', { view: t(`projector.view.${shown}`) });
  return (
    <div
      className={`projector${blank || frozen ? ' projector--held' : ''}`}
      role="group"
      aria-label={t('projector.title')}
      onKeyDown={onKeyDown}
      data-testid="projector-controls"
    >
      <button type="button" className="button button--small" onClick={() => void open()}>
        <MonitorUp aria-hidden size={18} />
        {opened ? t('projector.reopen') : t('projector.open')}
      </button>
      <button
        type="button"
        className="button button--small"
        aria-pressed={blank}
        aria-keyshortcuts={keys.blank.toUpperCase()}
        onClick={() => setProjector({ blank: !blank })}
      >
        <Square aria-hidden size={18} />
        {t('projector.blank')} <kbd>{keys.blank.toUpperCase()}</kbd>
      </button>
      <button
        type="button"
        className="button button--small"
        aria-pressed={frozen}
        aria-keyshortcuts={keys.freeze.toUpperCase()}
        onClick={() => setProjector({ frozen: !frozen })}
      >
        <Snowflake aria-hidden size={18} />
        {t('projector.freeze')} <kbd>{keys.freeze.toUpperCase()}</kbd>
      </button>
      <button type="button" className="button button--small" aria-pressed={preview} onClick={() => setPreview(!preview)}>
        <Eye aria-hidden size={18} />
        {t('projector.preview')}
      </button>
      <span className="projector__status" role="status" data-testid="projector-status">
        {status}
      </span>
      {preview && <Preview state={projection} />}
    </div>
  );
}

/**
 * A small copy of what the room sees, drawn from the same state the
 * projector gets (scaled down, not interactive, hidden from screen readers:
 * the status line says the same in words).
 */
function Preview({ state }: { state: ProjectionState }) {
  return (
    <div className="projector__preview" aria-hidden="true" inert data-testid="projector-preview">
      {!state.blank ? (
        <div className="projector__preview-stage presenter" data-view={state.view}>
          <Suspense fallback={null}>
            <ProjectionStage state={state} />
          </Suspense>
        </div>
      ) : (
        <div className="projector__preview-blank" />
      )}
    </div>
  );
}
