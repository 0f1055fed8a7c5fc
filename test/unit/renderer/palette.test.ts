import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The palette is read from the stylesheet itself, so a token edited in CSS is what gets checked.
const css = readFileSync(new URL('../../../renderer/styles/tokens.css', import.meta.url), 'utf8');

function parseColourTokens(source: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const match of source.matchAll(/--([\w-]+)\s*:\s*(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6})\s*;/g)) {
    const [, name, hex] = match;
    if (name && hex) tokens.set(name, hex);
  }
  return tokens;
}

const tokens = parseColourTokens(css);

function token(name: string): string {
  const hex = tokens.get(name);
  if (!hex) throw new Error(`tokens.css declares no colour --${name}`);
  return hex;
}

/** The red, green and blue channels of `#rgb` or `#rrggbb`, each from 0 to 1. */
function channels(hex: string): number[] {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? digits.replace(/./g, (d) => d + d) : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
}

const LUMINANCE_WEIGHTS = [0.2126, 0.7152, 0.0722] as const;

/** WCAG 2.1 relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  return channels(hex)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * (LUMINANCE_WEIGHTS[i] ?? 0), 0);
}

/** WCAG 2.1 contrast ratio, from 1 (same colour) to 21 (black on white). */
function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

describe('the contrast helper', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#fff', '#000')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
  });

  it('agrees with the ratios quoted in the UI design', () => {
    expect(contrast('#FFFFFF', '#007A5A')).toBeCloseTo(5.3, 1);
    expect(contrast('#FFFFFF', '#009E73')).toBeCloseTo(3.4, 1);
    expect(contrast('#FFFFFF', '#D55E00')).toBeCloseTo(3.9, 1);
  });
});

describe('the AKR colours in tokens.css', () => {
  const designed = {
    unsorted: '#E6E6E6',
    green: '#007A5A',
    yellow: '#F0E442',
    red: '#B34F00',
    black: '#1A1A1A',
  } as const;

  it.each(Object.entries(designed))('fills the %s column with the colour from the UI design table (%s)', (column, hex) => {
    expect(token(`akr-${column}`).toLowerCase()).toBe(hex.toLowerCase());
  });

  it.each(Object.keys(designed))('puts text on the %s fill at 4.5:1 or more', (column) => {
    expect(contrast(token(`akr-${column}`), token(`akr-${column}-text`))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the interface colours in tokens.css', () => {
  const pairs: [foreground: string, background: string][] = [
    ['text', 'bg'],
    ['text', 'surface'],
    ['text', 'surface-muted'],
    ['text-muted', 'bg'],
    ['text-muted', 'surface'],
    ['accent-text', 'accent'],
    ['danger', 'surface'],
    ['danger', 'bg'],
  ];

  it.each(pairs)('puts --%s on --%s at 4.5:1 or more', (foreground, background) => {
    expect(contrast(token(foreground), token(background))).toBeGreaterThanOrEqual(4.5);
  });

  it('puts white text on --danger at 4.5:1 or more', () => {
    expect(contrast('#ffffff', token('danger'))).toBeGreaterThanOrEqual(4.5);
  });
});
