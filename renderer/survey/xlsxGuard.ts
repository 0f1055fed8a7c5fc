/**
 * An .xlsx file is a zip archive, and the 20 MB limit applies to it packed:
 * a few kilobytes can unpack to gigabytes, and the reader allocates whatever
 * an entry says it holds. So before the reader sees the file, every entry's
 * declared size is checked against the caps below, and then every entry is
 * inflated once with its bytes counted (a zip can lie about its sizes), the
 * output thrown away as it comes. Uses the platform's DecompressionStream
 * (browsers and Node alike).
 */

const MB = 1024 * 1024;

export const XLSX_LIMITS = {
  /** Entries in the archive (a survey workbook has a dozen or two). */
  entries: 10_000,
  /** Unpacked bytes of one entry. */
  entryBytes: 200 * MB,
  /** Unpacked bytes of all entries together. */
  totalBytes: 300 * MB,
  /** Unpacked ÷ packed for an entry over `ratioFrom` bytes: XML packs 5–50 to 1, zeros 1,000 to 1. */
  ratio: 200,
  ratioFrom: 1 * MB,
} as const;

/** Why an archive is refused: it unpacks to more than a cap, or to other sizes than it declares. */
export type ZipRefusal = { reason: 'tooLarge'; limit: number } | { reason: 'sizeMismatch' } | { reason: 'notZip' };

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

interface Entry {
  method: number;
  packed: number;
  size: number;
  dataAt: number;
}

/** The entries of the central directory, or a refusal when the declared sizes are over a cap or disagree. */
function entriesOf(bytes: Uint8Array, limits: typeof XLSX_LIMITS): Entry[] | ZipRefusal {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return { reason: 'notZip' };
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  // Zip64 (sizes over 4 GB) has no place in a survey workbook.
  if (count === 0xffff || at === 0xffffffff) return { reason: 'notZip' };
  if (count > limits.entries) return { reason: 'tooLarge', limit: limits.totalBytes };
  const entries: Entry[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== 0x02014b50) return { reason: 'notZip' };
    const method = u16(bytes, at + 10);
    const packed = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const local = u32(bytes, at + 42);
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (u32(bytes, local) !== 0x04034b50) return { reason: 'notZip' };
    // Sizes in the local header too, unless it leaves them to a trailing descriptor (flag bit 3).
    const deferred = (u16(bytes, local + 6) & 0x8) !== 0;
    if (!deferred && (u32(bytes, local + 18) !== packed || u32(bytes, local + 22) !== size)) return { reason: 'sizeMismatch' };
    if (method === 0 && packed !== size) return { reason: 'sizeMismatch' };
    total += size;
    if (size > limits.entryBytes) return { reason: 'tooLarge', limit: limits.entryBytes };
    if (total > limits.totalBytes) return { reason: 'tooLarge', limit: limits.totalBytes };
    if (size > limits.ratioFrom && size > packed * limits.ratio) return { reason: 'tooLarge', limit: Math.max(limits.ratioFrom, packed * limits.ratio) };
    const dataAt = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataAt + packed > bytes.length) return { reason: 'notZip' };
    entries.push({ method, packed, size, dataAt });
  }
  return entries;
}

/** Inflates a deflated entry counting its bytes; stops as soon as it passes `most`. Returns the count (most + 1 when stopped). */
async function inflatedSize(data: Uint8Array<ArrayBuffer>, most: number): Promise<number> {
  const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let count = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return count;
    count += value.byteLength;
    if (count > most) {
      await reader.cancel();
      return count;
    }
  }
}

/**
 * Null when every entry unpacks to what it declares and within the caps;
 * otherwise why not. A deflate stream that is itself broken is left to the
 * reader to report as unreadable.
 */
export async function checkXlsxArchive(bytes: Uint8Array<ArrayBuffer>, limits: typeof XLSX_LIMITS = XLSX_LIMITS): Promise<ZipRefusal | null> {
  const entries = entriesOf(bytes, limits);
  if (!Array.isArray(entries)) return entries.reason === 'notZip' ? null : entries;
  for (const e of entries) {
    if (e.method !== 8) continue;
    let size: number;
    try {
      size = await inflatedSize(bytes.subarray(e.dataAt, e.dataAt + e.packed), e.size);
    } catch {
      return null;
    }
    if (size !== e.size) return { reason: 'sizeMismatch' };
  }
  return null;
}
