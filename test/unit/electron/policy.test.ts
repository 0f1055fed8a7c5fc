/**
 * The policy file as main reads it: real files in a temp folder (a real FIFO
 * and link too), with fs faults injected where a real file cannot make them
 * (tests run as root, where chmod cannot make a file unreadable).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodePolicy, loadPolicy, policyFromBytes, policyPath, readPolicyFile, type PolicyFs, type PolicyLog } from '../../../electron/policy';
import { POLICY_MAX_BYTES } from '../../../shared/policy';

/** The example in the IT guide, for Windows. */
const EXAMPLE = fs.readFileSync(new URL('../../fixtures/policy/policy.json', import.meta.url), 'utf8');
const SHARE = '\\\\filserver\\akr$\\analyser';
/** The example with a sync folder this machine takes as absolute (the tests run on Linux and macOS too). */
const LOCAL_EXAMPLE = EXAMPLE.replace(JSON.stringify(SHARE).slice(1, -1), '/srv/akr/analyser');
const EXAMPLE_POLICY = {
  organisation: { value: 'Exempelstads kommun', locked: true },
  administration: { value: 'Barn- och utbildningsförvaltningen', locked: false },
  language: { value: 'sv', locked: false },
  minPrivacyThreshold: { value: 5, locked: false },
  syncFolder: { value: '/srv/akr/analyser', locked: true },
  exportPersonalData: { value: false, locked: true },
};

let dir: string;
let file: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akr-policy-'));
  file = path.join(dir, 'policy.json');
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Reads with a log that keeps its lines. */
async function load(at = file, fsLayer?: PolicyFs) {
  const lines: [string, string][] = [];
  const log: PolicyLog = (level, line) => lines.push([level, line]);
  const policy = await loadPolicy(at, { log, fs: fsLayer });
  return { policy, lines };
}

/** Real fs, with one call replaced. */
const withFault = (overrides: Partial<PolicyFs>): PolicyFs => ({ stat: (f) => nodeFs.stat(f), open: (f, flags) => nodeFs.open(f, flags), ...overrides });
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

describe('where the policy file is', () => {
  it('is in %ProgramData% on Windows', () => {
    expect(policyPath('win32', { PROGRAMDATA: 'D:\\Data' })).toBe('D:\\Data\\AKR Studio\\policy.json');
  });

  it.each([[{}], [{ PROGRAMDATA: '' }], [{ PROGRAMDATA: 'relative\\dir' }]])('falls back to C:\\ProgramData on Windows when the variable is %j', (env) => {
    expect(policyPath('win32', env)).toBe('C:\\ProgramData\\AKR Studio\\policy.json');
  });

  it('is in /Library/Application Support on macOS and /etc on Linux', () => {
    expect(policyPath('darwin', {})).toBe('/Library/Application Support/AKR Studio/policy.json');
    expect(policyPath('linux', {})).toBe('/etc/akr-studio/policy.json');
  });
});

describe('reading the file', () => {
  it('reads the example from the IT guide, with one info line naming what it sets', async () => {
    fs.writeFileSync(file, LOCAL_EXAMPLE);
    const { policy, lines } = await load();
    expect(policy).toEqual(EXAMPLE_POLICY);
    expect(lines).toEqual([
      [
        'info',
        `AKR Studio policy: read ${file}, sets organisation (locked), administration, language, minPrivacyThreshold, syncFolder (locked), exportPersonalData (locked)`,
      ],
    ]);
  });

  it('is no policy, and no log line, when there is no file or no folder', async () => {
    await expect(load()).resolves.toEqual({ policy: null, lines: [] });
    await expect(load(path.join(dir, 'missing', 'policy.json'))).resolves.toEqual({ policy: null, lines: [] });
  });

  it.each([
    ['malformed JSON', '{"language": {"value": "en"', /not valid JSON/],
    ['a list', '[]', /expected a JSON object/],
    ['a prototype key', '{"language": {"value": "en"}, "__proto__": {"locked": true}}', /the key "__proto__" at __proto__ is not allowed/],
    ['deep nesting', `{"x": ${'['.repeat(5000)}${']'.repeat(5000)}}`, /nested deeper than 8 levels/],
    ['an empty file', '', /not valid JSON/],
  ])('ignores %s with one warning', async (_, text, reason) => {
    fs.writeFileSync(file, text);
    const { policy, lines } = await load();
    expect(policy).toBeNull();
    expect(lines).toHaveLength(1);
    expect(lines[0]?.[0]).toBe('warn');
    expect(lines[0]?.[1]).toMatch(new RegExp(`^AKR Studio policy: ignored ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(lines[0]?.[1]).toMatch(reason);
  });

  it('ignores a file over the size limit without reading it', async () => {
    const text = `{"organisation": {"value": "x"}, "pad": "${'x'.repeat(POLICY_MAX_BYTES)}"}`;
    fs.writeFileSync(file, text);
    const open = vi.fn<PolicyFs['open']>((f, flags) => nodeFs.open(f, flags));
    const { policy, lines } = await load(file, withFault({ open }));
    expect(policy).toBeNull();
    expect(lines).toEqual([['warn', `AKR Studio policy: ignored ${file}: the file is ${text.length} bytes, over the limit of ${POLICY_MAX_BYTES}`]]);
    expect(open).not.toHaveBeenCalled();
  });

  it('ignores a file that grew past the limit after it was looked at', async () => {
    fs.writeFileSync(file, 'x'.repeat(POLICY_MAX_BYTES + 10));
    const small = { size: 10, mtimeMs: 0, isFile: () => true, isDirectory: () => false };
    const fsLayer = withFault({
      stat: () => Promise.resolve(small),
      open: async (f, flags) => {
        const handle = await nodeFs.open(f, flags);
        return {
          read: handle.read.bind(handle),
          write: handle.write.bind(handle),
          sync: () => handle.sync(),
          close: () => handle.close(),
          stat: () => Promise.resolve(small),
        };
      },
    });
    await expect(readPolicyFile(file, fsLayer)).resolves.toEqual({ status: 'ignored', reason: expect.stringMatching(/over the limit of 65536/) });
  });

  it('ignores a folder where the file should be', async () => {
    fs.mkdirSync(file);
    await expect(readPolicyFile(file)).resolves.toEqual({ status: 'ignored', reason: 'it is a folder' });
  });

  it('ignores a FIFO without waiting for a writer', async () => {
    execFileSync('mkfifo', [file]);
    await expect(readPolicyFile(file)).resolves.toEqual({ status: 'ignored', reason: 'it is not a regular file (a pipe or a device)' });
  });

  it('ignores a FIFO swapped in after the stat, without waiting for a writer (opened non-blocking, checked again)', async () => {
    execFileSync('mkfifo', [file]);
    const lying = withFault({ stat: () => Promise.resolve({ size: 10, mtimeMs: 0, isFile: () => true, isDirectory: () => false }) });
    await expect(readPolicyFile(file, lying)).resolves.toEqual({ status: 'ignored', reason: 'it is not a regular file (a pipe or a device)' });
  });

  it('follows a link IT made to the file', async () => {
    const target = path.join(dir, 'deployed.json');
    fs.writeFileSync(target, LOCAL_EXAMPLE);
    fs.symlinkSync(target, file);
    await expect(readPolicyFile(file)).resolves.toMatchObject({ status: 'read', policy: EXAMPLE_POLICY });
  });

  it.each([['EACCES'], ['EPERM'], ['EIO']])('ignores a file it cannot open (%s), with one warning', async (code) => {
    fs.writeFileSync(file, EXAMPLE);
    const { policy, lines } = await load(file, withFault({ open: () => Promise.reject(errno(code)) }));
    expect(policy).toBeNull();
    expect(lines).toEqual([['warn', `AKR Studio policy: ignored ${file}: the file could not be read (${code})`]]);
  });

  it('ignores a file it cannot look at, and an error without a code', async () => {
    await expect(readPolicyFile(file, withFault({ stat: () => Promise.reject(errno('EACCES')) }))).resolves.toEqual({
      status: 'ignored',
      reason: 'the file could not be read (EACCES)',
    });
    await expect(readPolicyFile(file, withFault({ stat: () => Promise.reject(new Error('boom')) }))).resolves.toEqual({
      status: 'ignored',
      reason: 'the file could not be read (boom)',
    });
  });

  it('logs what it left out of a file it read, in one warning, and keeps the rest', async () => {
    fs.writeFileSync(file, JSON.stringify({ langauge: { value: 'en' }, language: { value: 'xx' }, exportPersonalData: { value: false, locked: true } }));
    const { policy, lines } = await load();
    expect(policy).toEqual({ exportPersonalData: { value: false, locked: true } });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.[0]).toBe('warn');
    expect(lines[0]?.[1]).toMatch(
      new RegExp(
        `^AKR Studio policy: read .*policy\\.json, sets exportPersonalData \\(locked\\); left out: unknown key langauge ignored; language\\.value ignored: `,
      ),
    );
  });
});

describe('the text and the sync folder', () => {
  const text = JSON.stringify({ organisation: { value: 'Göteborgs Stad' } });
  const utf16 = (bigEndian: boolean) => {
    const out = Buffer.from(text, 'utf16le');
    if (bigEndian) out.swap16();
    return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), out]);
  };

  it.each([
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with a BOM', utf16(false)],
    ['UTF-16 BE with a BOM', utf16(true)],
    ['Windows-1252', Buffer.from(text, 'latin1')],
  ])('reads a file in %s', (_, bytes) => {
    expect(decodePolicy(new Uint8Array(bytes))).toBe(text);
    expect(policyFromBytes(new Uint8Array(bytes))).toEqual({ status: 'read', policy: { organisation: { value: 'Göteborgs Stad', locked: false } }, notes: [] });
  });

  it('leaves out a sync folder that is not an absolute path, and keeps the rest', () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ syncFolder: { value: 'akr/analyser' }, language: { value: 'en' } }));
    expect(policyFromBytes(bytes, (p) => path.posix.isAbsolute(p))).toEqual({
      status: 'read',
      policy: { language: { value: 'en', locked: false } },
      notes: ['syncFolder.value ignored: not an absolute path'],
    });
  });

  it('takes a Windows share as the sync folder on Windows', () => {
    const bytes = new TextEncoder().encode(EXAMPLE);
    expect(policyFromBytes(bytes, (p) => path.win32.isAbsolute(p))).toMatchObject({ status: 'read', policy: { syncFolder: { value: SHARE } }, notes: [] });
    expect(policyFromBytes(bytes, (p) => path.posix.isAbsolute(p))).toMatchObject({
      status: 'read',
      notes: ['syncFolder.value ignored: not an absolute path'],
    });
  });
});
