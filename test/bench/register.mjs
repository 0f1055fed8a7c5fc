// Lets Node 20 run the bench's TypeScript directly: `node --import ./test/bench/register.mjs test/bench/run.ts`.
// The hooks strip types with esbuild (already a dev dependency); no tsx, no build step.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
