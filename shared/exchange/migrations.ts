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

/**
 * Version 7's upgrade of one analysis's survey, frozen like every step (the
 * database's schema version 10 runs the same on what is stored): answers name
 * tasks by id instead of by title. A title is the analysis's task whose title
 * matches it apart from case and spacing; a title on no task becomes a task of
 * its own (on no card yet), under an id made from the analysis and the title,
 * so two machines upgrading the same analysis make the same task. Answers get
 * the first round, their source (a file: nothing else existed) and the new
 * fields empty; the survey state gets its round, questions and prompts, and
 * loses its list of titles.
 */
export interface SurveyV7Input {
  analysisId: string;
  /**
   * When tasks the upgrade makes are said to be made, if the survey state does not say (its
   * last change, the same on every machine that has the same survey, so that they make the
   * same tasks).
   */
  stamp: string;
  tasks: readonly unknown[];
  surveys: readonly unknown[];
  responses: readonly unknown[];
  keptVersions: readonly unknown[];
}

export interface SurveyV7Output {
  /** Tasks made for titles on no task. */
  newTasks: Json[];
  surveys: unknown[];
  responses: unknown[];
  keptVersions: unknown[];
}

/** FNV-1a over UTF-16 code units, twice with different offsets: 16 hex digits. */
function hash16(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 ^ 0x2f) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export function surveyV7(input: SurveyV7Input): SurveyV7Output {
  const key = (title: string) => title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
  const byKey = new Map<string, string>();
  for (const t of input.tasks)
    if (isObject(t) && typeof t.title === 'string' && typeof t.id === 'string' && !byKey.has(key(t.title))) byKey.set(key(t.title), t.id);
  const newTasks: Json[] = [];
  const first = input.surveys[0];
  const stamp = isObject(first) && typeof first.updatedAt === 'string' ? first.updatedAt : input.stamp;
  const idOf = (title: string): string => {
    const k = key(title);
    let found = byKey.get(k);
    if (found === undefined) {
      found = `${input.analysisId}:task:${hash16(k)}`;
      const tidy = title.trim().replace(/\s+/g, ' ');
      newTasks.push({
        id: found,
        rev: 1,
        updatedAt: stamp,
        analysisId: input.analysisId,
        title: tidy.length > 200 ? `${tidy.slice(0, 199)}…` : tidy,
        notes: '',
        createdAt: stamp,
      });
      byKey.set(k, found);
    }
    return found;
  };
  const state = (v: unknown): unknown => {
    if (!isObject(v)) return v;
    const { tasks, ...rest } = v;
    if (Array.isArray(tasks)) for (const t of tasks) if (typeof t === 'string') idOf(t);
    const startedAt = typeof v.updatedAt === 'string' ? v.updatedAt : input.stamp;
    return {
      ...rest,
      rounds: [{ id: 'r1', kind: 'first', name: '', startedAt }],
      round: 'r1',
      questions: { unit: 'hours', contract: false, mission: true, comments: false },
      swotPrompts: [],
    };
  };
  const response = (v: unknown): unknown => {
    if (!isObject(v)) return v;
    let hours: unknown = v.hours;
    if (Array.isArray(v.hours)) {
      // Two titles of one task (case or spacing apart) become one answer with both their hours.
      const summed = new Map<string, unknown>();
      for (const a of v.hours as unknown[]) {
        if (!isObject(a) || typeof a.task !== 'string') return v;
        const id = idOf(a.task);
        const before = summed.get(id);
        summed.set(id, typeof before === 'number' && typeof a.hours === 'number' ? before + a.hours : a.hours);
      }
      hours = [...summed].map(([taskId, h]) => ({ taskId, hours: h }));
    }
    return { ...v, round: 'r1', source: 'file', importId: v.importId ?? null, contractHours: null, comment: '', hours };
  };
  const surveys = input.surveys.map(state);
  const responses = input.responses.map(response);
  const keptVersions = input.keptVersions.map((k) => {
    if (!isObject(k)) return k;
    if (k.table === 'surveyResponses') return { ...k, version: response(k.version) };
    if (k.table === 'surveys') return { ...k, version: state(k.version) };
    return k;
  });
  return { newTasks, surveys, responses, keptVersions };
}

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
  {
    to: 7,
    what: 'answers that name tasks by id, survey rounds, where each answer came from, and what the survey asks',
    up: (file) =>
      eachRecord(file, (r) => {
        const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
        const analysis: Json = isObject(r.analysis) ? r.analysis : {};
        const analysisId = typeof analysis.id === 'string' ? analysis.id : '';
        const stamp = typeof analysis.createdAt === 'string' ? analysis.createdAt : '1970-01-01T00:00:00.000Z';
        const out = surveyV7({
          analysisId,
          stamp,
          tasks: list(r.tasks),
          surveys: list(r.surveys),
          responses: list(r.surveyResponses),
          keptVersions: list(r.keptVersions),
        });
        // Lists that are not lists are left for the check to name.
        return {
          ...r,
          tasks: Array.isArray(r.tasks) ? [...(r.tasks as unknown[]), ...out.newTasks] : r.tasks,
          surveys: Array.isArray(r.surveys) ? out.surveys : r.surveys,
          surveyResponses: Array.isArray(r.surveyResponses) ? out.responses : r.surveyResponses,
          keptVersions: Array.isArray(r.keptVersions) ? out.keptVersions : r.keptVersions,
        };
      }),
  },
  {
    to: 8,
    what: 'dots given from phones on SWOT notes, and the counts of a colour poll on a card',
    // Both are new optional fields, absent from every older file: nothing to change. The version
    // is raised so that an older app refuses a file with them rather than dropping phones' dots.
    up: (file) => file,
  },
  {
    to: 9,
    what: "the information meeting's slides, the decision trail, the report's texts, the logo, and who pays a new role",
    // New kinds, none of which an older file has; the new fields of new roles are optional. The version
    // is raised so that an older app refuses a file with them rather than dropping the report's texts.
    up: (file) => eachRecord(file, (r) => ({ ...r, infoMeetings: [], anchoring: [], reportTexts: [], logos: [] })),
  },
  {
    to: 10,
    what: "the board as it stood at the report, the follow-up, the people in the new roles, and the file's key figures",
    // New kinds, none of which an older file has; the analysis's administration and a new role's use
    // of freed hours are optional. The key figures at the top of a file are derived and read only by
    // the overview across units (shared/keyFigures.ts): an older file has none and is read in full.
    up: (file) => eachRecord(file, (r) => ({ ...r, boardSnapshots: [], followUps: [], hires: [] })),
  },
];

/** The version of the files this app writes. */
export const FILE_VERSION = 1 + MIGRATIONS.length;

/** A file of `version` (1 up to the current one) brought to the current version, step by step. */
export function migrate(file: Json, version: number): Json {
  return MIGRATIONS.filter((m) => m.to > version).reduce((f, m) => ({ ...m.up(f), version: m.to }), file);
}
