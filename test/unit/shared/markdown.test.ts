import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markdownPlain, parseInline, parseMarkdown, toggleBold, toggleLines } from '../../../shared/markdown.ts';

const plain = (text: string) => ({ text, bold: false, italic: false });

describe('the Markdown subset of the facilitator’s texts', () => {
  it('reads headings, paragraphs and both kinds of list', () => {
    const blocks = parseMarkdown(
      '# Sammanfattning\n\nEnheten har **två** nya roller.\nDe börjar i mars.\n\n- Kökets disk\n- Beställningar\n\n1. Anställ\n2. Följ upp',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: [plain('Sammanfattning')] },
      { kind: 'paragraph', text: [plain('Enheten har '), { text: 'två', bold: true, italic: false }, plain(' nya roller.\nDe börjar i mars.')] },
      { kind: 'list', ordered: false, items: [[plain('Kökets disk')], [plain('Beställningar')]] },
      { kind: 'list', ordered: true, items: [[plain('Anställ')], [plain('Följ upp')]] },
    ]);
  });

  it('keeps HTML, links and other Markdown as the text they are', () => {
    const blocks = parseMarkdown('<script>alert(1)</script> [länk](http://x) ![bild](y.png)\n> citat');
    expect(blocks).toEqual([{ kind: 'paragraph', text: [plain('<script>alert(1)</script> [länk](http://x) ![bild](y.png)\n> citat')] }]);
  });

  it('reads a lone or unclosed marker as text, and italic inside bold', () => {
    expect(parseInline('3 * 4 = 12 och **inte stängd')).toEqual([plain('3 * 4 = 12 och **inte stängd')]);
    expect(parseInline('**mycket _viktigt_**')).toEqual([
      { text: 'mycket ', bold: true, italic: false },
      { text: 'viktigt', bold: true, italic: true },
    ]);
    expect(parseInline('snake_case_ord')).toEqual([plain('snake_case_ord')]);
    expect(parseInline('_kursiv_ text')).toEqual([{ text: 'kursiv', bold: false, italic: true }, plain(' text')]);
  });

  it('continues a list item on the line after it, and starts a new list when the kind changes', () => {
    expect(parseMarkdown('- Första\n  fortsätter\n1. Nummer')).toEqual([
      { kind: 'list', ordered: false, items: [[plain('Första fortsätter')]] },
      { kind: 'list', ordered: true, items: [[plain('Nummer')]] },
    ]);
  });

  it('gives the plain text without markers', () => {
    expect(markdownPlain('## Mål\n\n- **Mer** tid')).toBe('Mål\n\nMer tid');
  });

  it('reads any string without failing, and loses no letter of it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const blocks = parseMarkdown(s);
        const letters = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '');
        const runs = blocks.flatMap((b) => (b.kind === 'list' ? b.items.flat() : b.text));
        // Markers (#, -, *, _, 1.) may go; every letter and digit outside them stays.
        const numbered = /^[^\S\n]{0,3}\d{1,3}[.)][^\S\n]+(?=\S)/gm;
        expect(letters(runs.map((r) => r.text).join(''))).toBe(letters(s.replace(/\r\n?/g, '\n').replace(numbered, '')));
      }),
      { seed: 22, numRuns: 300 },
    );
  });
});

describe('the editor’s toolbar', () => {
  it('makes the selection bold, and plain again', () => {
    const on = toggleBold({ text: 'Mer tid för barnen', start: 4, end: 7 }, 'fet text');
    expect(on).toEqual({ text: 'Mer **tid** för barnen', start: 6, end: 9 });
    expect(toggleBold(on, 'fet text')).toEqual({ text: 'Mer tid för barnen', start: 4, end: 7 });
  });

  it('puts a placeholder in bold when nothing is selected', () => {
    expect(toggleBold({ text: 'A ', start: 2, end: 2 }, 'fet text')).toEqual({ text: 'A **fet text**', start: 4, end: 12 });
  });

  it('makes the selected lines a list, and plain lines again', () => {
    const list = toggleLines({ text: 'Intro\nDisk\nTvätt', start: 7, end: 14 }, 'bullet');
    expect(list.text).toBe('Intro\n- Disk\n- Tvätt');
    expect(toggleLines(list, 'bullet').text).toBe('Intro\nDisk\nTvätt');
    expect(toggleLines({ text: 'Disk\nTvätt', start: 0, end: 9 }, 'numbered').text).toBe('1. Disk\n2. Tvätt');
    expect(toggleLines({ text: 'Mål', start: 1, end: 1 }, 'heading').text).toBe('## Mål');
  });
});
