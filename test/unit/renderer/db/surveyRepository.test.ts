import { describe, expect, it } from 'vitest';
import { firstValueFrom } from './live.ts';
import { testStore } from '../testStore.ts';
import type { NewImport } from '../../../../shared/survey/answers.ts';
import type { Respondent } from '../../../../shared/survey/build.ts';
import { answered, byTitle } from '../../shared/survey/fixtures.ts';
import type { ImportReport } from '../../../../shared/survey/model.ts';
import { mergeTasks, updateTask } from '../../../../shared/board.ts';
import { DEFAULT_SETTINGS } from '../../../../shared/model.ts';
import { surveyModelOf } from '../../../../renderer/survey/useSurvey.ts';

const report: ImportReport = {
  kind: 'csv',
  encoding: 'utf-8',
  delimiter: ';',
  decimalMark: 'comma',
  shape: 'wide',
  unit: 'hours',
  ignored: [],
  skippedCells: 0,
};
const person = (key: string, role: string, hours: Record<string, number>): Respondent => ({ key, role, mission: '', hours: answered(hours), lines: [2] });
const file = (id: string, respondents: Respondent[], tasks: string[]): NewImport => ({
  id,
  analysisId: 'a1',
  fileName: `${id}.csv`,
  report,
  respondents,
  tasks,
  round: 'r1',
});

async function setup() {
  // The first id drawn is the analysis's: a1.
  let n = 0;
  const made = testStore({ clock: () => '2026-11-23T10:00:00.000Z', ids: () => (n++ === 0 ? 'a1' : crypto.randomUUID()) });
  await made.state().createAnalysis({ unitName: 'Solrosen', organisation: 'Norrby', facilitator: 'Eva' });
  return made;
}

describe('the survey’s storage', () => {
  it('stores a file’s respondents by task id, makes the tasks it names, and replaces respondents with the same id from a later file', async () => {
    const { db, repos, state } = await setup();
    await state().importSurvey(file('i1', [person('1', 'Kock', { Diska: 2 }), person('2', 'Kock', { Diska: 3 })], ['Diska']));
    expect(await repos.survey.alreadyStored('a1', 'r1', 'i2', ['2', '3'])).toBe(1);
    // A follow-up round's answers are new answers, not replacements.
    expect(await repos.survey.alreadyStored('a1', 'r2', 'i2', ['2', '3'])).toBe(0);
    await state().importSurvey(file('i2', [person('2', 'Kock', { diska: 5, Städa: 1 }), person('3', 'Kock', { Städa: 2 })], ['diska', 'Städa']));
    expect(await db.surveyImports.get('i2')).toMatchObject({ respondents: 2, replaced: 1 });
    const data = await firstValueFrom(repos.survey.live('a1'));
    // "diska" is the task "Diska": one task, made by the first file. (The
    // store lists tasks by id, and ids here are random: compare as a set.)
    expect(data.tasks.map((t) => t.title).sort()).toEqual(['Diska', 'Städa']);
    expect(data.imports.map((i) => i.id)).toEqual(['i1', 'i2']);
    const byKey = Object.fromEntries(data.responses.map((r, i) => [r.key, byTitle(data.responses, data.tasks)[i]]));
    expect(byKey).toEqual({ '1': answered({ Diska: 2 }), '2': answered({ Diska: 5, Städa: 1 }), '3': answered({ Städa: 2 }) });
    expect(data.responses.every((r) => r.source === 'file' && r.round === 'r1')).toBe(true);
  });

  it('adds up two files without respondent ids instead of replacing', async () => {
    const { repos, state } = await setup();
    await state().importSurvey(file('i1', [person('#2', 'Kock', { Diska: 2 })], ['Diska']));
    await state().importSurvey(file('i2', [person('#2', 'Kock', { Diska: 3 })], ['Diska']));
    expect((await firstValueFrom(repos.survey.live('a1'))).responses).toHaveLength(2);
  });

  it('deletes the respondents’ answers and keeps the results', async () => {
    const { db, repos, state } = await setup();
    await state().importSurvey(file('i1', [person('1', 'Kock', { Diska: 2 })], ['Diska']));
    const results = { roles: [], hidden: ['Kock'] };
    await state().deleteSurveyResponses('a1', { results, threshold: 3 });
    const data = await firstValueFrom(repos.survey.live('a1'));
    expect(data.responses).toEqual([]);
    expect(data.state?.frozen).toMatchObject({ results, threshold: 3 });
    // So that a file with the answers in it cannot bring them back.
    expect(await db.tombstones.get('surveyResponses:a1|1')).toMatchObject({ table: 'surveyResponses' });
    await state().setSurveySmallRoles('a1', 'hide');
    expect((await firstValueFrom(repos.survey.live('a1'))).state?.smallRoles).toBe('hide');
  });

  it('copies the survey with a duplicated analysis, and purges it with a deleted one', async () => {
    const { db, repos, state } = await setup();
    await state().importSurvey(file('i1', [person('1', 'Kock', { Diska: 2 })], ['Diska']));
    const copy = await state().duplicateAnalysis('a1', 'Solrosen (kopia)');
    const copied = await firstValueFrom(repos.survey.live(copy));
    expect(copied.tasks.map((t) => t.title)).toEqual(['Diska']);
    // The copy's answers name the copy's task.
    expect(copied.responses[0]?.hours[0]?.taskId).toBe(copied.tasks[0]?.id);
    expect(byTitle(copied.responses, copied.tasks)).toEqual([answered({ Diska: 2 })]);
    expect(copied.imports[0]?.id).not.toBe('i1');
    expect(copied.responses[0]?.importId).toBe(copied.imports[0]?.id);

    await db.analyses.update('a1', { deletedAt: '2026-09-01T00:00:00.000Z' });
    expect(await repos.analyses.purgeDeleted()).toBe(1);
    expect(await db.surveyResponses.where('analysisId').equals('a1').count()).toBe(0);
    expect(await db.surveyImports.where('analysisId').equals('a1').count()).toBe(0);
    expect(await db.surveys.get('a1')).toBeUndefined();
    expect(await db.surveyResponses.where('analysisId').equals(copy).count()).toBe(1);
  });

  it('stores paper and kiosk answers in the current round, replacing an answer of the same form, and counts them with the file’s', async () => {
    const { db, repos, state } = await setup();
    await state().importSurvey(file('i1', [person('1', 'Kock', { Diska: 2 })], ['Diska']));
    const diska = (await db.tasks.toArray())[0]?.id ?? '';
    const paper = (key: string, hours: number) => ({
      key,
      source: 'paper' as const,
      role: 'Kock',
      mission: '',
      contractHours: null,
      comment: '',
      hours: [{ taskId: diska, hours }],
    });
    await state().saveSurveyAnswers('a1', [paper('Kock-1', 4), paper('Kock-2', 6)]);
    // Form 2 typed again with a correction: replaced, not added.
    await state().saveSurveyAnswers('a1', [paper('Kock-2', 5)]);
    await state().saveSurveyAnswers('a1', [{ ...paper('1', 3), source: 'kiosk' }]);
    const data = await firstValueFrom(repos.survey.live('a1'));
    expect(data.responses.map((r) => [r.source, r.key, r.hours[0]?.hours]).sort()).toEqual([
      ['file', '1', 2],
      ['kiosk', 'kiosk:1', 3],
      ['paper', 'paper:Kock-1', 4],
      ['paper', 'paper:Kock-2', 5],
    ]);
    const model = surveyModelOf(data, await db.roles.toArray(), { ...DEFAULT_SETTINGS, privacyThreshold: 1 }, 'Övriga');
    expect(model.results.roles[0]?.tasks[0]).toMatchObject({ taskId: diska, task: 'Diska', doing: 4, team: 14 });
  });

  it('keeps a task’s answers when it is renamed, and counts a merged task’s answers for the task it went into', async () => {
    const { db, repos, state } = await setup();
    await state().importSurvey(
      file('i1', [person('1', 'Kock', { Diska: 2, 'Diska kastruller': 1 }), person('2', 'Kock', { Diska: 3 })], ['Diska', 'Diska kastruller']),
    );
    const tasks = await db.tasks.toArray();
    const id = (title: string) => tasks.find((t) => t.title === title)?.id ?? '';
    const board = { tasks, placements: [], roles: [] };
    await state().commit(updateTask(board, id('Diska'), { title: 'Disk och diskmaskin' }, '2026-11-23T11:00:00.000Z'), { undoable: true });
    await state().commit(mergeTasks({ ...board, tasks: await db.tasks.toArray() }, id('Diska'), id('Diska kastruller'), '2026-11-23T11:00:00.000Z'), {
      undoable: true,
    });
    const data = await firstValueFrom(repos.survey.live('a1'));
    const model = surveyModelOf(data, [], { ...DEFAULT_SETTINGS, privacyThreshold: 1 }, 'Övriga');
    expect(model.results.roles[0]?.tasks.map((t) => [t.task, t.team])).toEqual([['Disk och diskmaskin', 6]]);
  });

  it('keeps what the survey asks', async () => {
    const { repos, state } = await setup();
    await state().setSurveyQuestions('a1', { unit: 'percent', contract: true, mission: false, comments: true });
    expect((await firstValueFrom(repos.survey.live('a1'))).state?.questions).toEqual({ unit: 'percent', contract: true, mission: false, comments: true });
  });
});
