import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLogo, fitLogo, MAX_LOGO_BYTES, removeLogo, setLogo, type Logo } from '../../../shared/logo.ts';

const png = new Uint8Array(readFileSync(new URL('../../fixtures/logo.png', import.meta.url)));
const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)));
// The start of a baseline JPEG: SOI, an APP0 (JFIF) segment of 16 bytes, then SOF0 with 8 bits, height 300, width 640.
const jpeg = bytes(
  [0xff, 0xd8],
  [0xff, 0xe0, 0x00, 0x10],
  'JFIF',
  [0, 1, 1, 0, 0, 1, 0, 1, 0, 0],
  [0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x02, 0x80, 0x03],
  new Array(12).fill(0),
);

describe('the logo check', () => {
  it('takes a PNG and reads its size from the header', () => {
    expect(checkLogo(png)).toEqual({ ok: true, type: 'image/png', width: 160, height: 48 });
  });

  it('takes a JPEG and reads its size from the first frame, past the other segments', () => {
    expect(checkLogo(jpeg)).toEqual({ ok: true, type: 'image/jpeg', width: 640, height: 300 });
  });

  it('refuses an SVG, also with an XML declaration or a byte-order mark first', () => {
    expect(checkLogo(bytes('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toEqual({ ok: false, problem: { kind: 'svg' } });
    expect(checkLogo(bytes([0xef, 0xbb, 0xbf], '<?xml version="1.0"?>\n<svg width="10"/>'))).toEqual({ ok: false, problem: { kind: 'svg' } });
  });

  it('refuses a GIF and names it; an unknown file is named as not a picture', () => {
    expect(checkLogo(bytes('GIF89a', [1, 0, 1, 0, 0, 0, 0]))).toEqual({ ok: false, problem: { kind: 'type', found: 'GIF' } });
    expect(checkLogo(bytes('hello'))).toEqual({ ok: false, problem: { kind: 'type', found: null } });
  });

  it('refuses a file over 1 MB, naming its size and the limit, and an empty file', () => {
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(png);
    expect(checkLogo(big)).toEqual({ ok: false, problem: { kind: 'tooLarge', bytes: MAX_LOGO_BYTES + 1, limit: MAX_LOGO_BYTES } });
    const justSo = new Uint8Array(MAX_LOGO_BYTES);
    justSo.set(png);
    expect(checkLogo(justSo).ok).toBe(true);
    expect(checkLogo(new Uint8Array())).toEqual({ ok: false, problem: { kind: 'empty' } });
  });

  it('refuses a file that starts as a PNG but has the wrong bytes after the signature', () => {
    const broken = png.slice();
    broken.set(bytes('IDAT'), 12);
    expect(checkLogo(broken)).toEqual({ ok: false, problem: { kind: 'damaged', type: 'image/png' } });
    // A zero width is no picture either.
    const zero = png.slice();
    zero.set([0, 0, 0, 0], 16);
    expect(checkLogo(zero).ok).toBe(false);
    // Nor is a PNG signature with one byte off.
    const signature = png.slice();
    signature[1] = 0x51;
    expect(checkLogo(signature)).toEqual({ ok: false, problem: { kind: 'type', found: null } });
  });

  it('refuses a JPEG start without a frame', () => {
    expect(checkLogo(bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0], new Array(8).fill(0)))).toEqual({
      ok: false,
      problem: { kind: 'damaged', type: 'image/jpeg' },
    });
  });
});

describe('the stored logo', () => {
  const at = '2026-12-06T10:00:00.000Z';
  const picture = { type: 'image/png' as const, data: 'iVBORw0KGgo=', width: 160, height: 48 };

  it('is created, replaced and removed as one record per analysis', () => {
    const [made] = setLogo(null, 'a1', picture, at);
    expect(made).toEqual({ table: 'logos', before: null, after: { id: 'a1', analysisId: 'a1', rev: 1, updatedAt: at, ...picture } });
    const stored = made?.after as Logo;
    const [replaced] = setLogo(stored, 'a1', { ...picture, width: 80 }, at);
    expect(replaced?.after).toMatchObject({ id: 'a1', rev: 2, width: 80 });
    expect(removeLogo(stored)).toEqual([{ table: 'logos', before: stored, after: null }]);
    expect(removeLogo(null)).toEqual([]);
  });

  it('fits on the page in proportion, never stretched', () => {
    expect(fitLogo({ width: 160, height: 48 }, 120, 60)).toEqual({ width: 120, height: 36 });
    expect(fitLogo({ width: 100, height: 200 }, 120, 60)).toEqual({ width: 30, height: 60 });
  });
});
