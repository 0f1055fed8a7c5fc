import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (Node, fake-indexeddb) and the e2e suite, which
// drives Debian's Chromium against the built renderer, one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['test/unit/setup.ts'],
          // Some tests drive a whole store through fake-indexeddb; on a loaded 2-core machine the default 5 s is
          // too short for them, and only a test that hangs should fail.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // The default of 1 s is too short on a loaded 2-core CI machine: a poll waits for the page,
          // and only a page that never gets there should fail.
          expect: { poll: { timeout: 10_000 } },
          globalSetup: ['test/e2e/globalSetup.ts'],
        },
      },
    ],
  },
});
