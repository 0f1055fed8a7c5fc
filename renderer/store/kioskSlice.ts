import { createLock, tryUnlock, type KioskLock, type Pbkdf2, type UnlockResult } from '../../shared/kiosk/lock.ts';
import type { KioskSlice, Slice, StoreDeps } from './types.ts';

/** PBKDF2-HMAC-SHA256 with WebCrypto: 32 bytes. */
export const webPbkdf2: Pbkdf2 = async (secret, salt, iterations) => {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations }, key, 256);
  return new Uint8Array(bits);
};

/** The kiosk lock: made when the facilitator starts the kiosk, tried when they end it. */
export function createKioskSlice(
  { repos, now = () => new Date().toISOString() }: StoreDeps,
  pbkdf2: Pbkdf2 = webPbkdf2,
  iterations?: number,
): Slice<KioskSlice> {
  return () => ({
    async makeKioskLock(analysisId, pin) {
      const random = crypto.getRandomValues(new Uint8Array(48));
      return createLock({ analysisId, pin, random, pbkdf2, now: now(), iterations });
    },
    async startKiosk(lock: KioskLock) {
      await repos.kiosk.put(lock);
    },
    async unlockKiosk(entry): Promise<UnlockResult | null> {
      const lock = await repos.kiosk.get();
      if (!lock) return { ok: true, lock: null };
      const result = await tryUnlock(lock, entry, pbkdf2, now());
      // A try made while waiting changes nothing; otherwise the lock goes, or counts the failure.
      if (result.ok || result.reason === 'wrong') {
        const written = await repos.kiosk.update(lock, result.lock);
        if (!written) return null;
      }
      return result;
    },
  });
}
