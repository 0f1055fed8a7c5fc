import { describe, expect, it } from 'vitest';
import { formsEn } from '../../../../renderer/i18n/forms.en.ts';
import { formsSv } from '../../../../renderer/i18n/forms.sv.ts';
import { DEFAULT_QUESTIONS, emptySurveyState, type SurveyQuestions } from '../../../../shared/survey/answers.ts';
import { buildSurvey, contractHoursOf } from '../../../../shared/survey/build.ts';
import { formsQuestions, templateHeader, type FormsTitles } from '../../../../shared/survey/formsList.ts';
import { guessMapping, mappingProblems } from '../../../../shared/survey/mapping.ts';
import { storedPercentBasis } from '../../../../shared/survey/percentBasis.ts';
import { setSwotPrompt, swotPromptsOf } from '../../../../shared/survey/prompts.ts';
import { toTable } from '../../../../shared/survey/table.ts';
import type { SurveyTask } from '../../../../shared/survey/tasks.ts';

/** The titles as the app gives them, from the real texts of each language. */
function titlesOf(texts: Record<string, string>): FormsTitles {
  const t = (key: string) => texts[key] ?? key;
  return {
    respondent: t('forms.title.respondent'),
    role: t('forms.title.role'),
    mission: t('forms.title.mission'),
    hoursPrefix: t('forms.title.hours'),
    percentPrefix: t('forms.title.percent'),
    contractHours: t('forms.title.contractHours'),
    contractPercent: t('forms.title.contractPercent'),
    comment: t('forms.title.comment'),
  };
}

const roles = [
  { id: 'r2', name: 'Barnskötare', order: 'a1' },
  { id: 'r1', name: 'Förskollärare', order: 'a0' },
];
const tasks: SurveyTask[] = [
  { taskId: 't1', title: 'Planera undervisning', roleIds: ['r1'], group: '' },
  { taskId: 't2', title: 'Diska (kök)', roleIds: ['r1', 'r2'], group: '' },
  { taskId: 't3', title: 'Omsorg: vila, blöjbyten', roleIds: ['r2'], group: '' },
  { taskId: 't4', title: 'Avtalad tid', roleIds: [], group: '' },
];
const all: SurveyQuestions = { unit: 'hours', contract: true, mission: true, comments: true };

describe('the question list for Microsoft Forms', () => {
  it('asks the role first, then one number per task titled "Timmar per vecka: …", then contract, core mission and comments', () => {
    const list = formsQuestions(tasks, roles, all, titlesOf(formsSv));
    expect(list.map((q) => q.title)).toEqual([
      'Yrkesroll',
      'Timmar per vecka: Planera undervisning',
      'Timmar per vecka: Diska (kök)',
      'Timmar per vecka: Omsorg: vila, blöjbyten',
      'Timmar per vecka: Avtalad tid',
      'Avtalad tid (timmar per vecka)',
      'Beskriv ditt grunduppdrag',
      'Övriga kommentarer',
    ]);
    expect(list[0]).toEqual({ kind: 'choice', title: 'Yrkesroll', choices: ['Förskollärare', 'Barnskötare'], required: true });
    expect(list[2]).toMatchObject({ kind: 'number', min: 0, max: 60, required: false, task: { taskId: 't2', roles: ['Förskollärare', 'Barnskötare'] } });
  });

  it('asks percent of the week 0–100 and sysselsättningsgrad when the survey is in percent', () => {
    const list = formsQuestions(tasks.slice(0, 1), roles, { ...all, unit: 'percent' }, titlesOf(formsSv));
    expect(list.map((q) => q.title)).toEqual([
      'Yrkesroll',
      '% av veckan: Planera undervisning',
      'Sysselsättningsgrad (%)',
      'Beskriv ditt grunduppdrag',
      'Övriga kommentarer',
    ]);
    expect(list[1]).toMatchObject({ kind: 'number', min: 0, max: 100 });
  });

  it('leaves out what the survey does not ask, and asks a title two tasks share once', () => {
    const twice = [...tasks.slice(0, 1), { taskId: 't9', title: ' planera  undervisning', roleIds: ['r2'], group: '' }];
    const list = formsQuestions(twice, roles, { unit: 'hours', contract: false, mission: false, comments: false }, titlesOf(formsSv));
    expect(list.map((q) => q.title)).toEqual(['Yrkesroll', 'Timmar per vecka: Planera undervisning']);
  });

  it('gives the answer template the same columns after an answer number', () => {
    const list = formsQuestions(tasks.slice(0, 2), roles, DEFAULT_QUESTIONS, titlesOf(formsSv));
    expect(templateHeader(list, titlesOf(formsSv))).toEqual([
      'Svars-id',
      'Yrkesroll',
      'Timmar per vecka: Planera undervisning',
      'Timmar per vecka: Diska (kök)',
      'Beskriv ditt grunduppdrag',
    ]);
  });

  // What Forms exports: ID, Starttid, Sluttid, E-post, Namn, then one column per question, titled as asked.
  for (const [language, texts] of [
    ['Swedish', formsSv],
    ['English', formsEn],
  ] as const) {
    for (const unit of ['hours', 'percent'] as const) {
      it(`is mapped column by column by the import's own guess (${language}, ${unit})`, () => {
        const list = formsQuestions(tasks, roles, { ...all, unit }, titlesOf(texts));
        const header = ['ID', 'Starttid', 'Sluttid', 'E-post', 'Namn', ...list.map((q) => q.title)];
        const row = ['1', '2026-09-06 08:00', '2026-09-06 08:09', 'anonymous', '', 'Förskollärare', '2,5', '1', '', '0,5', '30', 'Undervisa', 'Bra enkät'];
        const mapping = guessMapping(toTable([header, row]));
        expect(mappingProblems(mapping)).toEqual([]);
        expect(mapping.shape).toBe('wide');
        expect(mapping.unit).toBe(unit);
        expect(mapping.columns.map((c) => c.kind)).toEqual([
          'respondent',
          'ignored',
          'ignored',
          'ignored',
          'ignored',
          'role',
          'task',
          'task',
          'task',
          'task',
          unit === 'percent' ? 'contractPercent' : 'contractHours',
          'mission',
          'comment',
        ]);
        expect(mapping.columns.filter((c) => c.kind === 'task').map((c) => c.title)).toEqual(tasks.map((t) => t.title));
      });
    }
  }
});

describe('contracted hours', () => {
  it('reads hours as they are, and a sysselsättningsgrad as a share of the full-time week', () => {
    expect(contractHoursOf('37,5', 'hours', 40)).toEqual({ ok: true, hours: 37.5 });
    expect(contractHoursOf('30 h', 'hours', 40)).toEqual({ ok: true, hours: 30 });
    expect(contractHoursOf('75', 'percent', 40)).toEqual({ ok: true, hours: 30 });
    expect(contractHoursOf('75 %', 'percent', 38.25)).toEqual({ ok: true, hours: 0.75 * 38.25 });
    // A share written as a fraction: nobody works one percent.
    expect(contractHoursOf('0,75', 'percent', 40)).toEqual({ ok: true, hours: 30 });
    expect(contractHoursOf('1', 'percent', 40)).toEqual({ ok: true, hours: 40 });
    expect(contractHoursOf('', 'percent', 40)).toEqual({ ok: true, hours: null });
    expect(contractHoursOf('0', 'hours', 40)).toEqual({ ok: true, hours: null });
  });

  it('refuses what is not a contract', () => {
    expect(contractHoursOf('heltid', 'hours', 40)).toEqual({ ok: false, problem: 'notNumber' });
    expect(contractHoursOf('120', 'percent', 40)).toEqual({ ok: false, problem: 'overHundredPercent' });
    expect(contractHoursOf('200', 'hours', 40)).toEqual({ ok: false, problem: 'overWeek' });
  });

  it('is recognised by its header in its usual spellings, before the task forms its brackets look like', () => {
    const kinds = (header: string) =>
      guessMapping(
        toTable([
          ['Yrkesroll', header],
          ['Kock', '30'],
        ]),
      ).columns[1]?.kind;
    expect(kinds('Avtalad tid (timmar per vecka)')).toBe('contractHours');
    expect(kinds('Avtalad arbetstid')).toBe('contractHours');
    expect(kinds('Contracted hours per week')).toBe('contractHours');
    expect(kinds('Sysselsättningsgrad')).toBe('contractPercent');
    expect(kinds('Sysselsättningsgrad (%)')).toBe('contractPercent');
    expect(kinds('Avtalad tid i procent')).toBe('contractPercent');
    expect(kinds('Employment rate (%)')).toBe('contractPercent');
    // A task of that name keeps its prefix, and stays a task.
    expect(kinds('Timmar per vecka: Avtalad tid')).toBe('task');
  });

  it('is stored with the comment for each respondent, and two contract columns are one too many', () => {
    const table = toTable([
      ['ID', 'Yrkesroll', 'Sysselsättningsgrad (%)', 'Timmar per vecka: Diska', 'Kommentarer'],
      ['1', 'Kock', '50', '2', 'För lite tid'],
      ['2', 'Kock', 'halvtid', '3', ''],
    ]);
    const mapping = guessMapping(table);
    const built = buildSurvey(table, mapping, () => 40);
    expect(built.respondents.map((r) => [r.key, r.contractHours, r.comment])).toEqual([
      ['1', 20, 'För lite tid'],
      ['2', null, ''],
    ]);
    expect(built.issues).toEqual([{ line: 3, column: 'Sysselsättningsgrad (%)', value: 'halvtid', problem: 'notNumber' }]);
    const two = { ...mapping, columns: mapping.columns.map((c, i) => (i === 4 ? { kind: 'contractHours' as const } : c)) };
    expect(mappingProblems(two)).toEqual(['twoOf']);
  });
});

describe('percent of the week as hours', () => {
  const header = ['ID', 'Yrkesroll', 'Avtalad tid (timmar per vecka)', '% av veckan: Diska', '% av veckan: Städa'];

  it('reckons on the person’s own contracted hours where given, else on the role’s full-time week, and says how many of each', () => {
    const table = toTable([header, ['1', 'Kock', '20', '50', '25'], ['2', 'Kock', '', '50', '25'], ['3', 'Chef', '', '10', ''], ['4', 'Kock', '30', '10', '']]);
    const fullTime = (role: string) => (role === 'Chef' ? 38.25 : 40);
    const built = buildSurvey(table, guessMapping(table), fullTime);
    expect(built.respondents.map((r) => r.hours)).toEqual([
      [
        { task: 'Diska', hours: 10 },
        { task: 'Städa', hours: 5 },
      ],
      [
        { task: 'Diska', hours: 20 },
        { task: 'Städa', hours: 10 },
      ],
      [{ task: 'Diska', hours: 3.825 }],
      [{ task: 'Diska', hours: 3 }],
    ]);
    expect(built.percentBasis).toEqual({ own: 2, fullTime: 2, fullTimeHours: [38.25, 40] });
  });

  it('takes the contract from a later row of a long file as well', () => {
    const table = toTable([
      ['respondent', 'role', 'task', 'procent', 'Sysselsättningsgrad'],
      ['R1', 'Kock', 'Diska', '50', ''],
      ['R1', 'Kock', 'Städa', '50', '75'],
    ]);
    const built = buildSurvey(table, guessMapping(table), () => 40);
    expect(built.respondents[0]?.hours).toEqual([
      { task: 'Diska', hours: 15 },
      { task: 'Städa', hours: 15 },
    ]);
    expect(built.percentBasis).toEqual({ own: 1, fullTime: 0, fullTimeHours: [] });
  });

  it('has no basis for answers in hours', () => {
    const table = toTable([
      ['Yrkesroll', 'Timmar per vecka: Diska'],
      ['Kock', '2'],
    ]);
    expect(buildSurvey(table, guessMapping(table), () => 40).percentBasis).toBeNull();
  });

  it('is told again from the stored answers of percent files in the round', () => {
    const imports = [
      { id: 'i1', report: { unit: 'percent' as const } },
      { id: 'i2', report: { unit: 'hours' as const } },
    ];
    const answer = (importId: string | null, contractHours: number | null, role = 'Kock', round = 'r1') => ({ importId, contractHours, role, round });
    const responses = [answer('i1', 30), answer('i1', null), answer('i1', null, 'Chef'), answer('i2', 20), answer(null, null), answer('i1', 30, 'Kock', 'r2')];
    expect(storedPercentBasis(responses, imports, 'r1', (role) => (role === 'Chef' ? 38.25 : 40))).toEqual({ own: 1, fullTime: 2, fullTimeHours: [38.25, 40] });
    expect(storedPercentBasis(responses.slice(3, 5), imports, 'r1', () => 40)).toBeNull();
  });
});

describe('the SWOT survey’s prompts', () => {
  const defaults = { strengths: 'S?', weaknesses: 'W?', opportunities: 'O?', threats: 'T?' };
  const now = '2026-12-06T10:00:00.000Z';

  it('stores an edited prompt, and drops it again when it is emptied or set back to the default', () => {
    const state = emptySurveyState('a1', now);
    const [change] = setSwotPrompt(state, 'threats', '  Vad hotar?  ', defaults.threats, now);
    const edited = change?.after as typeof state;
    expect(edited.swotPrompts).toEqual([{ quadrant: 'threats', text: 'Vad hotar?' }]);
    expect(swotPromptsOf(edited.swotPrompts, defaults)).toEqual({ ...defaults, threats: 'Vad hotar?' });
    expect(setSwotPrompt(edited, 'threats', 'Vad hotar?', defaults.threats, now)).toEqual([]);
    expect((setSwotPrompt(edited, 'threats', '', defaults.threats, now)[0]?.after as typeof state).swotPrompts).toEqual([]);
    expect((setSwotPrompt(edited, 'threats', 'T?', defaults.threats, now)[0]?.after as typeof state).swotPrompts).toEqual([]);
    expect(setSwotPrompt(state, 'strengths', 'S?', defaults.strengths, now)).toEqual([]);
  });

  it('keeps the quadrants in their order', () => {
    let state = emptySurveyState('a1', now);
    for (const [q, text] of [
      ['threats', 'T!'],
      ['strengths', 'S!'],
    ] as const)
      state = setSwotPrompt(state, q, text, defaults[q], now)[0]?.after as typeof state;
    expect(state.swotPrompts.map((p) => p.quadrant)).toEqual(['strengths', 'threats']);
  });
});
