import { describe, expect, it } from 'vitest';
import { fileOf } from '../shared/survey/fixtures.ts';
import { readSurveyFile } from '../../../renderer/survey/readSurveyFile.ts';
import { quoteWarningText } from '../../../renderer/survey/fileProblems.ts';
import { guessMapping } from '../../../shared/survey/mapping.ts';
import { buildSurvey } from '../../../shared/survey/build.ts';
import { planSwotImport } from '../../../shared/swot.ts';
import { createTranslator, loadDictionary } from '../../../renderer/i18n/i18n.ts';

await loadDictionary('en');
const translatorFor = createTranslator;

const utf8 = (s: string) => new TextEncoder().encode(s);

/**
 * A hostile survey file: a quote inside an unquoted header cell, a quote
 * inside a mission, a mission spanning two lines, and three cells that
 * cannot be used. Four people.
 */
const HOSTILE = [
  'Svars-ID;Yrkesroll;Grunduppdrag;Timmar per vecka: =HYPERLINK("http://x";"klicka");Timmar per vecka: Diska',
  '1;Kock;Laga mat;abc;;2',
  '2;Kock;Säger "ja";-3;;3',
  '3;Barnskötare;"Omsorg\r\noch lek";1e309;;1,5',
  '4;Barnskötare;Omsorg;4;;2',
  '',
].join('\r\n');

describe('quotes as Excel reads them', () => {
  it('imports all four people of the hostile file and lists the unusable cells by their Excel rows', async () => {
    const { table, report } = await readSurveyFile(fileOf('fientlig.csv', utf8(HOSTILE)));
    // Excel splits the header at the ; between the quotes: the second half is a column of its own.
    expect(table.header).toEqual(['Svars-ID', 'Yrkesroll', 'Grunduppdrag', 'Timmar per vecka: =HYPERLINK("http://x"', 'klicka)', 'Timmar per vecka: Diska']);
    expect(report.brokenQuotes).toEqual({ rows: [1], count: 1 });
    const built = buildSurvey(table, guessMapping(table), () => 40);
    expect(built.respondents.map((r) => r.key)).toEqual(['1', '2', '3', '4']);
    expect(built.respondents.map((r) => r.mission)).toEqual(['Laga mat', 'Säger "ja"', 'Omsorg\r\noch lek', 'Omsorg']);
    const column = 'Timmar per vecka: =HYPERLINK("http://x"';
    expect(built.issues).toEqual([
      { line: 2, column, value: 'abc', problem: 'notNumber' },
      { line: 3, column, value: '-3', problem: 'negative' },
      { line: 4, column, value: '1e309', problem: 'notNumber' },
    ]);
    expect(built.respondents[3]?.hours).toEqual([
      { task: '=HYPERLINK("http://x"', hours: 4 },
      { task: 'Diska', hours: 2 },
    ]);
  });

  it('warns, naming the row, where quoting looks broken', async () => {
    const { report } = await readSurveyFile(fileOf('fientlig.csv', utf8(HOSTILE)));
    const text = quoteWarningText(translatorFor('sv'), report.brokenQuotes);
    expect(text).toContain('rad 1');
    expect(quoteWarningText(translatorFor('en'), report.brokenQuotes)).toContain('row 1');
    expect(quoteWarningText(translatorFor('sv'), { rows: [], count: 0 })).toBeNull();
  });

  it('reads the rows after a quote that is never closed, and names its row', async () => {
    const text = 'Svars-ID;Yrkesroll;Timmar per vecka: Diska\n1;Kock;2\n2;"Kock;3\n3;Kock;4\n';
    const { table, report } = await readSurveyFile(fileOf('öppet.csv', utf8(text)));
    expect(report.brokenQuotes).toEqual({ rows: [3], count: 1 });
    expect(table.rows).toEqual([
      ['1', 'Kock', '2'],
      ['2', '"Kock', '3'],
      ['3', 'Kock', '4'],
    ]);
    expect(table.lines).toEqual([2, 3, 4]);
  });

  it('numbers SWOT answers after a quoted answer spanning lines as Excel does', async () => {
    const text = 'Kategori;Svar\nStyrka;"Bra\nteam"\nOkänd;"Vi ""säger"" nej"\n';
    const { table } = await readSurveyFile(fileOf('swot.csv', utf8(text)));
    expect(planSwotImport(table).unknown).toEqual([{ line: 3, category: 'Okänd', text: 'Vi "säger" nej' }]);
  });
});
