import { describe, expect, it } from 'vitest';
import { fileOf } from '../shared/survey/fixtures.ts';
import { readSurveyFile } from '../../../renderer/survey/readSurveyFile.ts';
import { guessMapping } from '../../../shared/survey/mapping.ts';
import { buildSurvey, totalHours } from '../../../shared/survey/build.ts';
import { surveyResults } from '../../../shared/survey/results.ts';
import { LIMITS } from '../../../shared/limits.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** A long-format export: one row per person and task, `people` × `tasks` rows. */
function longCsv(people: number, tasks: number): string {
  const lines = ['Svars-ID;Yrkesroll;Uppgift;Timmar'];
  for (let p = 1; p <= people; p++)
    for (let t = 1; t <= tasks; t++) lines.push(`${p};${p % 2 ? 'Kock' : 'Barnskötare'};Uppgift ${t};${(t % 4) + 0.5}`.replace('.', ','));
  return lines.join('\r\n');
}

describe('large survey files', () => {
  it('reads a long-format survey of 5,000 people × 50 tasks (250,000 rows)', { timeout: 60_000 }, async () => {
    const { table } = await readSurveyFile(fileOf('lång.csv', utf8(longCsv(5_000, 50))));
    expect(table.rows).toHaveLength(250_000);
    const mapping = guessMapping(table);
    expect(mapping.shape).toBe('long');
    const built = buildSurvey(table, mapping, () => 40);
    expect(built.issues).toEqual([]);
    expect(built.respondents).toHaveLength(5_000);
    expect(built.tasks).toHaveLength(50);
    // Task t gets (t mod 4) + 0.5 h: 12 × (0.5 + 1.5 + 2.5 + 3.5) + (1.5 + 2.5) = 100 h per person.
    expect(built.respondents.every((r) => totalHours(r.hours) === 100)).toBe(true);
  });

  it('gives results for 250,000 respondents (the spread of their weeks too)', { timeout: 60_000 }, () => {
    const people = Array.from({ length: 250_000 }, (_, i) => ({
      key: String(i),
      role: 'Kock',
      mission: '',
      hours: [{ taskId: 't1', hours: (i % 10) + 1 }],
    }));
    const results = surveyResults(people, ['Kock'], [{ taskId: 't1', title: 'Diska' }], {
      threshold: 3,
      small: 'merge',
      otherName: 'Övriga',
      headcount: () => null,
    });
    expect(results.roles[0]?.perPerson).toEqual({ min: 1, median: 5.5, max: 10 });
  });

  it('refuses a file with more data rows than the limit, naming the count and the limit', { timeout: 60_000 }, async () => {
    const rows = LIMITS.surveyRows + 1;
    const text = ['Yrkesroll;Timmar per vecka: Diska', ...Array.from({ length: rows }, () => 'Kock;1')].join('\n');
    await expect(readSurveyFile(fileOf('för-lång.csv', utf8(text)))).rejects.toMatchObject({ problem: { code: 'tooManyRows', limit: LIMITS.surveyRows } });
    const exactly = ['Yrkesroll;Timmar per vecka: Diska', ...Array.from({ length: LIMITS.surveyRows }, () => 'Kock;1')].join('\n');
    const { table } = await readSurveyFile(fileOf('lagom.csv', utf8(exactly)));
    expect(table.rows).toHaveLength(LIMITS.surveyRows);
  });
});
