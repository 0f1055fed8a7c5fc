import { describe, expect, it } from 'vitest';
import { fileOf, fixture, naiveWide } from '../shared/survey/fixtures.ts';
import { decodeText, MAX_SURVEY_BYTES, readSurveyFile, SurveyFileError } from '../../../renderer/survey/readSurveyFile.ts';
import { guessMapping } from '../../../shared/survey/mapping.ts';
import { buildSurvey, totalHours } from '../../../shared/survey/build.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Windows-1252 bytes for text in Latin-1 range (å ä ö and friends). */
const cp1252 = (s: string) => Uint8Array.from(Array.from(s, (c) => c.charCodeAt(0)));

describe('decoding survey text', () => {
  it('tells UTF-8 with and without BOM, UTF-16 and Windows-1252', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Förskollärare')]))).toEqual({ text: 'Förskollärare', encoding: 'utf-8-bom' });
    expect(decodeText(utf8('Förskollärare'))).toEqual({ text: 'Förskollärare', encoding: 'utf-8' });
    expect(decodeText(cp1252('Förskollärare'))).toEqual({ text: 'Förskollärare', encoding: 'windows-1252' });
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Array.from('Kök', (c) => [c.charCodeAt(0), 0]).flat()]);
    expect(decodeText(utf16)).toEqual({ text: 'Kök', encoding: 'utf-16' });
  });

  it('reads Windows-1252 bytes 0x80-0x9f as Windows-1252, not Latin-1 (– and ” come from Word)', () => {
    expect(decodeText(Uint8Array.from([0x96, 0x20, 0x94])).text).toBe('– ”');
  });
});

describe('reading survey files', () => {
  it('refuses a file over 20 MB before reading it, naming size and limit', async () => {
    let read = false;
    const huge = { name: 'enkät.csv', size: MAX_SURVEY_BYTES + 1, arrayBuffer: () => ((read = true), Promise.resolve(new ArrayBuffer(0))) };
    const error = await readSurveyFile(huge).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SurveyFileError);
    expect((error as SurveyFileError).problem).toEqual({ code: 'tooLarge', size: MAX_SURVEY_BYTES + 1, limit: MAX_SURVEY_BYTES });
    expect(read).toBe(false);
  });

  it('refuses other file types and empty files', async () => {
    await expect(readSurveyFile(fileOf('enkät.pdf', utf8('x')))).rejects.toMatchObject({ problem: { code: 'unknownType' } });
    await expect(readSurveyFile(fileOf('enkät.csv', utf8('\r\n\r\n')))).rejects.toMatchObject({ problem: { code: 'empty' } });
    await expect(readSurveyFile(fileOf('enkät.xlsx', utf8('not a zip')))).rejects.toMatchObject({ problem: { code: 'unreadable' } });
  });

  it('reports the encoding and delimiter of the wide fixture', async () => {
    const { report } = await readSurveyFile(fileOf('survey-forskola-wide.csv', fixture('survey-forskola-wide.csv')));
    expect(report).toEqual({ kind: 'csv', encoding: 'utf-8-bom', delimiter: ';' });
  });

  it('reads the same survey saved as Windows-1252 with tabs', async () => {
    const text = fixture('survey-forskola-wide.csv')
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .replaceAll(';', '\t');
    const { table, report } = await readSurveyFile(fileOf('enkät.tsv', cp1252(text)));
    expect(report).toEqual({ kind: 'tsv', encoding: 'windows-1252', delimiter: '\t' });
    expect(table.rows[0]?.[1]).toBe('Förskollärare');
  });

  it('reads the Microsoft Forms xlsx fixture: metadata and personal columns ignored, the same hours as the CSV', async () => {
    const { table, report } = await readSurveyFile(fileOf('survey-forskola-forms.xlsx', fixture('survey-forskola-forms.xlsx')));
    expect(report).toEqual({ kind: 'xlsx' });
    const m = guessMapping(table);
    expect(m.columns.slice(0, 7).map((c) => c.kind + (c.ignoredBecause ? `:${c.ignoredBecause}` : ''))).toEqual([
      'respondent',
      'ignored:metadata',
      'ignored:metadata',
      'ignored:personal',
      'ignored:personal',
      'role',
      'mission',
    ]);
    expect(m.shape).toBe('wide');
    const fromXlsx = buildSurvey(table, m, () => 40);
    expect(fromXlsx.issues).toEqual([]);
    // The CSV fixture holds the same answers; its figures come from a plain split of the file.
    const csv = naiveWide(fixture('survey-forskola-wide.csv').toString('utf8'), ';');
    const first = csv.header.findIndex((h) => h.startsWith('Timmar per vecka: '));
    expect(fromXlsx.respondents).toHaveLength(csv.rows.length);
    for (const [i, row] of csv.rows.entries()) {
      const expected = row.slice(first).reduce((s, v) => s + (v === '' ? 0 : Number(v.replace(',', '.'))), 0);
      expect(totalHours(fromXlsx.respondents[i]?.hours ?? [])).toBeCloseTo(expected, 9);
    }
    expect(JSON.stringify(fromXlsx)).not.toContain('anonymous');
  });
});
