/**
 * How a phone gets into the room: the token from the QR link's hash
 * (`#t=<token>`), or the six-digit short code a person types, which the room
 * exchanges for the token. Pure.
 */
import { PHONE_LIMITS } from './limits.ts';

/** The room's token in a link's hash (`#t=…`), or null. The token is base64url, so no decoding is needed. */
export function tokenFromHash(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq) !== 't') continue;
    const token = part.slice(eq + 1);
    return /^[A-Za-z0-9_-]{16,128}$/.test(token) ? token : null;
  }
  return null;
}

/** The digits of a typed code ("123 456", "123-456" read as "123456"), or null when it is not six digits. */
export function readCode(typed: string): string | null {
  const digits = typed.replace(/[\s\u00a0\-–.]/g, '');
  return new RegExp(`^\\d{${PHONE_LIMITS.codeDigits}}$`).test(digits) ? digits : null;
}
