import { describe, expect, it } from 'vitest';
import { createTranslator, loadDictionary } from '../../../renderer/i18n/i18n.ts';
import { followUpMaterialEn } from '../../../renderer/i18n/followUpMaterial.en.ts';
import { followUpMaterialSv } from '../../../renderer/i18n/followUpMaterial.sv.ts';
import type { ComparisonFigures, FollowUpComparison } from '../../../shared/followUp.ts';
import type { Block, FontMetrics } from '../../../shared/pdf/document.ts';
import { A4_PORTRAIT } from '../../../shared/pdf/document.ts';
import { buildFollowUp, changeText, FOLLOW_UP_PDF_KEYS, followUpActionRows, type FollowUpDocData, type FollowUpStrings } from '../../../shared/pdf/followUp.ts';
import { layout } from '../../../shared/pdf/layout.ts';

const metrics: FontMetrics = {
  width: (text, font, size) => Array.from(text).length * size * (font === 'bold' ? 0.55 : 0.5),
  ascent: 0.8,
  descent: 0.2,
};

await loadDictionary('en');

function stringsIn(language: 'sv' | 'en'): FollowUpStrings {
  const tr = createTranslator(language);
  return { t: (key, values) => tr.t(key, values), number: tr.number, hours: tr.roundHours, date: tr.date };
}
const sv = stringsIn('sv');

/** Then/now figures worked out by hand, with the shares as compareFollowUp gives them. */
function figures(then: Partial<ComparisonFigures['then']>, now: Partial<ComparisonFigures['now']>): ComparisonFigures {
  const t = { unsorted: 0, green: 0, yellow: 0, red: 0, black: 0, ...then };
  const n = { unsorted: 0, green: 0, yellow: 0, red: 0, black: 0, new: 0, ...now };
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  const share = <R extends Record<string, number>>(r: R): R => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, sum(r) > 0 ? v / sum(r) : 0])) as R;
  return { then: t, now: n, thenShare: share(t), nowShare: share(n), redBlackChange: n.red + n.black - (t.red + t.black) };
}

// Förskollärare: 20 green, 10 yellow, 12 red, 3 black then (45 h); now 24 green, 9 yellow, 4 red, 1 black, 2 new (40 h).
// Barnskötare: 16 green, 8 red then; now 18 green, 5 red. The unit: red + black 23 h then, 10 h now (−13 h).
const teacher = figures({ green: 20, yellow: 10, red: 12, black: 3 }, { green: 24, yellow: 9, red: 4, black: 1, new: 2 });
const nurse = figures({ green: 16, red: 8 }, { green: 18, red: 5 });
const empty = figures({}, {});
const comparison: FollowUpComparison = {
  roles: [
    { roleId: 'r1', name: 'Förskollärare', ...teacher },
    { roleId: 'r2', name: 'Barnskötare', ...nurse },
    { roleId: 'r3', name: 'Kock', ...empty },
  ],
  total: figures({ green: 36, yellow: 10, red: 20, black: 3 }, { green: 42, yellow: 9, red: 9, black: 1, new: 2 }),
  newTasks: [
    { taskId: 't9', title: 'Digital dokumentation', hours: 2 },
    { taskId: 't10', title: 'Oanvänd uppgift', hours: 0 },
  ],
};

const data = (over: Partial<FollowUpDocData> = {}): FollowUpDocData => ({
  analysis: { unitName: 'Förskolan Solrosen', organisation: 'Exempel kommun', facilitator: 'Kim' },
  today: '2027-10-05',
  snapshotTakenAt: '2027-03-01T10:00:00.000Z',
  roundName: 'Uppföljning hösten 2027',
  comparison,
  actions: followUpActionRows(
    [
      { id: 'a1', text: 'Anställ en serviceassistent', status: 'inProgress' },
      { id: 'a2', text: 'Sluta skriva dubbla listor', status: 'notStarted' },
      { id: 'a3', text: 'Gemensam tvättrutin', status: 'notStarted' },
    ],
    [
      { id: 'a2', text: 'Sluta skriva dubbla listor', status: 'done', order: 'a1' },
      { id: 'a1', text: 'Anställ en serviceassistent', status: 'done', order: 'a0' },
      { id: 'a4', text: 'Ny rutin för beställningar', status: 'inProgress', order: 'a2' },
    ],
    {
      a1: { outcome: 'done', note: 'Anställd på AB sedan maj.' },
      a3: { outcome: 'dropped', note: 'Köket tog över tvätten.' },
    },
  ),
  notes: 'Vi **behåller** serviceassistenten.\n\n- Ses igen i mars',
  ...over,
});

/** The blocks in reading order, those inside a group (kept together on a page) too. */
const flat = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.kind === 'group' ? flat(b.blocks) : [b]));
const tableOf = (blocks: Block[], firstColumn: string) =>
  flat(blocks).find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.columns[0]?.title === firstColumn);

describe('the follow-up document', () => {
  it('shows each role’s hours then and now by colour, and the change in red and black work', () => {
    const doc = buildFollowUp(data(), sv);
    const table = tableOf(doc.blocks, 'Yrkesroll');
    expect(table?.columns.map((c) => c.title)).toEqual(['Yrkesroll', 'När', 'Grön', 'Gul', 'Röd', 'Svart', 'Ny', 'Totalt', 'Röd + svart']);
    // The cook had no hours then or now: left out. The unit's total closes the table.
    expect(table?.rows).toEqual([
      ['Förskollärare', 'Då', '20 h', '10 h', '12 h', '3 h', '', '45 h', '15 h'],
      ['', 'Nu', '24 h', '9 h', '4 h', '1 h', '2 h', '40 h', '5 h (\u221210 h)'],
      ['Barnskötare', 'Då', '16 h', '–', '8 h', '–', '', '24 h', '8 h'],
      ['', 'Nu', '18 h', '–', '5 h', '–', '–', '23 h', '5 h (\u22123 h)'],
      ['Hela enheten', 'Då', '36 h', '10 h', '20 h', '3 h', '', '69 h', '23 h'],
      ['', 'Nu', '42 h', '9 h', '9 h', '1 h', '2 h', '63 h', '10 h (\u221213 h)'],
    ]);
    const text = flat(doc.blocks).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(text).toContain('Röda och svarta uppgifter tog 23 h i veckan då och 10 h nu (\u221213 h).');
  });

  it('draws a bar then and a bar now per role on one scale, the new work with the unsorted', () => {
    const bars = buildFollowUp(data(), sv).blocks.find((b): b is Extract<Block, { kind: 'bars' }> => b.kind === 'bars');
    expect(bars?.rows.map((r) => [r.label, r.total])).toEqual([
      ['Förskollärare, då', '45 h'],
      ['Förskollärare, nu', '40 h'],
      ['Barnskötare, då', '24 h'],
      ['Barnskötare, nu', '23 h'],
    ]);
    expect(bars?.rows[1]?.segments.map((s) => [s.colour, s.value])).toEqual([
      ['green', 24],
      ['yellow', 9],
      ['red', 4],
      ['black', 1],
      ['unsorted', 2],
    ]);
    expect(bars?.legend.at(-1)).toEqual({ colour: 'unsorted', label: 'Osorterat eller ny' });
    expect(bars?.max).toBeUndefined();
  });

  it('lists the tasks new since with hours, and reviews every action then and now', () => {
    const doc = buildFollowUp(data(), sv);
    expect(tableOf(doc.blocks, 'Uppgift')?.rows).toEqual([['Digital dokumentation', '2 h']]);
    expect(tableOf(doc.blocks, 'Åtgärd')?.rows).toEqual([
      ['Anställ en serviceassistent', 'Pågår', 'Klar', 'Anställd på AB sedan maj.'],
      ['Sluta skriva dubbla listor', 'Ej påbörjad', 'Inte bedömd', ''],
      ['Gemensam tvättrutin', 'Ej påbörjad', 'Avbruten (borttagen)', 'Köket tog över tvätten.'],
      ['Ny rutin för beställningar', 'Ny sedan rapporten', 'Inte bedömd', ''],
    ]);
    const text = flat(doc.blocks).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(text).toContain('1 klara, 0 pågår och 1 avbrutna, av 4 åtgärder.');
  });

  it('ends with the meeting’s notes, their emphasis kept', () => {
    const doc = buildFollowUp(data(), sv);
    const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Anteckningar från uppföljningsmötet');
    expect(at).toBeGreaterThan(0);
    expect(doc.blocks[at + 1]).toMatchObject({
      kind: 'paragraph',
      runs: [{ text: 'Vi ' }, { text: 'behåller', bold: true }, { text: ' serviceassistenten.' }],
    });
    expect(doc.blocks[at + 2]).toMatchObject({ kind: 'list', items: ['Ses igen i mars'] });
    expect(buildFollowUp(data({ notes: '  ' }), sv).blocks.some((b) => b.kind === 'heading' && b.text.startsWith('Anteckningar'))).toBe(false);
  });

  it('says why there is no comparison: no snapshot, or no follow-up round', () => {
    const says = (d: FollowUpDocData) => buildFollowUp(d, sv).blocks.flatMap((b) => (b.kind === 'paragraph' && b.style === 'muted' ? [b.text] : []));
    expect(says(data({ comparison: null, snapshotTakenAt: null, roundName: null }))).toContain(
      'Ingen jämförelse: tavlan sparades inte när slutrapporten gjordes.',
    );
    expect(says(data({ comparison: null, roundName: null }))).toContain('Ingen jämförelse ännu: det finns inga svar från en uppföljningsenkät.');
    expect(buildFollowUp(data({ comparison: null }), sv).blocks.some((b) => b.kind === 'bars')).toBe(false);
  });

  it('names the roles left out of the comparison: too few answers, or none', () => {
    const says = (d: FollowUpDocData) => flat(buildFollowUp(d, sv).blocks).flatMap((b) => (b.kind === 'paragraph' && b.style === 'muted' ? [b.text] : []));
    const both = says(data({ leftOut: { roles: ['Kock'], threshold: 3, unanswered: ['Kokerska', 'Vaktmästare'] } }));
    expect(both).toContain('Färre än 3 svarade för Kock i uppföljningen: de är inte med i jämförelsen eller i summan, så att ingen kan räkna ut någons svar.');
    expect(both).toContain('Ingen svarade för Kokerska, Vaktmästare i uppföljningen: de är inte med i jämförelsen eller i summan.');
    const none = says(data({ leftOut: { roles: [], threshold: 3, unanswered: [] } }));
    expect(none.some((t) => t.startsWith('Ingen svarade') || t.startsWith('Färre än'))).toBe(false);
  });

  it('lays out on A4 with the unit in the header and page numbers, in Swedish and in English', () => {
    for (const language of ['sv', 'en'] as const) {
      const doc = buildFollowUp(data(), stringsIn(language));
      expect(doc.header).toBe('Förskolan Solrosen');
      const out = layout(doc, A4_PORTRAIT, metrics);
      expect(out.pages.length).toBeGreaterThanOrEqual(1);
      const words = out.pages.flatMap((p) => p.items.flatMap((i) => (i.kind === 'text' ? [i.text] : [])));
      expect(words.join(' ')).toContain(language === 'sv' ? 'Tavlan då och nu' : 'The board then and now');
    }
  });

  it('writes a change with its sign, and nothing under a quarter hour as no change', () => {
    expect(changeText(-4.5, sv)).toBe('\u22124,5 h');
    expect(changeText(2, sv)).toBe('+2 h');
    expect(changeText(0.2, sv)).toBe('±0 h');
  });
});

describe('the follow-up material’s dictionaries', () => {
  it('hold every key of the document in Swedish and English, with the same placeholders', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const svDict: Record<string, string> = followUpMaterialSv;
    for (const key of FOLLOW_UP_PDF_KEYS) expect(svDict[key], key).toBeTruthy();
    expect(
      Object.keys(followUpMaterialSv)
        .filter((k) => k.startsWith('pdf.'))
        .sort(),
    ).toEqual([...FOLLOW_UP_PDF_KEYS].sort());
    for (const key of Object.keys(followUpMaterialSv) as (keyof typeof followUpMaterialSv)[]) {
      expect(holes(followUpMaterialEn[key]), key).toEqual(holes(followUpMaterialSv[key]));
    }
  });
});
