import { useEffect, useRef, type ReactNode } from 'react';

// On start-up the document starts at the top anyway, and the skip link must come first.
let firstView = true;

/**
 * The h1 of a view. It takes the focus when the view opens, so keyboard and
 * screen-reader users start at the top of the new content.
 */
export function PageHeading({ children, focusKey }: { children: ReactNode; focusKey: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstView) {
      firstView = false;
      return;
    }
    // Do not steal the focus from a dialog or a field the user is in.
    const active = document.activeElement;
    if (!active || active === document.body || active.closest('[data-route-link]')) ref.current?.focus();
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
