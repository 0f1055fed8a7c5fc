import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_VERSION } from '../../../shared/exchange/migrations.ts';
import { readPolicy } from '../../../shared/policyFile.ts';

const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');

describe('README', () => {
  it('names the file format version the code writes', () => {
    const said = [...readme.matchAll(/file \(format version (\d+)\)/g)].map((m) => Number(m[1]));
    expect(said).toEqual([FILE_VERSION]);
  });

  it('names the older versions that are upgraded on reading', () => {
    expect(readme).toContain(`format versions 1 to ${FILE_VERSION - 1}`);
  });

  it('shows the policy file example the tests read, and the reader reads it whole', () => {
    const example = /## Managed settings[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const fixture = readFileSync(join(import.meta.dirname, '../../fixtures/policy/policy.json'), 'utf8');
    expect(JSON.parse(example)).toEqual(JSON.parse(fixture));
    expect(readPolicy(example)).toMatchObject({ ok: true, notes: [] });
  });
});
