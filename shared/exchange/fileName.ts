/**
 * File names for exported analyses that are safe on Windows, macOS and Linux
 * and stable across saves: `<unit>-<short id>.akr.json`.
 */

/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Longest stem kept, so the whole name stays far below every file system's limit (255 bytes). */
const STEM_MAX = 60;

/**
 * A file-name stem from free text: letters (å ä ö kept), digits, dashes and
 * underscores; anything else becomes one dash; no leading or trailing dots,
 * dashes or spaces; never a reserved device name; never empty.
 */
export function safeStem(text: string, fallback = 'analys'): string {
  let stem = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  if (stem.length > STEM_MAX) stem = stem.slice(0, STEM_MAX).replace(/-+$/, '');
  if (stem === '' || RESERVED.test(stem)) stem = stem === '' ? fallback : `${stem}-${fallback}`;
  return stem;
}

/** The export file of one analysis: the same name every time it is saved. */
export function analysisFileName(unitName: string, analysisId: string): string {
  const shortId =
    analysisId
      .replace(/[^0-9a-z]/gi, '')
      .slice(0, 8)
      .toLowerCase() || 'analys';
  return `${safeStem(unitName)}-${shortId}.akr.json`;
}
