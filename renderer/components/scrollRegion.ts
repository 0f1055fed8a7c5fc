/**
 * A ref for a box that may scroll sideways (a wide table in `.table-wrap`): while it does, it is a
 * region the keyboard can reach and scroll, named by its table's caption; while it fits, it is an
 * ordinary box and no tab stop. A view's column never grows past the window (components.css), so
 * on a laptop a wide table scrolls in its own box.
 */
export function scrollRegion(box: HTMLDivElement | null): (() => void) | undefined {
  if (!box) return undefined;
  const check = () => {
    if (box.scrollWidth > box.clientWidth + 1) {
      box.tabIndex = 0;
      const name = box.querySelector('caption')?.textContent.trim() ?? '';
      if (name !== '') {
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', name);
      }
    } else {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
  };
  const observer = new ResizeObserver(check);
  observer.observe(box);
  if (box.firstElementChild) observer.observe(box.firstElementChild);
  check();
  return () => observer.disconnect();
}
