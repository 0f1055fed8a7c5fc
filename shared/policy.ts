/**
 * The machine-wide policy file an organisation's IT can install (see
 * electron/policy.ts for where it lives): a few settings, each with a value
 * and a `locked` flag. Unlocked, the value is a default the user may change;
 * locked, the app uses it and the settings view shows it as managed.
 *
 * The file is written by hand or by a deployment script, so the reader is
 * strict about what could do harm and tolerant about the rest:
 * - refused as a whole (the app runs as if there were no policy): over
 *   POLICY_MAX_BYTES, not JSON, not an object, a prototype key anywhere, or
 *   nested deeper than any policy can be;
 * - read key by key otherwise: an unknown key (a typo, or a key a newer
 *   version knows) or a bad value is left out with a note for the log, and
 *   the other keys still apply. Refusing the whole file for one typo would
 *   also drop the restrictions it got right (export of per-person data
 *   switched off, say) – the opposite of what IT meant.
 *
 * Pure: the main process reads the file and logs; the renderer only applies
 * the result (effectiveSettings).
 */
import * as z from 'zod/mini';
import { forbiddenKey, type GuardProblem } from './jsonGuard.ts';
import { LIMITS } from './limits.ts';
import { DEFAULT_SETTINGS, type Settings } from './model.ts';
// fields.ts also switches zod to jitless checks, which the renderer's CSP needs.
import { text } from './records/fields.ts';
import { LANGUAGES, type Language } from './vocabulary.ts';

/** A policy file larger than this is refused before it is read (a real one is well under 1 KB). */
export const POLICY_MAX_BYTES = 64 * 1024;
/** A policy nests two deep (file → setting → value); anything much deeper is not a policy. */
export const POLICY_MAX_NESTING = 8;
/** The longest sync-folder path accepted (Windows' long paths go to 32,767; no real share comes near this). */
export const POLICY_MAX_PATH = 4096;

/** One managed setting. Unlocked: a default the user may change. Locked: fixed, shown as managed. */
export interface Managed<T> {
  value: T;
  locked: boolean;
}

/** What a policy can set; a key that is absent leaves that setting to the user. */
export interface Policy {
  /** The organisation's name, filled in for new analyses (locked: not editable there). */
  organisation?: Managed<string>;
  /** The UI language (locked: the language switch is disabled). */
  language?: Managed<Language>;
  /**
   * The lowest privacy threshold the app uses: users may raise it, never go
   * below it. Locked, the threshold is exactly this and not editable.
   */
  minPrivacyThreshold?: Managed<number>;
  /** An absolute path: the sync folder when the user has chosen none (locked: the only one). */
  syncFolder?: Managed<string>;
  /**
   * Whether a saved analysis file includes the survey answers per person.
   * `{ value: false, locked: true }` switches that export off. Leaving
   * per-person data out is always possible: a lock never forces it in.
   */
  exportPersonalData?: Managed<boolean>;
}

export type PolicyKey = keyof Policy;

/** The schema of each setting's value. */
const VALUES = {
  organisation: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.organisation)),
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

/** Why the whole file was refused. */
export type PolicyError = { code: 'tooLarge'; size: number; limit: number } | { code: 'notJson'; detail: string } | { code: 'notAnObject' } | GuardProblem;

/** A part of the file that was left out; the rest still applies. */
export type PolicyNote = { code: 'unknownKey'; path: string } | { code: 'invalid'; path: string; detail: string };

export type PolicyReading = { ok: true; policy: Policy; notes: PolicyNote[] } | { ok: false; error: PolicyError };

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

// ---- applying a policy ----

/**
 * The settings a user starts from before changing any: the built-in
 * defaults with the policy's unlocked values (a language, a threshold at
 * least the minimum). The first change of a setting stores these with it,
 * so an unlocked default holds until the user changes that setting.
 */
export function startingSettings(policy: Policy | null): Settings {
  const settings = { ...DEFAULT_SETTINGS };
  if (policy?.language) settings.language = policy.language.value;
  if (policy?.minPrivacyThreshold) settings.privacyThreshold = Math.max(settings.privacyThreshold, policy.minPrivacyThreshold.value);
  return settings;
}

/**
 * The settings the app uses: the user's stored settings (or, before any
 * change, the starting ones), with the policy's locked values on top and
 * the privacy threshold never under the policy's minimum.
 */
export function effectiveSettings(stored: Settings | null, policy: Policy | null): Settings {
  const base = stored ?? startingSettings(policy);
  if (policy === null) return base;
  const settings = { ...base };
  if (policy.language?.locked) settings.language = policy.language.value;
  const min = policy.minPrivacyThreshold;
  if (min) settings.privacyThreshold = min.locked ? min.value : Math.max(base.privacyThreshold, min.value);
  return settings;
}

/** The lowest privacy threshold a user may set. */
export function privacyThresholdFloor(policy: Policy | null): number {
  return policy?.minPrivacyThreshold?.value ?? LIMITS.privacyThresholdMin;
}

/** How the "include the answers per person" choice starts, and whether the user may change it. */
export function personalDataExport(policy: Policy | null): { include: boolean; locked: boolean } {
  const setting = policy?.exportPersonalData;
  if (!setting) return { include: false, locked: false };
  return { include: setting.value, locked: setting.locked && !setting.value };
}
