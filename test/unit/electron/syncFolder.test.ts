import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  atomicWrite,
  backupName,
  backupsOf,
  backupStamp,
  listBackups,
  listFiles,
  readFile,
  realFs,
  removeWithBackups,
  retireFile,
  type SyncFileHandle,
  type SyncFs,
} from '../../../electron/syncFolder';
import { nextBackupName } from '../../../shared/syncFolder.ts';
import { SYNC_BACKUP_DIR, SYNC_BACKUPS_KEPT, type SyncProblem } from '../../../shared/syncFolder';

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akr-sync-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const read = (name: string): string => fs.readFileSync(path.join(dir, name), 'utf8');
const entries = (): string[] => fs.readdirSync(dir).sort();
const tempFiles = (): string[] => fs.readdirSync(dir).filter((e) => e.startsWith('.~'));
const backupDir = (): string => path.join(dir, SYNC_BACKUP_DIR);
const backupFiles = (): string[] => (fs.existsSync(backupDir()) ? fs.readdirSync(backupDir()).sort() : []);

/** Writes and insists it worked. */
async function write(name: string, text: string): Promise<string> {
  const result = await atomicWrite(dir, name, text);
  if (!result.ok) throw new Error(`write failed: ${result.problem} ${result.detail}`);
  return result.value.sha256;
}

describe('atomicWrite', () => {
  it('writes the text and returns its SHA-256, leaving no temp file', async () => {
    const text = JSON.stringify({ title: 'Förskolan Solen', emoji: '🌞' });
    await expect(atomicWrite(dir, 'Solen-3f2a9c1e.akr', text)).resolves.toEqual({ ok: true, value: { sha256: sha256(text) } });
    expect(read('Solen-3f2a9c1e.akr')).toBe(text);
    expect(entries()).toEqual(['Solen-3f2a9c1e.akr']);
  });

  it('keeps the old file as a backup when overwriting', async () => {
    await write('a.akr', 'one');
    await write('a.akr', 'two');
    expect(read('a.akr')).toBe('two');
    const backups = backupFiles();
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^a\.\d{8}T\d{9}Z(-\d+)?\.akr$/);
    expect(fs.readFileSync(path.join(backupDir(), backups[0] ?? ''), 'utf8')).toBe('one');
    expect(tempFiles()).toEqual([]);
  });

  it(`keeps exactly the ${SYNC_BACKUPS_KEPT} newest backups of each name`, async () => {
    for (let i = 0; i <= SYNC_BACKUPS_KEPT + 2; i += 1) await write('a.akr', `v${i}`);
    await write('b.akr', 'b0');
    await write('b.akr', 'b1');
    const backups = await listBackups(dir, 'a.akr');
    if (!backups.ok) throw new Error(backups.detail);
    expect(backups.value).toHaveLength(SYNC_BACKUPS_KEPT);
    const contents = backups.value.map((b) => fs.readFileSync(path.join(backupDir(), b), 'utf8'));
    // Newest first: the file held v12, so the backups are v11 … v2.
    expect(contents).toEqual(Array.from({ length: SYNC_BACKUPS_KEPT }, (_, i) => `v${SYNC_BACKUPS_KEPT + 1 - i}`));
    await expect(listBackups(dir, 'b.akr')).resolves.toMatchObject({ ok: true, value: [expect.any(String)] });
    expect(backupFiles()).toHaveLength(SYNC_BACKUPS_KEPT + 1);
  });

  it('writes into a folder that holds a stray temp file from a crash', async () => {
    fs.writeFileSync(path.join(dir, '.~a.akr.0123456789ab.tmp'), 'half');
    await write('a.akr', 'whole');
    expect(read('a.akr')).toBe('whole');
  });

  it('reports a missing folder', async () => {
    await expect(atomicWrite(path.join(dir, 'gone'), 'a.akr', 'x')).resolves.toMatchObject({ ok: false, problem: 'missing' });
  });
});

describe('backup names', () => {
  it('stamps UTC time so that names sort by time', () => {
    expect(backupStamp(new Date('2025-03-04T05:06:07.089Z'))).toBe('20250304T050607089Z');
    expect(backupName('Solen-1.akr', '20250304T050607089Z')).toBe('Solen-1.20250304T050607089Z.akr');
    expect(backupName('Solen-1.akr', '20250304T050607089Z', 2)).toBe('Solen-1.20250304T050607089Z-2.akr');
  });

  it('orders backups newest first, counters within a millisecond included, and ignores other names', () => {
    const names = [
      'a.20250101T000000000Z.akr',
      'a.20250101T000000000Z-1.akr',
      'a.20250102T000000000Z.akr',
      'a.20250101T000000000Z-10.akr',
      'a.20250101T000000000Z-2.akr',
      'a.b.20250103T000000000Z.akr',
      'a.20250101T000000000Z.20250104T000000000Z.akr',
      'ab.20250105T000000000Z.akr',
      'a.akr',
    ];
    expect(backupsOf('a.akr', names)).toEqual([
      'a.20250102T000000000Z.akr',
      'a.20250101T000000000Z-10.akr',
      'a.20250101T000000000Z-2.akr',
      'a.20250101T000000000Z-1.akr',
      'a.20250101T000000000Z.akr',
    ]);
    expect(backupsOf('a.b.akr', names)).toEqual(['a.b.20250103T000000000Z.akr']);
    expect(backupsOf('a.20250101T000000000Z.akr', names)).toEqual(['a.20250101T000000000Z.20250104T000000000Z.akr']);
  });
});

describe('listFiles', () => {
  it('lists only analysis files directly in the folder, sorted, with size and SHA-256', async () => {
    await write('b.akr', 'bee');
    await write('a.akr', 'å');
    await write('a.akr', 'åå');
    fs.writeFileSync(path.join(dir, '.~a.akr.0123456789ab.tmp'), 'half');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    fs.writeFileSync(path.join(dir, 'x.json'), '{}');
    fs.writeFileSync(path.join(dir, '.hidden.akr'), '{}');
    fs.mkdirSync(path.join(dir, 'sub.akr'));
    fs.mkdirSync(path.join(dir, 'deeper'));
    fs.writeFileSync(path.join(dir, 'deeper', 'c.akr'), '{}');
    fs.symlinkSync(path.join(dir, 'b.akr'), path.join(dir, 'link.akr'));
    await expect(listFiles(dir)).resolves.toEqual({
      ok: true,
      value: [
        { name: 'a.akr', size: 4, sha256: sha256('åå') },
        { name: 'b.akr', size: 3, sha256: sha256('bee') },
        // A link and a folder under an analysis file's name are reported, never followed or read.
        { name: 'link.akr', skipped: 'notAFile', detail: expect.stringContaining('link') },
        { name: 'sub.akr', skipped: 'notAFile', detail: expect.stringContaining('folder') },
      ],
    });
  });

  it('lists an empty folder as empty and a missing one as missing', async () => {
    await expect(listFiles(dir)).resolves.toEqual({ ok: true, value: [] });
    await expect(listFiles(path.join(dir, 'gone'))).resolves.toMatchObject({ ok: false, problem: 'missing' });
  });
});

describe('readFile', () => {
  it('reads the text with its SHA-256', async () => {
    const text = '{"title":"Ängen"}';
    await write('a.akr', text);
    await expect(readFile(dir, 'a.akr')).resolves.toEqual({ ok: true, value: { text, sha256: sha256(text) } });
  });

  it('reports a missing file and a file that is not UTF-8', async () => {
    await expect(readFile(dir, 'a.akr')).resolves.toMatchObject({ ok: false, problem: 'missing' });
    fs.writeFileSync(path.join(dir, 'b.akr'), Buffer.from([0xff, 0xfe, 0x00]));
    await expect(readFile(dir, 'b.akr')).resolves.toMatchObject({ ok: false, problem: 'other' });
  });
});

describe('removeWithBackups', () => {
  it("removes the file and its backups but not another file's", async () => {
    for (const text of ['1', '2', '3']) await write('a.akr', text);
    for (const text of ['1', '2']) await write('a.b.akr', text);
    await expect(removeWithBackups(dir, 'a.akr')).resolves.toEqual({ ok: true, value: undefined });
    expect(entries()).toEqual(['.akr-backups', 'a.b.akr']);
    expect(backupFiles()).toHaveLength(1);
    expect(backupFiles()[0]).toMatch(/^a\.b\./);
  });

  it('treats a missing file as removed, but not a missing folder', async () => {
    await expect(removeWithBackups(dir, 'a.akr')).resolves.toEqual({ ok: true, value: undefined });
    await expect(removeWithBackups(path.join(dir, 'gone'), 'a.akr')).resolves.toMatchObject({ ok: false, problem: 'missing' });
  });
});

describe('names that are not analysis file names', () => {
  /** An fs that records every call, to prove a bad name touches nothing. */
  function spyFs(): { fs: SyncFs; calls: string[] } {
    const calls: string[] = [];
    const fsSpy = new Proxy(realFs, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(String(key));
          return Reflect.apply(value, target, args) as unknown;
        };
      },
    });
    return { fs: fsSpy, calls };
  }

  const badNames: [string, string][] = [
    ['a parent path', '../x.akr'],
    ['a sub-path', 'a/b.akr'],
    ['a Windows sub-path', 'a\\b.akr'],
    ['an absolute path', '/etc/x.akr'],
    ['a drive path', 'C:x.akr'],
    ['a Windows device', 'CON.akr'],
    ['a Windows device in lower case', 'com1.akr'],
    ['a trailing dot', 'x.akr.'],
    ['another suffix', 'x.json'],
    ['the extension in capitals (the app writes these names itself)', 'x.AKR'],
    ['an earlier version’s temp file', '.~x.akr.json.0123456789ab.tmp'],
    ['no stem', '.akr'],
    ['a hidden name', '.x.akr'],
    ['a NUL', 'x\u0000.akr'],
    ['a newline', 'x\n.akr'],
    ['an over-long name', `${'a'.repeat(200)}.akr`],
    ['the empty string', ''],
  ];

  it.each(badNames)('refuses %s with badName and touches nothing', async (_label, name) => {
    fs.writeFileSync(path.join(dir, 'keep.akr'), 'keep');
    const { fs: spy, calls } = spyFs();
    const results = await Promise.all([
      atomicWrite(dir, name, 'x', spy),
      readFile(dir, name, spy),
      listBackups(dir, name, spy),
      removeWithBackups(dir, name, spy),
      retireFile(dir, name, sha256('keep'), spy),
    ]);
    for (const result of results) expect(result).toMatchObject({ ok: false, problem: 'badName' });
    expect(calls).toEqual([]);
    expect(entries()).toEqual(['keep.akr']);
    expect(fs.readdirSync(path.dirname(dir)).filter((e) => e.includes('x.akr'))).toEqual([]);
  });

  it('refuses a name that is not a string', async () => {
    const notAName = 42 as unknown as string;
    await expect(atomicWrite(dir, notAName, 'x')).resolves.toMatchObject({ ok: false, problem: 'badName' });
  });
});

type Step = 'open' | 'write' | 'sync' | 'close' | 'backup' | 'mkdir' | 'rename' | 'lstat';

function errnoError(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code, syscall });
}

/**
 * The real fs with a fault at `step`: thrown on the first `times` calls (all
 * when undefined). `open` faults hit only the temp file, `backup` the backup's
 * temp file, `rename` only the rename onto the file itself; `sync` only file
 * handles, not the folder.
 */
function faultyFs(step: Step, code: string, times = Infinity): { fs: SyncFs; calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const hit = (what: string): boolean => {
    calls[what] = (calls[what] ?? 0) + 1;
    return what === step && (calls[what] ?? 0) <= times;
  };
  const wrap = (handle: SyncFileHandle): SyncFileHandle => ({
    read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
    stat: () => handle.stat(),
    write: async (buffer, offset, length) => {
      if (hit('write')) throw errnoError(code, 'write');
      return handle.write(buffer, offset, length);
    },
    sync: async () => {
      if (hit('sync')) throw errnoError(code, 'fsync');
      return handle.sync();
    },
    close: async () => {
      await handle.close();
      if (hit('close')) throw errnoError(code, 'close');
    },
  });
  const fsFaulty: SyncFs = {
    ...realFs,
    open: async (file, flags) => {
      if (flags !== 'wx') return realFs.open(file, flags);
      if (hit(path.basename(path.dirname(file)) === SYNC_BACKUP_DIR ? 'backup' : 'open')) throw errnoError(code, 'open');
      return wrap(await realFs.open(file, flags));
    },
    rename: async (from, to) => {
      if (path.basename(path.dirname(to)) !== SYNC_BACKUP_DIR && hit('rename')) throw errnoError(code, 'rename');
      return realFs.rename(from, to);
    },
    mkdir: async (target, options) => {
      if (hit('mkdir')) throw errnoError(code, 'mkdir');
      return realFs.mkdir(target, options);
    },
    lstat: async (target) => {
      if (hit('lstat')) throw errnoError(code, 'lstat');
      return realFs.lstat(target);
    },
  };
  return { fs: fsFaulty, calls };
}

describe('faults', () => {
  const OLD = '{"version":"old"}';

  beforeEach(() => {
    fs.writeFileSync(path.join(dir, 'a.akr'), OLD);
  });

  const cases: [Step, string, SyncProblem][] = [
    ['open', 'EACCES', 'denied'],
    ['open', 'EROFS', 'readOnly'],
    ['open', 'ENOSPC', 'full'],
    ['open', 'EDQUOT', 'full'],
    ['open', 'EBUSY', 'locked'],
    ['open', 'EPERM', 'locked'],
    ['open', 'ENOENT', 'missing'],
    ['open', 'ENOTDIR', 'missing'],
    ['write', 'ENOSPC', 'full'],
    ['write', 'EDQUOT', 'full'],
    ['write', 'EIO', 'other'],
    ['sync', 'ENOSPC', 'full'],
    ['sync', 'EIO', 'other'],
    ['close', 'EIO', 'other'],
    ['lstat', 'EACCES', 'denied'],
    ['mkdir', 'EACCES', 'denied'],
    ['mkdir', 'EROFS', 'readOnly'],
    ['backup', 'ENOSPC', 'full'],
    ['backup', 'EBUSY', 'locked'],
    ['rename', 'EBUSY', 'locked'],
    ['rename', 'EPERM', 'locked'],
    ['rename', 'EACCES', 'denied'],
    ['rename', 'EROFS', 'readOnly'],
    ['rename', 'EXDEV', 'other'],
  ];

  it.each(cases)('%s failing with %s → %s; the old file intact, no temp file left', async (step, code, problem) => {
    const { fs: faulty } = faultyFs(step, code);
    const result = await atomicWrite(dir, 'a.akr', '{"version":"new"}', faulty);
    expect(result).toMatchObject({ ok: false, problem });
    if (!result.ok) expect(result.detail).toContain(code);
    expect(read('a.akr')).toBe(OLD);
    expect(tempFiles()).toEqual([]);
  });

  it('retries a rename a sync client blocks, then gives up', async () => {
    const { fs: faulty, calls } = faultyFs('rename', 'EBUSY');
    await expect(atomicWrite(dir, 'a.akr', 'new', faulty)).resolves.toMatchObject({ ok: false, problem: 'locked' });
    expect(calls.rename).toBe(4);
  });

  it('succeeds when the rename is free again after one retry', async () => {
    const { fs: faulty, calls } = faultyFs('rename', 'EBUSY', 1);
    await expect(atomicWrite(dir, 'a.akr', 'new', faulty)).resolves.toEqual({ ok: true, value: { sha256: sha256('new') } });
    expect(calls.rename).toBe(2);
    expect(read('a.akr')).toBe('new');
    expect(tempFiles()).toEqual([]);
  });

  it('does not retry what waiting cannot fix', async () => {
    const { fs: faulty, calls } = faultyFs('rename', 'EROFS');
    await atomicWrite(dir, 'a.akr', 'new', faulty);
    expect(calls.rename).toBe(1);
  });

  it.each(['EISDIR', 'EPERM', 'EINVAL'])('ignores %s from the folder fsync (Windows cannot)', async (code) => {
    const fsDirSync: SyncFs = {
      ...realFs,
      open: async (file, flags) => {
        if (flags === 'r') throw errnoError(code, 'open');
        return realFs.open(file, flags);
      },
    };
    await expect(atomicWrite(dir, 'a.akr', 'new', fsDirSync)).resolves.toMatchObject({ ok: true });
    expect(read('a.akr')).toBe('new');
  });

  it('lists a file that cannot be read as skipped, with the reason, and a folder that cannot be listed as its problem', async () => {
    const locked: SyncFs = {
      ...realFs,
      open: async () => {
        throw errnoError('EBUSY', 'open');
      },
    };
    await expect(listFiles(dir, locked)).resolves.toEqual({
      ok: true,
      value: [{ name: 'a.akr', skipped: 'unreadable', detail: 'EBUSY (open) while reading a.akr' }],
    });
    const unlisted: SyncFs = {
      ...realFs,
      readdir: async () => {
        throw errnoError('EBUSY', 'scandir');
      },
    };
    await expect(listFiles(dir, unlisted)).resolves.toMatchObject({ ok: false, problem: 'locked' });
  });

  it('reports a remove a sync client keeps blocking as locked, and keeps the file', async () => {
    const locked: SyncFs = {
      ...realFs,
      unlink: async () => {
        throw errnoError('EBUSY', 'unlink');
      },
    };
    await expect(removeWithBackups(dir, 'a.akr', locked)).resolves.toMatchObject({ ok: false, problem: 'locked' });
    expect(read('a.akr')).toBe(OLD);
  });

  it('never throws, even when the fs throws something that is not an errno error', async () => {
    const weird: SyncFs = {
      ...realFs,
      open: async () => {
        // Deliberately not an Error: what this test is about.
        throw 'a string'; // eslint-disable-line @typescript-eslint/only-throw-error
      },
    };
    await expect(atomicWrite(dir, 'a.akr', 'new', weird)).resolves.toMatchObject({ ok: false, problem: 'other' });
    expect(read('a.akr')).toBe(OLD);
  });
});

describe('the next backup name (shared with the browser)', () => {
  it('sorts after the newest backup, also within one millisecond or after the clock went back', () => {
    const t = new Date('2025-03-04T05:06:07.089Z');
    expect(nextBackupName('a.akr', t, null)).toBe('a.20250304T050607089Z.akr');
    expect(nextBackupName('a.akr', t, 'a.20250304T050607089Z.akr')).toBe('a.20250304T050607089Z-1.akr');
    expect(nextBackupName('a.akr', t, 'a.20260101T000000000Z-3.akr')).toBe('a.20260101T000000000Z-4.akr');
    expect(nextBackupName('a.akr', t, 'a.20240101T000000000Z.akr')).toBe('a.20250304T050607089Z.akr');
  });

  it('stays newer than a backup from a clock far ahead, also when its counters run out', () => {
    const t = new Date('2025-03-04T05:06:07.089Z');
    const full = nextBackupName('a.akr', t, 'a.20991231T235959999Z-9999.akr');
    expect(full).toBe('a.21000101T000000000Z.akr');
    // Still a backup name, and the newest: rotation keeps it.
    expect(backupsOf('a.akr', ['a.20991231T235959999Z-9999.akr', full])[0]).toBe(full);
  });
});
