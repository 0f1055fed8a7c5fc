// Builds the phone page the room server serves: dist/phone/room.js (one
// minified script for iOS Safari 15 and Chrome 100) and dist/phone/index.html
// with phone/style.css inlined (the room's CSP allows inline styles and only
// its own /room.js as a script, so nothing else may be inlined or fetched).
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The script's esbuild options (test/unit/phone/bundle.test.ts builds with them too). */
export const PHONE_SCRIPT = {
  absWorkingDir: ROOT,
  entryPoints: ['phone/main.ts'],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  // iOS Safari 15 and the Chrome of the last four years: newer syntax is lowered; newer APIs are not used (see phone/main.ts).
  target: ['safari15', 'chrome100'],
  minify: true,
  legalComments: 'none',
  // No source map: the room serves only index.html and room.js.
  sourcemap: false,
};

export async function buildPhone() {
  const out = join(ROOT, 'dist/phone');
  await build({ ...PHONE_SCRIPT, outfile: 'dist/phone/room.js', logLevel: 'info' });
  const [html, css] = await Promise.all([readFile(join(ROOT, 'phone/index.html'), 'utf8'), readFile(join(ROOT, 'phone/style.css'), 'utf8')]);
  const marker = '/*STYLE*/';
  if (!html.includes(marker)) throw new Error(`phone/index.html has no ${marker} marker for the styles`);
  if (css.includes('</style')) throw new Error('phone/style.css must not close its <style> element');
  await mkdir(out, { recursive: true });
  await writeFile(
    join(out, 'index.html'),
    html.replace(marker, () => css),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildPhone();
}
