import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { createTranslator, loadDictionary } from '../../../renderer/i18n/i18n.ts';
import { templateCsv, templateXlsx } from '../../../renderer/survey/forms/answerTemplate.ts';
import { formsListText, formsTitles } from '../../../renderer/survey/forms/formsText.ts';
import { percentBasisText } from '../../../renderer/survey/forms/percentBasisText.ts';
import { readSurveyFile } from '../../../renderer/survey/readSurveyFile.ts';
import { surveyModelOf } from '../../../renderer/survey/useSurvey.ts';
import { addTask } from '../../../shared/board.ts';
import { DEFAULT_SETTINGS } from '../../../shared/model.ts';
import type { SurveyQuestions } from '../../../shared/survey/answers.ts';
import { buildSurvey } from '../../../shared/survey/build.ts';
import { formsQuestions, templateHeader } from '../../../shared/survey/formsList.ts';
import { guessMapping, mappingProblems } from '../../../shared/survey/mapping.ts';
import { reportOf } from '../../../shared/survey/model.ts';
import { surveyTaskList } from '../../../shared/survey/tasks.ts';
import { fileOf } from '../shared/survey/fixtures.ts';
import { firstValueFrom } from './db/live.ts';
import { testStore } from './testStore.ts';

const sv = createTranslator('sv');
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** An analysis with two roles (three people each) and five tasks, as the facilitator would set it up. */
async function analysis() {
  let n = 0;
  const made = testStore({ clock: () => '2026-12-06T10:00:00.000Z', ids: () => (n++ === 0 ? 'a1' : crypto.randomUUID()) });
  const { state, db } = made;
  await state().createAnalysis({ unitName: 'Solrosen', organisation: 'Norrby', facilitator: 'Eva' });
  await state().addRole('a1', { name: 'Förskollärare', headcount: 3, fullTimeHours: 40 }, []);
  await state().addRole('a1', { name: 'Barnskötare', headcount: 3, fullTimeHours: 38.25 }, await db.roles.toArray());
  const roles = await db.roles.where('analysisId').equals('a1').toArray();
  const [teacher, nurse] = [roles.find((r) => r.name === 'Förskollärare'), roles.find((r) => r.name === 'Barnskötare')];
  const tasks: [string, string[]][] = [
    ['Planera och genomföra undervisning', [teacher?.id ?? '']],
    ['Omsorg: vila, blöjbyten, av- och påklädning', [nurse?.id ?? '']],
    ['Diska och ställa in i diskmaskin', [teacher?.id ?? '', nurse?.id ?? '']],
    ['Tvätta och vika tvätt (dukar, handdukar)', [nurse?.id ?? '']],
    ['Beställa förbrukningsmaterial', [teacher?.id ?? '', nurse?.id ?? '']],
  ];
  let at = 0;
  for (const [title, roleIds] of tasks) {
    const board = { roles, tasks: await db.tasks.toArray(), placements: await db.placements.toArray() };
    // A millisecond apart, so the survey lists them in this order.
    await state().commit(
      addTask(
        board,
        { analysisId: 'a1', title, roleIds, hours: null },
        () => crypto.randomUUID(),
        new Date(Date.parse('2026-12-06T10:00:00.000Z') + at++).toISOString(),
      ),
      {
        undoable: true,
      },
    );
  }
  const board = { roles, tasks: await db.tasks.where('analysisId').equals('a1').toArray(), placements: await db.placements.toArray() };
  return { ...made, roles, board };
}

/**
 * A workbook in exactly the shape Microsoft Forms exports: ID, Starttid,
 * Sluttid, E-post, Namn, then one column per question titled as asked; times
 * as dates, numbers as numbers, an anonymous form's "anonymous" and no name.
 */
async function formsExport(titles: string[], answers: (string | number | null)[][]): Promise<Uint8Array> {
  const header = ['ID', 'Starttid', 'Sluttid', 'E-post', 'Namn', ...titles];
  const rows = answers.map((a, i) => [
    i + 1,
    new Date(Date.UTC(2026, 8, 6, 8, i)),
    new Date(Date.UTC(2026, 8, 6, 8, i + 9)),
    'anonymous',
    null,
    ...a.map((v) => (v === '' ? null : v)),
  ]);
  const blob = await writeXlsxFile([header, ...rows], { dateFormat: 'yyyy-mm-dd hh:mm' }).toBlob();
  return bytesOf(blob);
}

async function importForms(made: Awaited<ReturnType<typeof analysis>>, questions: SurveyQuestions, answers: (string | number | null)[][]) {
  const list = formsQuestions(surveyTaskList(made.board), made.roles, questions, formsTitles(sv.t));
  const bytes = await formsExport(
    list.map((q) => q.title),
    answers,
  );
  const { table, report: file } = await readSurveyFile(fileOf('Personalenkät(1-6).xlsx', bytes));
  const mapping = guessMapping(table);
  const fullTime = (role: string) => made.roles.find((r) => r.name === role)?.fullTimeHours ?? 40;
  const built = buildSurvey(table, mapping, fullTime);
  await made.state().importSurvey({
    id: crypto.randomUUID(),
    analysisId: 'a1',
    fileName: 'Personalenkät(1-6).xlsx',
    report: reportOf({ kind: file.kind, encoding: null, delimiter: null }, table, mapping, built.issues.length),
    respondents: built.respondents,
    tasks: built.tasks,
    round: 'r1',
  });
  const data = await firstValueFrom(made.repos.survey.live('a1'));
  const model = surveyModelOf(data, made.roles, DEFAULT_SETTINGS, 'Övriga');
  return { list, table, mapping, built, model };
}

describe('a Microsoft Forms export of the question list', () => {
  it('imports with no column mapping to change, and the results per role are the answers given', async () => {
    const made = await analysis();
    const questions: SurveyQuestions = { unit: 'hours', contract: true, mission: true, comments: true };
    // Role, then the five tasks in the list's order, contract, core mission, comment.
    const answers = [
      ['Förskollärare', 12.5, '', 1, '', 0.5, 40, 'Undervisning', ''],
      ['Förskollärare', 14, '', 2, '', '', 30, 'Leda lärandet', 'Mycket disk'],
      ['Förskollärare', 10, '', 1.5, '', 1, '', 'Pedagogik', ''],
      ['Barnskötare', '', 8, 3, 2, 1, 38.25, 'Omsorg', ''],
      ['Barnskötare', '', 9.5, 2, 1.5, '', 30, 'Trygghet', ''],
      ['Barnskötare', '', 7, 4, 2.5, 0.5, '', 'Omsorg och lek', 'Tvätten tar tid'],
    ];
    const { list, mapping, built, model } = await importForms(made, questions, answers);

    expect(mappingProblems(mapping)).toEqual([]);
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
      'task',
      'contractHours',
      'mission',
      'comment',
    ]);
    expect(built.issues).toEqual([]);
    expect(list).toHaveLength(9);
    // No task was made from the file: its titles are the analysis's tasks.
    expect((await made.db.tasks.where('analysisId').equals('a1').toArray()).map((t) => t.id).sort()).toEqual(made.board.tasks.map((t) => t.id).sort());

    const titles = surveyTaskList(made.board).map((t) => t.title);
    for (const role of ['Förskollärare', 'Barnskötare']) {
      const result = model.results.roles.find((r) => r.name === role);
      const rows = answers.filter((a) => a[0] === role);
      expect(result?.respondents).toBe(3);
      titles.forEach((title, i) => {
        const given = rows.map((a) => Number(a[i + 1] || 0));
        const team = result?.tasks.find((x) => x.task === title)?.team ?? 0;
        // Three answered of three: the group's time is the sum of the answers.
        expect(team).toBeCloseTo(
          given.reduce((s, h) => s + h, 0),
          10,
        );
      });
      expect([...(result?.missions ?? [])].sort()).toEqual(rows.map((a) => String(a[7])).sort());
    }
    const stored = await made.db.surveyResponses.toArray();
    expect(stored.map((r) => [r.contractHours, r.comment]).sort()).toEqual(
      [
        [40, ''],
        [30, 'Mycket disk'],
        [null, ''],
        [38.25, ''],
        [30, ''],
        [null, 'Tvätten tar tid'],
      ].sort(),
    );
    expect(model.percentBasis).toBeNull();
  });

  it('in percent, reckons each person’s answers on their own contracted hours, else the role’s full-time week', async () => {
    const made = await analysis();
    const questions: SurveyQuestions = { unit: 'percent', contract: true, mission: false, comments: false };
    const answers = [
      ['Förskollärare', 50, '', 10, '', '', 75],
      ['Förskollärare', 40, '', 10, '', '', ''],
      ['Förskollärare', 30, '', 20, '', '', 50],
      ['Barnskötare', '', 40, 10, 10, '', ''],
      ['Barnskötare', '', 50, 10, '', '', 100],
      ['Barnskötare', '', 60, '', '', '', ''],
    ];
    const { mapping, built, model } = await importForms(made, questions, answers);
    expect(mapping.unit).toBe('percent');
    expect(mapping.columns.at(-1)?.kind).toBe('contractPercent');
    expect(built.percentBasis).toEqual({ own: 3, fullTime: 3, fullTimeHours: [38.25, 40] });
    const teacher = model.results.roles.find((r) => r.name === 'Förskollärare');
    // 50 % of 30 h (75 % of 40), 40 % of 40 h, 30 % of 20 h (50 % of 40).
    expect(teacher?.tasks.find((x) => x.task === 'Planera och genomföra undervisning')?.team).toBeCloseTo(15 + 16 + 6, 10);
    const nurse = model.results.roles.find((r) => r.name === 'Barnskötare');
    expect(nurse?.tasks.find((x) => x.task === 'Omsorg: vila, blöjbyten, av- och påklädning')?.team).toBeCloseTo(0.4 * 38.25 + 0.5 * 38.25 + 0.6 * 38.25, 10);
    expect(model.percentBasis).toEqual({ own: 3, fullTime: 3, fullTimeHours: [38.25, 40] });
    expect(percentBasisText(model.percentBasis ?? { own: 0, fullTime: 0, fullTimeHours: [] }, sv)).toBe(
      'Procent räknat på egen avtalad tid för 3 av 6, yrkesrollens heltid för övriga.',
    );
  });
});

describe('what the facilitator takes to Forms', () => {
  it('lists the settings and every question’s title alone on its numbered line', async () => {
    const made = await analysis();
    const questions: SurveyQuestions = { unit: 'hours', contract: false, mission: true, comments: false };
    const list = formsQuestions(surveyTaskList(made.board), made.roles, questions, formsTitles(sv.t));
    const text = formsListText(list, { unitName: 'Solrosen', questions, threshold: 3 }, sv);
    expect(text).toContain('Alla kan svara');
    expect(text).toContain('Registrera namn');
    expect(text).toContain('Mellan 0 och 60');
    expect(text).toContain('Alternativ: Förskollärare; Barnskötare');
    expect(text).toContain('Underrubrik: Gäller Förskollärare, Barnskötare. Lämna tomt om du inte gör uppgiften.');
    list.forEach((q, i) => expect(text.split('\n')).toContain(`${i + 1}. ${q.title}`));
    const percent = formsListText(list, { unitName: 'Solrosen', questions: { ...questions, unit: 'percent' }, threshold: 3 }, sv);
    expect(percent).toContain('Mellan 0 och 100');
  });

  it('writes answer templates, CSV and Excel, that read back with the question titles as their header', async () => {
    const made = await analysis();
    const questions: SurveyQuestions = { unit: 'hours', contract: true, mission: true, comments: true };
    const titles = formsTitles(sv.t);
    const header = templateHeader(formsQuestions(surveyTaskList(made.board), made.roles, questions, titles), titles);
    const xlsx = await templateXlsx(header, sv.t('forms.sheet'));
    const csv = templateCsv(header);
    // A header with no answers is no survey to import, but its columns are all recognised.
    for (const [name, blob] of [
      ['mall.xlsx', xlsx],
      ['mall.csv', csv],
    ] as const) {
      const bytes = await bytesOf(blob);
      const withAnswer = name.endsWith('.csv')
        ? new Uint8Array([...bytes, ...new TextEncoder().encode('1;Barnskötare;;2;;;;37;;\r\n')])
        : await bytesOf(await writeXlsxFile([header, [1, 'Barnskötare', null, 2]]).toBlob());
      const { table } = await readSurveyFile(fileOf(name, withAnswer));
      expect(table.header).toEqual(header);
      expect(guessMapping(table).columns.map((c) => c.kind)).toEqual([
        'respondent',
        'role',
        'task',
        'task',
        'task',
        'task',
        'task',
        'contractHours',
        'mission',
        'comment',
      ]);
    }
    // The Excel template itself: one row, the header.
    const { readSheet } = await import('read-excel-file/universal');
    expect(await readSheet(await xlsx.arrayBuffer())).toEqual([header]);
  });

  it('says in English too how percent answers were reckoned', async () => {
    await loadDictionary('en');
    const en = createTranslator('en');
    expect(percentBasisText({ own: 7, fullTime: 3, fullTimeHours: [40] }, sv)).toBe('Procent räknat på egen avtalad tid för 7 av 10, heltid 40 h för övriga.');
    expect(percentBasisText({ own: 7, fullTime: 3, fullTimeHours: [40] }, en)).toBe(
      'Percent reckoned on their own contracted hours for 7 of 10, a full-time week of 40 h for the others.',
    );
    expect(percentBasisText({ own: 0, fullTime: 4, fullTimeHours: [40] }, sv)).toBe('Procent räknat på heltid 40 h för alla 4.');
    expect(percentBasisText({ own: 4, fullTime: 0, fullTimeHours: [] }, sv)).toBe('Procent räknat på egen avtalad tid för alla 4.');
  });
});

describe('the survey’s questions in the store', () => {
  it('are one undo step each, and undoing never removes the survey state', async () => {
    const made = await analysis();
    const { state, db } = made;
    await state().setSurveyQuestions('a1', { unit: 'percent', contract: true, mission: true, comments: false }, 'Frågor');
    await state().setSurveySwotPrompt('a1', 'threats', 'Vad hotar en ny fördelning?', 'Standard', 'SWOT');
    expect(await db.surveys.get('a1')).toMatchObject({
      questions: { unit: 'percent', contract: true },
      swotPrompts: [{ quadrant: 'threats', text: 'Vad hotar en ny fördelning?' }],
    });
    await state().undo('a1');
    expect((await db.surveys.get('a1'))?.swotPrompts).toEqual([]);
    await state().undo('a1');
    expect((await db.surveys.get('a1'))?.questions).toEqual({ unit: 'hours', contract: false, mission: true, comments: false });
    await state().redo('a1');
    expect((await db.surveys.get('a1'))?.questions.unit).toBe('percent');
  });
});
