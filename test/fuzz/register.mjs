// Lets Node run the fuzzer's TypeScript directly: `node --import ./test/fuzz/register.mjs test/fuzz/run.ts`.
// Like test/bench/register.mjs, and also gives the renderer's database module the `import.meta.env` Vite would.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
