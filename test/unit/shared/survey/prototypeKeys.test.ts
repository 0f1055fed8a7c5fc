import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../../shared/survey/csv.ts';
import { guessMapping } from '../../../../shared/survey/mapping.ts';
import { buildSurvey } from '../../../../shared/survey/build.ts';
import { resultsByTitle } from './fixtures.ts';
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
    expect(first?.hours).toEqual(INHERITED.map((task, i) => ({ task, hours: i + 1 })));
    // The second person answered nothing: none of the names may read through to Object.prototype.
    expect(built.respondents[1]?.hours).toEqual([]);
    expect(built.overFull).toEqual([]);
    const results = resultsByTitle(built.respondents, ['Kock'], built.tasks, { threshold: 1, small: 'merge', otherName: 'Övriga', headcount: () => null });
    expect(results.roles[0]?.tasks.map((t) => [t.task, t.team, t.doing])).toEqual(INHERITED.map((t, i) => [t, i + 1, 1]));
    expect(results.roles[0]?.perPerson).toEqual({ min: 0, median: 10.5, max: 21 });
  });

  it('are read from stored answers as values, however the answers are ordered and whoever wrote them', () => {
    const people = [
      {
        key: '1',
        role: 'Kock',
        mission: '',
        hours: [
          { task: 'Diska', hours: 1 },
          { task: '__proto__', hours: 2 },
        ],
        lines: [2],
      },
      // A list from a file may name a task twice: both count, as two rows of one respondent do.
      {
        key: '2',
        role: 'Kock',
        mission: '',
        hours: [
          { task: 'constructor', hours: 1 },
          { task: 'constructor', hours: 0.5 },
        ],
        lines: [3],
      },
      { key: '3', role: 'Kock', mission: '', hours: [], lines: [4] },
    ];
    const results = resultsByTitle(people, ['Kock'], ['__proto__', 'constructor', 'toString', 'Diska'], {
      threshold: 1,
      small: 'merge',
      otherName: 'Övriga',
      headcount: () => null,
    });
    expect(results.roles[0]?.tasks.map((t) => [t.task, t.team, t.doing])).toEqual([
      ['__proto__', 2, 1],
      ['constructor', 1.5, 1],
      ['toString', 0, 0],
      ['Diska', 1, 1],
    ]);
    expect(results.roles[0]?.perPerson).toEqual({ min: 0, median: 1.5, max: 3 });
  });
});
