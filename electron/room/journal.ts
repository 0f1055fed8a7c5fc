/**
 * The room's journal: an append-only file of the submissions phones sent,
 * one JSON line each, written and fsynced before the phone is told its
 * submission arrived. The facilitator's side acknowledges an entry once it
 * has committed it (an acknowledgement is a line too); entries not
 * acknowledged when the app stopped are delivered again at the next start.
 * When the room closes the acknowledged entries are dropped (the file is
 * removed, or rewritten with only what is still unacknowledged): the
 * journal holds per-person answers and keeps them no longer than it must.
 *
 * A crash can leave the last line torn: it is cut off and counted, never a
 * reason to lose the lines before it. Concurrent appends share one write and
 * one fsync (group commit), so a burst of phones costs a few syncs, not one
 * each. Plain Node fs, injectable, so a test can record the order of calls.
 */
import { createHash } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { deliveredSchema, type Delivered } from '../../shared/room/protocol';

/** The file handle calls the journal makes. */
export interface JournalHandle {
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  datasync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

/** The fs calls the journal makes (node:fs/promises fits). */
export interface JournalFs {
  mkdir(dir: string, options: { recursive: true; mode: number }): Promise<unknown>;
  readFile(file: string): Promise<Uint8Array>;
  open(file: string, flags: 'a' | 'w'): Promise<JournalHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: true }): Promise<void>;
}

export const nodeJournalFs: JournalFs = {
  mkdir: (dir, options) => fsp.mkdir(dir, options),
  readFile: (file) => fsp.readFile(file),
  open: (file, flags) => fsp.open(file, flags, 0o600),
  rename: (from, to) => fsp.rename(from, to),
  rm: (file, options) => fsp.rm(file, options),
};

/**
 * The journal's file for an analysis. The name is a hash of the analysis id,
 * so no id can lead outside the folder, and the name says nothing of the unit.
 */
export function journalPath(journalDir: string, analysisId: string): string {
  const hash = createHash('sha256').update(analysisId, 'utf8').digest('hex').slice(0, 32);
  return path.join(journalDir, `room-${hash}.jsonl`);
}

/** Removes an analysis's journal (erasing the analysis erases what phones sent to it). */
export async function eraseJournal(journalDir: string, analysisId: string, fs: JournalFs = nodeJournalFs): Promise<void> {
  const file = journalPath(journalDir, analysisId);
  await fs.rm(`${file}.tmp`, { force: true });
  await fs.rm(file, { force: true });
}

/** One line: a submission (`s`) or the acknowledgement of one (`a`). */
type Line = { s: Delivered } | { a: string };

/** What reading a journal found: its entries in order, those acknowledged, and the lines that could not be read. */
interface Reading {
  entries: Map<string, Delivered>;
  acknowledged: Set<string>;
  /** Lines skipped: a torn last line, or (only if the disk corrupted it) one in the middle. */
  skipped: number;
  /** Bytes of whole lines: a torn tail after them is cut off. */
  whole: number;
}

function readLines(bytes: Uint8Array): Reading {
  const entries = new Map<string, Delivered>();
  const acknowledged = new Set<string>();
  let skipped = 0;
  const end = bytes.lastIndexOf(0x0a) + 1;
  if (end < bytes.length) skipped += 1;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, end));
  for (const line of text.split('\n')) {
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      skipped += 1;
      continue;
    }
    const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    if (typeof record.a === 'string') {
      acknowledged.add(record.a);
      continue;
    }
    const entry = deliveredSchema.safeParse(record.s);
    if (!entry.success) skipped += 1;
    else if (!entries.has(entry.data.id)) entries.set(entry.data.id, entry.data);
  }
  return { entries, acknowledged, skipped, whole: end };
}

async function writeAll(handle: JournalHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, at, bytes.length - at);
    at += bytesWritten;
  }
}

const encoder = new TextEncoder();
const lineOf = (line: Line) => encoder.encode(`${JSON.stringify(line)}\n`);

interface Pending {
  bytes: Uint8Array;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Journals open in this process: two rooms appending to one file would interleave and compact each other away. */
const openFiles = new Set<string>();

export class Journal {
  private pending: Pending[] = [];
  private flushing: Promise<void> | null = null;
  private failure: Error | null = null;
  private closed = false;

  private constructor(
    private readonly file: string,
    private readonly fs: JournalFs,
    private handle: JournalHandle,
    private readonly entries: Map<string, Delivered>,
    private readonly acknowledged: Set<string>,
    /** Lines of the file as found that could not be read. */
    readonly skipped: number,
  ) {}

  /** Opens (or starts) an analysis's journal, cutting off a torn last line. */
  static async open(journalDir: string, analysisId: string, fs: JournalFs = nodeJournalFs): Promise<Journal> {
    const file = journalPath(journalDir, analysisId);
    if (openFiles.has(file)) throw new Error('the journal of this analysis is already open');
    openFiles.add(file);
    try {
      return await Journal.read(file, journalDir, fs);
    } catch (error) {
      openFiles.delete(file);
      throw error;
    }
  }

  private static async read(file: string, journalDir: string, fs: JournalFs): Promise<Journal> {
    // Only this user may read what phones sent (where the platform has modes).
    await fs.mkdir(journalDir, { recursive: true, mode: 0o700 });
    let bytes: Uint8Array = new Uint8Array();
    try {
      bytes = await fs.readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const reading = readLines(bytes);
    const handle = await fs.open(file, 'a');
    if (reading.whole < bytes.length) {
      // A torn tail would glue itself to the next line appended: cut it off first.
      await handle.truncate(reading.whole);
      await handle.datasync();
    }
    return new Journal(file, fs, handle, reading.entries, reading.acknowledged, reading.skipped);
  }

  /** Whether a submission with this id is in the journal (acknowledged or not). */
  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** The entries the facilitator's side has not acknowledged, in the order they arrived. */
  unacknowledged(): Delivered[] {
    return [...this.entries.values()].filter((e) => !this.acknowledged.has(e.id));
  }

  /** Appends a submission; resolves once it is on disk (fsynced). An id already there is not written again. */
  async append(entry: Delivered): Promise<void> {
    if (this.entries.has(entry.id)) return;
    await this.enqueue(lineOf({ s: entry }));
    this.entries.set(entry.id, entry);
  }

  /** Marks entries as committed by the facilitator's side: they are not delivered again. */
  async acknowledge(ids: readonly string[]): Promise<void> {
    const fresh = ids.filter((id) => this.entries.has(id) && !this.acknowledged.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) this.acknowledged.add(id);
    // Not waiting on its own sync would be enough (a lost acknowledgement only means one redelivery, which is idempotent); it shares the group's.
    await this.enqueue(encoder.encode(fresh.map((id) => `${JSON.stringify({ a: id } satisfies Line)}\n`).join('')));
  }

  /**
   * Drops what has been acknowledged: removes the file when nothing is left,
   * else rewrites it (temp file, fsync, rename) with only the unacknowledged
   * entries. The journal cannot be written after.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.compact();
    } finally {
      openFiles.delete(this.file);
    }
  }

  private async compact(): Promise<void> {
    await this.flushing;
    await this.handle.close();
    const left = this.unacknowledged();
    if (left.length === 0) {
      await this.fs.rm(this.file, { force: true });
      return;
    }
    const temp = `${this.file}.tmp`;
    const handle = await this.fs.open(temp, 'w');
    try {
      await writeAll(handle, encoder.encode(left.map((s) => `${JSON.stringify({ s } satisfies Line)}\n`).join('')));
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await this.fs.rename(temp, this.file);
  }

  private enqueue(bytes: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the journal is closed'));
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.push({ bytes, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  /** Writes what is pending in one write and one fsync, again while more arrived meanwhile. */
  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0);
      try {
        if (this.failure !== null) throw this.failure;
        const size = batch.reduce((n, p) => n + p.bytes.length, 0);
        const bytes = new Uint8Array(size);
        let at = 0;
        for (const p of batch) {
          bytes.set(p.bytes, at);
          at += p.bytes.length;
        }
        await writeAll(this.handle, bytes);
        await this.handle.datasync();
        for (const p of batch) p.resolve();
      } catch (error) {
        // A failed write may have left half a line: nothing more is appended after it.
        this.failure = error instanceof Error ? error : new Error(String(error));
        for (const p of batch) p.reject(error);
      }
    }
    this.flushing = null;
  }
}
