// Tests isolate themselves by database name (fake-indexeddb is installed in test/unit/setup.ts).
import { openDb, type OpenOptions } from '../../../../renderer/db/db.ts';

export function uniqueName(): string {
  return `akr-test-${crypto.randomUUID()}`;
}

export function testDb(options: OpenOptions = {}) {
  return openDb({ name: uniqueName(), ...options });
}
