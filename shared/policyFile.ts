/**
 * Reading the policy file (see policy.ts for what it is and how strict the
 * reader is). Separate from policy.ts because it needs zod, which the app's
 * first screen must not load: only the main process (and tests) read files.
 */
import * as z from 'zod/mini';
import { forbiddenKey } from './jsonGuard.ts';
import { LIMITS } from './limits.ts';
import {
  POLICY_MAX_BYTES,
  POLICY_MAX_NESTING,
  POLICY_MAX_PATH,
  type Policy,
  type PolicyError,
  type PolicyKey,
  type PolicyNote,
  type PolicyReading,
} from './policy.ts';
// fields.ts also switches zod to jitless checks, which the renderer's CSP needs.
import { text } from './records/fields.ts';
import { LANGUAGES } from './vocabulary.ts';

/** The schema of each setting's value. */
const VALUES = {
  organisation: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.organisation)),
  administration: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.administration)),
  language: z.enum(LANGUAGES),
  minPrivacyThreshold: z.int().check(z.minimum(LIMITS.privacyThresholdMin), z.maximum(LIMITS.privacyThresholdMax)),
  syncFolder: text(POLICY_MAX_PATH).check(
    z.minLength(1),
    z.refine((path) => !path.includes('\u0000'), 'a path cannot hold a NUL character'),
  ),
  exportPersonalData: z.boolean(),
} satisfies { [K in PolicyKey]-?: z.ZodMiniType<NonNullable<Policy[K]>['value']> };

export const POLICY_KEYS = Object.keys(VALUES) as PolicyKey[]; // the keys of the object literal above
const KNOWN = new Set<string>(POLICY_KEYS);
const SETTING_KEYS = new Set(['value', 'locked']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One setting `{ value, locked? }`, or the note saying why it is left out. Unknown keys inside it are noted and skipped. */
function readSetting<K extends PolicyKey>(key: K, raw: unknown, notes: PolicyNote[]): Policy[K] | undefined {
  if (!isRecord(raw)) {
    notes.push({ code: 'invalid', path: key, detail: 'expected an object { "value": …, "locked": true|false }' });
    return undefined;
  }
  for (const inner of Object.keys(raw)) if (!SETTING_KEYS.has(inner)) notes.push({ code: 'unknownKey', path: `${key}.${inner}` });
  const locked = raw.locked === undefined ? false : raw.locked;
  if (typeof locked !== 'boolean') {
    notes.push({ code: 'invalid', path: `${key}.locked`, detail: 'expected true or false' });
    return undefined;
  }
  const parsed = VALUES[key].safeParse(raw.value);
  if (!parsed.success) {
    notes.push({ code: 'invalid', path: `${key}.value`, detail: parsed.error.issues[0]?.message ?? 'invalid value' });
    return undefined;
  }
  return { value: parsed.data, locked } as Policy[K]; // VALUES[K] parses Policy[K]'s value (the `satisfies` above)
}

function put<K extends PolicyKey>(policy: Policy, key: K, setting: Policy[K]): void {
  policy[key] = setting;
}

/**
 * Reads a policy file's text. Never throws: the result is the policy (with
 * notes on what was left out) or the reason the whole file is refused.
 */
export function readPolicy(text: string): PolicyReading {
  // UTF-16 code units never outnumber UTF-8 bytes, so this refuses nothing under the limit in bytes.
  if (text.length > POLICY_MAX_BYTES) return { ok: false, error: { code: 'tooLarge', size: text.length, limit: POLICY_MAX_BYTES } };
  let parsed: unknown;
  try {
    // Notepad on Windows may start the file with a byte-order mark.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: { code: 'notJson', detail: error instanceof Error ? error.message : String(error) } };
  }
  const refused = forbiddenKey(parsed, POLICY_MAX_NESTING);
  if (refused) return { ok: false, error: refused };
  if (!isRecord(parsed)) return { ok: false, error: { code: 'notAnObject' } };
  const notes: PolicyNote[] = [];
  const policy: Policy = {};
  for (const key of Object.keys(parsed)) {
    if (!KNOWN.has(key)) {
      notes.push({ code: 'unknownKey', path: key });
      continue;
    }
    const known = key as PolicyKey; // in KNOWN
    const setting = readSetting(known, parsed[known], notes);
    if (setting !== undefined) put(policy, known, setting);
  }
  return { ok: true, policy, notes };
}

/** A refusal in words, for the log (read by IT, so in English and naming the place). */
export function describePolicyError(error: PolicyError): string {
  switch (error.code) {
    case 'tooLarge':
      return `the file is ${error.size} bytes, over the limit of ${error.limit}`;
    case 'notJson':
      return `not valid JSON (${error.detail})`;
    case 'notAnObject':
      return 'expected a JSON object { "key": { "value": …, "locked": true|false }, … }';
    case 'forbiddenKey':
      return `the key "${error.key}" at ${error.path} is not allowed`;
    case 'tooDeep':
      return `nested deeper than ${error.limit} levels at ${error.path}`;
  }
}

/** A left-out part in words, for the log. */
export function describePolicyNote(note: PolicyNote): string {
  return note.code === 'unknownKey' ? `unknown key ${note.path} ignored` : `${note.path} ignored: ${note.detail}`;
}
