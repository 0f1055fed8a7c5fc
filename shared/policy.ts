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
 * Pure: the main process reads the file (policyFile.ts, with zod) and logs;
 * the renderer only applies the result (effectiveSettings, here): this module
 * stays free of zod, since the app's first screen needs it.
 */
import type { GuardProblem } from './jsonGuard.ts';
import { LIMITS } from './limits.ts';
import { DEFAULT_SETTINGS, type Settings } from './model.ts';
import type { Language } from './vocabulary.ts';

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
  /** The administration (förvaltning), filled in for new analyses (locked: not editable there). */
  administration?: Managed<string>;
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

/** Why the whole file was refused. */
export type PolicyError = { code: 'tooLarge'; size: number; limit: number } | { code: 'notJson'; detail: string } | { code: 'notAnObject' } | GuardProblem;

/** A part of the file that was left out; the rest still applies. */
export type PolicyNote = { code: 'unknownKey'; path: string } | { code: 'invalid'; path: string; detail: string };

export type PolicyReading = { ok: true; policy: Policy; notes: PolicyNote[] } | { ok: false; error: PolicyError };

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

/** What a new analysis starts with from the policy: the organisation and the administration, and those the user may not change. */
export interface NewAnalysisDefaults {
  organisation: string;
  administration: string;
  /** The values the policy locks (null: the user may change it). */
  locked: { organisation: string | null; administration: string | null };
}

/** The organisation and administration a new analysis is prefilled with; locked ones are fixed in the form. */
export function newAnalysisDefaults(policy: Policy | null): NewAnalysisDefaults {
  const managed = (setting: Managed<string> | undefined) => (setting?.locked ? setting.value : null);
  return {
    organisation: policy?.organisation?.value ?? '',
    administration: policy?.administration?.value ?? '',
    locked: { organisation: managed(policy?.organisation), administration: managed(policy?.administration) },
  };
}
