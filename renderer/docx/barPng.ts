/**
 * The report's colour bars as PNG pictures for the Word file: each colour's
 * fill with the same pattern as the PDF (solid, stripes, dots, cross-hatch), so
 * the colours stay apart on a black-and-white printout and for colour-blind
 * readers. Drawn pixel by pixel and encoded here (an indexed-colour PNG, zlib
 * through the platform's CompressionStream), so it needs no canvas: the same
 * code runs in the app and in the unit tests under Node. The labels and figures
 * are not in the picture; the Word table beside it holds them as text.
 */
import { PDF_COLOURS, type Paint } from '../../shared/pdf/document.ts';
import type { Colour } from '../../shared/model.ts';

/** Pixels per pt: sharp at print size without making the file heavy. */
export const PX_PER_PT = 3;

const COLOURS: readonly Colour[] = ['unsorted', 'green', 'yellow', 'red', 'black'];
const WHITE = 0;
/** Palette index of a colour's fill (after white and a spare grey); its ink (pattern) follows it. */
const fillIndex = (c: Colour) => 2 + COLOURS.indexOf(c) * 2;
const inkIndex = (c: Colour) => fillIndex(c) + 1;

function hexRgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}
function paintRgb(paint: Paint): [number, number, number] {
  if (typeof paint !== 'number') return hexRgb(PDF_COLOURS[paint].hex);
  const level = Math.round(Math.max(0, Math.min(1, paint)) * 255);
  return [level, level, level];
}

const PALETTE: number[] = [[255, 255, 255], [245, 245, 245], ...COLOURS.flatMap((c) => [hexRgb(PDF_COLOURS[c].hex), paintRgb(PDF_COLOURS[c].ink)])].flat();

/** A picture of palette indices, one byte a pixel. */
interface Raster {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Fills a box with a colour and draws its pattern over it, in pixels. */
function fillBox(r: Raster, x0: number, x1: number, y0: number, y1: number, colour: Colour): void {
  const fill = fillIndex(colour);
  const ink = inkIndex(colour);
  const pattern = PDF_COLOURS[colour].pattern;
  // The PDF's pattern step (4 pt) and line width (0.4 pt), at this picture's scale.
  const step = 4 * PX_PER_PT;
  const line = Math.max(1, Math.round(0.5 * PX_PER_PT));
  const dot = 0.7 * PX_PER_PT;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      let on = false;
      const ly = y - y0;
      if (pattern === 'stripes' || pattern === 'crosshatch') on = (((x + ly) % step) + step) % step < line;
      if (pattern === 'crosshatch') on ||= (((x - ly) % step) + step) % step < line;
      if (pattern === 'dots') {
        const dx = ((((x - x0) % step) + step) % step) - step / 2;
        const dy = (ly % step) - step / 2;
        on = dx * dx + dy * dy <= dot * dot;
      }
      // The light grey of "unsorted" gets a frame so it shows on white paper.
      const edge = pattern === 'plain' && (y === y0 || y === y1 - 1 || x === x0 || x === x1 - 1);
      r.pixels[y * r.width + x] = on || edge ? ink : fill;
    }
  }
}

/**
 * One stacked bar: the segments side by side in their order, on the scale
 * `max` (the document's largest bar fills the width), with a thin white gap
 * between segments; the rest of the width stays white.
 */
export function drawBar(segments: readonly { value: number; colour: Colour }[], max: number, widthPt: number, heightPt: number): Raster {
  const width = Math.max(1, Math.round(widthPt * PX_PER_PT));
  const height = Math.max(1, Math.round(heightPt * PX_PER_PT));
  const r: Raster = { width, height, pixels: new Uint8Array(width * height).fill(WHITE) };
  const shown = segments.filter((s) => s.value > 0 && Number.isFinite(s.value));
  const scale = max > 0 ? width / max : 0;
  let at = 0;
  let sum = 0;
  shown.forEach((seg, i) => {
    sum += seg.value;
    // Ends from the running sum, so rounding never adds up to more than the bar.
    const end = Math.min(width, Math.round(sum * scale));
    const gap = i < shown.length - 1 && end - at > 2 ? 1 : 0;
    fillBox(r, at, end - gap, 0, height, seg.colour);
    for (let x = end - gap; x < end; x++) for (let y = 0; y < height; y++) r.pixels[y * width + x] = WHITE;
    at = end;
  });
  return r;
}

/** A legend's square: the colour's fill and pattern, with a thin frame. */
export function drawSwatch(colour: Colour, sizePt: number): Raster {
  const side = Math.max(3, Math.round(sizePt * PX_PER_PT));
  const r: Raster = { width: side, height: side, pixels: new Uint8Array(side * side).fill(inkIndex('unsorted')) };
  fillBox(r, 1, side - 1, 1, side - 1, colour);
  return r;
}

// ---- PNG encoding ----

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** zlib (RFC 1950) compression, which is what a PNG's IDAT holds. */
async function zlib(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The raster as a PNG file (8-bit indexed colour, the AKR palette). */
export async function encodePng(r: Raster): Promise<Uint8Array> {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, r.width);
  view.setUint32(4, r.height);
  header.set([8, 3, 0, 0, 0], 8);
  // Each scanline starts with its filter type: 0, none; the flat fills compress well without one.
  const raw = new Uint8Array((r.width + 1) * r.height);
  for (let y = 0; y < r.height; y++) raw.set(r.pixels.subarray(y * r.width, (y + 1) * r.width), y * (r.width + 1) + 1);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', new Uint8Array(PALETTE)),
    chunk('IDAT', await zlib(raw)),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
