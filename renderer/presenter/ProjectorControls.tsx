import { ChevronLeft, ChevronRight, Eye, MonitorUp, Snowflake, Square } from 'lucide-react';
import { lazy, Suspense, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { facilitatorLink } from './facilitatorLink.ts';
import { clampPage } from '../../shared/paging.ts';
import { VIEW_RULES, type PresenterView, type ProjectionState } from '../../shared/presenter.ts';
import type { Projection } from './useProjection.ts';

const ProjectionStage = lazy(() => import('./PresenterPage.tsx').then((m) => ({ default: m.ProjectionStage })));
import { useT } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { useSettings } from '../store/queries.ts';

/**
 * The facilitator's projector controls: open the projector window, blank it
 * (B) or freeze it (F), the role it shows and its page (Page Up / Page Down)
 * – the keys act only while focus is in these controls, so they never fire
 * while typing elsewhere – and a line saying what the room sees.
 */
export function ProjectorControls({ analysisId, projection: { state: projection, turn, lanes: roles } }: { analysisId: string; projection: Projection }) {
  const shown: PresenterView = projection.view;
  const pages = useApp((s) => s.projector.pages);
  const setBoardLane = useApp((s) => s.setBoardLane);
  const shownRole = roles.find((r) => r.id === projection.lane) ?? roles[0];
  const page = pages === null ? projection.page : clampPage(projection.page, pages);
  const { t } = useT();
  const { platform } = useServices();
  const { blank, frozen } = useApp((s) => s.projector);
  const setProjector = useApp((s) => s.setProjector);
  const pushToast = useApp((s) => s.pushToast);
  const [opened, setOpened] = useState(false);
  const projectorOpen = useSyncExternalStore(
    (listener) => facilitatorLink().onPresence(listener),
    () => facilitatorLink().projectorOpen(),
  );
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
    if (event.key === 'PageDown') turn('page', 1);
    else if (event.key === 'PageUp') turn('page', -1);
    else if (key === keys.blank) setProjector({ blank: !blank });
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
      {VIEW_RULES[shown].byRole && roles.length > 0 && (
        <label className="projector__role">
          <span className="visually-hidden">{t('room.role')}</span>
          <select
            className="input"
            aria-label={t('room.role')}
            value={shownRole?.id ?? ''}
            onChange={(event) => {
              setBoardLane(analysisId, event.target.value);
            }}
          >
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <span className="projector__pages" role="group" aria-label={t('room.pageOf', { page: page + 1, count: pages ?? 1 })}>
        <button
          type="button"
          className="icon-button"
          aria-label={t('room.previousPage')}
          aria-keyshortcuts="PageUp"
          disabled={page === 0}
          onClick={() => turn('page', -1)}
        >
          <ChevronLeft aria-hidden size={18} />
        </button>
        <span data-testid="projector-page" aria-hidden="true">
          {page + 1}/{pages ?? '–'}
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label={t('room.nextPage')}
          aria-keyshortcuts="PageDown"
          disabled={pages !== null && page >= pages - 1}
          onClick={() => turn('page', 1)}
        >
          <ChevronRight aria-hidden size={18} />
        </button>
      </span>
      <span className="projector__status" role="status" data-testid="projector-status">
        {projectorOpen ? status : ''}
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
