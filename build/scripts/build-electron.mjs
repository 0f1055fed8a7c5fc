// Bundles the main process and the preload into dist/electron/*.cjs, and the
// room host with the browser mode's local link into dist/room/link.mjs (which
// build/scripts/serve.mjs imports: it is plain JavaScript and cannot import .ts).
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

// The same room host as the desktop app's, for `npm run web`: Node 20 runs serve.mjs, so ESM for Node 20.
await build({
  absWorkingDir: root,
  entryPoints: { link: 'electron/room/link.ts' },
  outdir: 'dist/room',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'info',
});
