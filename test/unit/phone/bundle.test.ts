/**
 * The phone page's script as the build makes it: for iOS Safari 15 and
 * Chrome 100, so no call newer than those (esbuild lowers syntax, not APIs),
 * and no way for text to become markup.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { PHONE_SCRIPT } from '../../../build/scripts/build-phone.mjs';

let code = '';

beforeAll(async () => {
  const result = await build({ ...PHONE_SCRIPT, write: false, outfile: 'room.js', logLevel: 'silent' });
  code = result.outputFiles[0]?.text ?? '';
});

/** APIs newer than Safari 15.0 or Chrome 100, as they appear in a minified bundle. */
const TOO_NEW: [string, RegExp][] = [
  ['Array/String.prototype.at (Safari 15.4)', /\.at\(/],
  ['Object.hasOwn (Safari 15.4)', /Object\.hasOwn\b/],
  ['structuredClone (Safari 15.4)', /\bstructuredClone\b/],
  ['findLast (Safari 15.4)', /\.findLast(Index)?\(/],
  ['AbortSignal.timeout / any (Safari 16)', /AbortSignal\.(timeout|any)\b/],
  ['change-array-by-copy (Safari 16, Chrome 110)', /\.(toSorted|toReversed|toSpliced|with)\(/],
  ['Array.fromAsync, Object.groupBy (2023+)', /Array\.fromAsync|Object\.groupBy|Map\.groupBy/],
  ['Promise.withResolvers (2024)', /Promise\.withResolvers/],
  ['showModal on a dialog (Safari 15.4)', /\.showModal\(/],
];

describe('the phone page’s script', () => {
  it('uses no API newer than Safari 15 and Chrome 100', () => {
    expect(code.length).toBeGreaterThan(1_000);
    expect(TOO_NEW.filter(([, pattern]) => pattern.test(code)).map(([name]) => name)).toEqual([]);
  });

  it('calls randomUUID only where it exists (it is missing on plain http)', () => {
    expect(code).toMatch(/typeof [\w$.]+\.randomUUID\s*==\s*["']function["']/);
  });

  it('never writes markup: no innerHTML, outerHTML, insertAdjacentHTML, document.write or eval', () => {
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/);
  });

  it('bundles no schema library (the room checks what arrives) and stays small', () => {
    expect(code).not.toMatch(/ZodError|zod/i);
    expect(gzipSync(code).length).toBeLessThan(50 * 1024);
  });
});
