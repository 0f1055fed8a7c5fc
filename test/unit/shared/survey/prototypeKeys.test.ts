import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../../shared/survey/csv.ts';
import { guessMapping } from '../../../../shared/survey/mapping.ts';
import { buildSurvey } from '../../../../shared/survey/build.ts';
import { surveyResults } from '../../../../shared/survey/results.ts';
import { planSwotImport, quadrantOf } from '../../../../shared/swot.ts';

/** Names every plain object answers to through its prototype. */
const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

describe('names that are also members of Object.prototype', () => {
  it('are no SWOT category', () => {
    for (const name of INHERITED) expect(quadrantOf(name)).toBeNull();
    expect(quadrantOf('Styrkor')).toBe('strengths');
    const plan = planSwotImport({ header: ['Kategori', 'Svar'], rows: INHERITED.map((c) => [c, `svar ${c}`]), lines: INHERITED.map((_, i) => i + 2) });
    expect(plan.notes).toEqual([]);
    expect(plan.unknown.map((u) => u.category)).toEqual(INHERITED);
  });

  it('are tasks like any other, in the answers and the results', () => {
    const header = ['Svars-ID', 'Yrkesroll', ...INHERITED.map((t) => `Timmar per vecka: ${t}`)].join(';');
    const text = [header, `1;Kock;${INHERITED.map((_, i) => i + 1).join(';')}`, `2;Kock;${INHERITED.map(() => '').join(';')}`].join('\n');
    const { table } = parseDelimited(text);
    const built = buildSurvey(table, guessMapping(table), () => 40);
    expect(built.tasks).toEqual(INHERITED);
    expect(built.issues).toEqual([]);
    const first = built.respondents[0];
    expect(Object.keys(first?.hours ?? {}).sort()).toEqual([...INHERITED].sort());
    expect(INHERITED.map((t) => first?.hours[t])).toEqual([1, 2, 3, 4, 5, 6]);
    // The second person answered nothing: none of the names may read through to Object.prototype.
    expect(Object.keys(built.respondents[1]?.hours ?? {})).toEqual([]);
    expect(built.overFull).toEqual([]);
    const results = surveyResults(built.respondents, ['Kock'], built.tasks, { threshold: 1, small: 'merge', otherName: 'Övriga', headcount: () => null });
    expect(results.roles[0]?.tasks.map((t) => [t.task, t.team, t.doing])).toEqual(INHERITED.map((t, i) => [t, i + 1, 1]));
    expect(results.roles[0]?.perPerson).toEqual({ min: 0, median: 10.5, max: 21 });
  });

  it('read the answers stored as plain objects, an own "__proto__" key included (as IndexedDB and JSON.parse give them back)', () => {
    const stored = JSON.parse('{"__proto__": 2, "Diska": 1}') as Record<string, number>;
    const people = [
      { key: '1', role: 'Kock', mission: '', hours: stored, lines: [2] },
      { key: '2', role: 'Kock', mission: '', hours: {}, lines: [3] },
    ];
    const results = surveyResults(people, ['Kock'], ['__proto__', 'constructor', 'Diska'], {
      threshold: 1,
      small: 'merge',
      otherName: 'Övriga',
      headcount: () => null,
    });
    expect(results.roles[0]?.tasks.map((t) => [t.task, t.team])).toEqual([
      ['__proto__', 2],
      ['constructor', 0],
      ['Diska', 1],
    ]);
  });
});
