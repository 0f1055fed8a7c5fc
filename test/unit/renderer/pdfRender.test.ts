import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../../../renderer/pdf/drawPdf.ts';
import { nodeFonts } from './pdfFonts.ts';
import type { PdfDocument } from '../../../shared/pdf/document.ts';

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
});
