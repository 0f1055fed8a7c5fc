/**
 * The phone page the room server serves: `index.html` and `room.js`, built
 * into `dist/phone/` by `npm run build` (build/scripts/build-phone.mjs).
 * Read once when a room opens; the server keeps them in memory and never
 * touches the file system for a request.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PhonePage {
  html: Uint8Array;
  script: Uint8Array;
}

/** Reads the built phone page from `dir` (the folder holding index.html and room.js). */
export async function loadPhonePage(dir: string): Promise<PhonePage> {
  const [html, script] = await Promise.all([readFile(join(dir, 'index.html')), readFile(join(dir, 'room.js'))]);
  return { html, script };
}
