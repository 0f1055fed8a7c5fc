import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFolder, readFolderFile } from '../../../electron/readFolder.ts';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'akr-overview-'));
  await mkdir(path.join(root, '.akr-backups'));
  await mkdir(path.join(root, 'Socialförvaltningen'));
  await writeFile(path.join(root, 'Solrosen-1.akr'), '{"format": "åäö"}');
  await writeFile(path.join(root, 'Äldre.AKR.JSON'), '{}');
  await writeFile(path.join(root, 'notes.txt'), 'not ours');
  await writeFile(path.join(root, '.Solrosen-1.akr.tmp'), '{}');
  await writeFile(path.join(root, '.akr-backups', 'Solrosen-1.2026-12-01.akr'), '{}');
  await writeFile(path.join(root, 'Socialförvaltningen', 'Hemtjänst-2.akr'), '{}');
  await symlink(path.join(root, 'Solrosen-1.akr'), path.join(root, 'link.akr'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("reading a folder for HR's overview in main", () => {
  it('lists the analysis files in the folder and its sub-folders, never the backups, hidden files or links', async () => {
    const listed = await listFolder(root);
    expect(listed).toEqual({
      ok: true,
      value: {
        files: [
          { path: 'Socialförvaltningen/Hemtjänst-2.akr', size: 2 },
          { path: 'Solrosen-1.akr', size: 20 },
          { path: 'Äldre.AKR.JSON', size: 2 },
        ],
        skipped: [{ path: 'link.akr', problem: { code: 'unreadable', detail: 'not a regular file' } }],
      },
    });
  });

  it('reads a range of bytes as text, and refuses a path out of the folder', async () => {
    expect(await readFolderFile(root, 'Solrosen-1.akr', 0, 10)).toEqual({ ok: true, text: '{"format":' });
    expect(await readFolderFile(root, 'Solrosen-1.akr', 0, null)).toEqual({ ok: true, text: '{"format": "åäö"}' });
    expect(await readFolderFile(root, '../Solrosen-1.akr', 0, null)).toMatchObject({ ok: false, problem: { code: 'unreadable' } });
    expect(await readFolderFile(root, 'link.akr', 0, null)).toMatchObject({ ok: false, problem: { code: 'unreadable', detail: 'not a regular file' } });
    expect(await listFolder(path.join(root, 'missing'))).toMatchObject({ ok: false, problem: 'missing' });
  });
});
