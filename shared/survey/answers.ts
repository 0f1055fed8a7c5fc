/**
 * The survey's edits as lists of changes, for the one write path: storing an
 * imported file's respondents, deleting the answers per person, and how small
 * roles are shown. Pure: the store reads what they start from and commits.
 */
import { created, deleted, updated, type Change } from '../changes.ts';
import type { Timestamp } from '../model.ts';
import type { SmallRoles } from '../vocabulary.ts';
import type { Respondent } from './build.ts';
import { taskKey } from './build.ts';
import { responseId, storedKey, type SurveyImport, type SurveyResponse, type SurveyState } from './model.ts';
import type { SurveyResults } from './results.ts';

/** A new import as the importer hands it over. */
export interface NewImport {
  id: string;
  analysisId: string;
  fileName: string;
  report: SurveyImport['report'];
  respondents: readonly Respondent[];
  /** The file's tasks, in its order. */
  tasks: readonly string[];
}

/** The survey state of an analysis that has none stored yet. */
export function emptySurveyState(analysisId: string, now: Timestamp): SurveyState {
  return { id: analysisId, analysisId, tasks: [], smallRoles: 'merge', frozen: null, rev: 1, updatedAt: now };
}

/** The ids the respondents of an import are stored under. */
export function responseIds(input: Pick<NewImport, 'id' | 'analysisId' | 'respondents'>): string[] {
  return input.respondents.map((r) => responseId(input.analysisId, storedKey(input.id, r.key)));
}

/**
 * Stores a file's respondents: a respondent id already stored is replaced,
 * new ones are added, the file's new tasks are added to the survey's list.
 * Results frozen by deleting the answers earlier give way to the new answers.
 * `existing[i]` is what is stored under `responseIds(input)[i]`.
 */
export function importAnswers(input: NewImport, state: SurveyState | null, existing: readonly (SurveyResponse | undefined)[], now: Timestamp): Change[] {
  const ids = responseIds(input);
  const responses = input.respondents.map((r, i): Change => {
    const before = existing[i];
    const after: SurveyResponse = {
      id: ids[i] ?? '',
      analysisId: input.analysisId,
      importId: input.id,
      key: storedKey(input.id, r.key),
      role: r.role,
      mission: r.mission,
      hours: r.hours,
      rev: (before?.rev ?? 0) + 1,
      updatedAt: now,
    };
    return before ? updated('surveyResponses', before, after) : created('surveyResponses', after);
  });
  const known = new Set((state?.tasks ?? []).map(taskKey));
  const tasks = [...(state?.tasks ?? []), ...input.tasks.filter((t) => !known.has(taskKey(t)))];
  const next: SurveyState = { ...(state ?? emptySurveyState(input.analysisId, now)), tasks, frozen: null };
  const record: SurveyImport = {
    id: input.id,
    analysisId: input.analysisId,
    fileName: input.fileName,
    importedAt: now,
    respondents: input.respondents.length,
    replaced: existing.filter(Boolean).length,
    report: input.report,
    rev: 1,
    updatedAt: now,
  };
  return [...responses, state ? updated('surveys', state, next) : created('surveys', next), created('surveyImports', record)];
}

/** Deletes the respondents' answers and keeps the results as they are now (their tombstones keep a file from bringing them back). */
export function deleteAnswers(
  analysisId: string,
  state: SurveyState | null,
  responses: readonly SurveyResponse[],
  frozen: { results: SurveyResults; threshold: number },
  now: Timestamp,
): Change[] {
  const next: SurveyState = { ...(state ?? emptySurveyState(analysisId, now)), frozen: { ...frozen, at: now } };
  return [state ? updated('surveys', state, next) : created('surveys', next), ...responses.map((r) => deleted('surveyResponses', r))];
}

/** How roles under the privacy threshold are shown. */
export function setSmallRoles(analysisId: string, state: SurveyState | null, smallRoles: SmallRoles, now: Timestamp): Change[] {
  if (state?.smallRoles === smallRoles) return [];
  const next: SurveyState = { ...(state ?? emptySurveyState(analysisId, now)), smallRoles };
  return [state ? updated('surveys', state, next) : created('surveys', next)];
}
