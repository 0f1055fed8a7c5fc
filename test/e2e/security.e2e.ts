import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.ts';
import { serveApp } from './app.ts';
import { launchBrowser } from './browser.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server.close();
});

describe('browser mode security and storage', () => {
  it('serves the same Content-Security-Policy as the desktop app', async () => {
    const response = await fetch(server.url);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses to run injected inline script and reports the violation', async () => {
    const running = await launchBrowser();
    const page = await running.newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const ran = await page.evaluate(async () => {
      const flag = window as unknown as { injected?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 50));
      return flag.injected === true;
    });
    expect(ran).toBe(false);
    // The harness turns the violation into a problem; here it is expected.
    expect(running.problems.some((p) => p.includes('CSP violation') || p.includes('Content Security Policy'))).toBe(true);
    await running.close();
  });

  it('asks for persistent storage and says in Settings whether it was granted', async () => {
    const running = await launchBrowser();
    const page = await running.newPage();
    await page.goto(`${server.url}#/settings`);
    const status = page.getByTestId('storage-status');
    await status.waitFor();
    const granted = await page.evaluate(() => navigator.storage.persisted());
    await expect.poll(() => status.getAttribute('data-status')).toBe(granted ? 'persistent' : 'bestEffort');
    // When not granted, a banner reminds the user to keep a copy.
    await expect.poll(() => page.getByText('Webbläsaren kan rensa sparade analyser').count()).toBe(granted ? 0 : 1);
    expect(running.problems).toEqual([]);
    await running.close();
  });
});
