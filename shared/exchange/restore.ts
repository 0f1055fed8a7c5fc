/**
 * Reading an analysis file that may come from anywhere: every field is
 * checked, and a file the app does not understand is refused with what is
 * wrong and where (the path of the bad field), before anything changes.
 */
import { z } from 'zod';
import { COLOURS, STEP_KEYS, STEP_STATUSES } from '../model.ts';
import { ACTION_STATUSES, DISCUSSION_LISTS, QUADRANTS } from '../swot.ts';
import { QUESTION_KEYS } from '../workshop.ts';
import { CONTRACT_FORMS } from '../newRoles.ts';
import { FILE_FORMAT, FILE_VERSION, type AkrFile } from './format.ts';
import { ITEM_TABLES, type ItemTable } from './tables.ts';

// The renderer's Content-Security-Policy allows no eval: zod must not compile its checks.
z.config({ jitless: true });

/** Files over this size are refused before they are read. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export type RestoreError =
  | { code: 'tooLarge'; size: number; limit: number }
  | { code: 'truncated' }
  | { code: 'notJson'; detail: string }
  | { code: 'notOurs' }
  | { code: 'newerVersion'; version: number }
  | { code: 'forbiddenKey'; path: string; key: string }
  | { code: 'invalid'; path: string; detail: string }
  | { code: 'duplicateId'; path: string; id: string }
  | { code: 'brokenLink'; path: string; id: string };

export type RestoreResult = { ok: true; file: AkrFile } | { ok: false; error: RestoreError };

const text = (max: number) => z.string().max(max);
const id = z.string().min(1).max(200);
const timestamp = z.string().min(1).max(40);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = (max: number) => z.number().int().min(0).max(max);
const hours = z.number().min(0).max(10_000);
const item = { id, rev: count(Number.MAX_SAFE_INTEGER), updatedAt: timestamp };
const child = { ...item, analysisId: id };

const analysis = z.object({ ...item, unitName: text(200), organisation: text(200), facilitator: text(200), createdAt: timestamp, deletedAt: timestamp.nullable() });
const step = z.object({ ...child, key: z.enum(STEP_KEYS), status: z.enum(STEP_STATUSES), date: date.nullable(), notes: text(10_000) });
const role = z.object({ ...child, name: text(200), headcount: count(10_000), fullTimeHours: z.number().min(1).max(80), order: text(200) });
const task = z.object({ ...child, title: text(200), notes: text(10_000), createdAt: timestamp });
const surveyFigures = z.object({ team: z.number().min(0), mean: z.number().min(0), doing: count(1_000_000), respondents: count(1_000_000) });
const placement = z.object({
  ...child,
  taskId: id,
  roleId: id,
  colour: z.enum(COLOURS),
  order: text(200),
  hours: hours.nullable(),
  survey: surveyFigures.nullable().optional(),
});
const questionNote = z.object({ ...child, question: z.enum(QUESTION_KEYS), notes: text(10_000) });
const timer = z.object({ ...child, durationMs: count(24 * 3600 * 1000), endsAt: timestamp.nullable(), remainingMs: count(24 * 3600 * 1000).nullable() });
const roleResult = z.object({
  name: text(200),
  roles: z.array(text(200)),
  respondents: count(1_000_000),
  headcount: count(10_000).nullable(),
  team: z.number().min(0),
  perPerson: z.object({ min: z.number(), median: z.number(), max: z.number() }),
  tasks: z.array(z.object({ task: text(500), doing: count(1_000_000), mean: z.number().min(0), median: z.number().min(0), team: z.number().min(0) })),
  missions: z.array(text(10_000)),
});
const surveyState = z.object({
  ...child,
  tasks: z.array(text(500)),
  smallRoles: z.enum(['merge', 'hide']),
  frozen: z.object({ results: z.object({ roles: z.array(roleResult), hidden: z.array(text(200)) }), threshold: count(100), at: timestamp }).nullable(),
});
const surveyImport = z.object({
  ...child,
  fileName: text(500),
  importedAt: timestamp,
  respondents: count(10_000_000),
  replaced: count(10_000_000),
  report: z.object({
    kind: z.enum(['csv', 'tsv', 'xlsx']),
    encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16', 'windows-1252']).nullable(),
    delimiter: z.enum([';', ',', '\t']).nullable(),
    decimalMark: z.enum(['comma', 'point', 'both', 'none']),
    shape: z.enum(['wide', 'long']),
    unit: z.enum(['hours', 'percent']),
    ignored: z.array(z.object({ column: text(500), because: z.enum(['metadata', 'personal', 'unknown', 'chosen']) })),
    skippedCells: count(100_000_000),
  }),
});
const surveyResponse = z.object({ ...child, importId: id, key: text(200), role: text(200), mission: text(10_000), hours: z.record(text(500), hours) });
const note = z.object({
  ...child,
  quadrant: z.enum(QUADRANTS),
  text: text(500),
  order: text(200),
  count: count(1_000_000),
  votes: count(100_000),
  stackId: id.nullable(),
  createdAt: timestamp,
});
const stack = z.object({ ...child, quadrant: z.enum(QUADRANTS), name: text(200), order: text(200) });
const voting = z.object({ ...child, dotsPerPerson: count(50), participants: count(500) });
const entry = z.object({ ...child, list: z.enum(DISCUSSION_LISTS), text: text(500), order: text(200), noteIds: z.array(id) });
const action = z.object({
  ...child,
  text: text(500),
  owner: text(200),
  due: date.nullable(),
  status: z.enum(ACTION_STATUSES),
  link: z.object({ kind: z.enum(['note', 'task']), id }).nullable(),
  order: text(200),
  createdAt: timestamp,
});

const money = z.number().min(0).max(100_000_000);
const newRole = z.object({
  ...child,
  name: text(200),
  purpose: text(10_000),
  fullTimeHours: z.number().min(1).max(80),
  contract: z.enum(CONTRACT_FORMS).nullable(),
  monthlyCost: money.nullable(),
  skills: text(10_000),
  training: text(10_000),
  adaptations: text(10_000),
  supervision: text(10_000),
  order: text(200),
  createdAt: timestamp,
});
const rolePart = z.object({ ...child, newRoleId: id, placementId: id, hours: z.number().min(0).max(168).nullable(), order: text(200) });
const staffing = z.object({ ...child, roles: z.record(id, z.object({ posts: z.number().min(0).max(100_000).nullable(), monthlyCost: money.nullable() })) });
const extraFlags = z.object({ ...child, taskIds: z.array(id).max(100_000) });

const agendaItem = z.object({ id, title: text(200), minutes: z.number().int().min(1).max(180), notes: text(10_000) });
const agenda = z.object({
  ...child,
  workshop1: z.array(agendaItem).max(100),
  workshop2: z.array(agendaItem).max(100),
  current: z.object({ workshop: z.enum(['workshop1', 'workshop2']), itemId: id }).nullable(),
});

const tombstone = z.object({ ...child, table: z.enum(ITEM_TABLES), itemId: id });
const keptVersion = z.object({
  ...child,
  table: z.enum(ITEM_TABLES),
  itemId: id,
  // Checked against its own table's schema in checkKept, once the table is known.
  version: z.object({ id, rev: item.rev, updatedAt: timestamp }).loose().nullable(),
  from: z.enum(['here', 'file']),
  fileName: text(500),
  keptAt: timestamp,
  restoredAt: timestamp.nullable(),
});

const exchange = z.object({ id, analysisId: id, machine: id, revs: z.record(text(300), count(Number.MAX_SAFE_INTEGER)), at: timestamp });

/** The schema of each store's items, for versions kept in History. */
const ITEM_SCHEMAS: Record<ItemTable, z.ZodType> = {
  analyses: analysis,
  steps: step,
  roles: role,
  tasks: task,
  placements: placement,
  questionNotes: questionNote,
  timers: timer,
  surveys: surveyState,
  surveyImports: surveyImport,
  surveyResponses: surveyResponse,
  swotNotes: note,
  swotStacks: stack,
  voting,
  discussion: entry,
  actions: action,
  newRoles: newRole,
  roleParts: rolePart,
  staffing,
  extraFlags,
  agendas: agenda,
};

const recordV1 = z.object({
  analysis,
  steps: z.array(step),
  roles: z.array(role),
  tasks: z.array(task),
  placements: z.array(placement),
  questionNotes: z.array(questionNote),
  timer: timer.nullable(),
  survey: z.object({ state: surveyState.nullable(), imports: z.array(surveyImport), responses: z.array(surveyResponse) }),
  workshop2: z.object({ notes: z.array(note), stacks: z.array(stack), voting: voting.nullable(), discussion: z.array(entry), actions: z.array(action) }),
});
const recordV2 = recordV1.extend({ tombstones: z.array(tombstone), keptVersions: z.array(keptVersion), exchanges: z.array(exchange) });
const recordV3 = recordV2.extend({
  newRoles: z.object({ roles: z.array(newRole), parts: z.array(rolePart), staffing: staffing.nullable(), extras: extraFlags.nullable() }),
});
const record = recordV3.extend({ agenda: agenda.nullable() });
const NO_NEW_ROLES = { roles: [], parts: [], staffing: null, extras: null };

const fileBase = {
  format: z.literal(FILE_FORMAT),
  version: z.number().int().min(1),
  exportedAt: timestamp,
  app: z.object({ name: text(100), version: text(100) }),
};
/** Each format version the app can read, and how it becomes the current one. */
const VERSIONS: Record<number, (parsed: unknown) => z.ZodSafeParseResult<unknown>> = {
  1: (parsed) => {
    const v1 = z.object({ ...fileBase, analyses: z.array(recordV1) }).safeParse(parsed);
    if (!v1.success) return v1;
    // Version 1 knew no deletions, kept versions or machines.
    return {
      success: true,
      data: { ...v1.data, version: FILE_VERSION, machine: null, analyses: v1.data.analyses.map((r) => ({ ...r, tombstones: [], keptVersions: [], exchanges: [], newRoles: NO_NEW_ROLES, agenda: null })) },
    };
  },
  2: (parsed) => {
    const v2 = z.object({ ...fileBase, machine: id, analyses: z.array(recordV2) }).safeParse(parsed);
    if (!v2.success) return v2;
    // Version 2 knew no new roles.
    return { success: true, data: { ...v2.data, version: FILE_VERSION, analyses: v2.data.analyses.map((r) => ({ ...r, newRoles: NO_NEW_ROLES, agenda: null })) } };
  },
  3: (parsed) => {
    const v3 = z.object({ ...fileBase, machine: id, analyses: z.array(recordV3) }).safeParse(parsed);
    if (!v3.success) return v3;
    // Version 3 knew no agenda.
    return { success: true, data: { ...v3.data, version: FILE_VERSION, analyses: v3.data.analyses.map((r) => ({ ...r, agenda: null })) } };
  },
  4: (parsed) => z.object({ ...fileBase, machine: id, analyses: z.array(record) }).safeParse(parsed),
};

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** The first key anywhere in the value that could reach an object's prototype, with its path. */
function forbiddenKey(value: unknown, path: string[] = []): { path: string; key: string } | null {
  if (value === null || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) return { path: [...path, key].join('.'), key };
    const found = forbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return null;
}

/** Checks ids are unique per kind of item, and that links point at items in the same analysis. */
function checkIds(file: AkrFile): RestoreError | null {
  const seen = new Map<string, Set<string>>();
  const unique = (kind: string, value: string, path: string): RestoreError | null => {
    const set = seen.get(kind) ?? new Set<string>();
    seen.set(kind, set);
    if (set.has(value)) return { code: 'duplicateId', path, id: value };
    set.add(value);
    return null;
  };
  for (const [a, r] of file.analyses.entries()) {
    const at = `analyses.${a}`;
    const problem =
      unique('analysis', r.analysis.id, `${at}.analysis.id`) ??
      r.steps.map((s, i) => unique('step', s.id, `${at}.steps.${i}.id`)).find(Boolean) ??
      r.roles.map((x, i) => unique('role', x.id, `${at}.roles.${i}.id`)).find(Boolean) ??
      r.tasks.map((x, i) => unique('task', x.id, `${at}.tasks.${i}.id`)).find(Boolean) ??
      r.placements.map((x, i) => unique('placement', x.id, `${at}.placements.${i}.id`)).find(Boolean) ??
      r.workshop2.notes.map((x, i) => unique('note', x.id, `${at}.workshop2.notes.${i}.id`)).find(Boolean) ??
      r.workshop2.stacks.map((x, i) => unique('stack', x.id, `${at}.workshop2.stacks.${i}.id`)).find(Boolean) ??
      r.workshop2.discussion.map((x, i) => unique('entry', x.id, `${at}.workshop2.discussion.${i}.id`)).find(Boolean) ??
      r.workshop2.actions.map((x, i) => unique('action', x.id, `${at}.workshop2.actions.${i}.id`)).find(Boolean) ??
      r.survey.responses.map((x, i) => unique('response', x.id, `${at}.survey.responses.${i}.id`)).find(Boolean);
    if (problem) return problem;
    const owner = r.analysis.id;
    const children: [string, { analysisId: string }[]][] = [
      ['steps', r.steps],
      ['roles', r.roles],
      ['tasks', r.tasks],
      ['placements', r.placements],
      ['questionNotes', r.questionNotes],
      ['workshop2.notes', r.workshop2.notes],
      ['workshop2.stacks', r.workshop2.stacks],
      ['workshop2.discussion', r.workshop2.discussion],
      ['workshop2.actions', r.workshop2.actions],
    ];
    for (const [name, list] of children) {
      const i = list.findIndex((c) => c.analysisId !== owner);
      if (i >= 0) return { code: 'brokenLink', path: `${at}.${name}.${i}.analysisId`, id: list[i]?.analysisId ?? '' };
    }
    const roles = new Set(r.roles.map((x) => x.id));
    const tasks = new Set(r.tasks.map((x) => x.id));
    for (const [i, p] of r.placements.entries()) {
      if (!tasks.has(p.taskId)) return { code: 'brokenLink', path: `${at}.placements.${i}.taskId`, id: p.taskId };
      if (!roles.has(p.roleId)) return { code: 'brokenLink', path: `${at}.placements.${i}.roleId`, id: p.roleId };
    }
    const stacks = new Set(r.workshop2.stacks.map((x) => x.id));
    for (const [i, n] of r.workshop2.notes.entries()) {
      if (n.stackId !== null && !stacks.has(n.stackId)) return { code: 'brokenLink', path: `${at}.workshop2.notes.${i}.stackId`, id: n.stackId };
    }
  }
  return null;
}

/** Tombstones and kept versions belong to their analysis, and each kept version is a valid item of its store. */
function checkKept(file: AkrFile): RestoreError | null {
  for (const [a, r] of file.analyses.entries()) {
    const owner = r.analysis.id;
    const seen = new Set<string>();
    for (const [i, t] of r.tombstones.entries()) {
      const at = `analyses.${a}.tombstones.${i}`;
      if (t.analysisId !== owner) return { code: 'brokenLink', path: `${at}.analysisId`, id: t.analysisId };
      if (t.id !== `${t.table}:${t.itemId}`) return { code: 'invalid', path: `${at}.id`, detail: 'not <table>:<itemId>' };
      if (seen.has(t.id)) return { code: 'duplicateId', path: `${at}.id`, id: t.id };
      seen.add(t.id);
    }
    const roleIds = new Set<string>();
    for (const [i, n] of r.newRoles.roles.entries()) {
      if (n.analysisId !== owner) return { code: 'brokenLink', path: `analyses.${a}.newRoles.roles.${i}.analysisId`, id: n.analysisId };
      if (roleIds.has(n.id)) return { code: 'duplicateId', path: `analyses.${a}.newRoles.roles.${i}.id`, id: n.id };
      roleIds.add(n.id);
    }
    const partIds = new Set<string>();
    for (const [i, part] of r.newRoles.parts.entries()) {
      const at = `analyses.${a}.newRoles.parts.${i}`;
      if (part.analysisId !== owner) return { code: 'brokenLink', path: `${at}.analysisId`, id: part.analysisId };
      if (partIds.has(part.id)) return { code: 'duplicateId', path: `${at}.id`, id: part.id };
      partIds.add(part.id);
      // The placement may be gone (the role then flags the part); the new role may not.
      if (!roleIds.has(part.newRoleId)) return { code: 'brokenLink', path: `${at}.newRoleId`, id: part.newRoleId };
    }
    if (r.agenda && (r.agenda.analysisId !== owner || r.agenda.id !== owner)) return { code: 'brokenLink', path: `analyses.${a}.agenda.analysisId`, id: r.agenda.analysisId };
    for (const [key, item] of [['staffing', r.newRoles.staffing], ['extras', r.newRoles.extras]] as const) {
      if (item && (item.analysisId !== owner || item.id !== owner)) return { code: 'brokenLink', path: `analyses.${a}.newRoles.${key}.analysisId`, id: item.analysisId };
    }
    for (const [i, e] of r.exchanges.entries()) {
      if (e.analysisId !== owner) return { code: 'brokenLink', path: `analyses.${a}.exchanges.${i}.analysisId`, id: e.analysisId };
    }
    const kept = new Set<string>();
    for (const [i, k] of r.keptVersions.entries()) {
      const at = `analyses.${a}.keptVersions.${i}`;
      if (k.analysisId !== owner) return { code: 'brokenLink', path: `${at}.analysisId`, id: k.analysisId };
      if (kept.has(k.id)) return { code: 'duplicateId', path: `${at}.id`, id: k.id };
      kept.add(k.id);
      if (k.version === null) continue;
      const version = ITEM_SCHEMAS[k.table].safeParse(k.version);
      if (!version.success) {
        const issue = version.error.issues[0];
        return { code: 'invalid', path: [at, 'version', ...(issue?.path ?? [])].join('.'), detail: issue?.message ?? '' };
      }
    }
  }
  return null;
}

/**
 * Reads an analysis file's text. Refuses, with the reason: a file that is
 * not JSON or was cut off, not an AKR Studio file, made by a newer version,
 * with keys that could reach a prototype, with a wrong or missing field
 * (with its path), with duplicate ids, or with links to items it does not
 * hold. Call `checkSize` first, before reading the file at all.
 */
export function restoreFile(text: string): RestoreResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // Cut off: the parser ran out of text (V8 says so, or fails at the very end).
    const position = /at position (\d+)/.exec(detail)?.[1];
    const atEnd = position !== undefined && Number(position) >= text.trimEnd().length;
    return { ok: false, error: atEnd || /end of (JSON )?input|Unterminated|Unexpected end/i.test(detail) ? { code: 'truncated' } : { code: 'notJson', detail } };
  }
  const key = forbiddenKey(parsed);
  if (key) return { ok: false, error: { code: 'forbiddenKey', ...key } };
  if (parsed === null || typeof parsed !== 'object' || (parsed as { format?: unknown }).format !== FILE_FORMAT) return { ok: false, error: { code: 'notOurs' } };
  const version = (parsed as { version?: unknown }).version;
  if (typeof version === 'number' && version > FILE_VERSION) return { ok: false, error: { code: 'newerVersion', version } };
  const read = typeof version === 'number' ? VERSIONS[version] : undefined;
  if (!read) return { ok: false, error: { code: 'invalid', path: 'version', detail: `unknown version ${String(version)}` } };
  const result = read(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, error: { code: 'invalid', path: (issue?.path ?? []).join('.'), detail: issue?.message ?? '' } };
  }
  const file = result.data as AkrFile;
  const problem = checkIds(file) ?? checkKept(file);
  return problem ? { ok: false, error: problem } : { ok: true, file };
}

/** Refuses a file over the limit before a byte of it is read. */
export function checkSize(size: number, limit = MAX_FILE_BYTES): RestoreError | null {
  return size > limit ? { code: 'tooLarge', size, limit } : null;
}
