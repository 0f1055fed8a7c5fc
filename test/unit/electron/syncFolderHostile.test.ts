/**
 * The shared folder is shared: someone else may put links, folders, pipes,
 * huge files or a crash's leftovers where the app reads and writes. Real
 * files, real links, a real FIFO and a sparse 2 GiB file.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, listBackups, listFiles, readFile, removeWithBackups, sweepTempFiles, TEMP_FILE_MAX_AGE_MS } from '../../../electron/syncFolder';
import { SYNC_BACKUP_DIR, SYNC_BACKUPS_KEPT, SYNC_MAX_FILE_BYTES } from '../../../shared/syncFolder';

let dir: string;
let outside: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akr-shared-'));
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'akr-private-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

const SECRET = '-----BEGIN OPENSSH PRIVATE KEY-----\nprivate\n';
const backupDir = (): string => path.join(dir, SYNC_BACKUP_DIR);
const backupFiles = (): string[] => (fs.existsSync(backupDir()) ? fs.readdirSync(backupDir()).sort() : []);
/** Every file's text under `root`, links not followed. */
function allText(root: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const file = path.join(root, entry.name);
    if (entry.isDirectory()) out.push(...allText(file));
    else if (entry.isFile()) out.push(fs.readFileSync(file, 'utf8'));
  }
  return out;
}

/** A private file outside the shared folder, as `~/.ssh/id_rsa` would be. */
function privateFile(): string {
  const file = path.join(outside, 'id_rsa');
  fs.writeFileSync(file, SECRET);
  return file;
}

describe('links in the shared folder are never followed', () => {
  it('a link put in place of an analysis file is neither backed up, read, listed as a file nor replaced', async () => {
    await atomicWrite(dir, 'a.akr', 'first');
    fs.rmSync(path.join(dir, 'a.akr'));
    fs.symlinkSync(privateFile(), path.join(dir, 'a.akr'));

    const written = await atomicWrite(dir, 'a.akr', 'second');
    expect(written).toMatchObject({ ok: false, problem: 'notAFile' });
    // Nothing of the private file reached the shared folder, and the link and its target are as they were.
    expect(allText(dir).join('')).not.toContain('private');
    expect(fs.lstatSync(path.join(dir, 'a.akr')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(outside, 'id_rsa'), 'utf8')).toBe(SECRET);

    await expect(readFile(dir, 'a.akr')).resolves.toMatchObject({ ok: false, problem: 'notAFile' });
    await expect(listFiles(dir)).resolves.toEqual({ ok: true, value: [{ name: 'a.akr', skipped: 'notAFile', detail: expect.any(String) }] });
  });

  it('a link to a folder under an analysis file’s name is skipped, and the other files are listed', async () => {
    await atomicWrite(dir, 'b.akr', 'bee');
    fs.symlinkSync(outside, path.join(dir, 'a.akr'));
    const listed = await listFiles(dir);
    expect(listed).toMatchObject({
      ok: true,
      value: [
        { name: 'a.akr', skipped: 'notAFile' },
        { name: 'b.akr', size: 3 },
      ],
    });
  });

  it('.akr-backups that is a link to a folder elsewhere is refused, not written into, listed or emptied', async () => {
    await atomicWrite(dir, 'a.akr', 'first');
    fs.symlinkSync(outside, backupDir());
    fs.writeFileSync(path.join(outside, 'a.20250101T000000000Z.akr'), 'somebody else’s');

    await expect(atomicWrite(dir, 'a.akr', 'second')).resolves.toMatchObject({ ok: false, problem: 'notAFile' });
    expect(fs.readdirSync(outside)).toEqual(['a.20250101T000000000Z.akr']);
    expect(fs.readFileSync(path.join(dir, 'a.akr'), 'utf8')).toBe('first');
    await expect(listBackups(dir, 'a.akr')).resolves.toMatchObject({ ok: false, problem: 'notAFile' });
    await removeWithBackups(dir, 'a.akr');
    expect(fs.readFileSync(path.join(outside, 'a.20250101T000000000Z.akr'), 'utf8')).toBe('somebody else’s');
  });

  it('a link among the backups is neither listed nor removed through', async () => {
    await atomicWrite(dir, 'a.akr', 'first');
    await atomicWrite(dir, 'a.akr', 'second');
    fs.symlinkSync(privateFile(), path.join(backupDir(), 'a.29990101T000000000Z.akr'));
    const listed = await listBackups(dir, 'a.akr');
    expect(listed).toMatchObject({ ok: true, value: [expect.stringMatching(/^a\.\d{8}T\d{9}Z\.akr$/)] });
    expect(listed.ok && listed.value[0]).not.toBe('a.29990101T000000000Z.akr');
    await removeWithBackups(dir, 'a.akr');
    expect(fs.readFileSync(path.join(outside, 'id_rsa'), 'utf8')).toBe(SECRET);
  });
});

describe('type and size are checked before reading', () => {
  it('lists a FIFO, a folder and a sparse 2 GiB file as skipped, without hanging, and still the good file', { timeout: 20_000 }, async () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.akr')]);
    fs.mkdirSync(path.join(dir, 'folder.akr'));
    const huge = fs.openSync(path.join(dir, 'huge.akr'), 'w');
    fs.ftruncateSync(huge, 2 * 1024 ** 3);
    fs.closeSync(huge);
    await atomicWrite(dir, 'good.akr', '{"ok":1}');

    const listed = await listFiles(dir);
    expect(listed).toEqual({
      ok: true,
      value: [
        { name: 'folder.akr', skipped: 'notAFile', detail: expect.stringContaining('folder') },
        { name: 'good.akr', size: 8, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
        { name: 'huge.akr', skipped: 'tooLarge', detail: expect.stringContaining(String(2 * 1024 ** 3)) },
        { name: 'pipe.akr', skipped: 'notAFile', detail: expect.any(String) },
      ],
    });
    await expect(readFile(dir, 'pipe.akr')).resolves.toMatchObject({ ok: false, problem: 'notAFile' });
    await expect(readFile(dir, 'huge.akr')).resolves.toMatchObject({ ok: false, problem: 'tooLarge' });
  });

  it('does not replace (or copy into the backups) a file over the limit that lies where it would write', async () => {
    const huge = fs.openSync(path.join(dir, 'a.akr'), 'w');
    fs.ftruncateSync(huge, SYNC_MAX_FILE_BYTES + 1);
    fs.closeSync(huge);
    await expect(atomicWrite(dir, 'a.akr', 'mine')).resolves.toMatchObject({ ok: false, problem: 'tooLarge' });
    expect(fs.statSync(path.join(dir, 'a.akr')).size).toBe(SYNC_MAX_FILE_BYTES + 1);
    expect(backupFiles()).toEqual([]);
  });

  it('one entry that cannot be read is skipped and reported; the listing goes on', async () => {
    await atomicWrite(dir, 'a.akr', 'aaa');
    await atomicWrite(dir, 'b.akr', 'bbb');
    const { realFs } = await import('../../../electron/syncFolder');
    const lockedA = {
      ...realFs,
      open: async (file: string, flags: string | number) => {
        if (path.basename(file) === 'a.akr') throw Object.assign(new Error('EBUSY: injected'), { code: 'EBUSY', syscall: 'open' });
        return realFs.open(file, flags);
      },
    };
    await expect(listFiles(dir, lockedA)).resolves.toMatchObject({
      ok: true,
      value: [
        { name: 'a.akr', skipped: 'unreadable', detail: expect.stringContaining('EBUSY') },
        { name: 'b.akr', size: 3 },
      ],
    });
  });
});

describe('a crash’s leftovers', () => {
  const leftover = (folder: string, name: string, ageMs: number): string => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, 'half');
    const when = new Date(Date.now() - ageMs);
    fs.utimesSync(file, when, when);
    return file;
  };

  it('sweeps temp files older than an hour from the folder and its backups, and keeps younger ones and everything else', async () => {
    await atomicWrite(dir, 'a.akr', 'one');
    await atomicWrite(dir, 'a.akr', 'two');
    const old = leftover(dir, '.~a.akr.0123456789ab.tmp', TEMP_FILE_MAX_AGE_MS + 60_000);
    const oldBackup = leftover(backupDir(), '.~a.akr.ba9876543210.tmp', 3 * TEMP_FILE_MAX_AGE_MS);
    const young = leftover(dir, '.~b.akr.aaaaaaaaaaaa.tmp', 60_000);
    const notOurs = leftover(dir, '.~notes.txt', 3 * TEMP_FILE_MAX_AGE_MS);
    fs.symlinkSync(privateFile(), path.join(dir, '.~c.akr.cccccccccccc.tmp'));
    const before = backupFiles().filter((n) => !n.startsWith('.~'));

    const removed = await sweepTempFiles(dir);
    expect(removed.sort()).toEqual([path.relative(dir, old), path.relative(dir, oldBackup)].sort());
    expect(fs.existsSync(old) || fs.existsSync(oldBackup)).toBe(false);
    expect([young, notOurs].every((f) => fs.existsSync(f))).toBe(true);
    expect(fs.readFileSync(path.join(outside, 'id_rsa'), 'utf8')).toBe(SECRET);
    expect(fs.readFileSync(path.join(dir, 'a.akr'), 'utf8')).toBe('two');
    expect(backupFiles()).toEqual(before);
  });
});

describe('what is flushed to disk', () => {
  it('flushes the backup copy and the backup folder’s entry, as well as the new file and the folder’s', async () => {
    const { realFs } = await import('../../../electron/syncFolder');
    const flushed: string[] = [];
    const recording = {
      ...realFs,
      open: async (file: string, flags: string | number) => {
        const handle = await realFs.open(file, flags);
        return {
          ...handle,
          read: handle.read.bind(handle),
          write: handle.write.bind(handle),
          stat: handle.stat.bind(handle),
          close: handle.close.bind(handle),
          sync: async () => {
            flushed.push(path.relative(dir, file).replace(/\.[0-9a-f]{12}\.tmp$/, '.tmp') || '.');
            await handle.sync();
          },
        };
      },
    };
    await atomicWrite(dir, 'a.akr', 'one', recording);
    flushed.length = 0;
    await atomicWrite(dir, 'a.akr', 'two', recording);
    expect(new Set(flushed)).toEqual(new Set(['.~a.akr.tmp', path.join(SYNC_BACKUP_DIR, '.~a.akr.tmp'), SYNC_BACKUP_DIR, '.']));
  });
});

describe('backups when another machine’s clock runs ahead', () => {
  it(`keeps the backup just made, even when ${SYNC_BACKUPS_KEPT} backups from the future are there`, async () => {
    await atomicWrite(dir, 'a.akr', 'old');
    fs.mkdirSync(backupDir(), { recursive: true });
    // Another machine, its clock a year ahead, made ten backups.
    const ahead = new Date(Date.now() + 365 * 24 * 3600 * 1000);
    for (let i = 0; i < SYNC_BACKUPS_KEPT; i += 1) {
      const stamp = new Date(ahead.getTime() + i * 1000).toISOString().replace(/[-:.]/g, '');
      fs.writeFileSync(path.join(backupDir(), `a.${stamp}.akr`), `future ${i}`);
    }
    await atomicWrite(dir, 'a.akr', 'new');
    const backups = await listBackups(dir, 'a.akr');
    if (!backups.ok) throw new Error(backups.detail);
    expect(backups.value).toHaveLength(SYNC_BACKUPS_KEPT);
    // The newest backup is what this write replaced.
    expect(fs.readFileSync(path.join(backupDir(), backups.value[0] ?? ''), 'utf8')).toBe('old');
  });
});
