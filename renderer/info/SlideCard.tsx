import { ArrowDown, ArrowUp, Eye, EyeOff, MonitorUp, Pencil, Trash2 } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import { MAX_BODY, MAX_NOTES, MAX_TITLE, type ResolvedSlide, type SlidePart } from '../../shared/infoMeeting.ts';
import { AutosaveField } from '../components/AutosaveField.tsx';
import { useT } from '../i18n/i18n.ts';
import { MarkdownField } from './MarkdownField.tsx';
import { SlideText } from './SlideText.tsx';

/** A body this long rarely fits a slide at a size the back of the room can read. */
const LONG_BODY = 700;

export interface SlideActions {
  edit: (patch: Partial<Record<SlidePart, string | null>>) => Promise<void>;
  setHidden: (hidden: boolean) => void;
  move: (step: -1 | 1) => void;
  remove: () => void;
  project: () => void;
  toggleEditing: () => void;
}

/** One slide in the facilitator's list: its text, what can be done with it, and its editor when open. */
export function SlideCard({
  slide,
  index,
  count,
  editing,
  onProjector,
  actions,
}: {
  slide: ResolvedSlide;
  /** Its place in the list, from 0, and how many there are. */
  index: number;
  count: number;
  editing: boolean;
  /** Whether the room sees it now. */
  onProjector: boolean;
  actions: SlideActions;
}) {
  const { t } = useT();
  const title = slide.title;
  const custom = slide.key === 'custom';
  const edited = !custom && (slide.own.title || slide.own.body || slide.own.notes);
  // Alt+↑ / Alt+↓ move the slide from anywhere in its card but the text fields.
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as HTMLElement).closest('input, textarea')) return;
    if (event.key === 'ArrowUp' && index > 0) actions.move(-1);
    else if (event.key === 'ArrowDown' && index < count - 1) actions.move(1);
    else return;
    event.preventDefault();
  };
  const reset = (part: SlidePart) =>
    !custom &&
    slide.own[part] && (
      <button
        type="button"
        className="button button--small info-card__reset"
        aria-label={t('info.resetLabel', { part: t(`info.part.${part}`), title })}
        onClick={() => void actions.edit({ [part]: null })}
      >
        {t('info.reset')}
      </button>
    );
  return (
    <li
      className={`info-card${slide.hidden ? ' info-card--hidden' : ''}${onProjector ? ' info-card--current' : ''}`}
      aria-current={onProjector ? 'step' : undefined}
      data-testid="info-card"
      data-slide={slide.id}
      onKeyDown={onKeyDown}
    >
      <div className="info-card__head">
        <span className="info-card__number">{t('info.slideNumber', { n: String(index + 1) })}</span>
        <h3 className="info-card__title">{title}</h3>
        {slide.hidden && <span className="badge">{t('info.hiddenBadge')}</span>}
        {custom && <span className="badge">{t('info.ownBadge')}</span>}
        {edited && <span className="badge">{t('info.editedBadge')}</span>}
        {onProjector && <span className="badge">{t('info.onProjector')}</span>}
      </div>
      {!editing && (
        <div className="info-card__preview">
          <SlideText source={slide.body} headingLevel={4} />
        </div>
      )}
      <div className="info-card__actions">
        <button
          type="button"
          id={`info-edit-${slide.id}`}
          className="button button--small"
          aria-expanded={editing}
          aria-label={t(editing ? 'info.doneLabel' : 'info.editLabel', { title })}
          onClick={actions.toggleEditing}
        >
          <Pencil aria-hidden size={16} />
          {editing ? t('info.doneEditing') : t('info.edit')}
        </button>
        <button type="button" className="button button--small" disabled={slide.hidden} aria-label={t('info.projectLabel', { title })} onClick={actions.project}>
          <MonitorUp aria-hidden size={16} />
          {t('info.project')}
        </button>
        <button
          type="button"
          id={`info-hide-${slide.id}`}
          className="button button--small"
          aria-label={t(slide.hidden ? 'info.showLabel' : 'info.hideLabel', { title })}
          onClick={() => actions.setHidden(!slide.hidden)}
        >
          {slide.hidden ? <Eye aria-hidden size={16} /> : <EyeOff aria-hidden size={16} />}
          {slide.hidden ? t('info.show') : t('info.hide')}
        </button>
        <button
          type="button"
          id={`info-up-${slide.id}`}
          className="icon-button"
          aria-label={t('info.moveUp', { title })}
          aria-keyshortcuts="Alt+ArrowUp"
          disabled={index === 0}
          onClick={() => actions.move(-1)}
        >
          <ArrowUp aria-hidden size={18} />
        </button>
        <button
          type="button"
          id={`info-down-${slide.id}`}
          className="icon-button"
          aria-label={t('info.moveDown', { title })}
          aria-keyshortcuts="Alt+ArrowDown"
          disabled={index === count - 1}
          onClick={() => actions.move(1)}
        >
          <ArrowDown aria-hidden size={18} />
        </button>
        {custom && (
          <button type="button" className="icon-button" aria-label={t('info.remove', { title })} onClick={actions.remove}>
            <Trash2 aria-hidden size={18} />
          </button>
        )}
      </div>
      {editing && (
        <div className="info-card__edit">
          <AutosaveField
            label={t('info.field.title')}
            stored={slide.untitled ? '' : title}
            maxLength={MAX_TITLE}
            save={(text) => actions.edit({ title: text })}
          />
          {reset('title')}
          <MarkdownField
            label={t('info.field.body')}
            hint={slide.body.length > LONG_BODY ? `${t('info.field.bodyHint')} ${t('info.longBody')}` : t('info.field.bodyHint')}
            maxLength={MAX_BODY}
            stored={slide.body}
            save={(text) => actions.edit({ body: text })}
          />
          {reset('body')}
          <AutosaveField label={t('info.field.notes')} multiline maxLength={MAX_NOTES} stored={slide.notes} save={(text) => actions.edit({ notes: text })} />
          {reset('notes')}
        </div>
      )}
    </li>
  );
}
