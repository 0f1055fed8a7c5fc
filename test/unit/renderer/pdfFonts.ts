import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FontFiles } from '../../../renderer/pdf/drawPdf.ts';

/** The same font files the app bundles, read from the package. */
export function nodeFonts(): FontFiles {
  const file = (name: string) => readFileSync(join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf', name)).toString('base64');
  return { regular: file('DejaVuSans.ttf'), bold: file('DejaVuSans-Bold.ttf'), italic: file('DejaVuSans-Oblique.ttf') };
}
