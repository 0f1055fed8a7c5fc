import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/model.ts';
import {
  effectiveSettings,
  newAnalysisDefaults,
  personalDataExport,
  POLICY_MAX_BYTES,
  POLICY_MAX_NESTING,
  privacyThresholdFloor,
  startingSettings,
  type Policy,
  type PolicyReading,
} from '../../../shared/policy.ts';
import { describePolicyError, describePolicyNote, readPolicy } from '../../../shared/policyFile.ts';

/** The example in the IT guide (test/fixtures/policy/policy.json): every key, some locked. */
const FULL_POLICY = {
  organisation: { value: 'Exempelstads kommun', locked: true },
  administration: { value: 'Barn- och utbildningsförvaltningen', locked: false },
  language: { value: 'sv', locked: false },
  minPrivacyThreshold: { value: 5, locked: false },
  syncFolder: { value: '\\\\filserver\\akr$\\analyser', locked: true },
  exportPersonalData: { value: false, locked: true },
};

const read = (value: unknown): PolicyReading => readPolicy(JSON.stringify(value));

function policyOf(value: unknown): Policy {
  const result = read(value);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.policy;
}

describe('reading a policy file', () => {
  it('reads every key of a full policy, with its lock: the IT guide’s example', () => {
    const example = readFileSync(new URL('../../fixtures/policy/policy.json', import.meta.url), 'utf8');
    expect(readPolicy(example)).toEqual({ ok: true, policy: FULL_POLICY, notes: [] });
  });

  it('reads an empty object as a policy that sets nothing', () => {
    expect(readPolicy('{}')).toEqual({ ok: true, policy: {}, notes: [] });
  });

  it.each([
    ['organisation', 'Solstads kommun'],
    ['administration', 'Socialförvaltningen'],
    ['language', 'en'],
    ['minPrivacyThreshold', 7],
    ['syncFolder', '/srv/akr'],
    ['exportPersonalData', false],
  ])('reads %s locked and unlocked, unlocked when the flag is left out', (key, value) => {
    expect(policyOf({ [key]: { value, locked: true } })).toEqual({ [key]: { value, locked: true } });
    expect(policyOf({ [key]: { value, locked: false } })).toEqual({ [key]: { value, locked: false } });
    expect(policyOf({ [key]: { value } })).toEqual({ [key]: { value, locked: false } });
  });

  it('trims the organisation and refuses an empty one', () => {
    expect(policyOf({ organisation: { value: '  Solstads kommun ' } }).organisation?.value).toBe('Solstads kommun');
    const blank = read({ organisation: { value: '   ' } });
    expect(blank).toMatchObject({ ok: true, notes: [{ code: 'invalid', path: 'organisation.value' }] });
    expect(blank.ok && blank.policy).toEqual({});
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(readPolicy(`\uFEFF${JSON.stringify({ language: { value: 'en' } })}`)).toEqual({
      ok: true,
      policy: { language: { value: 'en', locked: false } },
      notes: [],
    });
  });

  it.each([
    ['language', 'de'],
    ['language', 'SV'],
    ['minPrivacyThreshold', 0],
    ['minPrivacyThreshold', LIMITS.privacyThresholdMax + 1],
    ['minPrivacyThreshold', 4.5],
    ['minPrivacyThreshold', '5'],
    ['organisation', 'x'.repeat(LIMITS.organisation + 1)],
    ['organisation', 42],
    ['administration', 'x'.repeat(LIMITS.administration + 1)],
    ['administration', '  '],
    ['syncFolder', ''],
    ['syncFolder', 'C:\\akr\u0000evil'],
    ['syncFolder', 'x'.repeat(5000)],
    ['exportPersonalData', 'false'],
    ['exportPersonalData', 0],
    ['language', null],
  ])('leaves out %s with the wrong value %j, with a note, and keeps the other keys', (key, value) => {
    const other = key === 'exportPersonalData' ? {} : { exportPersonalData: { value: false, locked: true } };
    const result = read({ ...other, [key]: { value, locked: true } });
    expect(result).toMatchObject({ ok: true, notes: [{ code: 'invalid', path: `${key}.value` }] });
    if (!result.ok) return;
    expect(result.policy[key as keyof Policy]).toBeUndefined();
    if (key !== 'exportPersonalData') expect(result.policy.exportPersonalData).toEqual({ value: false, locked: true });
  });

  it.each([['sv'], [['sv']], [null], [5]])('leaves out a setting %j that is not { value, locked }', (raw) => {
    expect(read({ language: raw, minPrivacyThreshold: { value: 5 } })).toMatchObject({
      ok: true,
      policy: { minPrivacyThreshold: { value: 5, locked: false } },
      notes: [{ code: 'invalid', path: 'language' }],
    });
  });

  it.each([['yes'], [1], [null]])('leaves out a setting whose lock is %j rather than guess', (locked) => {
    expect(read({ language: { value: 'en', locked } })).toEqual({
      ok: true,
      policy: {},
      notes: [{ code: 'invalid', path: 'language.locked', detail: 'expected true or false' }],
    });
  });

  it('ignores unknown keys, at the top and in a setting, with a note each', () => {
    const result = read({ langauge: { value: 'en' }, futureKey: 1, language: { value: 'en', lock: true } });
    expect(result).toEqual({
      ok: true,
      policy: { language: { value: 'en', locked: false } },
      notes: [
        { code: 'unknownKey', path: 'langauge' },
        { code: 'unknownKey', path: 'futureKey' },
        { code: 'unknownKey', path: 'language.lock' },
      ],
    });
  });
});

describe('refusing a policy file as a whole', () => {
  it.each([[''], ['   '], ['{'], ['{"language": {"value": "en",}}'], ['not json'], ['\u0000']])('refuses %j as not JSON', (text) => {
    expect(readPolicy(text)).toMatchObject({ ok: false, error: { code: 'notJson' } });
  });

  it.each([['[]'], ['null'], ['"sv"'], ['42'], ['true'], ['[{"language":{"value":"en"}}]']])('refuses %s as not an object', (text) => {
    expect(readPolicy(text)).toEqual({ ok: false, error: { code: 'notAnObject' } });
  });

  it('refuses a file over the size limit before parsing it', () => {
    const huge = JSON.stringify({ organisation: { value: 'x' }, padding: 'x'.repeat(POLICY_MAX_BYTES) });
    expect(readPolicy(huge)).toEqual({ ok: false, error: { code: 'tooLarge', size: huge.length, limit: POLICY_MAX_BYTES } });
    // Just under the limit it is read (the padding is an unknown key).
    const fits = JSON.stringify({ organisation: { value: 'x' }, padding: 'x'.repeat(POLICY_MAX_BYTES - 100) });
    expect(readPolicy(fits)).toMatchObject({ ok: true, policy: { organisation: { value: 'x' } } });
  });

  it.each([
    ['{"__proto__": {"locked": true}}', '__proto__', '__proto__'],
    ['{"constructor": {"value": "x"}}', 'constructor', 'constructor'],
    ['{"language": {"value": "en", "__proto__": {"polluted": true}}}', 'language.__proto__', '__proto__'],
    ['{"futureKey": {"a": {"prototype": 1}}}', 'futureKey.a.prototype', 'prototype'],
  ])('refuses %s for its prototype key, and pollutes nothing', (text, path, key) => {
    expect(readPolicy(text)).toEqual({ ok: false, error: { code: 'forbiddenKey', path, key } });
    expect(({} as Record<string, unknown>).locked).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses deep nesting, and never runs out of stack on it', () => {
    const deep = `{"futureKey": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    expect(readPolicy(deep)).toMatchObject({ ok: false, error: { code: 'tooDeep', limit: POLICY_MAX_NESTING } });
    const justFits = `{"futureKey": ${'['.repeat(POLICY_MAX_NESTING - 1)}${']'.repeat(POLICY_MAX_NESTING - 1)}}`;
    expect(readPolicy(justFits)).toMatchObject({ ok: true, notes: [{ code: 'unknownKey', path: 'futureKey' }] });
  });

  it('says in words why a file or a part of it was left out', () => {
    expect(describePolicyError({ code: 'tooLarge', size: 70_000, limit: POLICY_MAX_BYTES })).toBe('the file is 70000 bytes, over the limit of 65536');
    expect(describePolicyError({ code: 'forbiddenKey', path: 'a.__proto__', key: '__proto__' })).toBe('the key "__proto__" at a.__proto__ is not allowed');
    expect(describePolicyError({ code: 'notAnObject' })).toMatch(/JSON object/);
    expect(describePolicyError({ code: 'notJson', detail: 'Unexpected end' })).toBe('not valid JSON (Unexpected end)');
    expect(describePolicyError({ code: 'tooDeep', path: 'a.0', depth: 9, limit: 8 })).toBe('nested deeper than 8 levels at a.0');
    expect(describePolicyNote({ code: 'unknownKey', path: 'langauge' })).toBe('unknown key langauge ignored');
    expect(describePolicyNote({ code: 'invalid', path: 'language.value', detail: 'Invalid option' })).toBe('language.value ignored: Invalid option');
  });
});

describe('applying a policy to the settings', () => {
  const mine: Settings = { ...DEFAULT_SETTINGS, language: 'en', privacyThreshold: 4, defaultFullTimeHours: 38.25 };

  it('changes nothing without a policy, or with one that sets nothing', () => {
    expect(effectiveSettings(mine, null)).toEqual(mine);
    expect(effectiveSettings(null, null)).toEqual(DEFAULT_SETTINGS);
    expect(effectiveSettings(mine, {})).toEqual(mine);
    expect(effectiveSettings(null, {})).toEqual(DEFAULT_SETTINGS);
  });

  it('uses an unlocked language until the user has chosen, then the user’s choice', () => {
    const policy: Policy = { language: { value: 'en', locked: false } };
    expect(effectiveSettings(null, policy).language).toBe('en');
    expect(startingSettings(policy).language).toBe('en');
    expect(effectiveSettings({ ...mine, language: 'sv' }, policy).language).toBe('sv');
  });

  it('uses a locked language whatever the user chose', () => {
    const policy: Policy = { language: { value: 'sv', locked: true } };
    expect(effectiveSettings(mine, policy).language).toBe('sv');
    expect(effectiveSettings(null, policy).language).toBe('sv');
  });

  it('never lets the privacy threshold go under an unlocked minimum, and lets the user raise it', () => {
    const policy: Policy = { minPrivacyThreshold: { value: 5, locked: false } };
    expect(effectiveSettings({ ...mine, privacyThreshold: 2 }, policy).privacyThreshold).toBe(5);
    expect(effectiveSettings({ ...mine, privacyThreshold: 8 }, policy).privacyThreshold).toBe(8);
    expect(effectiveSettings(null, policy).privacyThreshold).toBe(5);
    // A minimum under the built-in default leaves the default alone.
    expect(effectiveSettings(null, { minPrivacyThreshold: { value: 2, locked: false } }).privacyThreshold).toBe(DEFAULT_SETTINGS.privacyThreshold);
    expect(privacyThresholdFloor(policy)).toBe(5);
  });

  it('fixes the privacy threshold at a locked minimum, whether the user chose more or less', () => {
    const policy: Policy = { minPrivacyThreshold: { value: 6, locked: true } };
    expect(effectiveSettings({ ...mine, privacyThreshold: 2 }, policy).privacyThreshold).toBe(6);
    expect(effectiveSettings({ ...mine, privacyThreshold: 10 }, policy).privacyThreshold).toBe(6);
  });

  it('has the built-in floor without a minimum', () => {
    expect(privacyThresholdFloor(null)).toBe(LIMITS.privacyThresholdMin);
    expect(privacyThresholdFloor({ language: { value: 'en', locked: true } })).toBe(LIMITS.privacyThresholdMin);
  });

  it('keeps the settings no policy key touches as the user has them', () => {
    const policy = policyOf(FULL_POLICY);
    const effective = effectiveSettings(mine, policy);
    expect(effective.defaultFullTimeHours).toBe(38.25);
    expect(effective.projectorKeys).toEqual(mine.projectorKeys);
  });

  it('switches the export of per-person data off when locked off, and only then', () => {
    expect(personalDataExport(null)).toEqual({ include: false, locked: false });
    expect(personalDataExport({ exportPersonalData: { value: false, locked: true } })).toEqual({ include: false, locked: true });
    expect(personalDataExport({ exportPersonalData: { value: false, locked: false } })).toEqual({ include: false, locked: false });
    expect(personalDataExport({ exportPersonalData: { value: true, locked: false } })).toEqual({ include: true, locked: false });
    // A lock never forces per-person data into a file: the user may still leave it out.
    expect(personalDataExport({ exportPersonalData: { value: true, locked: true } })).toEqual({ include: true, locked: false });
  });
});

describe('a new analysis from the policy', () => {
  it('starts blank and editable without a policy', () => {
    expect(newAnalysisDefaults(null)).toEqual({ organisation: '', administration: '', locked: { organisation: null, administration: null } });
  });

  it('prefills the organisation and the administration, fixing only the locked one', () => {
    const policy: Policy = { organisation: { value: 'Solstads kommun', locked: true }, administration: { value: 'Socialförvaltningen', locked: false } };
    expect(newAnalysisDefaults(policy)).toEqual({
      organisation: 'Solstads kommun',
      administration: 'Socialförvaltningen',
      locked: { organisation: 'Solstads kommun', administration: null },
    });
    const lockedAdministration: Policy = { administration: { value: 'Kulturförvaltningen', locked: true } };
    expect(newAnalysisDefaults(lockedAdministration).locked).toEqual({ organisation: null, administration: 'Kulturförvaltningen' });
  });
});
