/**
 * The machine-wide policy file, read once at start by the main process. No
 * Electron import: plain Node fs, injectable so tests can make any step fail.
 *
 * A missing file is the usual case and says nothing. Any other problem (not
 * a regular file, too large, unreadable, not a policy) is one line in the
 * log and the app runs as if there were no policy: a broken policy must
 * never stop anyone from working. The reader never throws.
 */
import { constants } from 'node:fs';
import path from 'node:path';
import { POLICY_MAX_BYTES, type Policy } from '../shared/policy';
import { describePolicyError, describePolicyNote, POLICY_KEYS, readPolicy } from '../shared/policyFile';
import { errnoOf, realFs, type SyncFs } from './syncFolder';

/** Where IT puts the policy, per platform: a folder only administrators can write to. */
export function policyPath(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') {
    // %ProgramData%, normally C:\ProgramData; a variable that is unset or not an absolute path is not trusted.
    const programData = env.PROGRAMDATA;
    const base = programData !== undefined && path.win32.isAbsolute(programData) ? programData : 'C:\\ProgramData';
    return path.win32.join(base, 'AKR Studio', 'policy.json');
  }
  if (platform === 'darwin') return '/Library/Application Support/AKR Studio/policy.json';
  return '/etc/akr-studio/policy.json';
}

/** The fs calls the reader makes. */
export type PolicyFs = Pick<SyncFs, 'stat' | 'open'>;

/** Where the reader's one line goes: info when a policy was read, warn when (part of) it was not. */
export type PolicyLog = (level: 'info' | 'warn', line: string) => void;

const consoleLog: PolicyLog = (level, line) => (level === 'info' ? console.info(line) : console.warn(line));

/** What reading the file came to. */
export type PolicyFileResult = { status: 'none' } | { status: 'ignored'; reason: string } | { status: 'read'; policy: Policy; notes: string[] };

/**
 * Opening never waits on a pipe (O_NONBLOCK), should a FIFO be swapped in
 * after the stat. Links are followed: the folder is writable by
 * administrators only, and IT may well link the file from elsewhere.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined on Windows, whatever @types/node says.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

class Refused extends Error {}

/** What a stat says the entry is, for the log. */
const notAFile = (stats: { isDirectory(): boolean }) => new Refused(stats.isDirectory() ? 'it is a folder' : 'it is not a regular file (a pipe or a device)');

/** The file's bytes: a regular file within the size limit, checked before opening and again on the open file. */
async function readBytes(file: string, fs: PolicyFs): Promise<Uint8Array> {
  const tooLarge = (size: number) => new Refused(`the file is ${size} bytes, over the limit of ${POLICY_MAX_BYTES}`);
  const before = await fs.stat(file);
  if (!before.isFile()) throw notAFile(before);
  if (before.size > POLICY_MAX_BYTES) throw tooLarge(before.size);
  const handle = await fs.open(file, READ_FLAGS);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw notAFile(stats);
    if (stats.size > POLICY_MAX_BYTES) throw tooLarge(stats.size);
    // One byte more than the limit: a file that grew since the stat is caught, not cut off.
    const bytes = new Uint8Array(POLICY_MAX_BYTES + 1);
    let length = 0;
    while (length < bytes.length) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
      if (bytesRead <= 0) break;
      length += bytesRead;
    }
    if (length > POLICY_MAX_BYTES) throw tooLarge(length);
    return bytes.subarray(0, length);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * The file's text. Notepad and PowerShell save UTF-8 with or without a BOM,
 * UTF-16 with a BOM, or the Windows code page; each is read as written.
 */
export function decodePolicy(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Reads a policy from the file's bytes: the shared reader, plus what only main can check (the sync folder's path). */
export function policyFromBytes(bytes: Uint8Array, isAbsolute: (p: string) => boolean = (p) => path.isAbsolute(p)): PolicyFileResult {
  const result = readPolicy(decodePolicy(bytes));
  if (!result.ok) return { status: 'ignored', reason: describePolicyError(result.error) };
  const notes = result.notes.map(describePolicyNote);
  const { syncFolder, ...rest } = result.policy;
  if (syncFolder === undefined || isAbsolute(syncFolder.value)) return { status: 'read', policy: result.policy, notes };
  return { status: 'read', policy: rest, notes: [...notes, 'syncFolder.value ignored: not an absolute path'] };
}

/** Reads and checks the policy file. Never throws. */
export async function readPolicyFile(file: string, fs: PolicyFs = realFs): Promise<PolicyFileResult> {
  try {
    return policyFromBytes(await readBytes(file, fs));
  } catch (error) {
    if (error instanceof Refused) return { status: 'ignored', reason: error.message };
    const { code } = errnoOf(error);
    // No file, or not even its folder: no policy, the usual case.
    if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'none' };
    return { status: 'ignored', reason: `the file could not be read (${code ?? (error instanceof Error ? error.message : String(error))})` };
  }
}

/** Which keys a policy sets, for the log: `language, organisation (locked)`. */
function summary(policy: Policy): string {
  const keys = POLICY_KEYS.flatMap((key) => {
    const setting = policy[key];
    return setting === undefined ? [] : [setting.locked ? `${key} (locked)` : key];
  });
  return keys.length > 0 ? keys.join(', ') : 'nothing';
}

/**
 * The policy in force, or null: reads `file`, writes one line to the log
 * unless there is no file, and never throws.
 */
export async function loadPolicy(file: string, options: { fs?: PolicyFs; log?: PolicyLog } = {}): Promise<Policy | null> {
  const log = options.log ?? consoleLog;
  const result = await readPolicyFile(file, options.fs);
  switch (result.status) {
    case 'none':
      return null;
    case 'ignored':
      log('warn', `AKR Studio policy: ignored ${file}: ${result.reason}`);
      return null;
    case 'read':
      if (result.notes.length > 0) log('warn', `AKR Studio policy: read ${file}, sets ${summary(result.policy)}; left out: ${result.notes.join('; ')}`);
      else log('info', `AKR Studio policy: read ${file}, sets ${summary(result.policy)}`);
      return result.policy;
  }
}
