import { useEffect, useLayoutEffect, useRef } from 'react';
import { clampPage } from '../../shared/paging.ts';
import { useT } from '../i18n/i18n.ts';
import { SlideText } from '../info/SlideText.tsx';
import { useInfoSlides } from '../info/useInfoSlides.ts';
import type { RoomViewProps } from './roomViewProps.ts';
import '../styles/info.css';

/**
 * The sizes a slide is tried at (heading, text; in rem, which is 2.6 % of the window's height when
 * presenting): the largest at which the text fits is kept. The last is the floor, so no text is
 * ever under 2.5 % of the height; a text too long even then is cut at the slide's edge.
 */
const SIZES: readonly (readonly [number, number])[] = [
  [2.6, 1.9],
  [2.3, 1.65],
  [2, 1.45],
  [1.7, 1.25],
  [1.45, 1.1],
  [1.25, 1],
];

/**
 * One slide of the information meeting on the projector: its heading and text as large as the
 * window allows, and where the room is ("2/7"). The facilitator's notes are never part of it.
 */
export function RoomInfo({ analysisId, lane, page, onLayout }: RoomViewProps) {
  const { t } = useT();
  const info = useInfoSlides(analysisId);
  const count = info?.visible.length ?? 0;
  const at = clampPage(page, Math.max(1, count));
  const slide = info?.visible[at];
  const section = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (info) onLayout?.(Math.max(1, count), lane);
  }, [info, count, lane, onLayout]);

  useLayoutEffect(() => {
    const holder = section.current;
    const text = body.current;
    if (!holder || !text) return;
    const fit = () => {
      for (const [heading, size] of SIZES) {
        holder.style.setProperty('--slide-heading', `${heading}rem`);
        holder.style.setProperty('--slide-text', `${size}rem`);
        if (text.scrollHeight <= text.clientHeight + 1 && text.scrollWidth <= text.clientWidth + 1) return;
      }
    };
    fit();
    // The window (or its font) changes: fit again. The slide's own box does not depend on its text size.
    const observer = new ResizeObserver(fit);
    observer.observe(holder.parentElement ?? holder);
    void document.fonts.ready.then(fit);
    return () => observer.disconnect();
  }, [slide]);

  if (!info) return null;
  if (!slide) return <p className="room-view__empty">{t('info.room.none')}</p>;
  return (
    <section
      ref={section}
      className="room-view info-slide"
      aria-label={t('info.room.label', { page: at + 1, count })}
      data-testid="info-slide"
      data-slide={slide.id}
    >
      <header className="info-slide__head">
        <h2 className="info-slide__title">{slide.title}</h2>
        <p className="info-slide__page" data-testid="info-slide-page" aria-hidden="true">
          {at + 1}/{count}
        </p>
      </header>
      <div ref={body} className="info-slide__body">
        <SlideText source={slide.body} headingLevel={3} />
      </div>
    </section>
  );
}
