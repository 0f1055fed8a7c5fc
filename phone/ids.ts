/**
 * Ids made on the phone: for each submission (so a retry never counts twice)
 * and the phone's voter id in a room. `crypto.randomUUID` exists only in a
 * secure context, and the room is plain http on the local network, so the
 * usual path is `crypto.getRandomValues` (present everywhere).
 */

/** The parts of `crypto` used here, so a test can pass its own. */
export interface RandomSource {
  randomUUID?: () => string;
  getRandomValues(array: Uint8Array): Uint8Array;
}

/** A random id of 8–64 URL-safe characters (the protocol's clientId): a UUID, or 32 hex digits (128 bits). */
export function newId(source: RandomSource): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
