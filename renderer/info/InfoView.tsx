import { ChevronLeft, ChevronRight, Maximize, Plus } from 'lucide-react';
import { useEffect, useState } from 'react';
import { clampPage } from '../../shared/paging.ts';
import { AutosaveField } from '../components/AutosaveField.tsx';
import { focusAfterRender } from '../components/focusAfterRender.ts';
import { LiveRegion } from '../components/LiveRegion.tsx';
import { useT } from '../i18n/i18n.ts';
import type { Projection } from '../presenter/useProjection.ts';
import { useApp } from '../store/context.ts';
import { InfoHandoutButton } from './InfoHandoutButton.tsx';
import { SlideCard } from './SlideCard.tsx';
import { useInfoSlides } from './useInfoSlides.ts';
import '../styles/info.css';

/**
 * The information meeting (step 1): the slides in order, each editable, hidden or shown, moved,
 * and the facilitator's own added or deleted; who staff can contact; the handout for the staff
 * room; and the notes of the slide the room sees now, in this window only.
 */
export function InfoView({ analysisId, projection }: { analysisId: string; projection: Projection }) {
  const { t } = useT();
  const info = useInfoSlides(analysisId);
  const label = t('info.history');
  const verbs = {
    edit: useApp((s) => s.editInfoSlide),
    hide: useApp((s) => s.setInfoSlideHidden),
    move: useApp((s) => s.moveInfoSlide),
    add: useApp((s) => s.addInfoSlide),
    remove: useApp((s) => s.deleteInfoSlide),
    contact: useApp((s) => s.setInfoContact),
  };
  const undo = useApp((s) => s.undo);
  const pushToast = useApp((s) => s.pushToast);
  const setProjector = useApp((s) => s.setProjector);
  const setPresenting = useApp((s) => s.setPresenting);
  const { page, pages } = useApp((s) => s.projector);
  const [editing, setEditing] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const visibleCount = info?.visible.length ?? 0;
  const showingInfo = projection.state.view === 'info';

  // The projector's page count is the visible slides', known here before the projector window says it.
  useEffect(() => {
    if (showingInfo && info && pages !== Math.max(1, visibleCount)) setProjector({ pages: Math.max(1, visibleCount) });
  }, [showingInfo, info, visibleCount, pages, setProjector]);

  if (!info) return <p className="muted">{t('common.loading')}</p>;
  const { slides, visible } = info;
  const at = clampPage(page, Math.max(1, visible.length));
  const current = showingInfo ? visible[at] : undefined;

  const move = (id: string, title: string, index: number, step: -1 | 1) => {
    void verbs.move(analysisId, id, step, label).then(() => {
      setSaid(t('info.moved', { title, position: String(index + step + 1), count: String(slides.length) }));
      focusAfterRender(() => {
        const button = document.getElementById(`info-${step < 0 ? 'up' : 'down'}-${id}`) as HTMLButtonElement | null;
        return button && !button.disabled ? button : document.getElementById(`info-${step < 0 ? 'down' : 'up'}-${id}`);
      });
    });
  };
  const add = async () => {
    const id = await verbs.add(analysisId, t('info.newSlide'), label);
    setEditing(id);
    focusAfterRender(() => document.getElementById(`info-edit-${id}`)?.closest('li')?.querySelector('input'));
  };
  const remove = (id: string, title: string) => {
    void verbs.remove(analysisId, id, label).then(() => {
      pushToast({
        message: t('info.removed', { title }),
        undo: async () => {
          await undo(analysisId);
        },
      });
      focusAfterRender(() => document.getElementById('info-add'));
    });
  };

  return (
    <div className="info-view">
      <div>
        <p className="muted">{t('info.intro')}</p>
        <div className="info-view__tools">
          <AutosaveField
            className="info-view__contact"
            label={t('info.contact')}
            hint={t('info.contactHint')}
            maxLength={1_000}
            stored={info.meeting?.contact ?? ''}
            save={(text) => verbs.contact(analysisId, text, label)}
          />
          <InfoHandoutButton analysisId={analysisId} />
          <button type="button" className="button" onClick={() => setPresenting(true)} title="F5" aria-keyshortcuts="F5">
            <Maximize aria-hidden size={18} />
            {t('board.present')}
          </button>
        </div>
        <h2>{t('info.slides')}</h2>
        <ol className="info-slides" aria-label={t('info.slides')}>
          {slides.map((slide, index) => (
            <SlideCard
              key={slide.id}
              slide={slide}
              index={index}
              count={slides.length}
              editing={editing === slide.id}
              onProjector={current?.id === slide.id}
              actions={{
                edit: (patch) => verbs.edit(analysisId, slide.id, patch, label),
                setHidden: (hidden) => {
                  void verbs.hide(analysisId, slide.id, hidden, label).then(() => focusAfterRender(() => document.getElementById(`info-hide-${slide.id}`)));
                },
                move: (step) => move(slide.id, slide.title, index, step),
                remove: () => remove(slide.id, slide.title),
                project: () => {
                  const shownAt = visible.findIndex((s) => s.id === slide.id);
                  if (shownAt >= 0) setProjector({ page: shownAt });
                },
                toggleEditing: () => setEditing(editing === slide.id ? null : slide.id),
              }}
            />
          ))}
        </ol>
        <button type="button" id="info-add" className="button" onClick={() => void add()}>
          <Plus aria-hidden size={18} />
          {t('info.add')}
        </button>
        <LiveRegion testId="info-announcer">{said}</LiveRegion>
      </div>
      <aside className="info-speaker" aria-labelledby="info-speaker-title" data-testid="speaker-notes">
        <h2 id="info-speaker-title">{t('info.speaker.title')}</h2>
        {visible.length === 0 ? (
          <p>{t('info.speaker.noSlides')}</p>
        ) : (
          <>
            <p className="info-speaker__current">
              {t('info.speaker.current', { page: String(at + 1), count: String(visible.length), title: (current ?? visible[at])?.title ?? '' })}
            </p>
            <p className="info-speaker__notes" data-testid="speaker-notes-text">
              {(current ?? visible[at])?.notes.trim() || t('info.speaker.none')}
            </p>
            <p className="muted">{t('info.speaker.private')}</p>
            <div className="info-card__actions">
              <button type="button" className="button button--small" disabled={at === 0} onClick={() => projection.turn('page', -1)}>
                <ChevronLeft aria-hidden size={16} />
                {t('info.previous')}
              </button>
              <button type="button" className="button button--small" disabled={at >= visible.length - 1} onClick={() => projection.turn('page', 1)}>
                {t('info.next')}
                <ChevronRight aria-hidden size={16} />
              </button>
            </div>
          </>
        )}
      </aside>
    </div>
  );
}
