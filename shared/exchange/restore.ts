/**
 * Reading an analysis file that may come from anywhere: every field is
 * checked, and a file the app does not understand is refused with what is
 * wrong and where (the path of the bad field), before anything changes.
 * Older versions are upgraded step by step first (migrations.ts); the checks
 * are derived from the record registry, so a new kind of record is checked as
 * soon as it is declared.
 */
import * as z from 'zod/mini';
import type { FileKind } from '../records/registry.ts';
import { CONTENT_KIND_NAMES, FILE_KIND_NAMES, specOf } from '../records/registry.ts';
import { SCHEMAS, schemaOf } from '../records/checks.ts';
import { itemKey } from '../records/ids.ts';
import { linksOf } from '../records/refs.ts';
import { id, text, timestamp } from '../records/fields.ts';
import { FILE_FORMAT, itemsOf, type AkrFile } from './format.ts';
import { FILE_VERSION, migrate } from './migrations.ts';
import { forbiddenKey } from '../jsonGuard.ts';

/** Files over this size are refused before they are read. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export type RestoreError =
  | { code: 'tooLarge'; size: number; limit: number }
  | { code: 'truncated' }
  | { code: 'unreadable'; detail: string }
  | { code: 'notJson'; detail: string }
  | { code: 'notOurs' }
  | { code: 'newerVersion'; version: number }
  | { code: 'forbiddenKey'; path: string; key: string }
  | { code: 'tooDeep'; path: string; depth: number; limit: number }
  | { code: 'invalid'; path: string; detail: string }
  | { code: 'duplicateId'; path: string; id: string }
  | { code: 'brokenLink'; path: string; id: string };

export type RestoreResult = { ok: true; file: AkrFile } | { ok: false; error: RestoreError };

/** The shape of a current file, from the registry: the analysis, then a list per kind. */
const fileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_VERSION),
  exportedAt: timestamp,
  app: z.object({ name: text(100), version: text(100) }),
  machine: z.nullable(id),
  analyses: z.array(
    z.object({
      analysis: SCHEMAS.analyses,
      ...Object.fromEntries(FILE_KIND_NAMES.filter((k) => k !== 'analyses').map((k) => [k, z.array(schemaOf(k))])),
    }),
  ),
});

/** Per kind in the file, the links it cannot do without (the registry's `required`). */
const REQUIRED = new Map(
  FILE_KIND_NAMES.flatMap((kind) => {
    const refs = specOf(kind).refs.filter((r) => r.required);
    return refs.length > 0 ? [[kind, refs] as const] : [];
  }),
);

const CONTENT = new Set<string>(CONTENT_KIND_NAMES);

/**
 * The deepest nesting a file may have. A real file nests about eight deep
 * (file → analyses → kind → item → field → list → entry); a file nested
 * deeper is refused before any other reader (the schema, the migrations)
 * walks it, so no later check can run out of stack on it.
 */
export const MAX_NESTING = 64;

/** Where an item of a kind is in the file. */
const placeOf = (a: number, kind: FileKind, i: number) => (kind === 'analyses' ? `analyses.${a}.analysis` : `analyses.${a}.${kind}.${i}`);

/**
 * What is wrong with where an item says it belongs, for an item of `kind` in
 * the analysis `owner`: the field that names another analysis, or null. A
 * single record (`one`) is keyed by its analysis, and names it too.
 */
function ownerFault(kind: FileKind, fields: Record<string, unknown>, owner: string): 'id' | 'analysisId' | null {
  switch (specOf(kind).owner) {
    case 'many':
      return fields.analysisId === owner ? null : 'analysisId';
    case 'one':
      return fields.id !== owner ? 'id' : fields.analysisId !== undefined && fields.analysisId !== owner ? 'analysisId' : null;
    default:
      return fields.id === owner ? null : 'id';
  }
}

/**
 * Ids unique per kind across the file; every item belongs to its record's
 * analysis; every link the registry calls required points at an item of the
 * same analysis; tombstones are named after what they delete; a version kept
 * in History is a valid item of its kind, is the item its entry names and
 * belongs to the same analysis; a single record (timer, voting …) is only
 * deleted or kept under its own analysis's id; and no item is claimed by two
 * analyses of the file (one holding it, another deleting or keeping a version
 * of it). Kept versions are stored as their kind's schema reads them: keys it
 * does not declare are dropped here.
 */
function checkRecords(file: AkrFile): RestoreError | null {
  const seen = new Map<FileKind, Set<string>>();
  // Which analysis of the file each item (by `<kind>:<id>`) is held, deleted or kept by.
  const claims = new Map<string, number>();
  const claim = (a: number, kind: string, itemId: string, path: string): RestoreError | null => {
    const key = itemKey(kind, itemId);
    const by = claims.get(key);
    if (by !== undefined && by !== a) return { code: 'duplicateId', path, id: itemId };
    claims.set(key, a);
    return null;
  };
  for (const [a, r] of file.analyses.entries()) {
    const owner = r.analysis.id;
    const present = new Map<string, Set<string>>();
    for (const kind of FILE_KIND_NAMES) {
      const spec = specOf(kind);
      const ids = seen.get(kind) ?? new Set<string>();
      seen.set(kind, ids);
      const here = new Set<string>();
      present.set(kind, here);
      for (const [i, item] of itemsOf(r, kind).entries()) {
        if (ids.has(item.id)) return { code: 'duplicateId', path: `${placeOf(a, kind, i)}.id`, id: item.id };
        ids.add(item.id);
        here.add(item.id);
        const fields = item as unknown as Record<string, unknown>; // every item is an object of its kind's schema
        if (spec.owner !== 'self' && ownerFault(kind, fields, owner)) {
          return { code: 'brokenLink', path: `${placeOf(a, kind, i)}.analysisId`, id: typeof fields.analysisId === 'string' ? fields.analysisId : item.id };
        }
        if (CONTENT.has(kind)) {
          const taken = claim(a, kind, item.id, `${placeOf(a, kind, i)}.id`);
          if (taken) return taken;
        }
      }
    }
    for (const [kind, refs] of REQUIRED) {
      for (const [i, item] of itemsOf(r, kind).entries()) {
        for (const ref of refs) {
          for (const link of linksOf(ref, item)) {
            if (!present.get(link.kind)?.has(link.id)) return { code: 'brokenLink', path: `${placeOf(a, kind, i)}.${link.at}`, id: link.id };
          }
        }
      }
    }
    for (const [i, t] of r.tombstones.entries()) {
      const at = placeOf(a, 'tombstones', i);
      if (t.id !== itemKey(t.table, t.itemId)) return { code: 'invalid', path: `${at}.id`, detail: 'not <kind>:<itemId>' };
      if (specOf(t.table).owner !== 'many' && t.itemId !== owner) return { code: 'brokenLink', path: `${at}.itemId`, id: t.itemId };
      const taken = claim(a, t.table, t.itemId, `${at}.itemId`);
      if (taken) return taken;
    }
    const kept: (typeof r.keptVersions)[number][] = [];
    for (const [i, k] of r.keptVersions.entries()) {
      const at = placeOf(a, 'keptVersions', i);
      if (specOf(k.table).owner !== 'many' && k.itemId !== owner) return { code: 'brokenLink', path: `${at}.itemId`, id: k.itemId };
      const taken = claim(a, k.table, k.itemId, `${at}.itemId`);
      if (taken) return taken;
      if (k.version === null) {
        kept.push(k);
        continue;
      }
      const version = schemaOf(k.table).safeParse(k.version);
      if (!version.success) {
        const issue = version.error.issues[0];
        return { code: 'invalid', path: [at, 'version', ...(issue?.path ?? []).map(String)].join('.'), detail: issue?.message ?? '' };
      }
      const fields = version.data;
      if (fields.id !== k.itemId) return { code: 'invalid', path: `${at}.version.id`, detail: 'not the item the entry names' };
      const fault = ownerFault(k.table, fields, owner);
      if (fault) return { code: 'brokenLink', path: `${at}.version.${fault}`, id: String(fields[fault]) };
      // What the kind's schema read: keys it does not declare are not carried into the database.
      kept.push({ ...k, version: version.data as unknown as NonNullable<typeof k.version> });
    }
    r.keptVersions = kept;
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
    return {
      ok: false,
      error: atEnd || /end of (JSON )?input|Unterminated|Unexpected end/i.test(detail) ? { code: 'truncated' } : { code: 'notJson', detail },
    };
  }
  // A file of an older version may hold data as object keys (version 5 keyed
  // answers by task title, and a task may be called "constructor"): its
  // depth is checked first, and its keys once the migrations have made that
  // data into values. The migrations copy with spreads and Object.entries,
  // which define own properties and never reach a prototype, so no key of
  // the file can do harm on the way.
  const older = (parsed as { version?: unknown } | null)?.version !== FILE_VERSION;
  const refused = forbiddenKey(parsed, MAX_NESTING, !older);
  if (refused) return { ok: false, error: refused };
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || (parsed as { format?: unknown }).format !== FILE_FORMAT) {
    return { ok: false, error: { code: 'notOurs' } };
  }
  const version = (parsed as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > FILE_VERSION) return { ok: false, error: { code: 'newerVersion', version } };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { code: 'invalid', path: 'version', detail: `unknown version ${String(version)}` } };
  }
  const migrated = migrate(parsed as Record<string, unknown>, version);
  const refusedKey = older ? forbiddenKey(migrated, MAX_NESTING) : null;
  if (refusedKey) return { ok: false, error: refusedKey };
  const result = fileSchema.safeParse(migrated);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, error: { code: 'invalid', path: (issue?.path ?? []).map(String).join('.'), detail: issue?.message ?? '' } };
  }
  const file = result.data as AkrFile; // the schema is built from the registry's, one list per kind
  const problem = checkRecords(file);
  return problem ? { ok: false, error: problem } : { ok: true, file };
}

/** Refuses a file over the limit before a byte of it is read. */
export function checkSize(size: number, limit = MAX_FILE_BYTES): RestoreError | null {
  return size > limit ? { code: 'tooLarge', size, limit } : null;
}
