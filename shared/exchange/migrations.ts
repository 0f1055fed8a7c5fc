/**
 * The upgrades of the analysis file's format, one version at a time: a file
 * of version n goes through the step to n+1, then the one to n+2 …, and is
 * checked against the current shape only at the end (restore.ts). So each
 * step is written once, against the version before it, and never changes:
 * like the database's schema versions, a step inlines what it needs and
 * imports no live constants.
 *
 * A file is JSON from anywhere: a step meets whatever is there and leaves
 * what it does not understand as it is, for the check at the end to name.
 * Each version has a real file in test/fixtures/files/, written by the app
 * at that version, that a test reads.
 */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The file with each analysis record passed through `step` (records that are not objects left for the check). */
function eachRecord(file: Json, step: (record: Json) => Json): Json {
  const analyses = file.analyses;
  return { ...file, analyses: Array.isArray(analyses) ? analyses.map((r: unknown) => (isObject(r) ? step(r) : r)) : analyses };
}

/** A single item (or null) as a list of it; anything else (a missing field) is left for the check to name. */
const listOf = (value: unknown): unknown => (value === null ? [] : isObject(value) ? [value] : value);

/**
 * Answers as a list of `{ task, hours }`: hours by task title (an object keyed
 * by title) in version 5 and before. Only an object's own keys count, as JSON
 * gives them; anything else is left for the check to name.
 */
function answersAsList(hours: unknown): unknown {
  return isObject(hours) ? Object.entries(hours).map(([task, h]) => ({ task, hours: h })) : hours;
}

/** A stored survey response with its answers as a list; anything else as it is. */
const responseAsList = (r: unknown): unknown => (isObject(r) ? { ...r, hours: answersAsList(r.hours) } : r);

export interface Migration {
  /** The version this step makes. */
  to: number;
  what: string;
  up(file: Json): Json;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 2,
    what: 'deletions (tombstones), versions kept by conflicts, what was exchanged, and the machine that wrote the file',
    // Version 1 knew no machines: its files say nothing of who wrote them.
    up: (file) => eachRecord({ ...file, machine: null }, (r) => ({ ...r, tombstones: [], keptVersions: [], exchanges: [] })),
  },
  {
    to: 3,
    what: 'new roles, their parts of tasks, the staffing estimate and the tasks flagged as extras',
    up: (file) => eachRecord(file, (r) => ({ ...r, newRoles: { roles: [], parts: [], staffing: null, extras: null } })),
  },
  {
    to: 4,
    what: 'the workshop agenda',
    up: (file) => eachRecord(file, (r) => ({ ...r, agenda: null })),
  },
  {
    to: 5,
    what: 'one list per kind of record, under the kind’s name, instead of records grouped by view',
    up: (file) =>
      eachRecord(file, (r) => {
        const { timer, survey, workshop2, newRoles, agenda, ...rest } = r;
        const s: Json = isObject(survey) ? survey : {};
        const w: Json = isObject(workshop2) ? workshop2 : {};
        const n: Json = isObject(newRoles) ? newRoles : {};
        return {
          ...rest,
          timers: listOf(timer),
          surveys: listOf(s.state),
          surveyImports: s.imports,
          surveyResponses: s.responses,
          swotNotes: w.notes,
          swotStacks: w.stacks,
          voting: listOf(w.voting),
          discussion: w.discussion,
          actions: w.actions,
          newRoles: n.roles,
          roleParts: n.parts,
          staffing: listOf(n.staffing),
          extraFlags: listOf(n.extras),
          agendas: listOf(agenda),
        };
      }),
  },
  {
    to: 6,
    what: 'a respondent’s answers as a list of tasks with their hours, so no task title is an object key',
    up: (file) =>
      eachRecord(file, (r) => ({
        ...r,
        surveyResponses: Array.isArray(r.surveyResponses) ? r.surveyResponses.map(responseAsList) : r.surveyResponses,
        // A version of a response set aside by a conflict is a response too.
        keptVersions: Array.isArray(r.keptVersions)
          ? r.keptVersions.map((k: unknown) => (isObject(k) && k.table === 'surveyResponses' ? { ...k, version: responseAsList(k.version) } : k))
          : r.keptVersions,
      })),
  },
];

/** The version of the files this app writes. */
export const FILE_VERSION = 1 + MIGRATIONS.length;

/** A file of `version` (1 up to the current one) brought to the current version, step by step. */
export function migrate(file: Json, version: number): Json {
  return MIGRATIONS.filter((m) => m.to > version).reduce((f, m) => ({ ...m.up(f), version: m.to }), file);
}
