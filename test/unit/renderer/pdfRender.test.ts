import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../../../renderer/pdf/drawPdf.ts';
import { nodeFonts } from './pdfFonts.ts';
import { A4_PORTRAIT, type PageSetup, type PdfDocument } from '../../../shared/pdf/document.ts';
import { hyphenateText, loadHyphenator, SOFT_HYPHEN, stripSoftHyphens } from '../../../shared/hyphenate.ts';

function write(bytes: ArrayBuffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'akr-pdf-')), 'test.pdf');
  writeFileSync(path, Buffer.from(bytes));
  return path;
}

const SAMPLE = 'Tid för “åtgärder” – även −2 h, ≤ 40 h → ✓ klart. Ärende, önskan, å.';

describe('drawing a PDF with jsPDF', () => {
  it('embeds DejaVu Sans (regular, bold, oblique) and prints every character, Swedish and symbols, as real text', () => {
    const doc: PdfDocument = {
      title: 'Prov',
      header: 'Förskolan Solrosen',
      footer: { pageLabel: (n, of) => `Sida ${n} av ${of}` },
      cover: [{ kind: 'heading', level: 1, text: 'Slutrapport' }],
      blocks: [
        { kind: 'heading', level: 1, text: 'Åtgärder', toc: true },
        { kind: 'paragraph', text: SAMPLE },
        { kind: 'paragraph', text: 'Kursiv rad', style: 'italic' },
        {
          kind: 'bars',
          rows: [
            {
              label: 'Barnskötare',
              total: '40 h',
              segments: [
                { value: 10, colour: 'green', label: '10 h' },
                { value: 10, colour: 'yellow', label: '10 h' },
                { value: 10, colour: 'red', label: '10 h' },
                { value: 10, colour: 'black', label: '10 h' },
              ],
            },
          ],
          legend: [
            { colour: 'green', label: 'Grön' },
            { colour: 'yellow', label: 'Gul' },
            { colour: 'red', label: 'Röd' },
            { colour: 'black', label: 'Svart' },
          ],
        },
        {
          kind: 'table',
          columns: [
            { title: 'Uppgift', width: 3 },
            { title: 'Timmar', width: 1, align: 'right' },
          ],
          rows: Array.from({ length: 120 }, (_, i) => [`Uppgift ${i + 1} – ärende`, `${i},5`]),
        },
      ],
    };
    const { bytes, pages } = makePdf(doc, nodeFonts(), { language: 'sv' });
    const path = write(bytes);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Tid för “åtgärder” – även −2 h, ≤ 40 h → ✓ klart.');
    expect(text).toContain('Sida 2 av');
    expect(text).toContain('Uppgift 120 – ärende');
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(pages);
    expect(pages).toBeGreaterThan(2);
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    const rows = fonts.split('\n').filter((l) => /DejaVu/.test(l));
    expect(rows.length).toBe(3);
    // Every font is embedded ("emb" column yes).
    for (const row of rows) expect(row).toMatch(/\byes\b/);
  });

  it('breaks long Swedish words in a narrow column only at hyphenation points, with a hyphen drawn, and never draws a soft hyphen', async () => {
    const patterns = await loadHyphenator('sv');
    const narrow: PageSetup = { ...A4_PORTRAIT, width: 150, height: 600, margin: { top: 20, right: 20, bottom: 20, left: 20 } };
    const paragraph = 'Förbrukningsmaterialbeställning och dubbeldokumentation av incidenter i två system, utvecklingssamtal med IT-samordningsansvarig';
    // A soft hyphen in the text itself (pasted from somewhere) must not be drawn either.
    const list = [`Kvalitets${SOFT_HYPHEN}ledningssystem`, 'Arbetsmiljöverksamhetsplan'];
    const doc: PdfDocument = {
      title: 'Smal',
      footer: null,
      blocks: [
        { kind: 'paragraph', text: paragraph },
        { kind: 'list', items: list },
      ],
    };
    const { bytes } = makePdf(doc, nodeFonts(), { language: 'sv', hyphenate: (word) => hyphenateText(word, patterns) }, narrow);
    const text = execFileSync('pdftotext', ['-layout', write(bytes), '-'], { encoding: 'utf8' });
    expect(text).not.toContain(SOFT_HYPHEN);
    const lines = text
      .split('\n')
      .map((l) => l.trim().replace(/^•\s*/, ''))
      .filter((l) => l !== '');
    const words = [...paragraph.split(' '), ...list.map(stripSoftHyphens)].map((w) => w.replace(/[,.]$/, ''));
    /** Where the patterns let a word break: after each soft hyphen, and after its own hyphens. */
    const points = (word: string) => {
      const at: number[] = [];
      let n = 0;
      for (const ch of hyphenateText(word, patterns)) {
        if (ch === SOFT_HYPHEN) {
          at.push(n);
          continue;
        }
        n++;
        if (ch === '-') at.push(n);
      }
      return at;
    };
    // Read the lines back into words: a line ends with a whole word, or inside one with "-" at one of its points.
    let carry = '';
    let inside = 0;
    for (const line of lines) {
      const tokens = line.split(' ');
      tokens[0] = carry + (tokens[0] ?? '');
      const last = (tokens.at(-1) ?? '').replace(/[,.]$/, '');
      carry = '';
      if (words.includes(last)) continue;
      inside++;
      expect(line, text).toMatch(/-$/);
      const own = words.some((w) => w.startsWith(last));
      carry = own ? last : last.slice(0, -1);
      const word = words.find((w) => w.startsWith(carry));
      expect(word, `${line} in\n${text}`).toBeDefined();
      expect(points(word ?? ''), `${line} in\n${text}`).toContain(carry.length);
    }
    expect(carry).toBe('');
    expect(inside).toBeGreaterThanOrEqual(4);
    // Nothing lost: without spaces and hyphens, it is the text given.
    const squeeze = (s: string) => s.replace(/[\s\u00AD-]/g, '');
    expect(squeeze(lines.join(''))).toBe(squeeze(paragraph + list.join('')));
  });
});
