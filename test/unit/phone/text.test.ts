import { describe, expect, it } from 'vitest';
import { en as appEn } from '../../../renderer/i18n/en';
import { sv as appSv } from '../../../renderer/i18n/sv';
import { QUADRANTS } from '../../../shared/vocabulary';
import { POLL_COLOURS, REFUSALS } from '../../../shared/room/protocol';
import { defaultLang, formatNumber, joinRefusalText, MESSAGES, refusalText, say, sayCount } from '../../../phone/text';

describe('the phone page’s words', () => {
  it('has every message in both languages, none empty', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.sv).sort());
    for (const lang of ['sv', 'en'] as const) for (const [key, text] of Object.entries(MESSAGES[lang])) expect(text.trim(), `${lang} ${key}`).not.toBe('');
  });

  it('names the colours and quadrants as the app does', () => {
    const app = { sv: appSv as Record<string, string>, en: appEn as Record<string, string> };
    for (const lang of ['sv', 'en'] as const) {
      const phone = MESSAGES[lang] as Record<string, string>;
      const keys = [
        ...POLL_COLOURS.flatMap((c) => [`colour.${c}`, `colour.${c}.short`]),
        ...QUADRANTS.flatMap((q) => [`swot.quadrant.${q}`, `swot.hint.${q}`]),
      ];
      for (const key of keys) expect(phone[key], `${lang} ${key}`).toBe(app[lang][key]);
    }
  });

  it('is Swedish unless the browser prefers English', () => {
    expect(defaultLang(['sv-SE', 'en-US'])).toBe('sv');
    expect(defaultLang(['en-GB', 'sv'])).toBe('en');
    expect(defaultLang(['fi-FI', 'en-US'])).toBe('en');
    expect(defaultLang(['ar', 'fi'])).toBe('sv');
    expect(defaultLang([])).toBe('sv');
  });

  it('fills in values and picks one or many', () => {
    expect(say('sv', 'dots.left', { left: 2, budget: 5 })).toBe('Prickar kvar: 2 av 5');
    expect(sayCount('sv', 'swot.posted', 1)).toBe('Du har skickat en lapp.');
    expect(sayCount('en', 'swot.posted', 3)).toBe('You have sent 3 notes.');
    expect(sayCount('sv', 'dots.count', 1)).toBe('1 prick');
    expect(sayCount('sv', 'dots.count', 0)).toBe('0 prickar');
  });

  it('writes numbers with a decimal comma in Swedish', () => {
    expect(formatNumber('sv', 37.5)).toBe('37,5');
    expect(formatNumber('en', 37.5)).toBe('37.5');
    expect(formatNumber('sv', 40)).toBe('40');
    expect(formatNumber('sv', 1 / 3)).toBe('0,3');
  });

  it('words every refusal, a wrong and a locked code each in their own words', () => {
    for (const lang of ['sv', 'en'] as const) {
      for (const r of REFUSALS) {
        expect(refusalText(lang, r)).not.toBe('');
        expect(joinRefusalText(lang, r)).not.toBe('');
      }
      expect(joinRefusalText(lang, 'wrongCode')).not.toBe(joinRefusalText(lang, 'locked'));
    }
    expect(joinRefusalText('sv', 'wrongCode')).toMatch(/^Fel kod/);
    expect(joinRefusalText('sv', 'locked')).toMatch(/spärrad/);
    expect(joinRefusalText('en', 'offline')).toMatch(/same network/);
    expect(refusalText('sv', 'overBudget')).toMatch(/budget/);
  });
});
