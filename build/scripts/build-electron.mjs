// Bundles the main process and the preload into dist/electron/*.cjs.
//
// Each output is one self-contained CommonJS file: the sandboxed preload cannot
// require our own modules at runtime, and a single file keeps the packaged app
// small. `electron` itself is provided by the runtime, so it stays external.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 ships Node 22; the preload runs in its newer Chromium.
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'info',
});
