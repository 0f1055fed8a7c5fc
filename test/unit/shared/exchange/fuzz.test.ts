/**
 * The readers of files from outside under random and mutated inputs (see
 * test/fuzz/targets.ts): each either reads its input or refuses it with its
 * typed error, and a refused file never changes the database. A fixed seed
 * and a few hundred runs here; `npm run fuzz` runs them for as long as asked.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { TARGETS } from '../../../fuzz/targets.ts';

const SEED = 20261205;

describe('readers of outside files, fuzzed', () => {
  for (const target of TARGETS) {
    it.skipIf(target.skip !== undefined)(
      `${target.name}: reads or refuses with its typed error`,
      async () => {
        await fc.assert(
          fc.asyncProperty(target.input(), async (input) => {
            await target.run(input);
          }),
          { seed: SEED, numRuns: target.runs },
        );
      },
      120_000,
    );
  }
});
