import { describe, expect, it } from 'vitest';
import { analysisFileExtension, analysisFileName, safeStem } from '../../../shared/exchange/fileName.ts';

describe('export file names', () => {
  it('is <unit>-<short id>.akr, the same on every save', () => {
    const id = '3f2a9c1e-77aa-4d6b-9e1f-0123456789ab';
    expect(analysisFileName('Förskolan Solrosen', id)).toBe('Förskolan-Solrosen-3f2a9c1e.akr');
    expect(analysisFileName('Förskolan Solrosen', id)).toBe(analysisFileName('Förskolan Solrosen', id));
  });

  it.each([
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\System32', 'C-Windows-System32'],
    ['CON', 'CON-analys'],
    ['com1', 'com1-analys'],
    ['LPT9', 'LPT9-analys'],
    ['Enhet. ', 'Enhet'],
    ['...', 'analys'],
    ['', 'analys'],
    ['a/b:c*d?e"f<g>h|i', 'a-b-c-d-e-f-g-h-i'],
    ['Hemtjänst Norr – kväll', 'Hemtjänst-Norr-kväll'],
    ['e\u0301', 'é'],
  ])('makes %j safe: %j', (input, stem) => {
    expect(safeStem(input)).toBe(stem);
  });

  it('keeps over-long names under the limit, without a trailing dash', () => {
    const stem = safeStem('Förskolan '.repeat(20));
    expect(stem.length).toBeLessThanOrEqual(60);
    expect(stem.endsWith('-')).toBe(false);
    expect(new TextEncoder().encode(analysisFileName('Å'.repeat(500), 'abc')).length).toBeLessThan(255);
  });
});

describe('analysis-file extensions', () => {
  it.each([
    ['Solen-1.akr', '.akr'],
    ['Solen-1.akr.json', '.akr.json'],
    ['a.akr.akr', '.akr'],
    ['Solen-1.json', null],
    ['Solen-1.akr.txt', null],
    ['Solen-1.akrx', null],
    ['.akr', null],
    ['.akr.json', null],
    ['Solen-1.AKR', null],
  ])('%j ends in %j', (name, extension) => {
    expect(analysisFileExtension(name)).toBe(extension);
  });

  it('ignores case when asked (the OS hands over X.AKR too)', () => {
    expect(analysisFileExtension('Solen-1.AKR', { ignoreCase: true })).toBe('.akr');
    expect(analysisFileExtension('Solen-1.Akr.Json', { ignoreCase: true })).toBe('.akr.json');
    expect(analysisFileExtension('Solen-1.JSON', { ignoreCase: true })).toBeNull();
  });
});
