import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TaskHours } from '../../../../shared/survey/build.ts';
import { byTitle as byTitleAnswers, surveyResults, type ResultOptions, type SurveyResults } from '../../../../shared/survey/results.ts';

/** The team handbook's realistic survey files, copied byte for byte into test/fixtures/ so a clean clone has them. */
export const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

export function fixture(name: string): Buffer {
  return readFileSync(`${FIXTURES}${name}`);
}

/** A File-like stand-in for readSurveyFile. */
export function fileOf(name: string, bytes: Uint8Array) {
  return {
    name,
    size: bytes.byteLength,
    arrayBuffer: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer),
  };
}

/**
 * Independent reading of the fixtures for expected figures: a plain split on
 * the delimiter (the fixtures' wide file has no quoted fields), no code of the app.
 */
export function naiveWide(text: string, delimiter: string) {
  const [head = '', ...lines] = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = head.split(delimiter);
  return { header, rows: lines.map((l) => l.split(delimiter)) };
}

/** Answers written compactly in a test: hours per task title, as the list a respondent holds (in the titles' order). */
export function answered(hours: Readonly<Record<string, number>>): TaskHours[] {
  return Object.entries(hours).map(([task, h]) => ({ task, hours: h }));
}

/**
 * Stored answers read back by task title (the analysis's `tasks` name them by
 * id), as `answered` writes them: what a test can compare with what a file said.
 */
export function byTitle(
  responses: readonly { hours: readonly { taskId: string; hours: number }[] }[],
  tasks: readonly { id: string; title: string }[],
): TaskHours[][] {
  const title = new Map(tasks.map((t) => [t.id, t.title]));
  return responses.map((r) => r.hours.map((h) => ({ task: title.get(h.taskId) ?? `<no task ${h.taskId}>`, hours: h.hours })));
}

/** surveyResults over respondents that answer by title (as a file read but not yet stored does), each title its own task. */
export function resultsByTitle(
  people: readonly { role: string; mission: string; hours: readonly TaskHours[] }[],
  roleOrder: readonly string[],
  titles: readonly string[],
  options: ResultOptions,
): SurveyResults {
  const { answers, tasks } = byTitleAnswers(people, titles);
  return surveyResults(answers, roleOrder, tasks, options);
}
