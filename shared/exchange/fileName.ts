/**
 * File names for exported analyses that are safe on Windows, macOS and Linux
 * and stable across saves: `<unit>-<short id>.akr`.
 */

/**
 * The analysis file's extension. One extension of its own, because Windows
 * and macOS associate a file type by the last extension only: `.json` must
 * never become ours. The text inside is JSON all the same.
 */
export const ANALYSIS_FILE_EXTENSION = '.akr';
/** What earlier versions wrote; read everywhere still, never written. */
export const LEGACY_ANALYSIS_FILE_EXTENSION = '.akr.json';
/** The extensions read, the longer first: `x.akr.json` is `x` + `.akr.json`, never `x.akr` + `.json`. */
export const ANALYSIS_FILE_EXTENSIONS = [LEGACY_ANALYSIS_FILE_EXTENSION, ANALYSIS_FILE_EXTENSION] as const;
export type AnalysisFileExtension = (typeof ANALYSIS_FILE_EXTENSIONS)[number];

/**
 * The analysis-file extension `name` ends in, or null. `ignoreCase` for
 * names the OS hands over (Windows and macOS match `X.AKR` to the app too);
 * the sync folder, where the app names the files itself, matches exactly.
 */
export function analysisFileExtension(name: string, { ignoreCase = false } = {}): AnalysisFileExtension | null {
  const compared = ignoreCase ? name.toLowerCase() : name;
  return ANALYSIS_FILE_EXTENSIONS.find((extension) => compared.length > extension.length && compared.endsWith(extension)) ?? null;
}

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
  return `${safeStem(unitName)}-${shortId}${ANALYSIS_FILE_EXTENSION}`;
}
