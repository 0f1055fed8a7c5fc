import type { DesktopOpenedFilesApi, OpenedFile } from '../../shared/ipc.ts';

/**
 * The desktop's opened files (double-click, "Open with", command line) as
 * batches for whoever listens. Main is asked only once something listens, and
 * every file it hands out is delivered: files that arrive while nothing
 * listens (between a view's unmount and the next mount, say) are held here
 * for the next listener rather than lost.
 */
export function openedFilesInbox(api: DesktopOpenedFilesApi): (listener: (files: OpenedFile[]) => void) => () => void {
  const listeners = new Set<(files: OpenedFile[]) => void>();
  let held: OpenedFile[] = [];
  let started = false;

  const deliver = (files: OpenedFile[]): void => {
    if (files.length === 0) return;
    if (listeners.size === 0) held = [...held, ...files];
    else for (const listener of listeners) listener(files);
  };
  const pull = (): void => {
    // A refused take (the window is closing) leaves the files in main for the next page.
    api.take().then(deliver, () => undefined);
  };

  return (listener) => {
    listeners.add(listener);
    if (held.length > 0) {
      const files = held;
      held = [];
      listener(files);
    }
    if (!started) {
      started = true;
      api.onOpened(pull);
      // Those that came before the page was ready (the file that started the app).
      pull();
    }
    return () => {
      listeners.delete(listener);
    };
  };
}
