/**
 * The organisation's logo (one per analysis, on the report's cover and the
 * handouts' header): what a chosen file may be, read from its bytes, never
 * from its name or the type the system reports. PNG and JPEG only; SVG is
 * refused because it can carry script and outside references.
 */
import { created, updated, type Change } from './changes.ts';
import { revise } from './items.ts';
import type { RecordOf } from './records/registry.ts';
import type { Timestamp } from './model.ts';
import type { LogoType } from './vocabulary.ts';

/** The logo as stored with the analysis (id = the analysis id). */
export type Logo = RecordOf<'logos'>;

/** The largest logo file accepted: 1 MB (its base64 fits the record's limit). */
export const MAX_LOGO_BYTES = 1024 * 1024;

/** Why a file is not taken as a logo. */
export type LogoProblem =
  /** An SVG drawing (it can carry script). */
  | { kind: 'svg' }
  /** A GIF, WebP, BMP, PDF … or anything not a picture: `found` names what it is, when known. */
  | { kind: 'type'; found: string | null }
  | { kind: 'tooLarge'; bytes: number; limit: number }
  /** The start says PNG or JPEG but the picture's size cannot be read from it. */
  | { kind: 'damaged'; type: LogoType }
  | { kind: 'empty' };

export type LogoCheck = { ok: true; type: LogoType; width: number; height: number } | { ok: false; problem: LogoProblem };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const u16 = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u32 = (b: Uint8Array, at: number) => (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0;

/** PNG: the signature, then the IHDR chunk with width and height. */
function pngSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 24 || !startsWith(b, ascii('IHDR'), 12)) return null;
  const width = u32(b, 16);
  const height = u32(b, 20);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** JPEG: walks the segments to the first start-of-frame marker, which holds height and width. */
function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) {
      at++;
      continue;
    }
    // Markers without a length: restart markers and the like.
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = u16(b, at + 2);
    if (length < 2) return null;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      const height = u16(b, at + 5);
      const width = u16(b, at + 7);
      return width > 0 && height > 0 ? { width, height } : null;
    }
    at += 2 + length;
  }
  return null;
}

/** What a file that is not PNG or JPEG is, by its first bytes, to name it in the message. */
function otherKind(b: Uint8Array): LogoProblem {
  // The markup's start is ASCII; a UTF-8 byte-order mark or spaces may come first.
  const head = String.fromCharCode(...b.subarray(0, 512))
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<') && head.includes('<svg')) {
    return { kind: 'svg' };
  }
  if (startsWith(b, ascii('GIF8'))) return { kind: 'type', found: 'GIF' };
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8)) return { kind: 'type', found: 'WebP' };
  if (startsWith(b, ascii('BM'))) return { kind: 'type', found: 'BMP' };
  if (startsWith(b, ascii('%PDF'))) return { kind: 'type', found: 'PDF' };
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return { kind: 'type', found: 'TIFF' };
  return { kind: 'type', found: null };
}

/**
 * Whether a file may be the logo, from its bytes: a PNG or JPEG of at most
 * 1 MB whose size can be read. The size limit is checked first, so a large
 * file is named as too large whatever it is.
 */
export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, problem: { kind: 'empty' } };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, problem: { kind: 'tooLarge', bytes: bytes.length, limit: MAX_LOGO_BYTES } };
  if (startsWith(bytes, PNG_SIGNATURE)) {
    const size = pngSize(bytes);
    return size ? { ok: true, type: 'image/png', ...size } : { ok: false, problem: { kind: 'damaged', type: 'image/png' } };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    const size = jpegSize(bytes);
    return size ? { ok: true, type: 'image/jpeg', ...size } : { ok: false, problem: { kind: 'damaged', type: 'image/jpeg' } };
  }
  return { ok: false, problem: otherKind(bytes) };
}

/** Sets (or replaces) the analysis's logo. */
export function setLogo(
  before: Logo | null,
  analysisId: string,
  picture: { type: LogoType; data: string; width: number; height: number },
  now: Timestamp,
): Change<Logo>[] {
  if (!before) return [created('logos', { id: analysisId, rev: 1, updatedAt: now, analysisId, ...picture })];
  return [updated('logos', before, revise(before, picture, now))];
}

/** Removes the analysis's logo. */
export function removeLogo(before: Logo | null): Change<Logo>[] {
  return before ? [{ table: 'logos', before, after: null }] : [];
}

/**
 * The logo's size on a page: as wide as the picture's proportions allow
 * within `maxWidth` × `maxHeight` (pt), never stretched.
 */
export function fitLogo(logo: { width: number; height: number }, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(maxWidth / logo.width, maxHeight / logo.height);
  return { width: logo.width * scale, height: logo.height * scale };
}
