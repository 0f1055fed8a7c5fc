// Makes the application icons from build/icon.svg into build/icons/ (not kept in
// git): one PNG per size for Linux (NxN.png, the folder electron-builder reads),
// icon.ico for Windows and icon.icns for macOS. Run by `npm run dist` before
// electron-builder, and on its own as `npm run icons`.
//
// Every PNG is drawn from the SVG at its own size (resvg), so the small ones are
// drawn sharp instead of shrunk from a large one. The ICO holds those drawings
// as they are (png-to-ico); png2icons writes the ICNS from the 1024 px drawing,
// which is what macOS scales from anyway.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pngToIco from 'png-to-ico';
import png2icons from 'png2icons';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Sizes of the PNG set; 1024 is the largest macOS asks for, 16 the smallest Windows shows. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
/** Sizes in icon.ico: Explorer, the taskbar and the Start menu at every scaling; 256 is required by electron-builder. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** Draws the SVG as a square PNG of the given size. */
function render(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

/**
 * Writes the icon set into `outDir` and returns the paths written.
 * @param {{ svg?: string, outDir?: string }} [options]
 * @returns {Promise<string[]>}
 */
export async function makeIcons({ svg = join(ROOT, 'build/icon.svg'), outDir = join(ROOT, 'build/icons') } = {}) {
  const source = readFileSync(svg);
  mkdirSync(outDir, { recursive: true });
  const pngs = new Map(PNG_SIZES.map((size) => [size, render(source, size)]));
  const written = [];
  const write = (name, data) => {
    const path = join(outDir, name);
    writeFileSync(path, data);
    written.push(path);
  };
  for (const [size, png] of pngs) write(`${size}x${size}.png`, png);
  write('icon.ico', await pngToIco(ICO_SIZES.map((size) => pngs.get(size))));
  const icns = png2icons.createICNS(pngs.get(1024), png2icons.BICUBIC, 0);
  if (!icns) throw new Error('png2icons could not make icon.icns');
  write('icon.icns', icns);
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const written = await makeIcons();
  console.log(`Icons: ${written.length} files in ${join(ROOT, 'build/icons')}`);
}
