/**
 * The real electron/preload.ts, bundled for a page: the same esbuild bundling
 * as build/scripts/build-electron.mjs, except that `electron` resolves to
 * electronInPage.ts instead of being left to Electron's runtime.
 */
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const PRELOAD = 'electron/preload.ts';
const IN_PAGE = fileURLToPath(new URL('./electronInPage.ts', import.meta.url));

/** The preload source the desktop path runs; windows whose `webPreferences.preload` is this get it. */
export const PRELOAD_SOURCE = fileURLToPath(new URL(`../../../${PRELOAD}`, import.meta.url));

const electronInPage: Plugin = {
  name: 'electron-in-page',
  setup(build) {
    build.onResolve({ filter: /^electron$/ }, () => ({ path: IN_PAGE }));
  },
};

/** The preload as one script for `addInitScript`. Throws unless the bundle holds the real preload and the page half of `electron`. */
export async function bundlePreload(): Promise<string> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [PRELOAD],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    plugins: [electronInPage],
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  for (const needed of [PRELOAD, 'test/e2e/desktopBridge/electronInPage.ts']) {
    if (!inputs.includes(needed)) throw new Error(`The preload bundle is missing ${needed}: ${inputs.join(', ')}`);
  }
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error('esbuild wrote no preload bundle');
  return output.text;
}
