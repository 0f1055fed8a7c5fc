// Builds the phone page the room server serves: dist/phone/room.js (one
// minified script for iOS Safari 15 and Chrome 100) and dist/phone/index.html
// with phone/style.css inlined (the room's CSP allows inline styles and only
// its own /room.js as a script, so nothing else may be inlined or fetched).
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, 'dist/phone');

await build({
  absWorkingDir: root,
  entryPoints: ['phone/main.ts'],
  outfile: 'dist/phone/room.js',
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: ['safari15', 'chrome100'],
  minify: true,
  legalComments: 'none',
  // No source map: the room serves only index.html and room.js.
  sourcemap: false,
  logLevel: 'info',
});

const [html, css] = await Promise.all([readFile(join(root, 'phone/index.html'), 'utf8'), readFile(join(root, 'phone/style.css'), 'utf8')]);
const marker = '/*STYLE*/';
if (!html.includes(marker)) throw new Error(`phone/index.html has no ${marker} marker for the styles`);
if (css.includes('</style')) throw new Error('phone/style.css must not close its <style> element');
await mkdir(out, { recursive: true });
await writeFile(
  join(out, 'index.html'),
  html.replace(marker, () => css),
);
