import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util/out/DebugLogger.js';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_FILE_EXTENSION } from '../../../shared/exchange/fileName.ts';

const ROOT = join(import.meta.dirname, '../../..');

describe('the packaged app’s file association', () => {
  it('claims the analysis file’s own extension, and only it (never .json)', { timeout: 30_000 }, async () => {
    const config = await getConfig(ROOT, join(ROOT, 'build/electron-builder.yml'), null);
    await validateConfiguration(config, new DebugLogger(false));
    const associations = [config.fileAssociations ?? []].flat();
    expect(associations.flatMap((a) => [a.ext].flat())).toEqual([ANALYSIS_FILE_EXTENSION.slice(1)]);
    expect(associations[0]).toMatchObject({ role: 'Editor', mimeType: expect.stringMatching(/^application\//) });
  });
});
