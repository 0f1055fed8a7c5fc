import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawBar, drawSwatch, encodePng, PX_PER_PT } from '../../../renderer/docx/barPng.ts';
import { PDF_COLOURS } from '../../../shared/pdf/document.ts';

/** Reads an indexed PNG back with Node's own zlib: size, palette (as #rrggbb) and each pixel's colour. */
function decode(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  let width = 0;
  let height = 0;
  let palette: string[] = [];
  const idat: Uint8Array[] = [];
  const types: string[] = [];
  while (at < png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    types.push(type);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      expect([...data.subarray(8, 13)]).toEqual([8, 3, 0, 0, 0]);
    }
    if (type === 'PLTE') {
      palette = Array.from({ length: length / 3 }, (_, i) => `#${[...data.subarray(i * 3, i * 3 + 3)].map((b) => b.toString(16).padStart(2, '0')).join('')}`);
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  expect(types).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe((width + 1) * height);
  const colourAt = (x: number, y: number) => palette[raw[y * (width + 1) + 1 + x] ?? 0];
  return { width, height, colourAt };
}

describe('the colour bars as PNG', () => {
  it('draws each segment in its colour at its share of the width, on the scale of the largest bar, and encodes a PNG a reader opens', async () => {
    // 30 h green, 10 h red on a scale of 80 h: green to 37.5 %, red to 50 %, white after.
    const raster = drawBar(
      [
        { value: 30, colour: 'green' },
        { value: 10, colour: 'red' },
      ],
      80,
      200,
      12,
    );
    const png = decode(await encodePng(raster));
    expect([png.width, png.height]).toEqual([200 * PX_PER_PT, 12 * PX_PER_PT]);
    expect(png.colourAt(5, 0)).toBe(PDF_COLOURS.green.hex);
    expect(png.colourAt(Math.round(png.width * 0.375) - 3, 20)).toBe(PDF_COLOURS.green.hex);
    // Red with its dots: fill or white ink, nothing else, inside the red segment.
    const red = new Set(Array.from({ length: 30 }, (_, i) => png.colourAt(Math.round(png.width * 0.4) + i, 17)));
    expect([...red].every((c) => c === PDF_COLOURS.red.hex || c === '#ffffff')).toBe(true);
    expect(red.has(PDF_COLOURS.red.hex)).toBe(true);
    expect(png.colourAt(Math.round(png.width * 0.5) + 5, 10)).toBe('#ffffff');
    expect(png.colourAt(png.width - 1, 10)).toBe('#ffffff');
  });

  it('keeps the colours apart without hue: yellow has stripes, black a cross-hatch, unsorted a frame', async () => {
    const yellow = decode(await encodePng(drawSwatch('yellow', 12)));
    const stripes = new Set(Array.from({ length: yellow.width - 2 }, (_, x) => yellow.colourAt(x + 1, 10)));
    expect(stripes).toEqual(new Set([PDF_COLOURS.yellow.hex, '#1a1a1a']));
    const black = decode(await encodePng(drawSwatch('black', 12)));
    expect(new Set(Array.from({ length: black.width - 2 }, (_, x) => black.colourAt(x + 1, 10)))).toEqual(new Set([PDF_COLOURS.black.hex, '#ffffff']));
    const unsorted = decode(await encodePng(drawBar([{ value: 5, colour: 'unsorted' }], 5, 50, 10)));
    expect(unsorted.colourAt(0, 15)).toBe('#1a1a1a');
    expect(unsorted.colourAt(20, 15)).toBe(PDF_COLOURS.unsorted.hex);
  });
});
