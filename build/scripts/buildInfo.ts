import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import type { BuildInfo } from '../../shared/buildInfo.ts';

/** Runs git in a folder and returns what it printed, trimmed; throws when git is missing or fails. */
export type Git = (args: string[], cwd: string) => string;

const runGit: Git = (args, cwd) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

export interface BuildInfoOptions {
  /** The project folder being built. */
  root: string;
  env?: Record<string, string | undefined>;
  now?: Date;
  git?: Git;
}

/**
 * The commit and time of this build, for Settings › About. A build without git, or
 * from a source archive unpacked inside some other repository, has no commit
 * (shown as "okänd") rather than someone else's. SOURCE_DATE_EPOCH, when set,
 * is the build time, so that a rebuild of the same commit is byte for byte the same.
 */
export function buildInfo({ root, env = process.env, now = new Date(), git = runGit }: BuildInfoOptions): BuildInfo {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const date = (env.SOURCE_DATE_EPOCH && Number.isInteger(epoch) && epoch >= 0 ? new Date(epoch * 1000) : now).toISOString();
  return { ...commitOf(root, git), date };
}

function commitOf(root: string, git: Git): Pick<BuildInfo, 'commit' | 'modified'> {
  const unknown = { commit: null, modified: false };
  try {
    if (realpathSync(git(['rev-parse', '--show-toplevel'], root)) !== realpathSync(root)) return unknown;
    const commit = git(['rev-parse', '--short', 'HEAD'], root);
    if (!/^[0-9a-f]{7,40}$/.test(commit)) return unknown;
    return { commit, modified: git(['status', '--porcelain', '--untracked-files=no'], root) !== '' };
  } catch {
    return unknown;
  }
}
