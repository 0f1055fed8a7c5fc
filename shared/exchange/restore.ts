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
import { FILE_KIND_NAMES, specOf } from '../records/registry.ts';
import { SCHEMAS, schemaOf } from '../records/checks.ts';
import { itemKey } from '../records/ids.ts';
import { linksOf } from '../records/refs.ts';
import { id, text, timestamp } from '../records/fields.ts';
import { FILE_FORMAT, itemsOf, type AkrFile } from './format.ts';
import { FILE_VERSION, migrate } from './migrations.ts';

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

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The first key anywhere in the value that could reach an object's prototype,
 * with its path. Walks with its own stack, so no depth of nesting can
 * overflow the call stack.
 */
function forbiddenKey(value: unknown): { path: string; key: string } | null {
  // Each entry knows its parent, so a path is only put together for a key that is found.
  interface Step {
    value: object;
    key: string;
    parent: Step | null;
  }
  const pathOf = (step: Step | null, key: string) => {
    const keys = [key];
    for (let at = step; at?.parent; at = at.parent) keys.push(at.key);
    return keys.reverse().join('.');
  };
  if (value === null || typeof value !== 'object') return null;
  const stack: Step[] = [{ value, key: '', parent: null }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const keys = Object.keys(next.value);
    for (const key of keys) if (FORBIDDEN.has(key)) return { path: pathOf(next, key), key };
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] ?? '';
      const child: unknown = (next.value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ value: child, key, parent: next });
    }
  }
  return null;
}

/** Where an item of a kind is in the file. */
const placeOf = (a: number, kind: FileKind, i: number) => (kind === 'analyses' ? `analyses.${a}.analysis` : `analyses.${a}.${kind}.${i}`);

/**
 * Ids unique per kind across the file; every item belongs to its record's
 * analysis; every link the registry calls required points at an item of the
 * same analysis; tombstones are named after what they delete; a version kept
 * in History is a valid item of its kind.
 */
function checkRecords(file: AkrFile): RestoreError | null {
  const seen = new Map<FileKind, Set<string>>();
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
        if (spec.owner === 'many' && fields.analysisId !== owner)
          return { code: 'brokenLink', path: `${placeOf(a, kind, i)}.analysisId`, id: String(fields.analysisId) };
        if (spec.owner === 'one' && (item.id !== owner || (fields.analysisId !== undefined && fields.analysisId !== owner))) {
          return { code: 'brokenLink', path: `${placeOf(a, kind, i)}.analysisId`, id: typeof fields.analysisId === 'string' ? fields.analysisId : item.id };
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
      if (t.id !== itemKey(t.table, t.itemId)) return { code: 'invalid', path: `${placeOf(a, 'tombstones', i)}.id`, detail: 'not <kind>:<itemId>' };
    }
    for (const [i, k] of r.keptVersions.entries()) {
      if (k.version === null) continue;
      const version = schemaOf(k.table).safeParse(k.version);
      if (!version.success) {
        const issue = version.error.issues[0];
        return {
          code: 'invalid',
          path: [placeOf(a, 'keptVersions', i), 'version', ...(issue?.path ?? []).map(String)].join('.'),
          detail: issue?.message ?? '',
        };
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
    return {
      ok: false,
      error: atEnd || /end of (JSON )?input|Unterminated|Unexpected end/i.test(detail) ? { code: 'truncated' } : { code: 'notJson', detail },
    };
  }
  const key = forbiddenKey(parsed);
  if (key) return { ok: false, error: { code: 'forbiddenKey', ...key } };
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || (parsed as { format?: unknown }).format !== FILE_FORMAT) {
    return { ok: false, error: { code: 'notOurs' } };
  }
  const version = (parsed as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > FILE_VERSION) return { ok: false, error: { code: 'newerVersion', version } };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { code: 'invalid', path: 'version', detail: `unknown version ${String(version)}` } };
  }
  const result = fileSchema.safeParse(migrate(parsed as Record<string, unknown>, version));
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
