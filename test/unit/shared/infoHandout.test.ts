import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../renderer/i18n/i18n.ts';
import { infoTexts } from '../../../renderer/info/infoTexts.ts';
import { addSlide, editSlide, resolveSlides, setSlideHidden, type InfoMeeting } from '../../../shared/infoMeeting.ts';
import { createPdf } from '../../../renderer/pdf/drawPdf.ts';
import { A4_PORTRAIT } from '../../../shared/pdf/document.ts';
import { buildInfoHandout, infoHandoutInput, markdownBlocks, type InfoHandoutStrings } from '../../../shared/pdf/infoHandout.ts';
import { layout, type LaidOutDocument, type Primitive } from '../../../shared/pdf/layout.ts';
import { STEP_KEYS } from '../../../shared/vocabulary.ts';

import { nodeFonts } from '../renderer/pdfFonts.ts';

/** The fonts the PDF is drawn with, so that what fits here fits on paper. */
const { metrics } = createPdf(nodeFonts(), A4_PORTRAIT);
const fit = { setup: A4_PORTRAIT, metrics };
const sv = createTranslator('sv');
const texts = infoTexts(sv, { unitName: 'Förskolan Solrosen', facilitator: 'Eva', threshold: 3 });
const steps = STEP_KEYS.map((key) => ({ key, date: key === 'info' ? '2026-09-01' : null }));
const strings: InfoHandoutStrings = {
  documentTitle: 'Information till personalen',
  title: 'Arbetsdifferentiering på Förskolan Solrosen',
  unitLine: 'Norrby stad',
  planTitle: 'Tidsplan',
  privacyTitle: 'Vem ser svaren?',
  privacy: 'En yrkesroll med färre än 3 svar visas inte för sig.',
  more: (n) => `+ ${n} bilder till visas på mötet.`,
};
const NOW = '2026-12-06T10:00:00.000Z';
const ID = 'a';

type Text = Extract<Primitive, { kind: 'text' }>;
/** The text as read: pieces in another face on the same line (bold, italic) join where they touch. */
const allText = (out: LaidOutDocument) =>
  out.pages
    .flatMap((p) => p.items.filter((i): i is Text => i.kind === 'text'))
    .reduce((text, t, i, all) => {
      const before = all[i - 1];
      const touches = before !== undefined && before.y === t.y && Math.abs(before.x + before.width - t.x) < 0.01;
      return i === 0 ? t.text : `${text}${touches ? '' : ' '}${t.text}`;
    }, '')
    .replace(/\s+/g, ' ');

function apply(meeting: InfoMeeting | null, changes: { after: InfoMeeting | null }[]): InfoMeeting {
  const next = changes[0]?.after;
  if (!next) throw new Error('no change');
  return next;
}

function handout(meeting: InfoMeeting | null) {
  const input = infoHandoutInput(resolveSlides(meeting, { steps, contact: '' }, texts), steps, texts, strings);
  const built = buildInfoHandout(input, fit);
  return { input, built, laid: layout(built.document, built.setup, metrics) };
}

describe('the information meeting’s staff handout', () => {
  it('holds the visible slides on one page at full size, with the plan’s dates and the privacy rule from their slides', () => {
    const { input, built, laid } = handout(null);
    expect(laid.pages).toHaveLength(1);
    // Nothing is cut: the default texts fit at 9 or 10 pt.
    expect(built.setup.fontSize).toBeGreaterThanOrEqual(9);
    expect(allText(laid)).not.toContain('…');
    // The plan and survey slides say it: nothing is added after them.
    expect(input.plan).toBeNull();
    expect(input.privacy).toBeNull();
    const text = allText(laid);
    expect(text).toContain('Arbetsdifferentiering på Förskolan Solrosen');
    // The plan's steps numbered, not bulleted.
    expect(text).toContain('1. Informationsmöte (1 sep 2026)');
    expect(text).toContain('6. Slutrapport och uppföljning');
    expect(text).not.toContain('• 1.');
    expect(text).toContain('färre än 3 svar');
    expect(text).toContain('Det här handlar analysen inte om');
    // Markdown is drawn, not printed: no asterisks.
    expect(text).not.toContain('**');
  });

  it('leaves hidden slides out, and adds the plan and the privacy rule when their slides are hidden', () => {
    let meeting = apply(null, setSlideHidden(null, ID, 'plan', true, NOW));
    meeting = apply(meeting, setSlideHidden(meeting, ID, 'survey', true, NOW));
    meeting = apply(meeting, setSlideHidden(meeting, ID, 'notAbout', true, NOW));
    const { input, laid } = handout(meeting);
    expect(input.slides.map((s) => s.title)).not.toContain('Det här handlar analysen inte om');
    const text = allText(laid);
    expect(text).not.toContain('Det här handlar analysen inte om');
    expect(text).not.toContain('Så går det till');
    expect(text).toContain('Tidsplan');
    expect(text).toContain('Informationsmöte (1 sep 2026)');
    expect(text).toContain('Vem ser svaren?');
    expect(laid.pages).toHaveLength(1);
  });

  it('shows the facilitator’s own slides in their place', () => {
    const meeting = apply(null, addSlide(null, ID, 'own', 'Fika efteråt', NOW));
    const edited = apply(meeting, editSlide(meeting, ID, 'own', { body: 'Välkomna på **fika**.' }, NOW));
    const text = allText(handout(edited).laid);
    expect(text).toMatch(/Frågor\?.*Fika efteråt Välkomna på fika\./);
  });

  it('stays one page with long texts: smaller type first, then shorter texts cut at a word with "…"', () => {
    const long = Array.from({ length: 40 }, (_, i) => `- Punkt ${i + 1} om hur vi arbetar med kompetensen på enheten varje dag`).join('\n');
    let meeting: InfoMeeting | null = null;
    for (const key of ['background', 'why', 'results']) meeting = apply(meeting, editSlide(meeting, ID, key, { body: long }, NOW));
    const { built, laid } = handout(meeting);
    expect(laid.pages).toHaveLength(1);
    const text = allText(laid);
    // Uncut it does not fit even at 8 pt, so the texts are cut; then the largest type that fits is taken.
    const uncut = { title: 'x', footer: null, blocks: [0, 1, 2].flatMap(() => markdownBlocks(long)) };
    expect(layout(uncut, { ...A4_PORTRAIT, fontSize: 8 }, metrics).pages.length).toBeGreaterThan(1);
    expect(text).toContain('…');
    expect(built.setup.fontSize).toBeGreaterThanOrEqual(8);
    expect(text).not.toContain('Punkt 40');
    // Every slide is still there, by its heading.
    for (const title of ['Bakgrund', 'Varför arbetsdifferentiering?', 'Så går det till', 'Frågor?']) expect(text).toContain(title);
  });

  it('stays one page with as many slides as a meeting may have, counting those left out', () => {
    let meeting: InfoMeeting | null = null;
    for (let i = 0; i < 53; i++)
      meeting = apply(meeting, addSlide(meeting, ID, `own-${i}`, `Egen bild nummer ${i + 1} med en ganska lång rubrik om arbetet`, NOW));
    const { laid } = handout(meeting);
    expect(laid.pages).toHaveLength(1);
    expect(allText(laid)).toMatch(/\+ \d+ bilder till visas på mötet\./);
  });

  it('reads the Markdown into headings, paragraphs and bulleted or numbered lists', () => {
    expect(markdownBlocks('## Rubrik\nEn **fet** rad\n\n1. Ett\n2. Två\n\n- A\n- B')).toEqual([
      { kind: 'heading', level: 3, text: 'Rubrik' },
      { kind: 'paragraph', text: 'En fet rad', runs: [{ text: 'En ' }, { text: 'fet', bold: true }, { text: ' rad' }] },
      { kind: 'list', items: ['Ett', 'Två'], ordered: true },
      { kind: 'list', items: ['A', 'B'], ordered: false },
    ]);
    expect(markdownBlocks('<b>inte html</b>')).toEqual([{ kind: 'paragraph', text: '<b>inte html</b>' }]);
  });

  it('keeps bold and italic words in their face, also in a list and in a text cut short', () => {
    expect(markdownBlocks('- *Viktigt:* kom i tid\n- vanlig')).toEqual([
      {
        kind: 'list',
        items: ['Viktigt: kom i tid', 'vanlig'],
        runs: [[{ text: 'Viktigt:', italic: true }, { text: ' kom i tid' }], [{ text: 'vanlig' }]],
        ordered: false,
      },
    ]);
    // 18 characters at most: "Alla svar är anon" (17) is cut back to its last word, with "…", and "svar" stays bold.
    expect(markdownBlocks('Alla **svar** är anonyma och räknas ihop', 18)).toEqual([
      { kind: 'paragraph', text: 'Alla svar är…', runs: [{ text: 'Alla ' }, { text: 'svar', bold: true }, { text: ' är…' }] },
    ]);
    // A cut inside the bold words keeps the ellipsis bold too.
    expect(markdownBlocks('Ett **mycket långt ord** här', 12)).toEqual([
      { kind: 'paragraph', text: 'Ett mycket…', runs: [{ text: 'Ett ' }, { text: 'mycket…', bold: true }] },
    ]);
  });
});
