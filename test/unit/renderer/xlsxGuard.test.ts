import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fileOf, fixture } from '../shared/survey/fixtures.ts';
import { readSurveyFile } from '../../../renderer/survey/readSurveyFile.ts';
import { checkXlsxArchive, XLSX_LIMITS } from '../../../renderer/survey/xlsxGuard.ts';

interface Part {
  name: string;
  data: Uint8Array;
  /** The sizes the headers state, when they lie. */
  statedSize?: number;
}

/** A real zip archive (deflate), written byte by byte as the format describes it; CRCs are left 0. */
function zip(parts: Part[]): Uint8Array<ArrayBuffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const packed = deflateRawSync(part.data);
    const size = part.statedSize ?? part.data.byteLength;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(8, 10);
    head.writeUInt32LE(packed.length, 20);
    head.writeUInt32LE(size, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    central.push(head, name);
    offset += 30 + name.length + packed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

const text = (s: string) => new TextEncoder().encode(s);
const CONTENT_TYPES = text('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
const zeros = (bytes: number) => new Uint8Array(bytes);

describe('xlsx archives that unpack to more than they should', () => {
  it('refuses a sheet of 8 MB of zeros packed into a few KB before the reader inflates it', async () => {
    const bomb = zip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'xl/worksheets/sheet1.xml', data: zeros(8 * 1024 * 1024) },
    ]);
    expect(bomb.byteLength).toBeLessThan(20_000);
    await expect(readSurveyFile(fileOf('bomb.xlsx', bomb))).rejects.toMatchObject({ problem: { code: 'unpacksTooLarge' } });
  });

  it('refuses an entry whose headers say 1 KB while it inflates to 4 MB, counting while inflating', async () => {
    const liar = zip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'xl/worksheets/sheet1.xml', data: zeros(4 * 1024 * 1024), statedSize: 1024 },
    ]);
    await expect(readSurveyFile(fileOf('lies.xlsx', liar))).rejects.toMatchObject({ problem: { code: 'unpackedSizeLies' } });
  });

  it('refuses archives over the per-entry and total caps from their declared sizes', async () => {
    const limits = { ...XLSX_LIMITS, entryBytes: 3_000, totalBytes: 5_000, ratioFrom: 1_000_000 };
    const random = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7919) % 251);
    expect(await checkXlsxArchive(zip([{ name: 'a.xml', data: random(4_000) }]), limits)).toEqual({ reason: 'tooLarge', limit: 3_000 });
    expect(
      await checkXlsxArchive(
        zip([
          { name: 'a.xml', data: random(2_900) },
          { name: 'b.xml', data: random(2_900) },
        ]),
        limits,
      ),
    ).toEqual({ reason: 'tooLarge', limit: 5_000 });
    expect(await checkXlsxArchive(zip([{ name: 'a.xml', data: random(2_900) }]), limits)).toBeNull();
  });

  it('lets the Microsoft Forms workbook through', async () => {
    expect(await checkXlsxArchive(Uint8Array.from(fixture('survey-forskola-forms.xlsx')))).toBeNull();
  });
});
