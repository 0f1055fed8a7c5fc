import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICO_SIZES, PNG_SIZES, makeIcons } from '../../../build/scripts/icons.mjs';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(data: Buffer): [number, number] {
  expect(data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(data.toString('latin1', 12, 16)).toBe('IHDR');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

interface IcoImage {
  size: number;
  data: Buffer;
}
/** The images of an ICO file, by its header and directory (https://en.wikipedia.org/wiki/ICO_(file_format)). */
function icoImages(ico: Buffer): IcoImage[] {
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + i * 16;
    const length = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    // A width byte of 0 means 256.
    return { size: ico.readUInt8(entry) || 256, data: ico.subarray(offset, offset + length) };
  });
}

/** One pixel of a 32-bit bottom-up bitmap as an ICO stores it, as "#RRGGBB" (fully opaque) or its alpha. */
function bitmapPixel({ size, data }: IcoImage, x: number, y: number): string {
  const at = 40 + ((size - 1 - y) * size + x) * 4;
  const [b, g, r, a] = [data[at], data[at + 1], data[at + 2], data[at + 3]];
  if (a !== 255) return `alpha ${a}`;
  return `#${[r, g, b].map((c) => (c ?? 0).toString(16).padStart(2, '0').toUpperCase()).join('')}`;
}

/** The chunks of an ICNS file: four-letter type and data. */
function icnsChunks(icns: Buffer): Map<string, Buffer> {
  expect(icns.toString('latin1', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const chunks = new Map<string, Buffer>();
  for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
    chunks.set(icns.toString('latin1', at, at + 4), icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)));
  }
  return chunks;
}

let out: string;
let written: string[];
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'akr-icons-'));
  written = await makeIcons({ outDir: out });
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the icon script', () => {
  it('writes a PNG per size (16 to 1024), icon.ico and icon.icns, and nothing else', () => {
    expect(PNG_SIZES).toEqual(expect.arrayContaining([16, 32, 256, 512, 1024]));
    expect(written.map((f) => basename(f)).sort()).toEqual([...PNG_SIZES.map((s) => `${s}x${s}.png`), 'icon.icns', 'icon.ico'].sort());
  });

  it('draws each PNG at the size its name says', () => {
    for (const size of PNG_SIZES) expect(pngSize(readFileSync(join(out, `${size}x${size}.png`)))).toEqual([size, size]);
  });

  it('puts every Windows size into icon.ico, 256 px included, each a 32-bit bitmap of its size', () => {
    const images = icoImages(readFileSync(join(out, 'icon.ico')));
    expect(images.map((i) => i.size)).toEqual(ICO_SIZES);
    expect(ICO_SIZES).toContain(256);
    for (const { size, data } of images) {
      // BITMAPINFOHEADER: its own length, the width, and twice the height (colour plus mask).
      expect([data.readUInt32LE(0), data.readInt32LE(4), data.readInt32LE(8), data.readUInt16LE(14)]).toEqual([40, size, size * 2, 32]);
    }
  });

  it('keeps the four colours sharp and apart at 16 px (each tile 4 × 4 pixels, the board’s grey between them)', () => {
    const small = icoImages(readFileSync(join(out, 'icon.ico'))).find((i) => i.size === 16);
    if (!small) throw new Error('no 16 px image');
    const at = (x: number, y: number) => bitmapPixel(small, x, y);
    // Tiles span pixels 3–6 and 9–12; their inner pixels are the pure AKR colours.
    expect([at(4, 4), at(5, 5), at(10, 4), at(11, 5), at(4, 10), at(5, 11), at(10, 10), at(11, 11)]).toEqual([
      '#007A5A',
      '#007A5A',
      '#F0E442',
      '#F0E442',
      '#B34F00',
      '#B34F00',
      '#1A1A1A',
      '#1A1A1A',
    ]);
    expect([at(7, 5), at(8, 10), at(5, 7)]).toEqual(['#E6E6E6', '#E6E6E6', '#E6E6E6']);
    // Outside the rounded board the icon is transparent.
    expect(at(0, 0)).toBe('alpha 0');
  });

  it('puts the macOS sizes into icon.icns as PNGs of the right size, up to 1024 px', () => {
    const chunks = icnsChunks(readFileSync(join(out, 'icon.icns')));
    const expected = { ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512 };
    for (const [type, size] of Object.entries(expected)) {
      const chunk = chunks.get(type);
      if (!chunk) throw new Error(`icon.icns has no ${type}`);
      expect(pngSize(chunk), type).toEqual([size, size]);
    }
  });
});
