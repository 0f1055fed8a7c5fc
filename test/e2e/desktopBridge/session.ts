/**
 * Per-file setup for a desktop e2e: e2eSession's server and browser (whose
 * problems fail the test), the preload bundled once, and after each test the
 * app's main side taken down and its own problems checked.
 */
import { afterEach, beforeAll } from 'vitest';
import { e2eSession } from '../app.ts';
import { startDesktop, type Desktop, type DesktopOptions, type HandlerModule } from './bridge.ts';
import { bundlePreload } from './preloadBundle.ts';

/** A desktop session over `handlers` (MAIN_HANDLERS for the app as main.ts starts it). */
export function desktopSession(handlers: readonly HandlerModule[]) {
  const session = e2eSession();
  let preloadScript: string | null = null;
  let current: Desktop | null = null;
  beforeAll(async () => {
    preloadScript = await bundlePreload();
  });
  // Runs before e2eSession's afterEach (after-hooks run in reverse), which closes the browser.
  afterEach(async () => {
    const desktop = current;
    current = null;
    await desktop?.close();
  });
  return {
    get url(): string {
      return session.url;
    },
    /** Launches Chromium and starts the app's main side, which opens the main window; `handlers` replaces the session's for this test. */
    async start(options: Partial<Pick<DesktopOptions, 'appVersion' | 'displays' | 'primaryDisplayId' | 'handlers'>> = {}): Promise<Desktop> {
      if (preloadScript === null) throw new Error('the preload is not bundled yet');
      if (current !== null) throw new Error('one desktop per test');
      const running = await session.launch();
      current = await startDesktop({ handlers, ...options, running, url: session.url, preloadScript });
      return current;
    },
  };
}
