import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string | null {
  return CANDIDATES.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

/** Flags for a quiet, offline headless Chromium (its own update and sync calls are refused here anyway). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-default-browser-check',
];

/** A Chromium process we own, so a test can kill it like a power cut. */
export interface RunningBrowser {
  browser: Browser;
  context: BrowserContext;
  profileDir: string;
  process: ChildProcess;
  /** Problems seen on any page: console errors, CSP violations, page errors. */
  problems: string[];
  newPage(): Promise<Page>;
  /** SIGKILL, no clean shutdown. Resolves, once the process is gone, to when the signal was sent (ms since epoch). */
  kill(): Promise<number>;
  close(): Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'akr-e2e-profile-'));
}

/**
 * Starts Chromium with a user-data folder (a real on-disk profile) and
 * connects over CDP. Every page reports console errors and CSP violations
 * into `problems`, which the tests require to stay empty.
 */
export async function launchBrowser(profileDir = newProfileDir(), extraFlags: string[] = []): Promise<RunningBrowser> {
  const executable = chromiumPath();
  if (!executable) throw new Error('Chromium saknas');
  const child = spawn(executable, [...CHROMIUM_FLAGS, ...extraFlags, `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wsUrl = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${buffer}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(buffer);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${buffer}`)));
  });
  child.stderr.resume();
  // Never leave a browser behind, even when a test run is cut short.
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  const browser = await chromium.connectOverCDP(wsUrl);
  const context = browser.contexts()[0];
  if (!context) throw new Error('No default context');
  const problems: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:', 'about:'].includes(url.protocol)) {
        problems.push(`network request outside the app: ${req.url()}`);
      }
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      process.off('exit', reap);
      resolve();
    }),
  );
  return {
    browser,
    context,
    profileDir,
    process: child,
    problems,
    newPage: () => context.newPage(),
    async kill() {
      const sentAt = Date.now();
      child.kill('SIGKILL');
      await exited;
      return sentAt;
    },
    async close() {
      await browser.close().catch(() => undefined);
      child.kill('SIGTERM');
      await exited;
    },
  };
}

let axeSource: string | null = null;

/** Runs axe-core in the page (injected as a string: the CSP forbids script tags) and returns serious/critical violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // axe is a global once its source has run in the page.
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[]; help: string }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} – ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join(', ')}`,
      );
  });
}
