/**
 * Figure 8 alone, for working on the survey import's speed without the whole
 * bench: `npm run build && node --import ./test/bench/register.mjs test/bench/surveyOnly.ts`.
 * BENCH_RUNS fresh tabs on the survey view of the bench's board (default 3), two imports each, as
 * `npm run bench` takes them. SURVEY_PROFILE=1 prints the functions a CPU profile of the imports
 * found most often (self time). The figures that count are `npm run bench`'s.
 */
import { loadavg } from 'node:os';
import { startServer } from '../../build/scripts/serve.mjs';
import { launchBrowser, newProfileDir } from '../e2e/browser.ts';
import { figure, formatTable, sample } from './report.ts';
import { boardUrl, buildSeed, seedDatabase } from './seed.ts';
import { surveyImportPreview, SURVEY_ROWS, wideSurveyCsv } from './survey.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PROFILE = process.env.SURVEY_PROFILE === '1';

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The functions with the most self time in a CPU profile, one line each. */
function topSelf(profile: Profile, count = 30): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const name = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').at(-1) ?? ''}:${frame.lineNumber + 1}:${frame.columnNumber}` : '?';
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self]
    .filter(([name]) => !name.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${name}`)
    .join('\n');
}

async function main(): Promise<void> {
  const server = await startServer({ port: 0 });
  const running = await launchBrowser(newProfileDir());
  const csv = wideSurveyCsv();
  const survey = figure(`8. survey import, ${SURVEY_ROWS.toLocaleString('en')} rows: file chosen → preview on screen`, 1000, 'median', 'imports');
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  try {
    console.log(`Load average before: ${load()}`);
    const seed = buildSeed();
    await seedDatabase(running, server.url, seed);
    const url = boardUrl(server.url, seed.analysis.id).replace(/\/board$/, '/survey');
    for (let run = 0; run < RUNS; run++) {
      const page = await running.newPage();
      try {
        await page.goto(url);
        await page.getByTestId('survey-file').waitFor({ state: 'attached' });
        await page.waitForTimeout(500);
        const cdp = PROFILE ? await running.context.newCDPSession(page) : null;
        if (cdp) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
          await cdp.send('Profiler.start');
        }
        for (let i = 0; i < 2; i++) await sample(survey, () => surveyImportPreview(page, csv));
        if (cdp) {
          const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
          console.log(`Run ${run + 1}, most self time:\n${topSelf(profile)}`);
        }
        console.log(
          `  run ${run + 1}: ${survey.values
            .slice(-2)
            .map((v) => v.toFixed(0))
            .join(', ')} ms, load ${load()}`,
        );
      } finally {
        await page.close();
      }
    }
    console.log(`\n${formatTable([survey])}\n`);
    console.log(`Load average after: ${load()}`);
  } finally {
    await running.close();
    await server.close();
  }
}

await main();
setTimeout(() => process.exit(), 1_000).unref();
