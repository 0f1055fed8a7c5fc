/**
 * The kiosk lock: while it is stored on this machine, the app shows only the
 * kiosk until the facilitator's PIN (or the recovery code shown once when the
 * kiosk started) is given. Only PBKDF2 hashes of the two secrets are kept,
 * each with its own salt. Failed PIN attempts are counted, and after a few
 * each further try waits longer.
 *
 * What it is for: the next person at the laptop in the break room must not
 * reach anyone's answers or the rest of the analysis. It does not stand up to
 * someone who controls the computer (the browser's developer tools, another
 * program reading the app's storage, a short PIN tried offline against its
 * hash): the README says so.
 *
 * Pure apart from the hash function, which is passed in (WebCrypto in the app).
 */
import type * as z from 'zod/mini';
import type { kioskLock } from '../records/schemas.ts';
import type { Timestamp } from '../model.ts';

export type KioskLock = z.infer<typeof kioskLock>;

/** PBKDF2 with SHA-256 over a UTF-8 secret: 32 bytes. */
export type Pbkdf2 = (secret: string, salt: Uint8Array, iterations: number) => Promise<Uint8Array>;

/** OWASP's figure for PBKDF2-HMAC-SHA256 is higher, but each unlock waits for it on an older laptop; a 4-digit PIN is not saved by iterations anyway. */
export const PIN_ITERATIONS = 210_000;
export const PIN_MIN = 4;
export const PIN_MAX = 8;
/** Failed attempts allowed before the waiting starts. */
export const FREE_ATTEMPTS = 3;
const FIRST_WAIT_MS = 15_000;
const LONGEST_WAIT_MS = 15 * 60_000;

/** Why a PIN cannot be used. */
export type PinProblem = 'digitsOnly' | 'length' | 'mismatch';

/** Checks a new PIN and its repetition: 4–8 digits, the same twice. */
export function pinProblem(pin: string, again: string): PinProblem | null {
  if (!/^\d*$/.test(pin)) return 'digitsOnly';
  if (pin.length < PIN_MIN || pin.length > PIN_MAX) return 'length';
  return pin === again ? null : 'mismatch';
}

/** Whether an entry is a PIN (4–8 digits); anything else is read as the recovery code. */
export function looksLikePin(entry: string): boolean {
  return new RegExp(`^\\d{${PIN_MIN},${PIN_MAX}}$`).test(entry.trim());
}

/** Crockford's base 32: no I, L, O or U, so the code reads back without doubt. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 16;

/** A recovery code from 16 random bytes: 16 characters (80 bits) in groups of four, "7K2M-…". */
export function recoveryCode(random: Uint8Array): string {
  if (random.length < CODE_LENGTH) throw new Error(`recoveryCode needs ${CODE_LENGTH} random bytes`);
  const chars = Array.from(random.subarray(0, CODE_LENGTH), (b) => ALPHABET[b % 32] ?? '0');
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** A recovery code as typed, in the form it was hashed in: capitals, no spaces or dashes, O read as 0 and I, L as 1. */
export function normaliseRecovery(entry: string): string {
  return entry.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** Compares two hex strings without stopping at the first difference. */
function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** What the lock needs besides the PIN: fresh random bytes (two salts, the recovery code), the hash, the time. */
export interface LockInputs {
  analysisId: string;
  pin: string;
  /** 48 random bytes: 16 for each salt and 16 for the recovery code. */
  random: Uint8Array;
  pbkdf2: Pbkdf2;
  now: Timestamp;
  iterations?: number;
}

/** A new lock and the recovery code to show once (it is stored only as its hash). */
export async function createLock(input: LockInputs): Promise<{ lock: KioskLock; recovery: string }> {
  const iterations = input.iterations ?? PIN_ITERATIONS;
  const pinSalt = input.random.slice(0, 16);
  const recoverySalt = input.random.slice(16, 32);
  const recovery = recoveryCode(input.random.slice(32, 48));
  const [pinHash, recoveryHash] = await Promise.all([
    input.pbkdf2(input.pin, pinSalt, iterations),
    input.pbkdf2(normaliseRecovery(recovery), recoverySalt, iterations),
  ]);
  return {
    recovery,
    lock: {
      key: 'kiosk',
      analysisId: input.analysisId,
      iterations,
      pin: { salt: toHex(pinSalt), hash: toHex(pinHash) },
      recovery: { salt: toHex(recoverySalt), hash: toHex(recoveryHash) },
      failures: 0,
      waitUntil: null,
      startedAt: input.now,
    },
  };
}

/** How long to wait after `failures` failed PIN attempts: nothing for the first three, then 15 s, 30 s, 1 min … up to 15 min. */
export function waitAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.min(failures - FREE_ATTEMPTS, 20));
}

/** The outcome of an unlock attempt, with the lock as it is to be stored after it (null: unlocked, remove it). */
export type UnlockResult =
  { ok: true; lock: null } | { ok: false; reason: 'wrong'; lock: KioskLock; waitMs: number } | { ok: false; reason: 'wait'; lock: KioskLock; waitMs: number };

/**
 * Tries an entry against the lock: 4–8 digits are the PIN, anything else the
 * recovery code. A PIN is not even tried while the wait after earlier
 * failures runs. The recovery code (80 random bits, hopeless to guess) is
 * tried at any time, so a facilitator who forgot the PIN never waits; a wrong
 * one counts as a failure too.
 */
export async function tryUnlock(lock: KioskLock, entry: string, pbkdf2: Pbkdf2, now: Timestamp): Promise<UnlockResult> {
  const at = Date.parse(now);
  const pin = looksLikePin(entry);
  if (pin && lock.waitUntil !== null) {
    const left = Date.parse(lock.waitUntil) - at;
    if (left > 0) return { ok: false, reason: 'wait', lock, waitMs: left };
  }
  const secret = pin ? { text: entry.trim(), stored: lock.pin } : { text: normaliseRecovery(entry), stored: lock.recovery };
  const hash = toHex(await pbkdf2(secret.text, fromHex(secret.stored.salt), lock.iterations));
  if (sameHex(hash, secret.stored.hash)) return { ok: true, lock: null };
  const failures = lock.failures + 1;
  const waitMs = waitAfter(failures);
  return {
    ok: false,
    reason: 'wrong',
    waitMs,
    lock: { ...lock, failures, waitUntil: waitMs > 0 ? new Date(at + waitMs).toISOString() : null },
  };
}
