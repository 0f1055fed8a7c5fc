import { pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createLock,
  looksLikePin,
  normaliseRecovery,
  pinProblem,
  recoveryCode,
  tryUnlock,
  waitAfter,
  type KioskLock,
  type Pbkdf2,
} from '../../../../shared/kiosk/lock.ts';
import { SCHEMAS } from '../../../../shared/records/checks.ts';

/** Node's own PBKDF2, so the test does not lean on the app's WebCrypto adapter. */
const pbkdf2: Pbkdf2 = async (secret, salt, iterations) => new Uint8Array(pbkdf2Sync(secret, salt, iterations, 32, 'sha256'));
const random = (seed: number) => Uint8Array.from({ length: 48 }, (_, i) => (i * 37 + seed * 11) % 256);
const NOW = '2026-12-06T10:00:00.000Z';
const later = (ms: number) => new Date(Date.parse(NOW) + ms).toISOString();

async function lockWith(pin: string): Promise<{ lock: KioskLock; recovery: string }> {
  return createLock({ analysisId: 'a1', pin, random: random(1), pbkdf2, now: NOW, iterations: 1_000 });
}

describe('a new kiosk PIN', () => {
  it('is 4 to 8 digits, typed the same twice', () => {
    expect(pinProblem('1234', '1234')).toBeNull();
    expect(pinProblem('12345678', '12345678')).toBeNull();
    expect(pinProblem('123', '123')).toBe('length');
    expect(pinProblem('123456789', '123456789')).toBe('length');
    expect(pinProblem('12a4', '12a4')).toBe('digitsOnly');
    expect(pinProblem('1234', '1243')).toBe('mismatch');
  });
});

describe('the kiosk lock', () => {
  it('keeps hashes with their salts, never the PIN or the recovery code', async () => {
    const { lock, recovery } = await lockWith('2468');
    const stored = JSON.stringify(lock);
    expect(stored).not.toContain('2468');
    expect(stored).not.toContain(normaliseRecovery(recovery));
    expect(lock.pin.salt).not.toBe(lock.recovery.salt);
    expect(lock.pin.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(lock).toMatchObject({ key: 'kiosk', analysisId: 'a1', failures: 0, waitUntil: null, startedAt: NOW });
  });

  it('is a record the machine table’s schema accepts', async () => {
    const { lock } = await lockWith('2468');
    expect(SCHEMAS.machine.safeParse(lock).success).toBe(true);
    expect(SCHEMAS.machine.safeParse({ key: 'id', machine: 'm1' }).success).toBe(true);
    expect(SCHEMAS.machine.safeParse({ ...lock, pin: '2468' }).success).toBe(false);
  });

  it('opens with the right PIN and stays shut with a wrong one, counting it', async () => {
    const { lock } = await lockWith('2468');
    const wrong = await tryUnlock(lock, '1357', pbkdf2, NOW);
    expect(wrong).toMatchObject({ ok: false, reason: 'wrong', waitMs: 0, lock: { failures: 1, waitUntil: null } });
    if (wrong.ok) throw new Error('unreachable');
    expect(await tryUnlock(wrong.lock, '2468', pbkdf2, NOW)).toEqual({ ok: true, lock: null });
  });

  it('makes each try after the third wrong one wait longer, up to 15 minutes', async () => {
    expect([0, 1, 2].map(waitAfter)).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6].map(waitAfter)).toEqual([15_000, 30_000, 60_000, 120_000]);
    expect(waitAfter(50)).toBe(15 * 60_000);
    let { lock } = await lockWith('2468');
    for (let i = 0; i < 3; i++) {
      const result = await tryUnlock(lock, '0000', pbkdf2, NOW);
      if (result.ok) throw new Error('opened with a wrong PIN');
      lock = result.lock;
    }
    expect(lock).toMatchObject({ failures: 3, waitUntil: later(15_000) });
    // While the wait runs, even the right PIN is not tried, and nothing is counted.
    const waiting = await tryUnlock(lock, '2468', pbkdf2, later(5_000));
    expect(waiting).toMatchObject({ ok: false, reason: 'wait', waitMs: 10_000, lock });
    expect(await tryUnlock(lock, '2468', pbkdf2, later(15_000))).toEqual({ ok: true, lock: null });
  });

  it('opens with the recovery code at any time, however it is typed', async () => {
    const { lock, recovery } = await lockWith('2468');
    const waiting = { ...lock, failures: 9, waitUntil: later(60_000) };
    expect(await tryUnlock(waiting, recovery, pbkdf2, NOW)).toEqual({ ok: true, lock: null });
    const sloppy = ` ${recovery.toLowerCase().replace(/-/g, ' ')} `;
    expect(await tryUnlock(lock, sloppy, pbkdf2, NOW)).toEqual({ ok: true, lock: null });
    const wrong = await tryUnlock(lock, 'AAAA-BBBB-CCCC-DDDD', pbkdf2, NOW);
    expect(wrong).toMatchObject({ ok: false, reason: 'wrong', lock: { failures: 1 } });
  });

  it('does not open with the recovery code’s hash or the PIN’s hash typed in', async () => {
    const { lock } = await lockWith('2468');
    expect((await tryUnlock(lock, lock.pin.hash, pbkdf2, NOW)).ok).toBe(false);
    expect((await tryUnlock(lock, lock.recovery.hash, pbkdf2, NOW)).ok).toBe(false);
  });
});

describe('the recovery code', () => {
  it('is 16 unambiguous characters in groups of four', () => {
    const code = recoveryCode(random(3).slice(0, 16));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(() => recoveryCode(new Uint8Array(8))).toThrow();
  });

  it('reads O as 0 and I or L as 1, so a misread code still works', () => {
    expect(normaliseRecovery('o1il-abcd')).toBe('0111ABCD');
  });

  it('is never mistaken for a PIN', () => {
    expect(looksLikePin('2468')).toBe(true);
    expect(looksLikePin(' 12345678 ')).toBe(true);
    expect(looksLikePin('123')).toBe(false);
    expect(looksLikePin(recoveryCode(random(5).slice(0, 16)))).toBe(false);
  });
});
