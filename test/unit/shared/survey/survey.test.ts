import { describe, expect, it } from 'vitest';
import { answered, fixture, naiveWide, resultsByTitle } from './fixtures.ts';
import { parseDelimited } from '../../../../shared/survey/csv.ts';
import { guessMapping, mappingProblems, taskTitleOf, type Mapping } from '../../../../shared/survey/mapping.ts';
import { buildSurvey, taskKey, totalHours, type Respondent } from '../../../../shared/survey/build.ts';
import { detectDecimalMark, parseHours } from '../../../../shared/survey/values.ts';
import { median } from '../../../../shared/survey/results.ts';
import { toTable } from '../../../../shared/survey/table.ts';
import { reportOf } from '../../../../shared/survey/model.ts';
import { resultsCsvRows } from '../../../../shared/survey/export.ts';
import { toCsv } from '../../../../shared/csvWrite.ts';

const fullTime = () => 40;
const kinds = (m: Mapping) => m.columns.map((c) => c.kind);

describe('reading time cells', () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    [' 3 ', 3],
    ['1 000', null],
    ['', 0],
    ['0', 0],
    ['4 h', 4],
    ['168', 168],
  ])('reads %j as hours', (raw, expected) => {
    const r = parseHours(raw, 'hours', 40);
    if (expected === null) expect(r).toEqual({ ok: false, problem: 'overWeek' });
    else expect(r).toEqual({ ok: true, hours: expected });
  });

  it.each([
    ['-1', 'negative'],
    ['168,5', 'overWeek'],
    ['1e309', 'notNumber'],
    ['NaN', 'notNumber'],
    ['Infinity', 'notNumber'],
    ['ungefär 2', 'notNumber'],
    ['2,5,1', 'notNumber'],
    ['=1+1', 'notNumber'],
  ])('refuses %j (%s)', (raw, problem) => {
    expect(parseHours(raw, 'hours', 40)).toEqual({ ok: false, problem });
  });

  it('converts percent of the week with the role’s full-time hours', () => {
    expect(parseHours('25 %', 'percent', 40)).toEqual({ ok: true, hours: 10 });
    expect(parseHours('12,5', 'percent', 38.25)).toEqual({ ok: true, hours: 0.125 * 38.25 });
    expect(parseHours('101', 'percent', 40)).toEqual({ ok: false, problem: 'overHundredPercent' });
  });

  it('tells the decimal mark', () => {
    expect(detectDecimalMark(['1', '2,5', ''])).toBe('comma');
    expect(detectDecimalMark(['1', '2.5'])).toBe('point');
    expect(detectDecimalMark(['1,5', '2.5'])).toBe('both');
    expect(detectDecimalMark(['1', '2'])).toBe('none');
  });
});

describe('reading delimited text', () => {
  it('handles quotes, doubled quotes, quoted newlines, CRLF and blank rows', () => {
    const text = 'a;b;c\r\n1;"x; ""y""";"two\r\nlines"\r\n\r\n;;\r\n2;z;w\r\n';
    const { table, delimiter } = parseDelimited(text);
    expect(delimiter).toBe(';');
    expect(table.header).toEqual(['a', 'b', 'c']);
    expect(table.rows).toEqual([
      ['1', 'x; "y"', 'two\r\nlines'],
      ['2', 'z', 'w'],
    ]);
    // Rows are numbered as records, the way a spreadsheet shows them.
    expect(table.lines).toEqual([2, 5]);
  });

  it.each([
    [';', 'Svars-ID;Yrkesroll;Timmar per vecka: Diska\n1;Kock;2,5\n2;Kock;1\n'],
    [',', 'id,role,task,hours\nR1,Kock,"Diska, torka",2.5\nR2,Kock,Diska,1\n'],
    ['\t', 'id\trole\tDiska (h)\n1\tKock\t2,5\n2\tKock\t1\n'],
  ])('guesses the delimiter %j', (delimiter, text) => {
    expect(parseDelimited(text).delimiter).toBe(delimiter);
  });

  it('tells ; in a short two-column file with a trailing newline (a count of the first line alone says ,)', () => {
    const { table, delimiter } = parseDelimited('Kategori;Svar\nÖvrigt;<b>hej</b>\nHot;Budget\n');
    expect(delimiter).toBe(';');
    expect(table.rows).toEqual([
      ['Övrigt', '<b>hej</b>'],
      ['Hot', 'Budget'],
    ]);
  });

  it('pads short rows and keeps the header trimmed', () => {
    expect(toTable([[' a ', 'b'], ['1'], ['', '']])).toEqual({ header: ['a', 'b'], rows: [['1', '']], lines: [2] });
  });
});

describe('task titles in headers', () => {
  it.each([
    ['Timmar per vecka: Diska', 'Diska', false],
    ['Hours per week – Dishes', 'Dishes', false],
    ['% av veckan: Diska', 'Diska', true],
    ['Diska (timmar per vecka)', 'Diska', false],
    ['Diska (%)', 'Diska', true],
  ])('%j is the task %j', (header, title, percent) => {
    expect(taskTitleOf(header)).toEqual({ title, percent });
  });
  it('is null for other headers', () => {
    expect(taskTitleOf('Yrkesroll')).toBeNull();
  });
});

describe('the wide fixture (survey-forskola-wide.csv)', () => {
  const bytes = fixture('survey-forskola-wide.csv');
  const text = bytes.toString('utf8');
  const { table, delimiter } = parseDelimited(text);
  const naive = naiveWide(text, ';');

  it('is read with its delimiter, all rows and the header as in the file', () => {
    expect(delimiter).toBe(';');
    expect(table.header).toEqual(naive.header.map((h) => h.trim()));
    expect(table.rows).toHaveLength(naive.rows.length);
  });

  it('is mapped right with no change: respondent, role, mission, one task per hour column', () => {
    const m = guessMapping(table);
    expect(m.shape).toBe('wide');
    expect(m.unit).toBe('hours');
    expect(kinds(m).slice(0, 3)).toEqual(['respondent', 'role', 'mission']);
    const taskHeaders = naive.header.filter((h) => h.startsWith('Timmar per vecka: '));
    expect(m.columns.filter((c) => c.kind === 'task').map((c) => c.title)).toEqual(taskHeaders.map((h) => h.slice('Timmar per vecka: '.length)));
    expect(mappingProblems(m)).toEqual([]);
  });

  it('gives every respondent’s hours as the file has them, blanks as 0', () => {
    const built = buildSurvey(table, guessMapping(table), fullTime);
    expect(built.issues).toEqual([]);
    expect(built.respondents).toHaveLength(naive.rows.length);
    const first = naive.header.findIndex((h) => h.startsWith('Timmar per vecka: '));
    for (const [i, row] of naive.rows.entries()) {
      const expected = row.slice(first).reduce((s, v) => s + (v === '' ? 0 : Number(v.replace(',', '.'))), 0);
      const got = totalHours(built.respondents[i]?.hours ?? []);
      expect(got).toBeCloseTo(expected, 9);
      expect(built.respondents[i]?.role).toBe(row[1]);
      expect(built.respondents[i]?.mission).toBe(row[2]);
    }
    expect(built.roles).toEqual([...new Set(naive.rows.map((r) => r[1]))]);
  });
});

describe('the long fixture (survey-hemtjanst-long.csv)', () => {
  const text = fixture('survey-hemtjanst-long.csv').toString('utf8');
  const { table, delimiter } = parseDelimited(text);

  it('is mapped right with no change', () => {
    expect(delimiter).toBe(',');
    const m = guessMapping(table);
    expect(m.shape).toBe('long');
    expect(m.unit).toBe('hours');
    expect(kinds(m)).toEqual(['respondent', 'role', 'taskName', 'time']);
    expect(mappingProblems(m)).toEqual([]);
  });

  it('sums each respondent’s rows per task', () => {
    const built = buildSurvey(table, guessMapping(table), fullTime);
    expect(built.issues).toEqual([]);
    // Independent figures: a regex over the raw lines (quoted task titles may hold commas).
    const perRespondent = new Map<string, number>();
    const roles = new Map<string, string>();
    for (const line of text.split(/\r?\n/).slice(1)) {
      const m = /^([^,]+),([^,]+),(?:"[^"]*"|[^,]*),([\d.]+)$/.exec(line);
      if (!m) continue;
      perRespondent.set(m[1] ?? '', (perRespondent.get(m[1] ?? '') ?? 0) + Number(m[3]));
      roles.set(m[1] ?? '', m[2] ?? '');
    }
    expect(built.respondents.map((r) => r.key)).toEqual([...perRespondent.keys()]);
    for (const r of built.respondents) {
      expect(totalHours(r.hours)).toBeCloseTo(perRespondent.get(r.key) ?? NaN, 9);
      expect(r.role).toBe(roles.get(r.key));
    }
  });

  it('keeps the two nurses out of the results on their own (privacy threshold 3)', () => {
    const built = buildSurvey(table, guessMapping(table), fullTime);
    const nurses = built.respondents.filter((r) => r.role === 'Sjuksköterska');
    expect(nurses).toHaveLength(2);
    const options = { threshold: 3, otherName: 'Övriga', headcount: () => null };
    const hidden = resultsByTitle(built.respondents, built.roles, built.tasks, { ...options, small: 'hide' });
    expect(hidden.roles.map((r) => r.name)).toEqual(['Undersköterska', 'Vårdbiträde']);
    expect(hidden.hidden).toEqual(['Sjuksköterska']);
    // Merging two nurses alone would still show them: the group is under the threshold, so it is hidden.
    const merged = resultsByTitle(built.respondents, built.roles, built.tasks, { ...options, small: 'merge' });
    expect(merged.roles.map((r) => r.name)).toEqual(['Undersköterska', 'Vårdbiträde']);
    expect(merged.hidden).toEqual(['Sjuksköterska']);
  });
});

describe('problems in a file', () => {
  const csv = [
    'Svars-ID;Yrkesroll;E-post;Timmar per vecka: Diska;Timmar per vecka: Tvätta',
    '1;Kock;a@b.se;2,5;-1',
    '2;Kock;;1e309;200',
    '3;;;1;1',
    '4;Kock;;NaN;ungefär 3',
    '5;Kock;;40;30',
  ].join('\n');
  const { table } = parseDelimited(csv);
  const built = buildSurvey(table, guessMapping(table), fullTime);

  it('lists every bad cell with row, column, value and why, and keeps the rest', () => {
    expect(built.issues).toEqual([
      { line: 2, column: 'Timmar per vecka: Tvätta', value: '-1', problem: 'negative' },
      { line: 3, column: 'Timmar per vecka: Diska', value: '1e309', problem: 'notNumber' },
      { line: 3, column: 'Timmar per vecka: Tvätta', value: '200', problem: 'overWeek' },
      { line: 4, column: 'Yrkesroll', value: '', problem: 'noRole' },
      { line: 5, column: 'Timmar per vecka: Diska', value: 'NaN', problem: 'notNumber' },
      { line: 5, column: 'Timmar per vecka: Tvätta', value: 'ungefär 3', problem: 'notNumber' },
    ]);
    expect(built.respondents.map((r) => [r.key, r.hours])).toEqual([
      ['1', answered({ Diska: 2.5 })],
      ['2', []],
      ['4', []],
      ['5', answered({ Diska: 40, Tvätta: 30 })],
    ]);
  });

  it('ignores e-mail addresses and never reads them', () => {
    const m = guessMapping(table);
    expect(m.columns[2]).toEqual({ kind: 'ignored', ignoredBecause: 'personal' });
    expect(JSON.stringify(built)).not.toContain('a@b.se');
  });

  it('flags a week over 1.25 × full time for a check, without dropping it', () => {
    expect(built.overFull).toEqual([{ key: '5', line: 6, role: 'Kock', total: 70, limit: 50 }]);
  });
});

describe('shapes and units beyond the fixtures', () => {
  it('reads percent of the week in a wide file, converted per role', () => {
    const { table } = parseDelimited('id;Yrkesroll;% av veckan: Diska;% av veckan: Städa\n1;Kock;25;50\n');
    const m = guessMapping(table);
    expect(m.unit).toBe('percent');
    const built = buildSurvey(table, m, (role) => (role === 'Kock' ? 38 : 40));
    expect(built.respondents[0]?.hours).toEqual(answered({ Diska: 9.5, Städa: 19 }));
  });

  it('reads a wide file whose task columns have plain names', () => {
    const { table } = parseDelimited('Respondent,Role,Diska,Städa\nA,Kock,1.5,2\nB,Kock,,3\n');
    const m = guessMapping(table);
    expect(kinds(m)).toEqual(['respondent', 'role', 'task', 'task']);
    expect(buildSurvey(table, m, fullTime).respondents.map((r) => r.hours)).toEqual([answered({ Diska: 1.5, Städa: 2 }), answered({ Städa: 3 })]);
  });

  it('merges task titles that differ only in case and spacing', () => {
    const { table } = parseDelimited('id,role,task,hours\n1,Kock,Diska  kastruller,1\n1,Kock,diska kastruller,2\n');
    const built = buildSurvey(table, guessMapping(table), fullTime);
    expect(built.tasks).toEqual(['Diska kastruller']);
    expect(built.respondents[0]?.hours).toEqual(answered({ 'Diska kastruller': 3 }));
    expect(taskKey(' Diska  KASTRULLER ')).toBe('diska kastruller');
  });

  it('names a missing role or task column', () => {
    const { table } = parseDelimited('a;b\n1;2\n');
    expect(mappingProblems(guessMapping(table))).toContain('noRole');
  });
});

describe('survey results', () => {
  const people: Respondent[] = [
    { key: '1', role: 'Barnskötare', mission: 'Omsorg', hours: answered({ Diska: 2, Tvätta: 1 }), lines: [2] },
    { key: '2', role: 'Barnskötare', mission: '', hours: answered({ Diska: 4 }), lines: [3] },
    { key: '3', role: 'Barnskötare', mission: 'Lek och lärande', hours: [], lines: [4] },
    { key: '4', role: 'Kock', mission: 'Mat', hours: answered({ Diska: 10 }), lines: [5] },
  ];
  const tasks = ['Diska', 'Tvätta'];

  it('gives mean and median per person over all the role’s respondents, and the team estimate', () => {
    const r = resultsByTitle(people, ['Barnskötare', 'Kock'], tasks, {
      threshold: 1,
      small: 'hide',
      otherName: 'Övriga',
      headcount: (role) => (role === 'Barnskötare' ? 6 : null),
    });
    const bs = r.roles[0];
    expect(bs?.name).toBe('Barnskötare');
    expect(bs?.respondents).toBe(3);
    expect(bs?.tasks[0]).toEqual({ taskId: 'Diska', task: 'Diska', doing: 2, mean: 2, median: 2, team: 12 });
    expect(bs?.tasks[1]).toEqual({ taskId: 'Tvätta', task: 'Tvätta', doing: 1, mean: 1 / 3, median: 0, team: 2 });
    expect(bs?.team).toBeCloseTo(14, 9);
    expect(bs?.perPerson).toEqual({ min: 0, median: 3, max: 4 });
    expect(bs?.missions).toEqual(['Omsorg', 'Lek och lärande']);
    // No headcount: the team's hours are the sum of the answers.
    expect(r.roles[1]?.tasks[0]?.team).toBe(10);
  });

  it('merges small roles into "Övriga" when the group reaches the threshold', () => {
    const r = resultsByTitle(people, ['Barnskötare', 'Kock'], tasks, { threshold: 2, small: 'merge', otherName: 'Övriga', headcount: () => null });
    expect(r.roles.map((x) => x.name)).toEqual(['Barnskötare']);
    expect(r.hidden).toEqual(['Kock']);
    const more = [...people, { key: '5', role: 'Vaktmästare', mission: '', hours: answered({ Diska: 1 }), lines: [6] }];
    const merged = resultsByTitle(more, ['Barnskötare', 'Kock', 'Vaktmästare'], tasks, {
      threshold: 2,
      small: 'merge',
      otherName: 'Övriga',
      headcount: () => null,
    });
    expect(merged.roles.map((x) => [x.name, x.roles, x.respondents])).toEqual([
      ['Barnskötare', ['Barnskötare'], 3],
      ['Övriga', ['Kock', 'Vaktmästare'], 2],
    ]);
  });

  it('has a median for even and odd counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe('the import report', () => {
  it('says what was detected, and which columns are left out and why', () => {
    const { table, delimiter } = parseDelimited('ID;Starttid;E-post;Yrkesroll;Övrigt;Timmar per vecka: Diska\n1;2021-09-06;x@y.se;Kock;hej;2,5\n');
    const mapping = guessMapping(table);
    expect(reportOf({ kind: 'csv', encoding: 'windows-1252', delimiter }, table, mapping, 0)).toEqual({
      kind: 'csv',
      encoding: 'windows-1252',
      delimiter: ';',
      decimalMark: 'comma',
      shape: 'wide',
      unit: 'hours',
      ignored: [
        { column: 'Starttid', because: 'metadata' },
        { column: 'E-post', because: 'personal' },
        { column: 'Övrigt', because: 'unknown' },
      ],
      skippedCells: 0,
    });
  });
});

describe('the results CSV', () => {
  const people: Respondent[] = [
    { key: '1', role: 'Barnskötare', mission: 'Hemligt uppdrag', hours: answered({ Diska: 2 }), lines: [2] },
    { key: '2', role: 'Barnskötare', mission: '', hours: answered({ Diska: 4 }), lines: [3] },
    { key: '3', role: 'Barnskötare', mission: '', hours: [], lines: [4] },
    { key: '4', role: 'Kock', mission: 'Laga mat', hours: answered({ Diska: 10 }), lines: [5] },
  ];
  const labels = {
    role: 'Yrkesroll',
    task: 'Uppgift',
    respondents: 'Svarande',
    doing: 'Gör den',
    mean: 'Snitt',
    median: 'Median',
    team: 'Teamet',
    total: 'Totalt',
  };

  it('holds what the results show: no role under the threshold, no core missions', () => {
    const results = resultsByTitle(people, ['Barnskötare', 'Kock'], ['Diska'], { threshold: 3, small: 'hide', otherName: 'Övriga', headcount: () => 6 });
    const csv = toCsv(resultsCsvRows(results, labels));
    expect(csv).toBe('Yrkesroll;Uppgift;Svarande;Gör den;Snitt;Median;Teamet\r\nBarnskötare;Diska;3;2;2;2;12\r\nBarnskötare;Totalt;3;;2;2;12\r\n');
    expect(csv).not.toContain('Kock');
    expect(csv).not.toContain('uppdrag');
  });
});
