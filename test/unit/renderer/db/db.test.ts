import { describe, expect, it } from 'vitest';
import { testDb } from './helpers.ts';

describe('openDb', () => {
  it('asks Chromium for strict durability, so a committed edit has reached the disk', () => {
    const db = testDb();
    // Dexie keeps its constructor options here; there is no public getter.
    const options = (db as unknown as { _options: { chromeTransactionDurability?: string } })._options;
    expect(options.chromeTransactionDurability).toBe('strict');
  });
});
