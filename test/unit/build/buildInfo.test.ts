import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInfo, type Git } from '../../../build/scripts/buildInfo.ts';

const ROOT = join(import.meta.dirname, '../../..');
const NOW = new Date('2026-12-05T10:00:00Z');
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

describe('the build facts for Settings › About', () => {
  it('name the commit checked out here, as git abbreviates it, and whether it had changes', () => {
    const info = buildInfo({ root: ROOT, env: {}, now: NOW });
    expect(info.commit).toBe(git('rev-parse', '--short', 'HEAD'));
    expect(info.modified).toBe(git('status', '--porcelain', '--untracked-files=no') !== '');
    expect(info.date).toBe('2026-12-05T10:00:00.000Z');
  });

  it('have no commit when git is missing, fails, or answers with something that is no hash', () => {
    const missing: Git = () => {
      throw Object.assign(new Error('spawn git ENOENT'), { code: 'ENOENT' });
    };
    expect(buildInfo({ root: ROOT, env: {}, now: NOW, git: missing })).toEqual({ commit: null, modified: false, date: NOW.toISOString() });
    const odd: Git = (args) => (args.includes('--show-toplevel') ? ROOT : 'fatal: not a hash');
    expect(buildInfo({ root: ROOT, env: {}, now: NOW, git: odd }).commit).toBeNull();
  });

  it('have no commit for a source archive unpacked inside another repository, rather than that repository’s', () => {
    // A folder that is not the top of a repository: git would answer with the enclosing one, or fail.
    const unpacked = mkdtempSync(join(ROOT, 'test-results-archive-'));
    const outside = mkdtempSync(join(tmpdir(), 'akr-archive-'));
    try {
      expect(buildInfo({ root: unpacked, env: {}, now: NOW }).commit).toBeNull();
      expect(buildInfo({ root: outside, env: {}, now: NOW }).commit).toBeNull();
    } finally {
      rmSync(unpacked, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('take the time from SOURCE_DATE_EPOCH when it is set, so a rebuild is identical', () => {
    expect(buildInfo({ root: ROOT, env: { SOURCE_DATE_EPOCH: '1767225600' }, now: NOW }).date).toBe('2026-01-01T00:00:00.000Z');
    expect(buildInfo({ root: ROOT, env: { SOURCE_DATE_EPOCH: 'yesterday' }, now: NOW }).date).toBe(NOW.toISOString());
  });
});
