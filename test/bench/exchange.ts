import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { AnalysisBundle } from '../../shared/model.ts';
import type { ExchangeBenchWindow, RoundTrip } from './exchangePage.ts';

/** The analysis of figure 9: 2,000 tasks × 4 roles = 8,000 cards; with the tasks, roles, steps and the analysis 10,011 items. */
export const EXCHANGE_TASKS = 2_000;

/** Items of an analysis as the file holds them: the analysis, its steps, roles, tasks and placements (cards). */
export function itemCount(bundle: AnalysisBundle): number {
  return 1 + bundle.steps.length + bundle.roles.length + bundle.tasks.length + bundle.placements.length;
}

/**
 * exchangePage.ts with everything it imports (the app's exchange repository,
 * Dexie, zod) as one script. The app's CSP allows no script tags from outside;
 * the script is handed to the page through the DevTools protocol instead.
 */
export async function exchangePageScript(): Promise<string> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('./exchangePage.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    // What Vite replaces in the app's production build.
    define: { 'import.meta.env.DEV': 'false' },
    write: false,
    logLevel: 'silent',
  });
  const script = out.outputFiles[0]?.text;
  if (!script) throw new Error('esbuild produced no script for exchangePage.ts');
  return script;
}

/** Installs the script in the page (once per document) and runs one export and two imports; see exchangePage.ts. */
export async function exchangeRoundTrip(page: Page, script: string, analysisId: string, targetDb: string): Promise<RoundTrip> {
  const installed = await page.evaluate(() => '__akrExchangeBench' in window);
  if (!installed) await page.evaluate(script);
  return page.evaluate(({ analysisId, targetDb }) => (window as unknown as ExchangeBenchWindow).__akrExchangeBench.roundTrip(analysisId, targetDb), {
    analysisId,
    targetDb,
  });
}
