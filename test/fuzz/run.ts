/**
 * The fuzzer, for as long as asked: `npm run fuzz -- --seconds 600`.
 *
 *   --seconds N     how long to run (60)
 *   --target NAME   only targets whose name contains NAME
 *   --seed N        the first seed (else drawn); each batch uses the next
 *   --replay FILE   run one saved input (a file this wrote) and say what happened
 *   --path P        with --seed and --target: replay fast-check's counterexample at that seed and path
 *
 * Runs the targets of targets.ts in turn, in batches, each batch with its
 * own seed. A failing input is printed with its seed and path and saved,
 * with its bytes in base64, under test-results/fuzz/; so is any input that
 * took over a second. Speed is reported here, never asserted in a test.
 */
import 'fake-indexeddb/auto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { TARGETS, type FuzzTarget, type Outcome } from './targets.ts';
import { base64, type FuzzInput } from './mutate.ts';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    target: { type: 'string' },
    seed: { type: 'string' },
    replay: { type: 'string' },
    path: { type: 'string' },
  },
});

const OUT = 'test-results/fuzz';
const SLOW_MS = 1000;
const BATCH = 50;

function save(kind: string, target: FuzzTarget, input: FuzzInput, extra: Record<string, unknown>): string {
  mkdirSync(OUT, { recursive: true });
  const file = `${OUT}/${kind}-${target.name.replace(/\W+/g, '_')}-${Date.now()}.json`;
  writeFileSync(file, `${JSON.stringify({ target: target.name, name: input.name, base64: base64(input.bytes), ...extra }, null, 2)}\n`);
  return file;
}

async function replay(file: string): Promise<void> {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { target: string; name: string; base64: string };
  const target = TARGETS.find((t) => t.name === saved.target);
  if (!target) throw new Error(`no target ${saved.target}`);
  const input = { name: saved.name, bytes: new Uint8Array(Buffer.from(saved.base64, 'base64')) };
  const start = performance.now();
  try {
    console.log(`${target.name}: ${await target.run(input)} in ${(performance.now() - start).toFixed(0)} ms`);
  } catch (error) {
    console.log(`${target.name}: FAILED in ${(performance.now() - start).toFixed(0)} ms`);
    console.log(error);
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  if (args.replay) return replay(args.replay);
  const targets = TARGETS.filter((t) => !args.target || t.name.includes(args.target));
  if (targets.length === 0) throw new Error(`no target matches ${args.target ?? ''}`);
  if (args.path !== undefined) {
    const seed = Number(args.seed);
    for (const target of targets) {
      const result = await fc.check(
        fc.asyncProperty(target.input(), (input) => target.run(input).then(() => undefined)),
        { seed, path: args.path, endOnFailure: true },
      );
      console.log(`${target.name}: ${result.failed ? 'FAILED' : 'passes'}`);
      if (result.failed) console.log(result.errorInstance);
    }
    return;
  }
  const until = performance.now() + Number(args.seconds) * 1000;
  let seed = args.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(args.seed);
  console.log(`fuzzing ${targets.map((t) => t.name).join(', ')} for ${args.seconds} s from seed ${seed}`);
  const stats = new Map(targets.map((t) => [t.name, { runs: 0, accepted: 0, refused: 0, slow: 0, failed: 0, slowest: 0 }]));
  const failed = new Set<string>();
  while (performance.now() < until && failed.size < targets.length) {
    for (const target of targets) {
      if (failed.has(target.name) || performance.now() >= until) continue;
      const s = stats.get(target.name) ?? { runs: 0, accepted: 0, refused: 0, slow: 0, failed: 0, slowest: 0 };
      const batchSeed = seed++;
      const result = await fc.check(
        fc.asyncProperty(target.input(), async (input) => {
          const start = performance.now();
          const outcome: Outcome = await target.run(input);
          const ms = performance.now() - start;
          s.runs++;
          s[outcome]++;
          s.slowest = Math.max(s.slowest, ms);
          if (ms > SLOW_MS) {
            s.slow++;
            console.log(`${target.name}: slow input, ${ms.toFixed(0)} ms → ${save('slow', target, input, { ms: Math.round(ms) })}`);
          }
        }),
        { seed: batchSeed, numRuns: BATCH },
      );
      if (result.failed) {
        s.failed++;
        failed.add(target.name);
        const input = result.counterexample?.[0];
        const file = input ? save('failing', target, input, { seed: result.seed, path: result.counterexamplePath, error: String(result.errorInstance) }) : '';
        console.log(`\n${target.name}: FAILED at seed ${result.seed}, path ${result.counterexamplePath ?? ''}`);
        console.log(result.errorInstance);
        console.log(`the input (${input?.bytes.length ?? 0} bytes, as base64): ${file}; replay with npm run fuzz -- --replay ${file}`);
        process.exitCode = 1;
      }
    }
  }
  console.log('\ntarget            runs  accepted  refused  slow(>1 s)  slowest');
  for (const [name, s] of stats) {
    console.log(
      `${name.padEnd(16)} ${String(s.runs).padStart(5)} ${String(s.accepted).padStart(9)} ${String(s.refused).padStart(8)} ${String(s.slow).padStart(11)}  ${s.slowest.toFixed(0)} ms${s.failed ? '  FAILED' : ''}`,
    );
  }
}

await main();
