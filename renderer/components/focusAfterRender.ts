/**
 * Puts the focus on what `find` returns once a move has rendered (two frames
 * on: the moved item is often a new element), unless the user has put the
 * focus somewhere else meanwhile, e.g. on the next item to move.
 */
export function focusAfterRender(find: () => HTMLElement | null | undefined): void {
  const before = document.activeElement;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active !== before && active !== null && active !== document.body) return;
      find()?.focus({ preventScroll: false });
    }),
  );
}
