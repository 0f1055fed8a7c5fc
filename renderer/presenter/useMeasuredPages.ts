import { useLayoutEffect, useRef, useState } from 'react';
import { useHyphenator } from '../components/useHyphenator.ts';
import { useT } from '../i18n/i18n.ts';

/** Pages as a room view makes them: at least how many there are. */
export interface PageCount {
  pageCount: number;
}

/**
 * Measures a room view's items in the window that shows it and pages them.
 *
 * The view renders, inside `area`, its visible lists (`[data-room-list]`,
 * whose height is what a page may use) and, inside `measure` (unseen, at the
 * lists' width), every item of every list, each list a `[data-room-list]` of
 * items. `paginate` turns the items' heights, the room a list has and the gap
 * between two items into pages. The view measures again when its content
 * (`content`), the window, the font, or the hyphenation patterns (titles are
 * drawn hyphenated once they are in) change; `onLayout` hears the page
 * count for `lane` after every measurement.
 */
export function useMeasuredPages<P extends PageCount>(
  content: unknown,
  lane: string | null,
  paginate: (heights: number[][], available: number, gap: number) => P,
  onLayout?: (pages: number, lane: string | null) => void,
) {
  const area = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const [paged, setPaged] = useState<P | null>(null);
  const [size, setSize] = useState(0);
  const { language } = useT();
  const hyphenator = useHyphenator(language);
  const layoutRef = useRef(onLayout);
  const paginateRef = useRef(paginate);
  useLayoutEffect(() => {
    layoutRef.current = onLayout;
    paginateRef.current = paginate;
  });

  // Measure again when the window (or the font) changes size.
  const shown = content !== null && content !== undefined;
  useLayoutEffect(() => {
    const element = area.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setSize((n) => n + 1));
    observer.observe(element);
    void document.fonts.ready.then(() => setSize((n) => n + 1));
    return () => observer.disconnect();
  }, [shown]);

  useLayoutEffect(() => {
    const holder = measure.current;
    const visible = area.current;
    if (!holder || !visible || !shown) return;
    const lists = [...holder.querySelectorAll<HTMLElement>('[data-room-list]')];
    const heights = lists.map((list) => [...list.children].map((item) => (item as HTMLElement).getBoundingClientRect().height));
    const room = [...visible.querySelectorAll<HTMLElement>('[data-room-list]')].find((list) => !holder.contains(list));
    if (!room) return;
    const gap = parseFloat(getComputedStyle(room).rowGap) || 0;
    const next = paginateRef.current(heights, room.clientHeight, gap);
    setPaged((previous) => (previous && JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
    layoutRef.current?.(next.pageCount, lane);
  }, [content, shown, size, lane, hyphenator]);

  return { area, measure, paged };
}
