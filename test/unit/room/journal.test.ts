/**
 * The room's journal: a submission is on disk (fsynced) before the phone
 * hears it arrived; what the facilitator's side has not acknowledged is
 * delivered again at the next start; acknowledged entries go when the room
 * closes; a torn last line is cut off and counted; erasing removes it all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eraseJournal, Journal, journalPath, nodeJournalFs, type JournalFs } from '../../../electron/room/journal';
import { closeRooms, journalDir, note, request, startRoom, submit, SWOT } from './harness';

afterEach(closeRooms);

/** The real fs, with each call written to `log`; `gate` holds every datasync until it is opened. */
function recordingFs(log: string[]) {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let held: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => (held = resolve));
  const recording: JournalFs = {
    ...nodeJournalFs,
    open: async (file, flags) => {
      const handle = await nodeJournalFs.open(file, flags);
      return {
        write: async (buffer, offset, length) => {
          log.push('write');
          return handle.write(buffer, offset, length);
        },
        datasync: async () => {
          log.push('datasync');
          held();
          await gate;
          await handle.datasync();
          log.push('synced');
        },
        truncate: (length) => handle.truncate(length),
        close: () => handle.close(),
      };
    },
  };
  return {
    fs: recording,
    /** Resolves once a datasync is waiting at the gate. */
    reached,
    release: () => open(),
  };
}

describe('the room journal', () => {
  it('writes and fsyncs a submission before the phone gets its receipt, while the room keeps answering', async () => {
    const log: string[] = [];
    const recorder = recordingFs(log);
    const { room, delivered } = await startRoom({ fs: recorder.fs });
    room.setActivity(SWOT);
    const sent = note('Trygg personalgrupp');
    const receipt = submit(room, sent).then((reply) => {
      log.push(`receipt ${reply.status}`);
      return reply;
    });
    await recorder.reached;
    // The sync is held: the room still answers other requests, but not this one.
    expect((await request(room, 'GET', '/api/activity', { token: room.token })).status).toBe(200);
    expect(log).toEqual(['write', 'datasync']);
    expect(delivered).toEqual([]);
    recorder.release();
    expect((await receipt).status).toBe(201);
    expect(log).toEqual(['write', 'datasync', 'synced', 'receipt 201']);
    expect(delivered).toEqual([sent]);
  });

  it('shares one write and one sync among submissions that arrive while a sync is under way', async () => {
    const log: string[] = [];
    const recorder = recordingFs(log);
    const journal = await Journal.open(journalDir(), 'analysis-1', recorder.fs);
    const first = journal.append(note('Först'));
    await recorder.reached;
    // While the first sync is held, five more arrive: they wait, and go in one write and one sync after it.
    const more = Array.from({ length: 5 }, (_, i) => journal.append(note(`Sedan ${i}`)));
    expect(log).toEqual(['write', 'datasync']);
    recorder.release();
    await Promise.all([first, ...more]);
    expect(log).toEqual(['write', 'datasync', 'synced', 'write', 'datasync', 'synced']);
    expect(journal.unacknowledged()).toHaveLength(6);
    await journal.close();
  });

  it('delivers unacknowledged entries again at the next start, and not those acknowledged', async () => {
    const dir = journalDir();
    const [a, b, c] = [note('A'), note('B'), note('C')];
    // What a run that crashed leaves: three entries, the second acknowledged (the crash test makes one for real).
    const lines = [{ s: a }, { s: b }, { a: b.id }, { s: c }, { a: 'not-in-the-journal' }];
    fs.writeFileSync(journalPath(dir, 'analysis-1'), lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
    const again = await startRoom({ journalDir: dir });
    expect(again.delivered.map((e) => e.id)).toEqual([a.id, c.id]);
    expect(again.events).toContainEqual({ type: 'recovered', entries: 2, skipped: 0 });
    await again.room.acknowledge([a.id]);
    expect(again.room.unacknowledged().map((e) => e.id)).toEqual([c.id]);
    // A retry of any of them, acknowledged or not, still gets its receipt and is not written again.
    again.room.setActivity(SWOT);
    for (const n of [a, b, c]) expect((await submit(again.room, n)).status).toBe(201);
    expect(again.delivered.map((e) => e.id)).toEqual([a.id, c.id]);
  });

  it('opens an analysis’s journal once at a time in this process', async () => {
    const dir = journalDir();
    const first = await Journal.open(dir, 'analysis-1');
    await expect(Journal.open(dir, 'analysis-1')).rejects.toThrow(/already open/);
    await expect(startRoom({ journalDir: dir })).rejects.toThrow(/already open/);
    await first.close();
    const second = await Journal.open(dir, 'analysis-1');
    await second.close();
  });

  it('drops acknowledged entries when the room closes: the file goes when all are acknowledged', async () => {
    const dir = journalDir();
    const a = note('A');
    const b = note('B');
    const { room } = await startRoom({ journalDir: dir });
    room.setActivity(SWOT);
    await submit(room, a);
    await submit(room, b);
    await room.acknowledge([a.id]);
    await room.close();
    const left = fs.readFileSync(journalPath(dir, 'analysis-1'), 'utf8');
    expect(left).toBe(`${JSON.stringify({ s: b })}\n`);

    const next = await startRoom({ journalDir: dir });
    expect(next.delivered).toEqual([b]);
    await next.room.acknowledge([b.id]);
    await next.room.close();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('cuts off a torn last line, counts it, and keeps every whole line before it', async () => {
    const dir = journalDir();
    const a = note('Hel rad');
    const file = journalPath(dir, 'analysis-1');
    fs.writeFileSync(file, `${JSON.stringify({ s: a })}\n{"s":{"id":"torn-line-1","activ`);
    const { room, delivered, events } = await startRoom({ journalDir: dir });
    expect(delivered).toEqual([a]);
    expect(events).toContainEqual({ type: 'recovered', entries: 1, skipped: 1 });
    // The next line is written whole after the cut, not glued to the torn one.
    room.setActivity(SWOT);
    const b = note('Efter kraschen');
    expect((await submit(room, b)).status).toBe(201);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    expect(lines).toEqual([JSON.stringify({ s: a }), JSON.stringify({ s: b }), '']);
  });

  it('skips and counts a line that is not an entry, in the middle too', async () => {
    const dir = journalDir();
    const a = note('A');
    const b = note('B');
    fs.writeFileSync(
      journalPath(dir, 'analysis-1'),
      [JSON.stringify({ s: a }), 'garbage', JSON.stringify({ s: { id: 'x' } }), JSON.stringify({ s: b }), ''].join('\n'),
    );
    const journal = await Journal.open(dir, 'analysis-1');
    expect(journal.skipped).toBe(2);
    expect(journal.unacknowledged()).toEqual([a, b]);
    await journal.close();
  });

  it('names the file by a hash of the analysis id, inside the folder whatever the id', () => {
    const dir = journalDir();
    for (const id of ['../../etc/passwd', 'C:\\x', 'CON', '']) {
      const file = journalPath(dir, id);
      expect(path.dirname(file)).toBe(dir);
      expect(path.basename(file)).toMatch(/^room-[0-9a-f]{32}\.jsonl$/);
    }
    expect(journalPath(dir, 'a')).not.toBe(journalPath(dir, 'b'));
  });

  it('erases an analysis’s journal and nothing else', async () => {
    const dir = journalDir();
    const one = await Journal.open(dir, 'analysis-1');
    await one.append(note('Personligt'));
    const other = await Journal.open(dir, 'analysis-2');
    await other.append(note('Annat'));
    await eraseJournal(dir, 'analysis-1');
    expect(fs.existsSync(journalPath(dir, 'analysis-1'))).toBe(false);
    expect(fs.existsSync(journalPath(dir, 'analysis-2'))).toBe(true);
    await eraseJournal(dir, 'never-opened');
    await one.close();
    await other.close();
  });

  it('gives the phone its receipt when the facilitator’s side fails to take the entry, and keeps it for redelivery', async () => {
    const { room } = await startRoom({
      onSubmission: () => {
        throw new Error('the window is reloading');
      },
    });
    room.setActivity(SWOT);
    const sent = note('Kommer fram ändå');
    expect((await submit(room, sent)).status).toBe(201);
    expect((await submit(room, sent)).status).toBe(201);
    expect(room.unacknowledged()).toEqual([sent]);
  });

  it('stops taking submissions after a failed write, and tells the facilitator', async () => {
    const failing: JournalFs = {
      ...nodeJournalFs,
      open: async (file, flags) => {
        const handle = await nodeJournalFs.open(file, flags);
        return {
          write: () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })),
          datasync: () => handle.datasync(),
          truncate: (length) => handle.truncate(length),
          close: () => handle.close(),
        };
      },
    };
    const { room, delivered, events } = await startRoom({ fs: failing });
    room.setActivity(SWOT);
    const sent = note('Hinner inte');
    expect((await submit(room, sent)).status).toBe(503);
    expect((await submit(room, sent)).status).toBe(503);
    expect(delivered).toEqual([]);
    expect(events.filter((e) => e.type === 'journalFailed')).toHaveLength(2);
  });
});
