#!/usr/bin/env node
/**
 * Writes test/fixtures/files/format-v<N>.akr.json: one analysis file per
 * earlier format version, each written by the app as it was at that version.
 * For each version it checks out the last commit that wrote it (a git
 * worktree beside the repository, sharing this checkout's node_modules), runs
 * test/fixtures/files/writeAnalysis.template.ts there with that commit's own
 * code, and copies the file it saved. Run by hand when a format version is
 * added; the files are then kept as they are, and read by a test forever.
 * Version numbers as arguments write only those (the new one, say).
 *
 *   node build/scripts/old-format-files.mjs      # all
 *   node build/scripts/old-format-files.mjs 5    # only format-v5.akr.json
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
/** The last commit that wrote each older format version (the one before the next version's). */
const VERSIONS = [
  { version: 1, commit: '27f3b5e^' },
  { version: 2, commit: '033cf89^' },
  { version: 3, commit: '22e8ca9^' },
  { version: 4, commit: 'e61b448^' },
  // Version 6 came on a branch from ca75d00, which still wrote version 5.
  { version: 5, commit: 'ca75d00' },
  { version: 6, commit: 'd33ce68' },
  { version: 7, commit: '16683d3' },
  { version: 8, commit: '071d860' },
  { version: 9, commit: '3a7f91f' },
];
const only = process.argv.slice(2).map(Number);

const git = (...args) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();
const template = join(root, 'test/fixtures/files/writeAnalysis.template.ts');

for (const { version, commit } of VERSIONS.filter((v) => only.length === 0 || only.includes(v.version))) {
  const sha = git('rev-parse', commit);
  const dir = mkdtempSync(join(tmpdir(), `akr-format-v${version}-`));
  git('worktree', 'add', '--detach', dir, sha);
  try {
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    copyFileSync(template, join(dir, 'test/unit/zz-write-old-file.test.ts'));
    const out = join(dir, 'out.akr.json');
    execFileSync('npx', ['vitest', 'run', '--project', 'unit', 'test/unit/zz-write-old-file.test.ts'], {
      cwd: dir,
      stdio: 'inherit',
      env: { ...process.env, AKR_OLD_FILE_OUT: out },
    });
    const written = JSON.parse(readFileSync(out, 'utf8'));
    if (written.version !== version) throw new Error(`commit ${sha} wrote version ${written.version}, not ${version}`);
    const target = join(root, `test/fixtures/files/format-v${version}.akr.json`);
    if (existsSync(target)) console.log(`replacing ${target}`);
    copyFileSync(out, target);
    console.log(`format v${version}: written by ${sha.slice(0, 7)}`);
  } finally {
    git('worktree', 'remove', '--force', dir);
    rmSync(dir, { recursive: true, force: true });
  }
}
