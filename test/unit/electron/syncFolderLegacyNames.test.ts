import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, listBackups, listFiles, readFile, realFs, removeWithBackups, retireFile, type SyncFs } from '../../../electron/syncFolder';
import { backupName, backupsOf, isSyncFileName, nextBackupName, SYNC_BACKUP_DIR, SYNC_BACKUPS_KEPT, syncFileStem } from '../../../shared/syncFolder';

/*
 * Files as earlier versions named them (`<stem>.akr.json`) next to the
 * `<stem>.akr` written now: both are read, they share one history of
 * backups, and the old name is retired into it, never lost.
 */

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akr-legacy-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const entries = (): string[] => fs.readdirSync(dir).sort();
const backupDir = (): string => path.join(dir, SYNC_BACKUP_DIR);
const backupFiles = (): string[] => (fs.existsSync(backupDir()) ? fs.readdirSync(backupDir()).sort() : []);
const backupText = (name: string): string => fs.readFileSync(path.join(backupDir(), name), 'utf8');
const put = (name: string, text: string): void => fs.writeFileSync(path.join(dir, name), text);

describe('names', () => {
  it('accepts .akr and, from earlier versions, .akr.json; one stem for both', () => {
    expect(isSyncFileName('Solen-3f2a9c1e.akr')).toBe(true);
    expect(isSyncFileName('Solen-3f2a9c1e.akr.json')).toBe(true);
    expect(syncFileStem('Solen-3f2a9c1e.akr')).toBe('Solen-3f2a9c1e');
    expect(syncFileStem('Solen-3f2a9c1e.akr.json')).toBe('Solen-3f2a9c1e');
    // The stem of a name that happens to contain ".akr" keeps it.
    expect(syncFileStem('a.akr.akr')).toBe('a.akr');
  });

  it('names new backups .akr, also those of a file an earlier version wrote', () => {
    expect(backupName('Solen-1.akr.json', '20250304T050607089Z')).toBe('Solen-1.20250304T050607089Z.akr');
    expect(nextBackupName('a.akr', new Date('2025-03-04T05:06:07.089Z'), 'a.20250304T050607089Z.akr.json')).toBe('a.20250304T050607089Z-1.akr');
  });

  it('counts backups of either extension as the stem’s, newest first, and nobody else’s', () => {
    const names = [
      'a.20250101T000000000Z.akr.json',
      'a.20250103T000000000Z.akr',
      'a.20250102T000000000Z-1.akr.json',
      'a.20250102T000000000Z-2.akr',
      'a.b.20250104T000000000Z.akr',
      'ab.20250105T000000000Z.akr.json',
      'a.20250106T000000000Z.json',
    ];
    const expected = ['a.20250103T000000000Z.akr', 'a.20250102T000000000Z-2.akr', 'a.20250102T000000000Z-1.akr.json', 'a.20250101T000000000Z.akr.json'];
    expect(backupsOf('a.akr', names)).toEqual(expected);
    expect(backupsOf('a.akr.json', names)).toEqual(expected);
  });
});

describe('the folder', () => {
  it('lists and reads files of both names', async () => {
    put('a.akr.json', 'old');
    put('b.akr', 'new');
    await expect(listFiles(dir)).resolves.toEqual({
      ok: true,
      value: [
        { name: 'a.akr.json', size: 3, sha256: sha256('old') },
        { name: 'b.akr', size: 3, sha256: sha256('new') },
      ],
    });
    await expect(readFile(dir, 'a.akr.json')).resolves.toEqual({ ok: true, value: { text: 'old', sha256: sha256('old') } });
  });

  it('carries the history an earlier version kept over to the .akr, and rotates both together', async () => {
    // As an earlier version left them: the file and two backups, all named .akr.json.
    put('a.akr.json', '3');
    fs.mkdirSync(backupDir());
    fs.writeFileSync(path.join(backupDir(), 'a.20240101T000000000Z.akr.json'), '1');
    fs.writeFileSync(path.join(backupDir(), 'a.20240102T000000000Z.akr.json'), '2');
    // The first write of a.akr has nothing under that name to keep; the next nine keep 4 … 12.
    for (let v = 4; v < 4 + SYNC_BACKUPS_KEPT; v += 1) await atomicWrite(dir, 'a.akr', String(v));
    const listed = await listBackups(dir, 'a.akr');
    if (!listed.ok) throw new Error(listed.detail);
    // Eleven versions in one history: the oldest ("1", under the old name) went.
    expect(listed.value.map(backupText)).toEqual(['12', '11', '10', '9', '8', '7', '6', '5', '4', '2']);
  });

  it('erasing removes the backups of both names', async () => {
    for (const text of ['1', '2']) await atomicWrite(dir, 'a.akr.json', text);
    for (const text of ['3', '4']) await atomicWrite(dir, 'a.akr', text);
    await atomicWrite(dir, 'b.akr', 'b');
    await atomicWrite(dir, 'b.akr', 'bb');
    await removeWithBackups(dir, 'a.akr');
    await removeWithBackups(dir, 'a.akr.json');
    expect(entries()).toEqual([SYNC_BACKUP_DIR, 'b.akr']);
    expect(backupFiles()).toEqual([expect.stringMatching(/^b\./)]);
  });
});

describe('retireFile', () => {
  it('moves the old name into the backups, as the newest, when its bytes are the ones expected', async () => {
    for (const text of ['0', '1']) await atomicWrite(dir, 'a.akr.json', text);
    await atomicWrite(dir, 'a.akr', '2');
    await expect(retireFile(dir, 'a.akr.json', sha256('1'))).resolves.toEqual({ ok: true, value: true });
    expect(entries()).toEqual([SYNC_BACKUP_DIR, 'a.akr']);
    const listed = await listBackups(dir, 'a.akr');
    expect(listed.ok && listed.value.map(backupText)).toEqual(['1', '0']);
    expect(listed.ok && listed.value[0]).toMatch(/^a\.\d{8}T\d{9}Z(-\d+)?\.akr$/);
  });

  it('leaves bytes another machine wrote since: they are still to be offered', async () => {
    put('a.akr.json', 'edited elsewhere');
    await expect(retireFile(dir, 'a.akr.json', sha256('what this machine saw'))).resolves.toEqual({ ok: true, value: false });
    expect(entries()).toEqual(['a.akr.json']);
    expect(fs.readFileSync(path.join(dir, 'a.akr.json'), 'utf8')).toBe('edited elsewhere');
  });

  it('finds nothing to do when the file is gone, but a missing folder is a problem', async () => {
    await expect(retireFile(dir, 'a.akr.json', sha256('x'))).resolves.toEqual({ ok: true, value: true });
    expect(entries()).toEqual([]);
    await expect(retireFile(path.join(dir, 'gone'), 'a.akr.json', sha256('x'))).resolves.toMatchObject({ ok: false, problem: 'missing' });
  });

  it('never follows a link under the old name, nor moves it', async () => {
    const outside = path.join(dir, '..', `${path.basename(dir)}-outside.txt`);
    fs.writeFileSync(outside, 'private');
    try {
      fs.symlinkSync(outside, path.join(dir, 'a.akr.json'));
      await expect(retireFile(dir, 'a.akr.json', sha256('private'))).resolves.toMatchObject({ ok: false, problem: 'notAFile' });
      expect(fs.lstatSync(path.join(dir, 'a.akr.json')).isSymbolicLink()).toBe(true);
      expect(backupFiles()).toEqual([]);
    } finally {
      fs.rmSync(outside, { force: true });
    }
  });

  it('keeps the file where it is when the move fails, and says why', async () => {
    put('a.akr.json', 'old');
    const locked: SyncFs = {
      ...realFs,
      rename: async () => {
        throw Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY', syscall: 'rename' });
      },
    };
    await expect(retireFile(dir, 'a.akr.json', sha256('old'), locked)).resolves.toMatchObject({ ok: false, problem: 'locked' });
    expect(fs.readFileSync(path.join(dir, 'a.akr.json'), 'utf8')).toBe('old');
  });

  it('does not overwrite a backup another machine made under the same name meanwhile', async () => {
    put('a.akr.json', 'old');
    fs.mkdirSync(backupDir());
    // A backup stamped far in the future (a clock ahead): the next name follows it.
    fs.writeFileSync(path.join(backupDir(), 'a.29990101T000000000Z.akr'), 'theirs');
    await expect(retireFile(dir, 'a.akr.json', sha256('old'))).resolves.toEqual({ ok: true, value: true });
    expect(backupFiles()).toEqual(['a.29990101T000000000Z-1.akr', 'a.29990101T000000000Z.akr']);
    expect(backupText('a.29990101T000000000Z.akr')).toBe('theirs');
    expect(backupText('a.29990101T000000000Z-1.akr')).toBe('old');
  });
});
