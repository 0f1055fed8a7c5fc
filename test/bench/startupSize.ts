import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface StartupSize {
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

/**
 * The renderer JavaScript fetched at start-up: every script and modulepreload
 * named by the built index.html (the app's bundle, the early entry and the
 * opening screens' chunks), gzipped at level 9 one file at a time.
 */
export function startupSize(rendererDir: string): StartupSize {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const files = new Set([...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? ''));
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(rendererDir, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.size, rawBytes, gzipBytes };
}

export const STARTUP_BUDGET_KB = 350;

export function startupLine(size: StartupSize): string {
  const kb = size.gzipBytes / 1024;
  const ratio = kb / STARTUP_BUDGET_KB;
  return (
    `11. Renderer JS at start-up: ${size.files} files named by index.html, ${(size.rawBytes / 1024).toFixed(0)} KB, ` +
    `${kb.toFixed(0)} KB gzip (level 9); budget ${STARTUP_BUDGET_KB} KB gzip, figure/budget ${ratio.toFixed(2)}${ratio > 1 ? ' OVER' : ''}.`
  );
}
