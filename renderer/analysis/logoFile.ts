/**
 * Reading a chosen logo file in the browser: refused at once when too large
 * (before reading it), else its bytes are checked (shared/logo.ts) and turned
 * into base64 for the record.
 */
import { checkLogo, MAX_LOGO_BYTES, type LogoProblem } from '../../shared/logo.ts';
import type { LogoType } from '../../shared/vocabulary.ts';

export type LogoRead =
  { ok: true; picture: { type: LogoType; data: string; width: number; height: number } } | { ok: false; problem: LogoProblem | { kind: 'read' } };

/** Bytes as base64, in slices so a large picture never overflows the argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

export async function readLogoFile(file: Blob): Promise<LogoRead> {
  if (file.size > MAX_LOGO_BYTES) return { ok: false, problem: { kind: 'tooLarge', bytes: file.size, limit: MAX_LOGO_BYTES } };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problem: { kind: 'read' } };
  }
  const checked = checkLogo(bytes);
  if (!checked.ok) return checked;
  return { ok: true, picture: { type: checked.type, width: checked.width, height: checked.height, data: toBase64(bytes) } };
}
