import { describe, expect, it } from 'vitest';
import { sv } from '../../../renderer/i18n/sv.ts';
import { en } from '../../../renderer/i18n/en.ts';
import { createTranslator, hasDictionary, loadDictionary } from '../../../renderer/i18n/i18n.ts';
import { errorText } from '../../../renderer/i18n/errorText.ts';
import { AppError, ERROR_CODES } from '../../../shared/errors.ts';

// English is its own chunk, loaded when chosen; Swedish is built in.
expect(hasDictionary('sv')).toBe(true);
expect(hasDictionary('en')).toBe(false);
expect(() => createTranslator('en')).toThrow(/not loaded/);
await loadDictionary('en');

const dictionaries = { sv, en } as const;

function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

const english = new Map(Object.entries(en));
/** Each Swedish message next to its English one; a key missing from English pairs with undefined. */
const pairs = Object.entries(sv).map(([key, swedish]) => ({ key, swedish, english: english.get(key) }));

describe('the dictionaries', () => {
  it('have exactly the same keys in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it.each(Object.entries(dictionaries))('leave no %s message empty', (_language, dictionary) => {
    const empty = Object.entries(dictionary)
      .filter(([, value]) => value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in a Swedish message and its English translation', () => {
    const mismatched = pairs.filter(({ swedish, english }) => placeholders(swedish).join() !== placeholders(english ?? '').join()).map(({ key }) => key);
    expect(mismatched).toEqual([]);
  });

  it.each(Object.entries(dictionaries))('give every %s plural key both a _one and an _other form', (_language, dictionary) => {
    const keys = new Set(Object.keys(dictionary));
    const orphans = [...keys].filter(
      (key) => (key.endsWith('_one') && !keys.has(key.replace(/_one$/, '_other'))) || (key.endsWith('_other') && !keys.has(key.replace(/_other$/, '_one'))),
    );
    expect(orphans).toEqual([]);
    expect([...keys].some((key) => key.endsWith('_one'))).toBe(true);
  });
});

describe('the Swedish translator', () => {
  const t = createTranslator('sv');

  it('fills the values into a message', () => {
    expect(t.t('analyses.copyName', { name: 'Solrosen' })).toBe('Solrosen (kopia)');
    expect(t.t('analyses.progress', { done: 2, total: 6 })).toBe('2 av 6 steg klara');
  });

  it('formats a number value with a decimal comma', () => {
    expect(t.t('roles.total', { people: 2.5 })).toBe('Totalt 2,5 personer');
  });

  it('leaves a placeholder it has no value for visible', () => {
    expect(t.t('analyses.copyName')).toBe('{name} (kopia)');
    expect(t.t('analyses.progress', { done: 2 })).toBe('2 av {total} steg klara');
  });

  it('picks the singular for one and the plural otherwise', () => {
    expect(t.plural('analyses.count', 1)).toBe('1 analys');
    expect(t.plural('analyses.count', 2)).toBe('2 analyser');
    expect(t.plural('analyses.count', 0)).toBe('0 analyser');
  });

  it('writes dates as "24 aug 2021", without a period after the month', () => {
    expect(t.date('2021-08-24')).toBe('24 aug 2021');
  });

  it('reads a calendar date as that local day, not shifted by the time zone', () => {
    // West of UTC, reading "2027-01-01" as UTC midnight would show 31 Dec.
    const saved = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      const west = createTranslator('sv');
      expect(west.date('2027-01-01')).toBe('1 jan 2027');
      expect(west.date('2026-12-31')).toBe('31 dec 2026');
    } finally {
      process.env.TZ = saved;
    }
  });

  it('formats a Date object as well as a calendar date', () => {
    expect(t.date(new Date(2021, 7, 24, 23, 30))).toBe('24 aug 2021');
  });

  it('writes numbers with a decimal comma', () => {
    expect(t.number(2.5)).toBe('2,5');
    expect(t.number(38.25)).toBe('38,25');
  });

  it('rounds to at most two decimals unless told otherwise', () => {
    expect(t.number(1 / 3)).toBe('0,33');
    expect(t.number(1 / 3, 1)).toBe('0,3');
  });

  it('writes a negative number with a plain hyphen-minus', () => {
    expect(t.number(-3)).toBe('-3');
    expect(t.number(-2.5)).toBe('-2,5');
  });
});

describe('the English translator', () => {
  const t = createTranslator('en');

  it('fills the values into a message', () => {
    expect(t.t('analyses.progress', { done: 2, total: 6 })).toBe('2 of 6 steps done');
  });

  it('picks the singular for one and the plural otherwise', () => {
    expect(t.plural('analyses.count', 1)).toBe('1 analysis');
    expect(t.plural('analyses.count', 2)).toBe('2 analyses');
  });

  it('writes dates as "24 Aug 2021"', () => {
    expect(t.date('2021-08-24')).toBe('24 Aug 2021');
    expect(t.date('2027-01-01')).toBe('1 Jan 2027');
  });

  it('writes numbers with a decimal point', () => {
    expect(t.number(2.5)).toBe('2.5');
  });

  it('writes a negative number with a plain hyphen-minus', () => {
    expect(t.number(-3)).toBe('-3');
  });
});

describe('hours', () => {
  it('writes hours with a decimal comma and a space before the unit', () => {
    expect(createTranslator('sv').hours(2.5)).toBe('2,5 h');
    expect(createTranslator('en').hours(38.25)).toBe('38.25 h');
    expect(createTranslator('sv').hours(1 / 3)).toBe('0,33 h');
  });

  it('rounds hours for people to the half hour, with "< 0,5 h" for a small value that is not 0', () => {
    const sv = createTranslator('sv');
    expect(sv.roundHours(2.4)).toBe('2,5 h');
    expect(sv.roundHours(103.13)).toBe('103 h');
    expect(sv.roundHours(267.13)).toBe('267 h');
    expect(sv.roundHours(0.63)).toBe('0,5 h');
    expect(sv.roundHours(0.1)).toBe('< 0,5 h');
    expect(sv.roundHours(0)).toBe('0 h');
    expect(sv.roundHours(1000.75)).toBe('1\u00a0001 h');
    expect(createTranslator('en').roundHours(0.1)).toBe('< 0.5 h');
  });
});

describe('errors from below the views', () => {
  it('are said by their code in the reader’s language, every code of the app having its words', () => {
    for (const code of ERROR_CODES) {
      const error = new AppError(code, { id: 'x1' });
      expect(errorText(createTranslator('sv'), error)).toBe(sv[`error.${code}`]);
      expect(errorText(createTranslator('en'), error)).toBe(en[`error.${code}`]);
    }
    expect(errorText(createTranslator('en'), new AppError('itemMissing'))).toMatch(/^what you changed is no longer there/);
    // The browser's own errors keep the browser's words.
    expect(errorText(createTranslator('sv'), new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe('The quota has been exceeded.');
  });
});
