import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { FALLBACK_SPACING, hyphenateText, loadHyphenator, SOFT_HYPHEN, stripSoftHyphens, type WordHyphenator } from '../../../shared/hyphenate.ts';

/** The break points made visible: "för|bruk|nings|…". */
const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '|');

let sv: WordHyphenator;
let en: WordHyphenator;
beforeAll(async () => {
  [sv, en] = await Promise.all([loadHyphenator('sv'), loadHyphenator('en')]);
});

describe('hyphenateText', () => {
  it('breaks Swedish compounds where the Swedish patterns allow, at the joints of the compound too', () => {
    expect(shown(hyphenateText('förbrukningsmaterial', sv))).toBe('för|bruk|nings|ma|te|ri|al');
    expect(shown(hyphenateText('utvecklingssamtal', sv))).toBe('ut|veck|lings|sam|tal');
    expect(shown(hyphenateText('Dubbeldokumentation av incidenter i två system', sv))).toBe('Dubbel|do|ku|men|ta|tion av in|ci|den|ter i två system');
    expect(shown(hyphenateText('Förbrukningsmaterialbeställning', sv))).toBe('För|bruk|nings|ma|te|ri|al|be|ställ|ning');
  });

  it('takes its points from the patterns, not from a spacing: no pattern point falls every fifth letter', () => {
    const points = (text: string) => [
      ...hyphenateText(text, sv)
        .split(SOFT_HYPHEN)
        .slice(0, -1)
        .map((p) => p.length),
    ];
    // "utvecklings|samtal": the joint of the compound is a point; the fallback spacing would give 5 and 10.
    expect(points('utvecklingssamtal')).toEqual([2, 4, 5, 3]);
    expect(points('utvecklingssamtal')).not.toEqual(Array(points('utvecklingssamtal').length).fill(FALLBACK_SPACING));
  });

  it('keeps a word that is already hyphenated breakable after its own hyphen and hyphenates its parts', () => {
    expect(shown(hyphenateText('IT-samordning', sv))).toBe('IT-sam|ord|ning');
  });

  it('leaves text without long words as it is, the same string', () => {
    for (const text of ['Diska', 'Laga mat och duka', 'Städa 2 h/v', '', '   ', 'Tvätta kläder']) expect(hyphenateText(text, sv)).toBe(text);
  });

  it('gives a long word the patterns do not break last-resort points, so that it too breaks with a hyphen', () => {
    // Consonants only: no Swedish pattern applies.
    expect(shown(hyphenateText('XKCDQWRTZPLMNB', sv))).toBe('XKCDQ|WRTZP|LMNB');
    // A language without patterns gets only those.
    expect(shown(hyphenateText('förbrukningsmaterial', null))).toBe('förbr|uknin|gsmat|erial');
    expect(hyphenateText('Diska och städa', null)).toBe('Diska och städa');
  });

  it('hyphenates English with the English patterns', () => {
    expect(shown(hyphenateText('responsibilities', en))).toMatch(/^re\|spons?\|/);
  });

  it('only ever adds soft hyphens: without them the text is what was typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...Array.from('abcdefghijklmnopqrstuvwxyzåäöÅÄÖ -–/().,0123456789\n')), maxLength: 80 }), (text) => {
        expect(stripSoftHyphens(hyphenateText(text, sv))).toBe(text);
        expect(stripSoftHyphens(hyphenateText(text, null))).toBe(text);
      }),
    );
  });
});

describe('stripSoftHyphens', () => {
  it('gives back what was typed', () => {
    expect(stripSoftHyphens(hyphenateText('Förbrukningsmaterialbeställning', sv))).toBe('Förbrukningsmaterialbeställning');
    expect(stripSoftHyphens('Diska')).toBe('Diska');
  });
});
