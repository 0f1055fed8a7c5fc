/**
 * The example analysis a facilitator can explore before their first real one
 * ("Exempel: Förskolan Solrosen"): a preschool whose staff survey is
 * imported and whose board is filled from it, built by the same steps as the
 * app's own survey import and "Fyll AKR-tavlan", so it holds exactly what a
 * real analysis would after them. Pure: the survey's text comes in, the
 * changes for the one write path go out.
 */
import { createAnalysis } from './analysis.ts';
import type { Change } from './changes.ts';
import type { Analysis, Timestamp } from './model.ts';
import { created } from './changes.ts';
import { FIRST_ROUND, importAnswers, tasksForTitles } from './survey/answers.ts';
import { buildSurvey } from './survey/build.ts';
import { parseDelimited } from './survey/csv.ts';
import { guessMapping } from './survey/mapping.ts';
import { reportOf } from './survey/model.ts';
import { surveyResults } from './survey/results.ts';
import { planSeed } from './survey/seed.ts';

export interface ExampleInput {
  /** The survey as a Swedish Excel CSV (`;`, decimal commas; a byte order mark is allowed). */
  csv: string;
  /** Texts in the UI's language. */
  unitName: string;
  organisation: string;
  fileName: string;
  defaultFullTimeHours: number;
  newId: () => string;
  now: Timestamp;
}

/** The example analysis: its id and the changes that store it (one commit). */
export function buildExample(input: ExampleInput): { analysisId: string; changes: Change[] } {
  const { newId, now } = input;
  const bundle = createAnalysis({ unitName: input.unitName, organisation: input.organisation, facilitator: '' }, newId(), now);
  const analysis: Analysis = { ...bundle.analysis, example: true };
  const analysisId = analysis.id;

  const { table, delimiter } = parseDelimited(input.csv.replace(/^\uFEFF/, ''));
  const mapping = guessMapping(table);
  const survey = buildSurvey(table, mapping, () => input.defaultFullTimeHours);
  const report = reportOf({ kind: 'csv', encoding: 'utf-8-bom', delimiter }, table, mapping, survey.issues.length);
  // The survey's tasks become the analysis's, as the import makes them; the board then fills them in.
  const { idOf, made } = tasksForTitles(analysisId, survey.tasks, [], newId, now);
  const answers = importAnswers(
    { id: newId(), analysisId, fileName: input.fileName, report, respondents: survey.respondents, tasks: survey.tasks, round: FIRST_ROUND },
    null,
    [],
    made,
    newId,
    now,
  );
  // Each role on its own, as "Fyll AKR-tavlan" seeds the board.
  const byId = survey.respondents.map((r) => ({ ...r, hours: r.hours.map((h) => ({ taskId: idOf.get(h.task) ?? '', hours: h.hours })) }));
  const tasks = made.map((t) => ({ taskId: t.id, title: t.title }));
  const results = surveyResults(byId, survey.roles, tasks, { threshold: 1, small: 'merge', otherName: '', headcount: () => null });
  const seed = planSeed(
    { roles: [], tasks: made, placements: [] },
    {
      analysisId,
      roles: results.roles,
      threshold: 1,
      includeSmall: true,
      overwriteEdited: false,
      defaultFullTimeHours: input.defaultFullTimeHours,
      newId,
      now,
    },
  );
  return {
    analysisId,
    changes: [
      created('analyses', analysis),
      ...bundle.steps.map((s) => created('steps', s)),
      ...made.map((t) => created('tasks', t)),
      ...answers,
      ...seed.changes,
    ],
  };
}
