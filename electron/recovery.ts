/**
 * When the page breaks: a crashed renderer process is reloaded, and a page
 * that stops answering gets a choice between waiting and reloading. Both are
 * calm, because nothing is lost: an edit is in IndexedDB, on disk, before the
 * top bar says "Sparat", and the page reads it all back on load.
 */
import { dialog, type BrowserWindow, type MessageBoxOptions, type RenderProcessGoneDetails } from 'electron';
import type { Language } from '../shared/ipc';

const TEXT = {
  sv: {
    goneTitle: 'Fönstret startades om',
    gone: 'AKR Studio stängdes oväntat i fönstret och har startats om.',
    goneDetail: 'Allt som visades som Sparat finns kvar.',
    goneAgain: 'AKR Studio stängs oväntat i fönstret gång på gång.',
    goneAgainDetail: 'Allt som visades som Sparat finns kvar. Läs in fönstret igen när du vill försöka på nytt.',
    stuckTitle: 'AKR Studio svarar inte',
    stuck: 'Fönstret svarar inte just nu.',
    stuckDetail: 'Du kan vänta en stund, eller läsa in fönstret igen. Allt som visades som Sparat finns kvar.',
    wait: 'Vänta',
    reload: 'Läs in igen',
    ok: 'OK',
  },
  en: {
    goneTitle: 'The window was restarted',
    gone: 'AKR Studio closed unexpectedly in the window and has been restarted.',
    goneDetail: 'Everything that was shown as saved is still there.',
    goneAgain: 'AKR Studio keeps closing unexpectedly in the window.',
    goneAgainDetail: 'Everything that was shown as saved is still there. Reload the window when you want to try again.',
    stuckTitle: 'AKR Studio is not responding',
    stuck: 'The window is not responding right now.',
    stuckDetail: 'You can wait a little, or reload the window. Everything that was shown as saved is still there.',
    wait: 'Wait',
    reload: 'Reload',
    ok: 'OK',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** Crashes within this window of time count as "again and again"; beyond MAX_RELOADS the window is not reloaded by itself. */
const CRASH_WINDOW_MS = 60_000;
const MAX_RELOADS = 3;

export interface RecoveryDependencies {
  /** The UI language the renderer last asked for. */
  language: () => Language;
  /** Milliseconds now; injectable for the tests. */
  now?: () => number;
}

/** Watches `window`'s page: reloads it after a crash, offers to wait or reload when it hangs. */
export function watchRenderer(window: BrowserWindow, { language, now = () => Date.now() }: RecoveryDependencies): void {
  const crashes: number[] = [];
  let asking: AbortController | null = null;

  const ask = async (options: MessageBoxOptions, signal?: AbortSignal): Promise<number | null> => {
    try {
      const { response } = await dialog.showMessageBox(window, { ...options, signal, noLink: true });
      return signal?.aborted ? null : response;
    } catch {
      // The window went away meanwhile: nobody to ask.
      return null;
    }
  };
  const reload = (): void => {
    if (!window.isDestroyed()) window.webContents.reload();
  };

  window.webContents.on('render-process-gone', (_event: unknown, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    asking?.abort();
    const t = TEXT[language()];
    const at = now();
    while (crashes.length > 0 && at - (crashes[0] ?? at) > CRASH_WINDOW_MS) crashes.shift();
    crashes.push(at);
    if (crashes.length <= MAX_RELOADS) {
      reload();
      void ask({ type: 'info', title: t.goneTitle, message: t.gone, detail: t.goneDetail, buttons: [t.ok] });
      return;
    }
    // Crashing again and again: reloading by itself would only loop. The user decides.
    void ask({
      type: 'warning',
      title: t.goneTitle,
      message: t.goneAgain,
      detail: t.goneAgainDetail,
      buttons: [t.reload, t.ok],
      defaultId: 0,
      cancelId: 1,
    }).then((response) => {
      if (response === 0) reload();
    });
  });

  window.on('unresponsive', () => {
    if (asking !== null) return;
    const t = TEXT[language()];
    const controller = new AbortController();
    asking = controller;
    void ask(
      { type: 'warning', title: t.stuckTitle, message: t.stuck, detail: t.stuckDetail, buttons: [t.wait, t.reload], defaultId: 0, cancelId: 0 },
      controller.signal,
    ).then((response) => {
      if (asking === controller) asking = null;
      if (response === 1) reload();
    });
  });

  // Answering again: the question is moot, so it goes away by itself.
  window.on('responsive', () => {
    asking?.abort();
    asking = null;
  });
}
