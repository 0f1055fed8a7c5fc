import { describe, expect, it } from 'vitest';
import { fileOf } from '../shared/survey/fixtures.ts';
import { testStore } from './testStore.ts';
import { readSurveyFile } from '../../../renderer/survey/readSurveyFile.ts';
import { surveyModelOf } from '../../../renderer/survey/useSurvey.ts';
import { DEFAULT_SETTINGS } from '../../../shared/model.ts';
import { serialize } from '../../../shared/exchange/format.ts';
import { restoreFile } from '../../../shared/exchange/restore.ts';
import { buildSurvey } from '../../../shared/survey/build.ts';
import { guessMapping } from '../../../shared/survey/mapping.ts';
import { reportOf } from '../../../shared/survey/model.ts';
import { planSeed } from '../../../shared/survey/seed.ts';

/** Task titles that are also names of Object.prototype's members (or of a function's). */
const TITLES = ['constructor', '__proto__', 'toString', 'prototype', 'hasOwnProperty'];
/** Person 1 answers 1, 2, 3 … hours; person 2 answers 2, 4, 6 …: the team's hours are 3, 6, 9 … */
const CSV = [
  ['Svars-ID', 'Yrkesroll', ...TITLES.map((t) => `Timmar per vecka: ${t}`)].join(';'),
  ['1', 'Kock', ...TITLES.map((_, i) => String(i + 1))].join(';'),
  ['2', 'Kock', ...TITLES.map((_, i) => String(2 * (i + 1)))].join(';'),
].join('\n');
const TEAM = TITLES.map((t, i) => [t, 3 * (i + 1)]);

type Store = ReturnType<typeof testStore>;

async function surveyOf({ repos }: Store, analysisId: string) {
  const [state, imports, responses, roles, tasks] = await Promise.all([
    repos.items.get('surveys', analysisId),
    repos.items.where('surveyImports', 'analysisId', analysisId),
    repos.items.where('surveyResponses', 'analysisId', analysisId),
    repos.items.where('roles', 'analysisId', analysisId),
    repos.items.where('tasks', 'analysisId', analysisId),
  ]);
  return surveyModelOf({ state: state ?? null, imports, responses, tasks }, roles, { ...DEFAULT_SETTINGS, privacyThreshold: 1 }, 'Övriga');
}

async function cardHours({ repos }: Store, analysisId: string) {
  const [tasks, placements] = await Promise.all([
    repos.items.where('tasks', 'analysisId', analysisId),
    repos.items.where('placements', 'analysisId', analysisId),
  ]);
  return TITLES.map((title) => {
    const task = tasks.find((t) => t.title === title);
    return [title, placements.find((p) => p.taskId === task?.id)?.hours];
  });
}

describe('task titles named like members of Object.prototype', () => {
  it('go from a survey file to the board, into a file with the answers, and into a fresh database with the same hours', async () => {
    const here = testStore();
    const analysisId = await here.state().createAnalysis({ unitName: 'Köket', organisation: 'Norrby', facilitator: 'Eva' });

    // The survey file, read and imported as the import dialog does.
    const { table, report: file } = await readSurveyFile(fileOf('enkät.csv', new TextEncoder().encode(CSV)));
    const mapping = guessMapping(table);
    const built = buildSurvey(table, mapping, () => 40);
    expect(built.tasks).toEqual(TITLES);
    await here.state().importSurvey({
      id: 'import-1',
      analysisId,
      fileName: 'enkät.csv',
      report: reportOf({ kind: file.kind, encoding: file.encoding ?? null, delimiter: file.delimiter ?? null }, table, mapping, built.issues.length),
      respondents: built.respondents,
      tasks: built.tasks,
      round: 'r1',
    });

    // Shown in the results, and put on the board as "Fyll AKR-tavlan" does.
    const survey = await surveyOf(here, analysisId);
    expect(survey.results.roles[0]?.tasks.map((t) => [t.task, t.team])).toEqual(TEAM);
    const board = {
      roles: await here.repos.items.where('roles', 'analysisId', analysisId),
      tasks: await here.repos.items.where('tasks', 'analysisId', analysisId),
      placements: await here.repos.items.where('placements', 'analysisId', analysisId),
    };
    let n = 0;
    const plan = planSeed(board, {
      analysisId,
      roles: survey.perRole?.roles ?? [],
      threshold: 1,
      includeSmall: true,
      overwriteEdited: false,
      defaultFullTimeHours: 40,
      newId: () => `seed-${++n}`,
      now: '2026-11-23T09:00:00.000Z',
    });
    await here.state().commit(plan.changes, { undoable: true });
    expect(await cardHours(here, analysisId)).toEqual(TEAM);

    // Exported with the answers; the app's own file check accepts it.
    const text = serialize(await here.state().exportFile([analysisId], { appVersion: '1.0.0', includePersonal: true }));
    const restored = restoreFile(text);
    if (!restored.ok) throw new Error(`the file was refused: ${JSON.stringify(restored.error)}`);
    expect(restored.file.analyses[0]?.surveyResponses).toHaveLength(2);

    // Imported into a fresh database: the answers, the results and the board say the same.
    const there = testStore();
    const [merge] = await there.state().importFile(restored.file, 'Köket.akr.json', {});
    expect(merge).toMatchObject({ isNew: true, conflicts: [] });
    const again = await surveyOf(there, analysisId);
    expect(again.respondents).toHaveLength(2);
    expect(again.results.roles[0]?.tasks.map((t) => [t.task, t.team])).toEqual(TEAM);
    expect(await cardHours(there, analysisId)).toEqual(TEAM);
  });
});
