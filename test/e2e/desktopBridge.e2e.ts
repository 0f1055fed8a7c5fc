/**
 * The bridge behind the desktop e2e behaves as Electron's IPC does where the
 * app relies on it: a handler's error rejects the renderer's call with
 * Electron's message, what cannot be cloned never reaches main, a channel
 * without a handler is refused, and a page that is not the app's is refused
 * by the real trust check (only the served origin stands for app://akr).
 */
import { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { mainWindowWebPreferences } from '../../electron/window.ts';
import type { Language } from '../../shared/ipc.ts';
import { appHandlers, MAIN_HANDLERS, syncFolderHandlers } from './desktopBridge/handlers.ts';
import { PRELOAD_SOURCE } from './desktopBridge/preloadBundle.ts';
import { desktopSession } from './desktopBridge/session.ts';

vi.mock('electron', () => import('./desktopBridge/fakeElectron.ts'));

const desktop = desktopSession(MAIN_HANDLERS);

/** How a call from the page settled: its result as JSON, or the rejection's message. */
type Settled = { result: string } | { error: string };

describe('the desktop bridge', () => {
  it('rejects the renderer’s call with Electron’s message when main refuses it, and refuses what cannot be cloned in the page', async () => {
    const app = await desktop.start();
    const invalid = 'de';
    const refused = await app.page.evaluate(
      (language): Promise<Settled> =>
        // The preload passes any string on; main must refuse it.
        (window.api?.setLanguage(language as Language) ?? Promise.reject(new Error('no api'))).then(
          () => ({ result: 'resolved' }),
          (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
        ),
      invalid,
    );
    expect(refused).toEqual({ error: `Error invoking remote method 'app:set-language': Error: Invalid language: expected "sv" or "en", got "de".` });
    expect(app.handlerErrors).toEqual([{ channel: 'app:set-language', error: 'Error: Invalid language: expected "sv" or "en", got "de".' }]);

    const uncloneable = await app.page.evaluate((): Promise<Settled> =>
      // A function is not an analysis file name, and cannot cross the bridge at all.
      (window.api?.sync.read((() => 'x') as unknown as string) ?? Promise.reject(new Error('no api'))).then(
        (value) => ({ result: JSON.stringify(value) }),
        (error: unknown) => ({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
      ),
    );
    expect(uncloneable).toEqual({ error: expect.stringMatching(/^DataCloneError: .*could not be cloned/) });
    expect(app.handlerErrors.map((e) => e.channel)).toEqual(['app:set-language']);
  });

  it('refuses a channel main has no handler for', async () => {
    const app = await desktop.start({ handlers: [appHandlers, syncFolderHandlers] });
    const settled = await app.page.evaluate((): Promise<Settled> =>
      (window.api?.presenter.open('a1') ?? Promise.reject(new Error('no api'))).then(
        () => ({ result: 'resolved' }),
        (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
      ),
    );
    expect(settled).toEqual({ error: `Error invoking remote method 'presenter:open': No handler registered for 'presenter:open'` });
  });

  it('lets main’s trust check refuse a page that is not the app’s, with the same preload', async () => {
    const app = await desktop.start();
    // A page that is not the app's (its own icon, so Chromium asks no server for a favicon).
    const foreign = 'data:text/html,<!doctype html><title>Not AKR Studio</title><link rel="icon" href="data:,">';
    const stranger = new BrowserWindow({ webPreferences: mainWindowWebPreferences(PRELOAD_SOURCE) });
    await stranger.loadURL(foreign);
    const opened = app.windows().at(-1);
    if (opened === undefined) throw new Error('no window');
    const page = await app.pageOf(opened);
    const call = (name: 'appInfo' | 'choose'): Promise<Settled> =>
      page.evaluate((which): Promise<Settled> => {
        const api = window.api;
        if (api === undefined) return Promise.resolve({ error: 'no api' });
        const pending: Promise<unknown> = which === 'appInfo' ? api.appInfo() : api.sync.choose();
        return pending.then(
          (value) => ({ result: JSON.stringify(value) }),
          (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
        );
      }, name);
    expect(await call('appInfo')).toEqual({ error: `Error invoking remote method 'app:info': Error: Refused app:info: the sender is not an AKR Studio page.` });
    expect(await call('choose')).toEqual({
      error: `Error invoking remote method 'sync:choose': Error: Refused sync:choose: the sender is not an AKR Studio page.`,
    });
    expect(app.openDialogs()).toEqual([]);
    // The app's own page, on the served origin, is answered.
    expect(await app.page.evaluate(() => window.api?.appInfo().then((info) => info.name))).toBe('AKR Studio');
  });
});
