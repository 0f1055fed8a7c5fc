import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clientId } from '../../../shared/room/protocol';
import { newId } from '../../../phone/ids';

describe('ids made on the phone', () => {
  it('uses randomUUID where the browser has it (a secure context)', () => {
    const id = newId({ randomUUID: () => webcrypto.randomUUID(), getRandomValues: (a) => webcrypto.getRandomValues(a) });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(clientId.safeParse(id).success).toBe(true);
  });

  it('falls back to 128 random bits from getRandomValues on plain http, where randomUUID is missing', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const id = newId({ getRandomValues: (a) => webcrypto.getRandomValues(a) });
      expect(id).toMatch(/^[0-9a-f]{32}$/);
      expect(clientId.safeParse(id).success).toBe(true);
      seen.add(id);
    }
    expect(seen.size).toBe(200);
  });

  it('takes its bits from the source given, all 16 bytes of them', () => {
    const id = newId({ getRandomValues: (a) => (a.fill(0xab), a) });
    expect(id).toBe('ab'.repeat(16));
  });
});
