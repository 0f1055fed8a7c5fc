/**
 * Kills a real Node process with SIGKILL in the middle of atomicWrite and
 * checks what a crash or a pulled plug would leave: the old file, whole.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, listFiles } from '../../../electron/syncFolder';

const SYNC_FOLDER = fileURLToPath(new URL('../../../electron/syncFolder.ts', import.meta.url));

/**
 * The child: atomicWrite with an fs that reports each stage to the parent
 * over IPC and then waits for ever, so the parent's SIGKILL always lands
 * there. At 'write' the temp file holds the first chunks of a large text; at
 * 'rename' it is complete and flushed and the backup is made. At 'free' it
 * does not wait: the kill lands wherever the write happens to be.
 */
const CHILD = `
import { atomicWrite, realFs } from './syncFolder.mjs';

const [dir, name, stage, megabytes] = process.argv.slice(2);
const text = JSON.stringify({ big: 'x'.repeat(Number(megabytes) * 1024 * 1024) });
const hang = (reached) => {
  process.send({ reached });
  return new Promise(() => setInterval(() => undefined, 1000));
};
let chunks = 0;
const fs = {
  ...realFs,
  open: async (file, flags) => {
    const handle = await realFs.open(file, flags);
    if (flags !== 'wx') return handle;
    return {
      write: async (buffer, offset, length) => {
        const written = await handle.write(buffer, offset, length);
        chunks += 1;
        if (chunks === 1) process.send({ reached: 'first chunk' });
        if (stage === 'write' && chunks === 3) await hang('write');
        return written;
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: async (from, to) => {
    if (stage === 'rename') await hang('rename');
    return realFs.rename(from, to);
  },
};
const result = await atomicWrite(dir, name, text, fs);
process.send({ reached: 'done', result });
`;

const MEGABYTES = 48;
const OLD = `${JSON.stringify({ version: 'old', title: 'Förskolan Solen' }, null, 2)}\n`;
const NAME = 'Solen-3f2a9c1e.akr';

let work: string;
let dir: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'akr-crash-'));
  await build({
    entryPoints: [SYNC_FOLDER],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: path.join(work, 'syncFolder.mjs'),
    logLevel: 'silent',
  });
  fs.writeFileSync(path.join(work, 'child.mjs'), CHILD);
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(work, 'folder-'));
  fs.writeFileSync(path.join(dir, NAME), OLD);
});

/** Starts the child; resolves with it once it reports `stage`. */
function startChild(stage: string, waitFor: string): Promise<{ child: ChildProcess; exited: Promise<NodeJS.Signals | null> }> {
  const child = fork(path.join(work, 'child.mjs'), [dir, NAME, stage, String(MEGABYTES)], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  return new Promise((resolve, reject) => {
    child.on('message', (message: { reached?: string }) => {
      if (message.reached === waitFor) resolve({ child, exited });
      else if (message.reached === 'done' && waitFor !== 'done') reject(new Error(`the child finished before ${waitFor}`));
    });
    child.on('exit', () => reject(new Error(`the child exited before ${waitFor}: ${stderr}`)));
  });
}

const strays = (): string[] => fs.readdirSync(dir).filter((e) => e.startsWith('.~'));
const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** What must hold after any crash: the old file byte for byte, it parses, and list() sees only it. */
async function expectOldFileIntact(): Promise<void> {
  const bytes = fs.readFileSync(path.join(dir, NAME));
  expect(bytes.equals(Buffer.from(OLD, 'utf8'))).toBe(true);
  expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({ version: 'old' });
  await expect(listFiles(dir)).resolves.toEqual({ ok: true, value: [{ name: NAME, size: bytes.length, sha256: sha256(bytes) }] });
}

describe('a crash during atomicWrite', () => {
  it('while writing the temp file leaves the old file whole and at most a partial temp file', { timeout: 30_000 }, async () => {
    const { child, exited } = await startChild('write', 'write');
    const [temp] = strays();
    expect(temp).toBeDefined();
    const partial = fs.statSync(path.join(dir, temp ?? '')).size;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(MEGABYTES * 1024 * 1024);
    child.kill('SIGKILL');
    await expect(exited).resolves.toBe('SIGKILL');

    await expectOldFileIntact();
    expect(strays()).toHaveLength(1);
    // The next write is not disturbed by the stray.
    await expect(atomicWrite(dir, NAME, '{"version":"next"}')).resolves.toMatchObject({ ok: true });
    expect(fs.readFileSync(path.join(dir, NAME), 'utf8')).toBe('{"version":"next"}');
  });

  it('just before the rename leaves the old file whole, with its backup', { timeout: 30_000 }, async () => {
    const { child, exited } = await startChild('rename', 'rename');
    child.kill('SIGKILL');
    await expect(exited).resolves.toBe('SIGKILL');

    await expectOldFileIntact();
    expect(strays()).toHaveLength(1);
    const backups = fs.readdirSync(path.join(dir, '.akr-backups'));
    expect(backups).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, '.akr-backups', backups[0] ?? ''), 'utf8')).toBe(OLD);
  });

  it('at an arbitrary moment leaves either the old file or the new one, never a mix', { timeout: 30_000 }, async () => {
    const { child, exited } = await startChild('free', 'first chunk');
    child.kill('SIGKILL');
    await exited;

    const bytes = fs.readFileSync(path.join(dir, NAME));
    if (bytes.length === Buffer.byteLength(OLD)) {
      await expectOldFileIntact();
    } else {
      const text = JSON.stringify({ big: 'x'.repeat(MEGABYTES * 1024 * 1024) });
      expect(sha256(bytes)).toBe(sha256(text));
    }
    expect(strays().length).toBeLessThanOrEqual(1);
  });
});
