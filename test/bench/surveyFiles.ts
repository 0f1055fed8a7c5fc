/**
 * Figures 12 and 13, in Node: reading a survey file as the import dialog does
 * before its preview (decode, delimiter guess, parse, column guesses, every
 * value checked, the report), with the app's own modules. Run alone with
 * `node --import ./test/bench/register.mjs test/bench/surveyFiles.ts`.
 */
import { pathToFileURL } from 'node:url';
import { readSurveyFile, SurveyFileError } from '../../renderer/survey/readSurveyFile.ts';
import { buildSurvey } from '../../shared/survey/build.ts';
import { guessMapping } from '../../shared/survey/mapping.ts';
import { reportOf } from '../../shared/survey/model.ts';
import { figure, formatTable, sample, type Figure } from './report.ts';

const MB = 1024 * 1024;

/** Just under 20 MB: one header row of spaces between a role column and what looks like a unit, then one answer. */
export function hostileHeaderCsv(): Buffer {
  const head = 'Yrkesroll;Timmar per vecka:';
  const tail = 'x (timmar per vecka\nKock;2\n';
  return Buffer.from(head + ' '.repeat(20 * MB - 64 - head.length - tail.length) + tail, 'utf8');
}

/** A long-format export: one row per person and task, `people` × `tasks` rows, decimal commas. */
export function longSurveyCsv(people = 5_000, tasks = 40): Buffer {
  const lines = ['Svars-ID;Yrkesroll;Uppgift;Timmar'];
  for (let p = 1; p <= people; p++) {
    for (let t = 1; t <= tasks; t++) lines.push(`${p};${p % 3 ? 'Undersköterska' : 'Sjuksköterska'};Uppgift ${t};${t % 4},5`);
  }
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

/** File chosen → what the preview shows (or the refusal), in ms. */
export async function readToPreview(name: string, bytes: Buffer): Promise<number> {
  const file = {
    name,
    size: bytes.byteLength,
    arrayBuffer: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer),
  };
  const t0 = performance.now();
  try {
    const { table, report } = await readSurveyFile(file);
    const mapping = guessMapping(table);
    const built = buildSurvey(table, mapping, () => 40);
    reportOf({ kind: report.kind, encoding: report.encoding ?? null, delimiter: report.delimiter ?? null }, table, mapping, built.issues.length);
  } catch (error) {
    if (!(error instanceof SurveyFileError)) throw error;
  }
  return performance.now() - t0;
}

export const surveyFileFigures = {
  hostile: figure('12. 20 MB hostile survey file (one huge header row) → preview or refusal (Node)', 1000, 'median', 'reads'),
  // No budget of its own in QUALITY.md: 4 × the 1 s for 50,000 rows.
  long: figure('13. survey import, 200,000 long-format rows (5,000 people × 40 tasks) → preview (Node)', 4000, 'median', 'reads'),
};

export async function runSurveyFileFigures(runs: number): Promise<Figure[]> {
  const hostile = hostileHeaderCsv();
  const long = longSurveyCsv();
  for (let i = 0; i < runs; i++) {
    await sample(surveyFileFigures.hostile, () => readToPreview('fientlig.csv', hostile));
    await sample(surveyFileFigures.long, () => readToPreview('lång.csv', long));
  }
  return Object.values(surveyFileFigures);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await runSurveyFileFigures(Number(process.env.BENCH_RUNS ?? 5));
  console.log(formatTable(figures));
}
